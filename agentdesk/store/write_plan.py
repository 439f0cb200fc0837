"""What a page of conversations changes in the store, decided before anything is written:
``writes`` applies the plan; ``Store.write_page`` skips SQLAlchemy altogether when the plan
changes nothing (a sync with nothing new)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from agentdesk.domain.models import Conversation, ConversationStatus
from agentdesk.store import outbox
from agentdesk.store.chunks import chunked
from agentdesk.store.timestamps import from_micros
from agentdesk.store.values import PageOutcome

_CLOSED = ConversationStatus.CLOSED.value


@dataclass(frozen=True, slots=True)
class Stored:
    """What the plan needs to know of a conversation already in the store."""

    status: str
    updated_at: datetime
    has_transactions: bool


@dataclass(slots=True)
class WritePlan:
    write: list[Conversation] = field(default_factory=list)
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    outbox: list[tuple[str, str]] = field(default_factory=list)
    touches_transactions: bool = False

    def outcome(self) -> PageOutcome:
        return PageOutcome(
            new=tuple(self.new),
            updated=tuple(self.updated),
            unchanged=self.unchanged,
            removed=tuple(self.removed),
        )


def plan_write(stored: Mapping[str, Stored], batch: Iterable[Conversation]) -> WritePlan:
    """Decide, without touching the database, what a batch changes. An open conversation that
    the store does not hold changes nothing and counts as unchanged."""
    plan = WritePlan()
    for conversation in batch:
        before = stored.get(conversation.id)
        was_closed = before is not None and before.status == _CLOSED
        if before is not None and before.updated_at == conversation.updated_at:
            plan.unchanged += 1
            continue
        if before is not None and before.has_transactions:
            plan.touches_transactions = True
        if conversation.status is ConversationStatus.OPEN:
            if before is None:
                plan.unchanged += 1
                continue
            plan.removed.append(conversation.id)
        else:
            plan.write.append(conversation)
            (plan.new if before is None else plan.updated).append(conversation.id)
            plan.touches_transactions |= bool(conversation.transactions)
        if conversation.status is ConversationStatus.CLOSED:
            plan.outbox.append((conversation.id, outbox.UPSERT))
        elif was_closed:
            plan.outbox.append((conversation.id, outbox.DELETE))
    return plan


def latest_by_id(batch: Iterable[Conversation]) -> list[Conversation]:
    """One conversation per id, the last one given (a page is ordered by ``updated_at``)."""
    return list({conversation.id: conversation for conversation in batch}.values())


def stored(connection: sqlite3.Connection, ids: Sequence[str]) -> dict[str, Stored]:
    found: dict[str, Stored] = {}
    for chunk in chunked(ids):
        marks = ", ".join("?" * len(chunk))
        rows = connection.execute(
            "SELECT id, status, updated_at, transaction_count FROM conversations "  # noqa: S608
            f"WHERE id IN ({marks})",
            chunk,
        )
        for cid, status, updated_at, transaction_count in rows:
            found[cid] = Stored(status, from_micros(updated_at), transaction_count > 0)
    return found


def plan_page(connection: sqlite3.Connection, batch: Sequence[Conversation]) -> WritePlan:
    """The plan of a page against the store as ``connection`` sees it. A page's duplicates
    (an id given twice was seen twice) count as unchanged: the earlier copy."""
    latest = latest_by_id(batch)
    plan = plan_write(stored(connection, [c.id for c in latest]), latest)
    plan.unchanged += len(batch) - len(latest)
    return plan


def changes_nothing(plan: WritePlan) -> bool:
    return not (plan.write or plan.removed or plan.outbox or plan.touches_transactions)
