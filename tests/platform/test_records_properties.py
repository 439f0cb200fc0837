"""Whatever JSON the server sends, parsing yields a valid value or an InvalidRecordError."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.domain.models import Conversation
from agentdesk.errors import InvalidRecordError
from agentdesk.platform import parse_conversation, parse_profile, parse_settings
from tests.platform.samples import conversation_json

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.floats()
    | st.decimals()
    | st.text(max_size=30)
    | st.datetimes(timezones=st.none() | st.timezones()).map(datetime.isoformat)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=25,
)
FIELDS = sorted(conversation_json())
REMOVE = st.just(...)


def check(record: object) -> Conversation | None:
    """Parse; on success the domain's promises hold, on failure the error is ours."""
    invalid: InvalidRecordError | None
    try:
        conversation = parse_conversation(record)
    except InvalidRecordError as error:
        invalid = error
    else:
        invalid = None
    if invalid is not None:
        assert invalid.reason
        assert invalid.record_id is None or isinstance(invalid.record_id, str)
        return None
    times = [conversation.started_at, conversation.updated_at, conversation.closed_at]
    times += [message.at for message in conversation.messages]
    times += [transaction.at for transaction in conversation.transactions]
    for moment in times:
        assert moment is None or moment.tzinfo is UTC
    assert conversation.csat is None or 1 <= conversation.csat <= 5
    assert conversation.nps is None or 0 <= conversation.nps <= 10
    assert all(
        isinstance(t.amount, Decimal) and t.amount.is_finite() for t in conversation.transactions
    )
    assert all(isinstance(tag, str) for tag in conversation.tags)
    return conversation


@settings(deadline=None)  # a cold CI machine is slow, not wrong
@given(json_values)
def test_any_json_value_is_a_record_or_an_invalid_record(value: object) -> None:
    check(value)


@settings(deadline=None)  # a cold CI machine is slow, not wrong
@given(
    st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=8), json_values | REMOVE, max_size=5)
)
def test_a_valid_record_with_fields_replaced(changes: dict[str, Any]) -> None:
    check(conversation_json(**changes))


@settings(deadline=None)  # a cold CI machine is slow, not wrong
@given(
    st.sampled_from(["messages", "transactions", "contact"]),
    st.sampled_from(
        ["id", "at", "sender_type", "sender_id", "type", "text", "amount", "currency", "name"]
    ),
    json_values | REMOVE,
)
def test_a_valid_record_with_a_nested_field_replaced(where: str, key: str, value: object) -> None:
    record = conversation_json()
    target = record[where] if where == "contact" else record[where][0]
    if value is ...:
        target.pop(key, None)
    else:
        target[key] = value
    check(record)


@settings(deadline=None)  # a cold CI machine is slow, not wrong
@given(
    st.datetimes(
        # The years AgentDesk handles (``wallclock.FIRST_YEAR``…), with a day's margin for
        # the zone's offset; outside them a time is an invalid record.
        min_value=datetime(1971, 1, 2),  # noqa: DTZ001 - hypothesis bounds are naive by design
        max_value=datetime(2200, 1, 1),  # noqa: DTZ001
        timezones=st.timezones(),
    )
)
def test_any_aware_time_is_read_as_the_same_instant_in_utc(moment: datetime) -> None:
    text = moment.isoformat()
    conversation = check(conversation_json(started_at=text, closed_at=text, updated_at=text))
    assert conversation is not None
    # astimezone, not ==: PEP 495 makes ambiguous wall times unequal across zones
    assert conversation.started_at == moment.astimezone(UTC)
    assert conversation.started_at.tzinfo is UTC


@settings(deadline=None)  # a cold CI machine is slow, not wrong
@given(
    st.dictionaries(
        st.sampled_from(["id", "name", "email", "timezone", "locale", "week_start"]), json_values
    )
)
def test_any_profile_is_parsed_or_invalid(profile: dict[str, Any]) -> None:
    try:
        parsed = parse_profile(profile)
    except InvalidRecordError:
        return
    assert parsed.timezone == profile["timezone"]


@settings(deadline=None)  # a cold CI machine is slow, not wrong
@given(
    json_values
    | st.dictionaries(
        st.sampled_from(["indicators", "daily_widget", "show_transactions"]), json_values
    )
)
def test_any_settings_are_parsed_or_invalid(settings: object) -> None:
    try:
        parsed = parse_settings(settings)
    except InvalidRecordError:
        return
    assert all(isinstance(key, str) for key in parsed.indicators)
