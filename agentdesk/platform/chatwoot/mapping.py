"""Chatwoot's JSON → AgentDesk's domain values (the rules are in ``docs/platforms.md``).

A Chatwoot conversation is read from two answers: its list entry (status, inbox channel,
contact, assignee, labels, times as Unix seconds, ``snoozed_until``) and its messages (the
transcript, the resolution and snooze activity messages, the ``input_csat`` survey). Anything
that cannot be read raises ``InvalidRecordError`` with the conversation's id, like Platform API
v1 records do, so the sync skips and counts it instead of stopping.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Final, NoReturn

from agentdesk.domain.models import Contact, Conversation, ConversationStatus, Message, SenderType
from agentdesk.errors import InvalidRecordError

STATUSES: Final = {
    "resolved": ConversationStatus.CLOSED,
    "snoozed": ConversationStatus.PAUSED,
    "open": ConversationStatus.OPEN,
    "pending": ConversationStatus.OPEN,
}
LISTED: Final = {ConversationStatus.CLOSED: "resolved", ConversationStatus.PAUSED: "snoozed"}

CHANNELS: Final = {
    "Channel::WebWidget": "chat",
    "Channel::Whatsapp": "whatsapp",
    "Channel::FacebookPage": "messenger",
    "Channel::Instagram": "instagram",
    "Channel::Email": "email",
    "Channel::Sms": "sms",
    "Channel::TwilioSms": "sms",
    "Channel::Voice": "voice",
    "Channel::Api": "api",
    "Channel::Telegram": "telegram",
    "Channel::Line": "line",
    "Channel::Tiktok": "tiktok",
}
"""Inbox channel types; one not listed becomes its lower-cased name without ``Channel::``."""

NEW_CONTACT_S: Final = 3600
"""A contact created at most an hour before the conversation started is "new"; an older one is
"returning". Chatwoot creates the contact when its first conversation arrives."""

INCOMING, OUTGOING, ACTIVITY, TEMPLATE = 0, 1, 2, 3
RESOLVED_PHRASES: Final = (
    "resolved",
    "marquée résolue",
    "marquée comme résolue",
    "a été résolue par",
    "fue marcada por",
    "fue resuelta por",
    "ditandai selesai",
    "ditandai terselesaikan",
    "diselesaikan oleh",
)
"""Chatwoot writes its activity messages in the account's language
(``conversations.activity.status.resolved``, ``contact_resolved``, ``auto_resolved*``):
English (any wording with "resolved"), French (``config/locales/fr.yml`` @ ``0063186``),
Spanish (``es.yml`` @ ``008c578``: its "resolved" reads "La conversación fue marcada por …",
without the word) and Indonesian (``id.yml`` @ ``00a85f0``). In another language none matches
and the last activity time stands in (``docs/platforms.md``, "The closing time")."""
SNOOZED_PHRASES: Final = (
    "snoozed",
    "a été reportée par",
    "fue pospuesta por",
    "telah ditunda oleh",
)
"""``conversations.activity.status.snoozed`` in the same four languages."""


def conversation_id(item: object) -> str | None:
    """The account-scoped ``display_id`` Chatwoot shows and routes by, as text."""
    if isinstance(item, Mapping):
        value = item.get("id")
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return str(value)
    return None


def build_conversation(item: object, messages: Sequence[object]) -> Conversation:
    """One conversation from its list entry and its messages, oldest message first."""
    record_id = conversation_id(item)
    if record_id is None or not isinstance(item, Mapping):
        raise InvalidRecordError(record_id, "the conversation has no numeric id")
    read = _Reader(record_id)
    status = STATUSES.get(str(item.get("status")))
    if status is None:
        read.fail(f"status {item.get('status')!r} is not one Chatwoot documents")
    meta = read.mapping(item.get("meta"), "meta")
    started_at = read.epoch(item.get("created_at"), "created_at")
    last_activity = read.optional_epoch(item.get("timestamp")) or started_at
    updated_raw = item.get("updated_at")
    updated_at = read.epoch(updated_raw, "updated_at") if updated_raw is not None else last_activity
    transcript = [read.message(m) for m in messages]
    transcript.sort(key=lambda m: (m[0].at, m[0].id))
    events = [(m.at, kind) for m, kind in transcript]
    closed_at = paused_at = deadline = None
    if status is ConversationStatus.CLOSED:
        closed_at = _last_event(events, "resolved") or last_activity
        if closed_at < started_at:
            read.fail("it was resolved before it started")
    if status is ConversationStatus.PAUSED:
        paused_at = _last_event(events, "snoozed") or last_activity
        deadline = read.optional_time(item.get("snoozed_until"), "snoozed_until")
    first_reply = read.optional_epoch(item.get("first_reply_created_at"))
    assignee = meta.get("assignee")
    return Conversation(
        id=record_id,
        status=status,
        channel=channel_name(meta.get("channel")),
        assignee_id=read.id_of(assignee) if isinstance(assignee, Mapping) else None,
        contact=read.contact(meta.get("sender"), started_at),
        started_at=started_at,
        updated_at=updated_at,
        category=_category(item.get("custom_attributes")),
        tags=tuple(str(label) for label in item.get("labels") or () if isinstance(label, str)),
        first_response_at=first_reply,
        closed_at=closed_at,
        paused_at=paused_at,
        pause_deadline=deadline,
        csat=_csat(read, messages),
        messages=tuple(m for m, _ in transcript),
    )


def channel_name(channel_type: object) -> str:
    if not isinstance(channel_type, str) or not channel_type:
        return "unknown"
    return CHANNELS.get(channel_type) or channel_type.removeprefix("Channel::").lower()


def _last_event(events: list[tuple[datetime, str | None]], kind: str) -> datetime | None:
    return max((at for at, what in events if what == kind), default=None)


def _category(attributes: object) -> str | None:
    value = attributes.get("category") if isinstance(attributes, Mapping) else None
    return value if isinstance(value, str) and value else None


def _csat(read: _Reader, messages: Sequence[object]) -> int | None:
    """The last submitted rating of an ``input_csat`` message (the survey can be answered
    again; the latest answer is the one Chatwoot's own report keeps)."""
    rating: int | None = None
    for message in messages:
        if not isinstance(message, Mapping) or message.get("content_type") != "input_csat":
            continue
        attributes = message.get("content_attributes")
        submitted = attributes.get("submitted_values") if isinstance(attributes, Mapping) else None
        answer = submitted.get("csat_survey_response") if isinstance(submitted, Mapping) else None
        value = answer.get("rating") if isinstance(answer, Mapping) else None
        if value is None:
            continue
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
            read.fail(f"the CSAT rating {value!r} is not 1 to 5")
        rating = value
    return rating


class _Reader:
    """Field reads that fail with the conversation's id and a reason in words."""

    def __init__(self, record_id: str) -> None:
        self.record_id = record_id

    def fail(self, reason: str) -> NoReturn:
        raise InvalidRecordError(self.record_id, reason)

    def mapping(self, value: object, name: str) -> Mapping[str, object]:
        if not isinstance(value, Mapping):
            self.fail(f"{name} is not an object")
        return value

    def epoch(self, value: object, name: str) -> datetime:
        moment = self.optional_epoch(value)
        if moment is None:
            self.fail(f"{name} {value!r} is not a time in Unix seconds")
        return moment

    def optional_epoch(self, value: object) -> datetime | None:
        """Unix seconds; Chatwoot writes 0 for a time that never happened."""
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            return None
        if not 0 < value < 253_402_300_800:  # year 10000
            return None
        return datetime.fromtimestamp(float(value), UTC)

    def optional_time(self, value: object, name: str) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, str):
            return self.epoch(value, name)
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None:
            self.fail(f"{name} {value!r} is not a time with an offset")
        return moment.astimezone(UTC)

    def id_of(self, value: Mapping[str, object]) -> str | None:
        ident = value.get("id")
        return str(ident) if isinstance(ident, int | str) and str(ident) else None

    def contact(self, sender: object, started_at: datetime) -> Contact:
        if not isinstance(sender, Mapping):
            self.fail("the conversation has no contact (meta.sender)")
        ident = self.id_of(sender)
        if ident is None:
            self.fail("the contact has no id")
        created = self.optional_epoch(sender.get("created_at"))
        kind = None
        if created is not None:
            fresh = (started_at - created).total_seconds() <= NEW_CONTACT_S
            kind = "new" if fresh else "returning"
        name = sender.get("name")
        return Contact(str(ident), name if isinstance(name, str) else "", kind)

    def message(self, item: object) -> tuple[Message, str | None]:
        """A message and what activity it records ("resolved", "snoozed" or None)."""
        if not isinstance(item, Mapping) or not isinstance(item.get("id"), int):
            self.fail("a message has no numeric id")
        at = self.epoch(item.get("created_at"), f"message {item['id']} created_at")
        kind = item.get("message_type")
        sender = item.get("sender")
        sender_id = self.id_of(sender) if isinstance(sender, Mapping) else None
        sender_kind = sender.get("type") if isinstance(sender, Mapping) else None
        if kind == INCOMING:
            role = SenderType.CONTACT
        elif item.get("private") is True or kind == ACTIVITY:
            role = SenderType.SYSTEM
        elif kind == OUTGOING and sender_kind in (None, "user"):
            role = SenderType.AGENT
        elif kind in (OUTGOING, TEMPLATE):
            role = SenderType.BOT
        else:
            self.fail(f"message {item['id']} has an unknown message_type {kind!r}")
        content = item.get("content")
        text = content if isinstance(content, str) else ""
        content_type = item.get("content_type")
        event = None
        if kind == ACTIVITY:
            lowered = unicodedata.normalize("NFC", text).lower()
            if any(phrase in lowered for phrase in RESOLVED_PHRASES):
                event = "resolved"
            elif any(phrase in lowered for phrase in SNOOZED_PHRASES):
                event = "snoozed"
        message = Message(
            id=str(item["id"]),
            at=at,
            sender_type=role,
            sender_id=sender_id,
            type=content_type if isinstance(content_type, str) and content_type else "text",
            text=text,
        )
        return message, event
