"""Platform JSON becomes typed, aware, exact domain values, or one precise reason why not."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from agentdesk.domain.models import Channel, ConversationStatus, SenderType, WeekStart
from agentdesk.errors import InvalidRecordError
from agentdesk.platform import parse_conversation, parse_profile, parse_settings
from tests.platform.samples import conversation_json


def reason_for(record: object) -> str:
    with pytest.raises(InvalidRecordError) as caught:
        parse_conversation(record)
    return caught.value.reason


def test_the_design_example_parses_into_typed_values() -> None:
    conversation = parse_conversation(conversation_json())
    assert conversation.id == "c-000123"
    assert conversation.status is ConversationStatus.CLOSED
    assert conversation.channel is Channel.CHAT
    assert conversation.contact.name == "Inès Martin"
    assert conversation.tags == ("refund", "vip")
    assert conversation.started_at == datetime(2026, 11, 16, 9, 12, tzinfo=UTC)
    assert conversation.closed_at == datetime(2026, 11, 16, 9, 31, 40, tzinfo=UTC)
    assert conversation.csat == 4
    assert conversation.nps == 9
    assert [m.sender_type for m in conversation.messages] == [SenderType.CONTACT, SenderType.AGENT]
    assert conversation.messages[1].text == "Bonjour Inès, je regarde votre commande."


def test_times_with_any_offset_become_utc() -> None:
    conversation = parse_conversation(
        conversation_json(
            started_at="2026-11-16T10:12:00+01:00", closed_at="2026-11-16T05:31:40-04:00"
        )
    )
    assert conversation.started_at == datetime(2026, 11, 16, 9, 12, tzinfo=UTC)
    assert conversation.started_at.utcoffset() == UTC.utcoffset(None)
    assert conversation.closed_at == datetime(2026, 11, 16, 9, 31, 40, tzinfo=UTC)


def test_amounts_keep_the_digits_of_the_json_text() -> None:
    text = json.dumps(conversation_json()).replace('"amount": 59.9', '"amount": 59.90')
    conversation = parse_conversation(json.loads(text, parse_float=Decimal))
    amount = conversation.transactions[0].amount
    assert isinstance(amount, Decimal)
    assert str(amount) == "59.90"
    many = json.loads('{"a": 0.1}', parse_float=Decimal)["a"]
    record = conversation_json(
        transactions=[{"id": "t", "amount": many, "currency": "eur", "at": "2026-11-16T09:30:00Z"}]
    )
    summed = sum((parse_conversation(record).transactions[0].amount for _ in range(3)), Decimal(0))
    assert summed == Decimal("0.3")


def test_a_float_amount_is_read_as_the_number_it_prints_as() -> None:
    record = conversation_json(
        transactions=[{"id": "t", "amount": 0.1, "currency": "USD", "at": "2026-11-16T09:30:00Z"}]
    )
    assert parse_conversation(record).transactions[0].amount == Decimal("0.1")


def test_an_unknown_channel_is_kept_as_given() -> None:
    conversation = parse_conversation(conversation_json(channel="telegram"))
    assert conversation.channel == "telegram"
    assert not isinstance(conversation.channel, Channel)


def test_a_paused_conversation_keeps_its_deadline() -> None:
    conversation = parse_conversation(
        conversation_json(
            status="paused",
            closed_at=None,
            paused_at="2026-11-16T09:20:00Z",
            pause_deadline="2026-11-17T18:00:00+02:00",
            assignee_id=None,
        )
    )
    assert conversation.status is ConversationStatus.PAUSED
    assert conversation.pause_deadline == datetime(2026, 11, 17, 16, 0, tzinfo=UTC)
    assert conversation.assignee_id is None


def test_optional_fields_may_be_absent_and_extra_keys_are_ignored() -> None:
    record = conversation_json(
        category=...,
        tags=...,
        csat=...,
        nps=None,
        handling_time_s=...,
        transactions=...,
        messages=...,
        first_response_at=...,
        closing_note=...,
        priority="high",
        sla={"breached": False},
    )
    conversation = parse_conversation(record)
    assert conversation.tags == ()
    assert conversation.csat is None
    assert conversation.messages == ()
    assert conversation.transactions == ()


def test_a_message_without_text_is_kept_with_empty_text() -> None:
    message = {
        "id": "m-9",
        "at": "2026-11-16T09:14:00Z",
        "sender_type": "system",
        "type": "attachment",
    }
    conversation = parse_conversation(conversation_json(messages=[message]))
    assert conversation.messages[0].text == ""
    assert conversation.messages[0].sender_id is None


def _message(**changes: Any) -> dict[str, Any]:
    message: dict[str, Any] = {
        "id": "m-1",
        "at": "2026-11-16T09:12:00Z",
        "sender_type": "contact",
        "sender_id": "k-55",
        "type": "text",
        "text": "Mon numéro de carte est 4970 1234",
    }
    message.update(changes)
    return {key: value for key, value in message.items() if value is not ...}


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"csat": 9}, "csat 9 is outside 1–5"),
        ({"csat": 0}, "csat 0 is outside 1–5"),
        ({"csat": "4"}, "csat is not a number"),
        ({"csat": True}, "csat is not a number"),
        ({"csat": 4.5}, "csat 4.5 is not a whole number"),
        ({"nps": 11}, "nps 11 is outside 0–10"),
        ({"nps": -1}, "nps -1 is outside 0–10"),
        ({"handling_time_s": -5}, "handling_time_s -5 is below 0"),
        ({"started_at": ...}, "started_at is missing"),
        ({"started_at": None}, "started_at is null"),
        ({"updated_at": ...}, "updated_at is missing"),
        ({"closed_at": "2026-11-16T09:31:40"}, "closed_at is not an ISO 8601 time with an offset"),
        ({"closed_at": "2026-11-16"}, "closed_at is not an ISO 8601 time with an offset"),
        ({"closed_at": "yesterday"}, "closed_at is not an ISO 8601 time with an offset"),
        ({"closed_at": 1763285500}, "closed_at is not an ISO 8601 time with an offset"),
        ({"closed_at": None}, "a closed conversation has no closed_at"),
        ({"closed_at": "2026-11-16T09:00:00Z"}, "closed_at is before started_at"),
        (
            {"status": "paused", "pause_deadline": "2026-11-17T10:00:00Z"},
            "a paused conversation has no paused_at",
        ),
        (
            {"status": "paused", "paused_at": "2026-11-17T10:00:00Z"},
            "a paused conversation has no pause_deadline",
        ),
        ({"status": "archived"}, "status 'archived' is not one of closed, paused, open"),
        ({"status": ...}, "status is missing"),
        ({"channel": ""}, "channel is empty"),
        ({"channel": 3}, "channel is not a string"),
        ({"contact": ...}, "contact is missing"),
        ({"contact": "Inès"}, "contact is not a JSON object"),
        ({"contact": {"name": "Inès"}}, "contact.id is missing"),
        ({"tags": "vip"}, "tags is not a list"),
        ({"tags": ["vip", 7]}, "tags[1] is not a string"),
        ({"assignee_id": 7}, "assignee_id is not a string"),
        ({"messages": {"m-1": {}}}, "messages is not a list"),
        ({"messages": ["hello"]}, "messages[0] is not a JSON object"),
        (
            {"messages": [_message(), _message(sender_type="robot")]},
            "messages[1].sender_type 'robot' is not one of contact, agent, bot, system",
        ),
        (
            {"messages": [_message(at="2026-11-16 09:12")]},
            "messages[0].at is not an ISO 8601 time with an offset",
        ),
        ({"messages": [_message(text=["a"])]}, "messages[0].text is not a string"),
        ({"messages": [_message(id=...)]}, "messages[0].id is missing"),
        (
            {
                "transactions": [
                    {"id": "t", "amount": "59.90", "currency": "EUR", "at": "2026-11-16T09:30:00Z"}
                ]
            },
            "transactions[0].amount is not a number",
        ),
        (
            {
                "transactions": [
                    {
                        "id": "t",
                        "amount": float("nan"),
                        "currency": "EUR",
                        "at": "2026-11-16T09:30:00Z",
                    }
                ]
            },
            "transactions[0].amount is not a finite number",
        ),
        (
            {
                "transactions": [
                    {"id": "t", "amount": 5, "currency": "euro", "at": "2026-11-16T09:30:00Z"}
                ]
            },
            "transactions[0].currency 'euro' is not a three-letter code",
        ),
        (
            {"transactions": [{"id": "t", "amount": 5, "currency": "EUR"}]},
            "transactions[0].at is missing",
        ),
    ],
)
def test_invalid_records_say_precisely_why(changes: dict[str, Any], reason: str) -> None:
    assert reason_for(conversation_json(**changes)) == reason


def test_the_error_names_the_record() -> None:
    with pytest.raises(InvalidRecordError) as caught:
        parse_conversation(conversation_json(csat=9))
    assert caught.value.record_id == "c-000123"
    assert str(caught.value) == "Record c-000123 is invalid: csat 9 is outside 1–5"


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        (conversation_json(id=...), "id is missing"),
        (conversation_json(id=""), "id is empty"),
        (conversation_json(id=123), "id is not a string"),
        ([conversation_json()], "the record is not a JSON object"),
        (None, "the record is not a JSON object"),
    ],
)
def test_a_record_without_a_usable_id_has_no_record_id(record: object, reason: str) -> None:
    with pytest.raises(InvalidRecordError) as caught:
        parse_conversation(record)
    assert caught.value.record_id is None
    assert caught.value.reason == reason


def test_reasons_never_quote_a_message_body() -> None:
    body = "Mon numéro de carte est 4970 1234"
    for message in (_message(sender_type=body), _message(type=None), _message(at=body)):
        reason = reason_for(conversation_json(messages=[message]))
        assert "4970" not in reason


def test_free_text_in_a_code_field_is_not_repeated() -> None:
    assert (
        reason_for(conversation_json(status="x" * 500))
        == "status is not one of closed, paused, open"
    )
    assert (
        reason_for(conversation_json(status="on hold"))
        == "status is not one of closed, paused, open"
    )


def test_profile_parses_with_monday_by_default() -> None:
    profile = parse_profile(
        {
            "id": "u-7",
            "name": "Ana",
            "email": "ana@example.com",
            "timezone": "Europe/Paris",
            "locale": "fr-FR",
            "avatar": "x.png",
        }
    )
    assert profile.timezone == "Europe/Paris"
    assert profile.week_start is WeekStart.MONDAY


def test_profile_week_start_sunday() -> None:
    profile = parse_profile(
        {
            "id": "u-7",
            "name": "Ana",
            "email": "a@b.c",
            "timezone": "America/New_York",
            "locale": "en-US",
            "week_start": "sunday",
        }
    )
    assert profile.week_start is WeekStart.SUNDAY


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        (
            {"timezone": "Mars/Olympus_Mons"},
            "timezone 'Mars/Olympus_Mons' is not a known IANA time zone",
        ),
        (
            {"timezone": "../../etc/passwd"},
            "timezone '../../etc/passwd' is not a known IANA time zone",
        ),
        ({"timezone": "Europe"}, "timezone 'Europe' is not a known IANA time zone"),
        ({"timezone": "+02:00"}, "timezone '+02:00' is not a known IANA time zone"),
        ({"timezone": ...}, "timezone is missing"),
        ({"week_start": "friday"}, "week_start 'friday' is not one of monday, sunday"),
        ({"week_start": 1}, "week_start is not a string"),
        ({"email": None}, "email is null"),
        ({"id": ...}, "id is missing"),
    ],
)
def test_invalid_profiles(changes: dict[str, Any], reason: str) -> None:
    profile: dict[str, Any] = {
        "id": "u-7",
        "name": "Ana",
        "email": "a@b.c",
        "timezone": "Europe/Paris",
        "locale": "fr",
    }
    for key, value in changes.items():
        if value is ...:
            profile.pop(key)
        else:
            profile[key] = value
    with pytest.raises(InvalidRecordError) as caught:
        parse_profile(profile)
    assert caught.value.reason == reason


def test_settings_keep_the_admins_order_and_default_to_off() -> None:
    settings = parse_settings({"indicators": ["csat", "conversations", "not_a_key"]})
    assert settings.indicators == ("csat", "conversations", "not_a_key")
    assert settings.daily_widget is False
    assert settings.show_transactions is False
    settings = parse_settings({"indicators": [], "daily_widget": True, "show_transactions": True})
    assert settings.daily_widget is True
    assert settings.show_transactions is True


@pytest.mark.parametrize(
    ("settings", "reason"),
    [
        ({}, "indicators is missing"),
        ({"indicators": "csat"}, "indicators is not a list"),
        ({"indicators": ["csat", None]}, "indicators[1] is not a string"),
        ({"indicators": [], "daily_widget": "yes"}, "daily_widget is not true or false"),
        ({"indicators": [], "show_transactions": 1}, "show_transactions is not true or false"),
        (["csat"], "the record is not a JSON object"),
    ],
)
def test_invalid_settings(settings: object, reason: str) -> None:
    with pytest.raises(InvalidRecordError) as caught:
        parse_settings(settings)
    assert caught.value.reason == reason


def test_values_beyond_any_real_conversation_are_refused_at_the_edge() -> None:
    """They would overflow SQLite's integers and wedge every later sync on the same page."""
    huge_amount = conversation_json()
    huge_amount["transactions"] = [
        {"id": "t-1", "amount": Decimal("1e20"), "currency": "EUR", "at": "2026-11-16T09:30:00Z"}
    ]
    with pytest.raises(InvalidRecordError, match="amount is beyond"):
        parse_conversation(huge_amount)
    with pytest.raises(InvalidRecordError, match="handling_time_s"):
        parse_conversation(conversation_json(handling_time_s=2**63))
