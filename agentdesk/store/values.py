"""What the store hands back: small frozen values, no rows or sessions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

STORE_ID = "store.id"
"""The ``meta`` key of the store's random id (``Store.identity``)."""


@dataclass(frozen=True, slots=True)
class SyncState:
    """Where the incremental sync of one status stands: the ``updated_since`` to ask for (with
    the id of the last record at that instant, to break ties) and the page cursor, if any."""

    since: datetime | None = None
    since_id: str | None = None
    cursor: str | None = None

    EMPTY: ClassVar[SyncState]


SyncState.EMPTY = SyncState(None, None, None)
EMPTY = SyncState.EMPTY


@dataclass(frozen=True, slots=True)
class PageOutcome:
    """What a write did: ids written for the first time, ids rewritten, how many were already
    there at the same ``updated_at``, and ids deleted because they are open again."""

    new: tuple[str, ...]
    updated: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StoreCounts:
    closed: int
    paused: int
    messages: int
    outbox_pending: int


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """``op`` is ``'upsert'`` (index the conversation as stored now) or ``'delete'``."""

    seq: int
    conversation_id: str
    op: str
