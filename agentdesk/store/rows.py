"""Domain values to rows (tuples for bulk statements, dicts for single ones) and ORM rows back
to domain values."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Row as SqlRow

from agentdesk.domain.facts import facts_of, from_milli, to_milli
from agentdesk.domain.models import (
    AdminSettings,
    AgentProfile,
    Contact,
    Conversation,
    ConversationStatus,
    Message,
    SenderType,
    Transaction,
    WeekStart,
)
from agentdesk.store.schema import (
    AdminSettingsRow,
    ConversationRow,
    MessageRow,
    ProfileRow,
    TransactionRow,
)
from agentdesk.store.timestamps import to_micros

Row = dict[str, Any]
Values = tuple[object, ...]
"""One row for a bulk statement, in the order of its ``*_COLUMNS``; datetimes already
converted to UTC microseconds, as the driver gets them without SQLAlchemy's type processing."""

CONVERSATION_COLUMNS = (
    "id",
    "status",
    "channel",
    "assignee_id",
    "contact_id",
    "contact_name",
    "contact_type",
    "category",
    "started_at",
    "first_response_at",
    "closed_at",
    "paused_at",
    "pause_deadline",
    "updated_at",
    "handling_time_s",
    "csat",
    "nps",
    "closing_note",
    "message_count",
    "effective_handling_time_s",
    "mean_reply_delay_s",
    "first_response_delay_s",
    "transaction_count",
    "revenue_milli",
    "currency",
)
MESSAGE_COLUMNS = ("conversation_id", "id", "at", "sender_type", "sender_id", "type", "text")
TAG_COLUMNS = ("conversation_id", "tag")
TRANSACTION_COLUMNS = ("conversation_id", "id", "amount_milli", "currency", "at")


def _micros(moment: datetime | None) -> int | None:
    return None if moment is None else to_micros(moment)


def conversation_values(conversation: Conversation) -> Values:
    c = conversation
    facts = facts_of(c)
    return (
        c.id,
        c.status.value,
        c.channel,
        c.assignee_id,
        c.contact.id,
        c.contact.name,
        c.contact.type,
        c.category,
        to_micros(c.started_at),
        _micros(c.first_response_at),
        _micros(c.closed_at),
        _micros(c.paused_at),
        _micros(c.pause_deadline),
        to_micros(c.updated_at),
        c.handling_time_s,
        c.csat,
        c.nps,
        c.closing_note,
        len(c.messages),
        facts.handling_time_s,
        facts.mean_reply_delay_s,
        facts.first_response_delay_s,
        facts.transaction_count,
        facts.revenue_milli,
        facts.currency,
    )


def message_values(conversation: Conversation) -> list[Values]:
    cid = conversation.id
    return [
        (cid, m.id, to_micros(m.at), m.sender_type.value, m.sender_id, m.type, m.text)
        for m in conversation.messages
    ]


def tag_values(conversation: Conversation) -> list[Values]:
    return [(conversation.id, tag) for tag in conversation.tags]


def transaction_values(conversation: Conversation) -> list[Values]:
    cid = conversation.id
    return [
        (cid, t.id, to_milli(t.amount), t.currency, to_micros(t.at))
        for t in conversation.transactions
    ]


_SENDERS = {sender.value: sender for sender in SenderType}
MessageColumns = SqlRow[str, datetime, str, str | None, str, str]
"""A message read as a plain row: id, at, sender type, sender id, type, text."""


def message_of(row: MessageRow | MessageColumns) -> Message:
    """A message from its stored columns: an ORM row, or a plain row of the same columns
    (``reads.conversation`` reads a long transcript's that way)."""
    sender = _SENDERS.get(row.sender_type)
    return Message(
        id=row.id,
        at=row.at,
        sender_type=SenderType(row.sender_type) if sender is None else sender,
        sender_id=row.sender_id,
        type=row.type,
        text=row.text,
    )


def _transaction(row: TransactionRow) -> Transaction:
    return Transaction(
        id=row.id, amount=from_milli(row.amount_milli), currency=row.currency, at=row.at
    )


def conversation_of(row: ConversationRow, *, with_messages: bool) -> Conversation:
    """The domain value of a row whose tags and transactions (and messages, when asked) are
    loaded."""
    return Conversation(
        id=row.id,
        status=ConversationStatus(row.status),
        channel=row.channel,
        assignee_id=row.assignee_id,
        contact=Contact(id=row.contact_id, name=row.contact_name, type=row.contact_type),
        started_at=row.started_at,
        updated_at=row.updated_at,
        category=row.category,
        tags=tuple(tag.tag for tag in row.tags),
        first_response_at=row.first_response_at,
        closed_at=row.closed_at,
        paused_at=row.paused_at,
        pause_deadline=row.pause_deadline,
        handling_time_s=row.handling_time_s,
        csat=row.csat,
        nps=row.nps,
        closing_note=row.closing_note,
        transactions=tuple(_transaction(t) for t in row.transactions),
        messages=tuple(message_of(m) for m in row.messages) if with_messages else (),
    )


def profile_row(profile: AgentProfile) -> Row:
    return {
        "slot": 1,
        "agent_id": profile.id,
        "name": profile.name,
        "email": profile.email,
        "timezone": profile.timezone,
        "locale": profile.locale,
        "week_start": profile.week_start.value,
    }


def profile_of(row: ProfileRow) -> AgentProfile:
    return AgentProfile(
        id=row.agent_id,
        name=row.name,
        email=row.email,
        timezone=row.timezone,
        locale=row.locale,
        week_start=WeekStart(row.week_start),
    )


def settings_row(settings: AdminSettings) -> Row:
    return {
        "slot": 1,
        "indicators": json.dumps(list(settings.indicators), ensure_ascii=False),
        "daily_widget": settings.daily_widget,
        "show_transactions": settings.show_transactions,
    }


def settings_of(row: AdminSettingsRow) -> AdminSettings:
    indicators = json.loads(row.indicators)
    return AdminSettings(
        indicators=tuple(str(key) for key in indicators),
        daily_widget=row.daily_widget,
        show_transactions=row.show_transactions,
    )
