"""One conversation as both front ends show it: its transcript, its details and, for a query,
where the query matched.

The matches are computed from the store's texts by the search index's own analyzer
(``search.highlight.match_ranges``), so the transcript marks exactly what a search for the same
words found — accent-folded (``cafetiere`` marks ``cafetière``), phrases as whole spans — and
it needs no index: a conversation opens offline, while the index is being built, or damaged.

Transactions are part of the answer only when the admin's ``show_transactions`` is on: the
switch is applied here, once, so that neither the window nor ``agentdesk show`` can forget it.
Times stay aware UTC; ``timezone`` says the agent's zone to show them in.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from agentdesk.domain.facts import first_response_delay, handling_time_of
from agentdesk.domain.models import (
    Contact,
    Conversation,
    ConversationStatus,
    SenderType,
    Transaction,
)
from agentdesk.domain.search_records import TextRange
from agentdesk.domain.wallclock import zone
from agentdesk.errors import CancelledError, NotFoundError
from agentdesk.search.highlight import MatchRule, match_ranges
from agentdesk.search.query_parser import parse_query
from agentdesk.store import Store

if TYPE_CHECKING:  # the platform client's imports are not needed to read a conversation
    from agentdesk.services.context import AppContext


@dataclass(frozen=True, slots=True)
class TranscriptMessage:
    id: str
    at: datetime
    sender_type: SenderType
    sender_id: str | None
    type: str
    text: str
    matches: tuple[TextRange, ...] = ()


@dataclass(frozen=True, slots=True)
class MatchPlace:
    """One match, in reading order: in message number ``message`` (its place in the
    transcript), or in the closing note when ``message`` is None."""

    message: int | None
    range: TextRange


@dataclass(frozen=True, slots=True)
class ConversationDetails:
    id: str
    status: ConversationStatus
    channel: str
    contact: Contact
    category: str | None
    tags: tuple[str, ...]
    started_at: datetime
    closed_at: datetime | None
    paused_at: datetime | None
    pause_deadline: datetime | None
    duration_s: float | None
    """``closed_at − started_at``; None while the conversation is not closed."""
    handling_time_s: float | None
    """The platform's handling time, or the duration where it sent none (as the indicator)."""
    first_response_s: float | None
    """First agent message − first contact message (as the indicator)."""
    csat: int | None
    nps: int | None
    closing_note: str | None
    closing_note_matches: tuple[TextRange, ...]
    transactions: tuple[Transaction, ...] | None
    """None when the admin's ``show_transactions`` is off: not to be shown at all."""
    messages: tuple[TranscriptMessage, ...]
    query: str
    matches: tuple[MatchPlace, ...]
    """Every match of ``query``: in the messages in order, then in the closing note."""
    timezone: str
    """The agent's IANA zone: every time is shown on that clock."""
    locale: str | None
    agent_id: str | None
    """The signed-in agent: an agent message from this id is the agent's own."""

    @property
    def zone(self) -> ZoneInfo:
        return zone(self.timezone)

    def to_json(self) -> dict[str, object]:
        """``agentdesk show --json``: times on the agent's clock with their offset, matches as
        ``[start, end)`` character ranges of the text they are in."""
        tz = self.zone

        def local(moment: datetime | None) -> str | None:
            return None if moment is None else moment.astimezone(tz).isoformat()

        def ranges(found: tuple[TextRange, ...]) -> list[list[int]]:
            return [[r.start, r.end] for r in found]

        return {
            "id": self.id,
            "status": self.status.value,
            "channel": self.channel,
            "contact": {
                "id": self.contact.id,
                "name": self.contact.name,
                "type": self.contact.type,
            },
            "category": self.category,
            "tags": list(self.tags),
            "started_at": local(self.started_at),
            "closed_at": local(self.closed_at),
            "paused_at": local(self.paused_at),
            "pause_deadline": local(self.pause_deadline),
            "duration_s": self.duration_s,
            "handling_time_s": self.handling_time_s,
            "first_response_s": self.first_response_s,
            "csat": self.csat,
            "nps": self.nps,
            "closing_note": self.closing_note,
            "closing_note_matches": ranges(self.closing_note_matches),
            "show_transactions": self.transactions is not None,
            "transactions": None
            if self.transactions is None
            else [
                {"id": t.id, "amount": float(t.amount), "currency": t.currency, "at": local(t.at)}
                for t in self.transactions
            ],
            "timezone": self.timezone,
            "query": self.query,
            "match_count": len(self.matches),
            "messages": [
                {
                    "id": m.id,
                    "at": local(m.at),
                    "sender_type": m.sender_type.value,
                    "sender_id": m.sender_id,
                    "type": m.type,
                    "text": m.text,
                    "matches": ranges(m.matches),
                }
                for m in self.messages
            ],
        }


def read_conversation(
    ctx: AppContext, conversation_id: str, query: str = "", cancel: threading.Event | None = None
) -> ConversationDetails:
    """``conversation_details`` from the context's store: what the window calls, so that it
    never holds the store itself."""
    return conversation_details(ctx.store(), conversation_id, query, cancel)


def conversation_details(
    store: Store, conversation_id: str, query: str = "", cancel: threading.Event | None = None
) -> ConversationDetails:
    """The conversation ``conversation_id`` from the store, with the matches of ``query``.
    Usable from any thread; ``NotFoundError`` when it is not (or no longer) stored."""
    conversation = store.conversation(conversation_id.strip())
    if conversation is None:
        raise NotFoundError(f"There is no conversation {conversation_id} in what was synced.")
    if cancel is not None and cancel.is_set():
        raise CancelledError()
    profile = store.load_profile()
    settings = store.load_settings()
    show_transactions = settings is not None and settings.show_transactions
    return _details(
        conversation,
        MatchRule.of(parse_query(query)),
        query=query,
        timezone=profile.timezone if profile is not None else "UTC",
        locale=profile.locale if profile is not None else None,
        agent_id=profile.id if profile is not None else None,
        show_transactions=show_transactions,
    )


def _details(
    conversation: Conversation,
    rule: MatchRule,
    *,
    query: str,
    timezone: str,
    locale: str | None,
    agent_id: str | None,
    show_transactions: bool,
) -> ConversationDetails:
    c = conversation
    ordered = sorted(c.messages, key=lambda m: (m.at, m.id))
    messages = tuple(
        TranscriptMessage(
            m.id, m.at, m.sender_type, m.sender_id, m.type, m.text, match_ranges(m.text, rule)
        )
        for m in ordered
    )
    note_matches = match_ranges(c.closing_note, rule)
    matches = [
        MatchPlace(number, found)
        for number, message in enumerate(messages)
        for found in message.matches
    ]
    matches.extend(MatchPlace(None, found) for found in note_matches)
    duration = (
        max(0.0, (c.closed_at - c.started_at).total_seconds()) if c.closed_at is not None else None
    )
    return ConversationDetails(
        id=c.id,
        status=c.status,
        channel=c.channel,
        contact=c.contact,
        category=c.category,
        tags=c.tags,
        started_at=c.started_at,
        closed_at=c.closed_at,
        paused_at=c.paused_at,
        pause_deadline=c.pause_deadline,
        duration_s=duration,
        handling_time_s=handling_time_of(c),
        first_response_s=first_response_delay(c.messages),
        csat=c.csat,
        nps=c.nps,
        closing_note=c.closing_note,
        closing_note_matches=note_matches,
        transactions=c.transactions if show_transactions else None,
        messages=messages,
        query=query,
        matches=tuple(matches),
        timezone=timezone,
        locale=locale,
        agent_id=agent_id,
    )
