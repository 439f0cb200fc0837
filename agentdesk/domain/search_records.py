"""The shapes search passes between the store, the index and the front ends.

The store reads them, the index and the highlighter consume them, the services hand them out:
plain frozen values, so that neither ``store`` nor ``search`` needs to know the other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class MessageText:
    id: str
    text: str


@dataclass(frozen=True, slots=True)
class SearchableConversation:
    """A closed conversation as the index sees it: every text that can be searched, and the
    values the filters and the ordering need. ``updated_at`` tells a stale index document."""

    id: str
    closed_at: datetime
    updated_at: datetime
    channel: str
    contact_name: str
    category: str | None
    tags: tuple[str, ...]
    csat: int | None
    nps: int | None
    closing_note: str | None
    messages: tuple[MessageText, ...]


@dataclass(frozen=True, slots=True)
class ConversationSummary:
    """One row of the list of closed conversations."""

    id: str
    closed_at: datetime
    channel: str
    contact_name: str
    category: str | None
    csat: int | None
    nps: int | None


@dataclass(frozen=True, slots=True, order=True)
class TextRange:
    """Characters ``[start, end)`` of a text, as Python indexes it (code points)."""

    start: int
    end: int


def _no_messages() -> Mapping[str, tuple[TextRange, ...]]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Highlights:
    """Where the query matched in one conversation, for the transcript view: per message id,
    in the closing note, in the contact's name and in the tags (``tags`` indexes the tag)."""

    messages: Mapping[str, tuple[TextRange, ...]] = field(default_factory=_no_messages)
    closing_note: tuple[TextRange, ...] = ()
    contact_name: tuple[TextRange, ...] = ()
    tags: Mapping[int, tuple[TextRange, ...]] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def is_empty(self) -> bool:
        return not (self.messages or self.closing_note or self.contact_name or self.tags)
