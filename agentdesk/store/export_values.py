"""What an export selects and writes, as plain values: the service and the window use these
without importing the reader (``export_rows``), which brings SQLAlchemy; the closed page, which
the window may open on, imports this module at start."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from agentdesk.domain.search_query import NO_FILTERS, ResolvedFilters


@dataclass(frozen=True, slots=True)
class ConversationExport:
    """One closed conversation as the export writes it.

    ``incoming`` counts the contact's messages and ``outgoing`` the agent's; bot and system
    messages are in neither, as in the indicators' reply delays. ``first_response_s`` and
    ``handling_time_s`` are the facts the indicators use. ``amounts`` is the sum of the
    transactions per currency, in milli-units, in the order each currency first appears.
    """

    id: str
    started_at: datetime
    closed_at: datetime
    contact_id: str
    contact_name: str
    contact_type: str | None
    channel: str
    category: str | None
    tags: tuple[str, ...]
    incoming: int
    outgoing: int
    first_response_s: float | None
    handling_time_s: float | None
    csat: int | None
    nps: int | None
    closing_note: str | None
    transaction_count: int
    amounts: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class MessageExport:
    at: datetime
    conversation_id: str
    message_id: str
    sender_type: str
    sender_id: str | None
    type: str
    text: str


@dataclass(frozen=True, slots=True)
class ExportSelection:
    """Which closed conversations an export holds: those passing ``filters`` or, when ``ids``
    is given (what a word search found), those of ``ids`` that are closed."""

    filters: ResolvedFilters = NO_FILTERS
    ids: tuple[str, ...] | None = None

    @classmethod
    def between(cls, start: datetime | None, end: datetime | None) -> ExportSelection:
        """Closed in ``[start, end)``; None leaves that side open."""
        return cls(replace(NO_FILTERS, closed_from=start, closed_until=end))


EVERYTHING = ExportSelection()
