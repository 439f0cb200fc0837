"""Per-conversation facts the indicators need, computed once when a conversation is synced.

Indicators over 100k conversations must not walk every message again: the sync stores these few
numbers beside each conversation and the indicators sum them in SQL (``PeriodAggregate``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from agentdesk.domain.models import Conversation, Message, SenderType

MILLI = 1000
"""Money is kept as integer thousandths of a unit: exact for every ISO 4217 currency."""


def to_milli(amount: Decimal) -> int:
    return int((amount * MILLI).to_integral_value())


def from_milli(milli: int) -> Decimal:
    return Decimal(milli) / MILLI


@dataclass(frozen=True, slots=True)
class ConversationFacts:
    closed_at: datetime | None
    handling_time_s: float | None
    mean_reply_delay_s: float | None
    first_response_delay_s: float | None
    csat: int | None
    nps: int | None
    transaction_count: int
    revenue_milli: int
    currency: str | None


def handling_time_of(conversation: Conversation) -> float | None:
    """The platform's ``handling_time_s``, or ``closed_at − started_at`` where it is absent."""
    if conversation.handling_time_s is not None:
        return float(conversation.handling_time_s)
    if conversation.closed_at is None:
        return None
    return max(0.0, (conversation.closed_at - conversation.started_at).total_seconds())


def _ordered(messages: tuple[Message, ...]) -> list[Message]:
    return sorted(messages, key=lambda m: (m.at, m.id))


def reply_delays(messages: tuple[Message, ...]) -> list[float]:
    """Each wait of the contact: from the first contact message after the last agent message to
    the next agent message. Bot and system messages neither start nor end a wait."""
    delays: list[float] = []
    waiting_since: datetime | None = None
    for message in _ordered(messages):
        if message.sender_type is SenderType.CONTACT and waiting_since is None:
            waiting_since = message.at
        elif message.sender_type is SenderType.AGENT and waiting_since is not None:
            delays.append((message.at - waiting_since).total_seconds())
            waiting_since = None
    return delays


def first_response_delay(messages: tuple[Message, ...]) -> float | None:
    """First agent message − first contact message; None when either is missing, or when the
    agent wrote first and the contact never got an answer after writing."""
    first_contact: datetime | None = None
    for message in _ordered(messages):
        if message.sender_type is SenderType.CONTACT and first_contact is None:
            first_contact = message.at
        elif message.sender_type is SenderType.AGENT and first_contact is not None:
            return (message.at - first_contact).total_seconds()
    return None


def facts_of(conversation: Conversation) -> ConversationFacts:
    delays = reply_delays(conversation.messages)
    currencies = [t.currency for t in conversation.transactions]
    return ConversationFacts(
        closed_at=conversation.closed_at,
        handling_time_s=handling_time_of(conversation),
        mean_reply_delay_s=sum(delays) / len(delays) if delays else None,
        first_response_delay_s=first_response_delay(conversation.messages),
        csat=conversation.csat,
        nps=conversation.nps,
        transaction_count=len(conversation.transactions),
        revenue_milli=sum(to_milli(t.amount) for t in conversation.transactions),
        # Ties go to the alphabetically first currency, so every run stores the same one.
        currency=max(sorted(set(currencies)), key=currencies.count) if currencies else None,
    )
