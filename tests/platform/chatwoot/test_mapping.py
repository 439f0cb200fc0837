"""Chatwoot's JSON → domain values: every fixture parses, and each mapping rule holds."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from agentdesk.domain.models import ConversationStatus, SenderType
from agentdesk.errors import InvalidRecordError
from agentdesk.platform.chatwoot.mapping import build_conversation, channel_name
from tests.platform.chatwoot.fixture_server import FIXTURES, load


def _at(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def _conversation(number: int, list_fixture: str) -> Any:
    entries = load(list_fixture)["body"]["data"]["payload"]
    return next(e for e in entries if e["id"] == number)


def _messages(*names: str) -> list[Any]:
    return [m for name in names for m in load(name)["body"]["payload"]]


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.json")), ids=lambda p: p.stem)
def test_every_fixture_names_its_source_and_parses(path: Any) -> None:
    fixture = load(path.name)
    assert fixture["source"].split(" ")[0].startswith(("app/", "config/", "swagger/"))
    body = fixture["body"]
    entries: list[Any] = []
    if isinstance(body, dict) and "data" in body:
        entries = body["data"]["payload"]
    elif isinstance(body, dict) and "meta" in body and "status" in body:
        entries = [body]
    for entry in entries:
        conversation = build_conversation(entry, [])
        assert conversation.id == str(entry["id"])
    if isinstance(body, dict) and isinstance(body.get("payload"), list):
        conversation = build_conversation(
            _conversation(42, "conversations_resolved_page1.json"), body["payload"]
        )
        assert len(conversation.messages) == len(body["payload"])


def test_resolved_conversation_with_survey_and_resolution_message() -> None:
    conversation = build_conversation(
        _conversation(42, "conversations_resolved_page1.json"),
        _messages("messages_42_before.json", "messages_42.json"),
    )
    assert conversation.status is ConversationStatus.CLOSED
    assert conversation.closed_at == _at(1763460000 + 3590)  # the "marked resolved" activity
    assert conversation.csat == 4
    assert conversation.channel == "chat"
    assert conversation.contact.type == "new"
    assert conversation.tags == ("refund", "vip")
    assert conversation.assignee_id == "7"
    assert conversation.first_response_at == _at(1763460090)
    assert conversation.updated_at == datetime.fromtimestamp(1763463601.25, UTC)
    assert conversation.nps is None
    assert conversation.transactions == ()
    assert conversation.handling_time_s is None
    assert [m.at for m in conversation.messages] == sorted(m.at for m in conversation.messages)
    kinds = {m.id: m.sender_type for m in conversation.messages}
    assert kinds["500"] is SenderType.CONTACT
    assert kinds["502"] is SenderType.AGENT
    assert kinds["519"] is SenderType.SYSTEM  # a private note is no reply to the contact
    assert kinds["521"] is SenderType.SYSTEM
    assert kinds["522"] is SenderType.BOT


def test_without_a_resolution_message_the_last_activity_closes_it() -> None:
    entry = _conversation(41, "conversations_resolved_page1.json")
    conversation = build_conversation(entry, _messages("messages_41.json"))
    assert conversation.closed_at == _at(entry["timestamp"])
    assert conversation.updated_at == _at(entry["timestamp"])  # no updated_at in older versions
    assert conversation.contact.type == "returning"
    assert conversation.channel == "whatsapp"
    assert conversation.csat is None


def test_snoozed_conversation_has_its_deadline() -> None:
    entry = load("conversation_44.json")["body"]
    conversation = build_conversation(entry, _messages("messages_44.json"))
    assert conversation.status is ConversationStatus.PAUSED
    assert conversation.pause_deadline == datetime(2099, 1, 1, 9, tzinfo=UTC)
    assert conversation.paused_at == _at(1763390000)
    assert conversation.assignee_id is None


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"status": "archived"}, "status"),
        ({"created_at": "31/02/2026 25:61"}, "created_at"),
        ({"meta": {"channel": "Channel::Api"}}, "contact"),
        ({"id": None}, "numeric id"),
    ],
)
def test_broken_entries_are_refused_with_their_id(change: dict[str, Any], reason: str) -> None:
    entry = {**_conversation(41, "conversations_resolved_page1.json"), **change}
    with pytest.raises(InvalidRecordError, match=reason):
        build_conversation(entry, [])


def test_a_rating_out_of_range_is_refused() -> None:
    messages = _messages("messages_42.json")
    survey = next(m for m in messages if m["content_type"] == "input_csat")
    survey["content_attributes"]["submitted_values"]["csat_survey_response"]["rating"] = 9
    with pytest.raises(InvalidRecordError, match="CSAT"):
        build_conversation(_conversation(42, "conversations_resolved_page1.json"), messages)


@pytest.mark.parametrize(
    ("kind", "channel"),
    [
        ("Channel::FacebookPage", "messenger"),
        ("Channel::Api", "api"),
        ("Channel::Zalo", "zalo"),
        (None, "unknown"),
    ],
)
def test_channels_come_from_the_inbox_type(kind: str | None, channel: str) -> None:
    assert channel_name(kind) == channel


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Conversation was marked resolved by Camille", "closed"),
        ("Conversation was resolved by Ana", "closed"),
        ("La conversation a été marquée résolue par Camille", "closed"),
        ("La conversation a été résolue par Ana", "closed"),
        ("La conversación fue marcada por Camille", "closed"),
        ("Conversación fue resuelta por Ana", "closed"),
        ("La conversación fue marcada por el sistema debido a 3 días de inactividad", "closed"),
        ("Percakapan ditandai selesai oleh Camille", "closed"),
        ("Percakapan diselesaikan oleh Ana", "closed"),
        ("La conversación fue marcada como pendiente por Camille", None),
        ("Percakapan telah ditandai sebagai tertunda oleh Camille", None),
        ("Conversation was snoozed by Camille", "paused"),
        ("La conversation a été reportée par Camille", "paused"),
        ("La conversación fue pospuesta por Camille", "paused"),
        ("Percakapan telah ditunda oleh Camille", "paused"),
    ],
)
def test_activity_messages_are_read_in_the_accounts_language(text: str, event: str | None) -> None:
    """Chatwoot words its activity messages in the account's locale (config/locales/*.yml)."""
    entry = _conversation(41, "conversations_resolved_page1.json")
    at = entry["created_at"] + 600
    activity = {"id": 9001, "created_at": at, "message_type": 2, "content": text}
    closed = build_conversation(entry, [activity])
    assert (closed.closed_at == _at(at)) is (event == "closed")
    paused = build_conversation({**entry, "status": "snoozed"}, [activity])
    assert (paused.paused_at == _at(at)) is (event == "paused")
