"""Platform JSON → domain values, validated once at the edge.

Strict on types and meaning (an aware time, a CSAT in 1–5, a closed conversation with its
``closed_at``), lenient on keys the platform adds later. Anything wrong raises
``InvalidRecordError(record_id, reason)``; nothing else escapes, whatever the input.
Read the JSON with ``json.loads(text, parse_float=Decimal)`` so money keeps its exact digits.
"""

from __future__ import annotations

from collections.abc import Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from agentdesk.domain.models import (
    AdminSettings,
    AgentProfile,
    Channel,
    Contact,
    Conversation,
    ConversationStatus,
    Message,
    SenderType,
    Transaction,
    WeekStart,
)
from agentdesk.platform.fields import Fields, named, utc_time

_KNOWN_CHANNELS = {channel.value: channel for channel in Channel}


MAX_HANDLING_TIME_S = 366 * 24 * 3600
"""A conversation handled for more than a year is a broken record, not a long chat; the bound
also keeps every stored value inside SQLite's 64-bit integers."""


def parse_conversation(obj: object) -> Conversation:
    """One Conversation of Platform API v1 (DESIGN.md), or ``InvalidRecordError``."""
    fields = Fields(obj, record_id=_record_id(obj))
    fields.text("id")
    status = fields.choice("status", ConversationStatus)
    started_at = fields.time("started_at")
    closed_at = fields.optional_time("closed_at")
    paused_at = fields.optional_time("paused_at")
    pause_deadline = fields.optional_time("pause_deadline")
    if status is ConversationStatus.CLOSED and closed_at is None:
        fields.fail("a closed conversation has no closed_at")
    if status is ConversationStatus.PAUSED and paused_at is None:
        fields.fail("a paused conversation has no paused_at")
    if status is ConversationStatus.PAUSED and pause_deadline is None:
        fields.fail("a paused conversation has no pause_deadline")
    if closed_at is not None and closed_at < started_at:
        fields.fail("closed_at is before started_at")
    channel = fields.text("channel")
    return Conversation(
        id=fields.text("id"),
        status=status,
        channel=_KNOWN_CHANNELS.get(channel, channel),
        assignee_id=fields.optional_text("assignee_id"),
        contact=_contact(fields.child("contact")),
        started_at=started_at,
        updated_at=fields.time("updated_at"),
        category=fields.optional_text("category"),
        tags=fields.text_list("tags"),
        first_response_at=fields.optional_time("first_response_at"),
        closed_at=closed_at,
        paused_at=paused_at,
        pause_deadline=pause_deadline,
        handling_time_s=_handling_time(fields),
        csat=fields.optional_int("csat", 1, 5),
        nps=fields.optional_int("nps", 0, 10),
        closing_note=fields.optional_text("closing_note"),
        transactions=tuple(_transaction(item) for item in fields.objects("transactions")),
        messages=_messages(fields),
    )


def parse_profile(obj: object) -> AgentProfile:
    """The agent's ``/me``: ``timezone`` must be a zone this machine's tz database knows."""
    fields = Fields(obj, record_id=_record_id(obj))
    timezone = fields.text("timezone")
    if not _is_known_zone(timezone):
        fields.fail(f"{named('timezone', timezone)} is not a known IANA time zone")
    week_start = (
        WeekStart.MONDAY
        if fields.raw("week_start") is None
        else fields.choice("week_start", WeekStart)
    )
    return AgentProfile(
        id=fields.text("id"),
        name=fields.text("name", empty_ok=True),
        email=fields.text("email", empty_ok=True),
        timezone=timezone,
        locale=fields.text("locale"),
        week_start=week_start,
    )


def parse_settings(obj: object) -> AdminSettings:
    """The admin's settings; ``indicators`` is kept raw (unknown keys are the domain's call)."""
    fields = Fields(obj, record_id=None)
    return AdminSettings(
        indicators=fields.text_list("indicators", required=True),
        daily_widget=fields.flag("daily_widget", default=False),
        show_transactions=fields.flag("show_transactions", default=False),
    )


def _record_id(obj: object) -> str | None:
    if isinstance(obj, Mapping):
        value = obj.get("id")
        if isinstance(value, str) and value:
            return value
    return None


def _handling_time(fields: Fields) -> int | None:
    seconds = fields.optional_int("handling_time_s", low=0)
    if seconds is not None and seconds > MAX_HANDLING_TIME_S:
        fields.fail(f"handling_time_s {seconds} is longer than a year")
    return seconds


def _contact(fields: Fields) -> Contact:
    return Contact(
        id=fields.text("id"),
        name=fields.text("name", empty_ok=True),
        type=fields.optional_text("type"),
    )


_SENDERS = {sender.value: sender for sender in SenderType}


def _messages(fields: Fields) -> tuple[Message, ...]:
    """Messages are nine in ten of what a sync validates: each is checked here directly, and
    only a message that fails is read again through ``Fields`` to word the reason."""
    raw = fields.raw("messages")
    if isinstance(raw, list):
        quick = [_valid_message(item) for item in raw]
        if None not in quick:
            return tuple(message for message in quick if message is not None)
    return tuple(_message(item) for item in fields.objects("messages"))


def _valid_message(item: object) -> Message | None:
    """The same rules as ``_message``, or None for the slow path to explain."""
    if not isinstance(item, dict):
        return None
    message_id, kind, sender = item.get("id"), item.get("type"), item.get("sender_type")
    sender_id, text, at = item.get("sender_id"), item.get("text"), item.get("at")
    if not (isinstance(message_id, str) and message_id and isinstance(kind, str) and kind):
        return None
    sender_type = _SENDERS.get(sender) if isinstance(sender, str) else None
    if sender_type is None or not (sender_id is None or isinstance(sender_id, str)):
        return None
    if not (text is None or isinstance(text, str)):
        return None
    moment = utc_time(at)
    if isinstance(moment, str):
        return None
    return Message(message_id, moment, sender_type, sender_id, kind, text or "")


def _message(fields: Fields) -> Message:
    return Message(
        id=fields.text("id"),
        at=fields.time("at"),
        sender_type=fields.choice("sender_type", SenderType),
        sender_id=fields.optional_text("sender_id"),
        type=fields.text("type"),
        # An attachment or a call may come without text; the transcript shows it as empty.
        text=fields.optional_text("text") or "",
    )


def _transaction(fields: Fields) -> Transaction:
    currency = fields.text("currency")
    if not (len(currency) == 3 and currency.isascii() and currency.isalpha()):
        fields.fail(f"{named(fields.name('currency'), currency)} is not a three-letter code")
    return Transaction(
        id=fields.text("id"),
        amount=fields.amount("amount"),
        currency=currency.upper(),
        at=fields.time("at"),
    )


def _is_known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True
