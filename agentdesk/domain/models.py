"""The platform's records as typed, immutable values.

Parsed once at the edge (``agentdesk.platform.records``) and passed around typed from then on.
Every datetime is timezone-aware UTC; money is ``Decimal``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum


class ConversationStatus(StrEnum):
    CLOSED = "closed"
    PAUSED = "paused"
    OPEN = "open"


class Channel(StrEnum):
    """The channels the platform documents. An unknown channel is kept as a plain string."""

    CHAT = "chat"
    WHATSAPP = "whatsapp"
    MESSENGER = "messenger"
    INSTAGRAM = "instagram"
    EMAIL = "email"
    SMS = "sms"
    VOICE = "voice"
    APPLE_MESSAGES = "apple_messages"


class SenderType(StrEnum):
    CONTACT = "contact"
    AGENT = "agent"
    BOT = "bot"
    SYSTEM = "system"


class WeekStart(StrEnum):
    MONDAY = "monday"
    SUNDAY = "sunday"


@dataclass(frozen=True, slots=True)
class Contact:
    id: str
    name: str
    type: str | None = None


@dataclass(frozen=True, slots=True)
class Message:
    id: str
    at: datetime
    sender_type: SenderType
    sender_id: str | None
    type: str
    text: str


@dataclass(frozen=True, slots=True)
class Transaction:
    id: str
    amount: Decimal
    currency: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Conversation:
    id: str
    status: ConversationStatus
    channel: str
    assignee_id: str | None
    contact: Contact
    started_at: datetime
    updated_at: datetime
    category: str | None = None
    tags: tuple[str, ...] = ()
    first_response_at: datetime | None = None
    closed_at: datetime | None = None
    paused_at: datetime | None = None
    pause_deadline: datetime | None = None
    handling_time_s: int | None = None
    csat: int | None = None
    nps: int | None = None
    closing_note: str | None = None
    transactions: tuple[Transaction, ...] = ()
    messages: tuple[Message, ...] = field(default=(), repr=False)


@dataclass(frozen=True, slots=True)
class AgentProfile:
    id: str
    name: str
    email: str
    timezone: str
    locale: str
    week_start: WeekStart = WeekStart.MONDAY


@dataclass(frozen=True, slots=True)
class AdminSettings:
    """What the workspace admin decided. ``indicators`` is the raw list, as the server sent it;
    ``agentdesk.domain.indicator_selection`` turns it into the tiles to show."""

    indicators: tuple[str, ...]
    daily_widget: bool = False
    show_transactions: bool = False
