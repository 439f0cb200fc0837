"""Domain values to rows (tuples for bulk statements, dicts for single ones) and rows read with
``sqlite3`` back to domain values (their columns named by the ``*_READ`` tuples)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

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
from agentdesk.store.timestamps import from_micros, to_micros

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


CONVERSATION_READ = (
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
)
"""The columns ``conversation_of`` reads, in its order."""
MESSAGE_READ = ("conversation_id", "id", "at", "sender_type", "sender_id", "type", "text")
TRANSACTION_READ = ("conversation_id", "id", "amount_milli", "currency", "at")


def _moment(micros: int | None) -> datetime | None:
    return None if micros is None else from_micros(micros)


def message_of(row: Sequence[Any]) -> Message:
    """A row of ``MESSAGE_READ``."""
    _, mid, at, sender_type, sender_id, kind, text = row
    return Message(
        id=mid,
        at=from_micros(at),
        sender_type=SenderType(sender_type),
        sender_id=sender_id,
        type=kind,
        text=text,
    )


def transaction_of(row: Sequence[Any]) -> Transaction:
    """A row of ``TRANSACTION_READ``."""
    _, tid, amount_milli, currency, at = row
    return Transaction(
        id=tid, amount=from_milli(amount_milli), currency=currency, at=from_micros(at)
    )


def conversation_of(
    row: Sequence[Any],
    tags: Sequence[str],
    transactions: Sequence[Transaction],
    messages: Sequence[Message] = (),
) -> Conversation:
    """The domain value of a row of ``CONVERSATION_READ`` with its children."""
    (cid, status, channel, assignee_id, contact_id, contact_name, contact_type, category) = row[:8]
    (started_at, first_response_at, closed_at, paused_at, pause_deadline, updated_at) = row[8:14]
    handling_time_s, csat, nps, closing_note = row[14:18]
    return Conversation(
        id=cid,
        status=ConversationStatus(status),
        channel=channel,
        assignee_id=assignee_id,
        contact=Contact(id=contact_id, name=contact_name, type=contact_type),
        started_at=from_micros(started_at),
        updated_at=from_micros(updated_at),
        category=category,
        tags=tuple(tags),
        first_response_at=_moment(first_response_at),
        closed_at=_moment(closed_at),
        paused_at=_moment(paused_at),
        pause_deadline=_moment(pause_deadline),
        handling_time_s=handling_time_s,
        csat=csat,
        nps=nps,
        closing_note=closing_note,
        transactions=tuple(transactions),
        messages=tuple(messages),
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


PROFILE_READ = ("agent_id", "name", "email", "timezone", "locale", "week_start")


def profile_of(row: Sequence[Any]) -> AgentProfile:
    """A row of ``PROFILE_READ``."""
    agent_id, name, email, timezone, locale, week_start = row
    return AgentProfile(
        id=agent_id,
        name=name,
        email=email,
        timezone=timezone,
        locale=locale,
        week_start=WeekStart(week_start),
    )


def settings_row(settings: AdminSettings) -> Row:
    return {
        "slot": 1,
        "indicators": json.dumps(list(settings.indicators), ensure_ascii=False),
        "daily_widget": settings.daily_widget,
        "show_transactions": settings.show_transactions,
    }


SETTINGS_READ = ("indicators", "daily_widget", "show_transactions")


def settings_of(row: Sequence[Any]) -> AdminSettings:
    """A row of ``SETTINGS_READ`` (SQLite keeps the booleans as 0 and 1)."""
    indicators, daily_widget, show_transactions = row
    return AdminSettings(
        indicators=tuple(str(key) for key in json.loads(indicators)),
        daily_widget=bool(daily_widget),
        show_transactions=bool(show_transactions),
    )
