"""A Platform API v1 demo record, re-dressed as Chatwoot serves a conversation and its messages.

Shaped after ``app/views/api/v1/conversations/partials/_conversation.json.jbuilder`` (the list
entry) and ``app/views/api/v1/accounts/conversations/messages/index.json.jbuilder`` (the
messages), see ``docs/platforms.md``. What Chatwoot has no place for (NPS, transactions, the
platform's own handling time) is left out; what it keeps elsewhere is put where Chatwoot keeps
it: the closing time in a "marked resolved" activity message, the CSAT in an ``input_csat``
message's submitted values, the category in the conversation's custom attributes.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping
from datetime import timedelta
from typing import Any, Final

from agentdesk.demo.isotime import parse_time

ACCOUNT_ID: Final = 1
STATUS_NAMES: Final = {"closed": "resolved", "paused": "snoozed", "open": "open"}
CHANNEL_TYPES: Final = {
    "chat": "Channel::WebWidget",
    "whatsapp": "Channel::Whatsapp",
    "messenger": "Channel::FacebookPage",
    "instagram": "Channel::Instagram",
    "email": "Channel::Email",
    "sms": "Channel::Sms",
    "voice": "Channel::Voice",
    "line": "Channel::Line",
}
"""Chatwoot has no Apple Messages inbox: those conversations come through an API inbox."""
INBOX_IDS: Final = {name: number for number, name in enumerate(CHANNEL_TYPES.values(), start=1)}
RESOLVED_TEXT: Final = "Conversation was marked resolved by {agent}"
SNOOZED_TEXT: Final = "Conversation was snoozed by {agent}"
MESSAGE_STRIDE: Final = 1000
"""Message ids are ``conversation number × 1000 + position``: unique, growing within one."""
_TRAILING_NUMBER = re.compile(r"(\d+)$")
_RETURNING_AGE = timedelta(days=90)
_TYPES = {"contact": (0, "contact"), "agent": (1, "user"), "bot": (1, "agent_bot")}


def number(identifier: object) -> int:
    """Chatwoot's integer id for a v1 id: its trailing number, or a stable hash of it."""
    text = str(identifier)
    found = _TRAILING_NUMBER.search(text)
    if found and 0 < int(found.group(1)) < 2**31:
        return int(found.group(1))
    return zlib.crc32(text.encode()) & 0x7FFFFFFF or 1


def epoch(text: object) -> float | int:
    """Unix seconds as Chatwoot writes them (``.to_i``); a sub-second time stays a float so
    the demo's figures equal those of its v1 twin."""
    if not isinstance(text, str):
        return 0
    try:
        seconds = parse_time(text).timestamp()
    except ValueError:
        return text  # type: ignore[return-value]  # a broken dataset record stays broken
    return int(seconds) if seconds.is_integer() else seconds


def person(identifier: object, name: str, kind: str, **extra: Any) -> dict[str, Any]:
    return {"id": number(identifier), "name": name, "available_name": name, "type": kind, **extra}


def conversation(record: Mapping[str, Any], names: Mapping[str, str]) -> dict[str, Any]:
    """The list/show entry. ``names`` maps agent ids to their names."""
    messages = messages_of(record, names)
    status = STATUS_NAMES.get(str(record.get("status")), str(record.get("status")))
    contact = record.get("contact") or {}
    sender = person(contact.get("id"), str(contact.get("name", "")), "contact")
    started = record.get("started_at")
    if contact.get("type") in ("new", "returning") and isinstance(started, str):
        created = parse_time(started)
        created -= timedelta(minutes=1) if contact["type"] == "new" else _RETURNING_AGE
        sender["created_at"] = int(created.timestamp())
    channel = CHANNEL_TYPES.get(str(record.get("channel")), "Channel::Api")
    meta: dict[str, Any] = {"sender": sender, "channel": channel, "hmac_verified": False}
    assignee = record.get("assignee_id")
    if assignee is not None:
        meta["assignee"] = person(assignee, names.get(str(assignee), ""), "user", role="agent")
    last = messages[-1] if messages else None
    activity = last["created_at"] if last else epoch(record.get("updated_at"))
    category = record.get("category")
    return {
        "meta": meta,
        "id": number(record.get("id")),
        "messages": [last] if last else [],
        "account_id": ACCOUNT_ID,
        "additional_attributes": {},
        "agent_last_seen_at": 0,
        "assignee_last_seen_at": 0,
        "can_reply": True,
        "contact_last_seen_at": 0,
        "custom_attributes": {"category": category} if category else {},
        "inbox_id": INBOX_IDS.get(channel, len(INBOX_IDS) + 1),
        "labels": list(record.get("tags") or []),
        "muted": False,
        "snoozed_until": record.get("pause_deadline") if status == "snoozed" else None,
        "status": status,
        "created_at": epoch(started) if isinstance(started, str) else started,
        "updated_at": float(epoch(record.get("updated_at"))),
        "timestamp": int(activity),
        "first_reply_created_at": int(epoch(record.get("first_response_at"))),
        "unread_count": 0,
        "last_activity_at": int(activity),
        "priority": None,
        "waiting_since": 0,
    }


def messages_of(record: Mapping[str, Any], names: Mapping[str, str]) -> list[dict[str, Any]]:
    """Every message, oldest first, with the activity and survey messages Chatwoot adds."""
    base = number(record.get("id")) * MESSAGE_STRIDE
    inbox = INBOX_IDS.get(CHANNEL_TYPES.get(str(record.get("channel")), ""), 0)
    served: list[dict[str, Any]] = []

    def add(at: object, kind: int, text: str, sender: dict[str, Any] | None, **extra: Any) -> None:
        served.append(
            {
                "id": base + len(served) + 1,
                "content": text,
                "inbox_id": inbox,
                "conversation_id": number(record.get("id")),
                "message_type": kind,
                "content_type": "text",
                "content_attributes": {},
                "created_at": epoch(at),
                "private": False,
                "source_id": None,
                **({"sender": sender} if sender else {}),
                **extra,
            }
        )

    for message in record.get("messages") or []:
        role = str(message.get("sender_type"))
        if role in _TYPES:
            kind, sender_kind = _TYPES[role]
            sender_id = message.get("sender_id")
            name = names.get(str(sender_id), "")
            add(
                message.get("at"),
                kind,
                str(message.get("text") or ""),
                person(sender_id, name, sender_kind),
            )
        else:
            add(message.get("at"), 2, str(message.get("text") or ""), None)
    agent = names.get(str(record.get("assignee_id")), "")
    if record.get("status") == "closed" and record.get("closed_at"):
        add(record["closed_at"], 2, RESOLVED_TEXT.format(agent=agent), None)
        if record.get("csat") is not None:
            rating = {"csat_survey_response": {"rating": record["csat"], "feedback_message": ""}}
            add(
                record["closed_at"],
                3,
                "Please rate the conversation",
                None,
                content_type="input_csat",
                content_attributes={"submitted_values": rating},
            )
    if record.get("status") == "paused" and record.get("paused_at"):
        add(record["paused_at"], 2, SNOOZED_TEXT.format(agent=agent), None)
    served.sort(key=lambda m: (_sortable(m["created_at"]), m["id"]))
    for position, message in enumerate(served, start=1):
        message["id"] = base + position
    return served


def _sortable(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0
