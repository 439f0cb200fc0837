"""The fast message check agrees with the careful one: same Message, or it defers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.demo import generate_workspace
from agentdesk.errors import InvalidRecordError
from agentdesk.platform import records
from agentdesk.platform.fields import Fields


def _careful(item: object) -> object:
    try:
        return records._message(Fields(item, record_id="c-1"))
    except InvalidRecordError:
        return None


def test_every_generated_message_reads_the_same_both_ways() -> None:
    workspace = generate_workspace(7, 400, datetime(2026, 11, 18, 14, tzinfo=UTC))
    messages = [m for c in workspace.conversations() for m in c["messages"]]
    assert len(messages) > 2000
    for message in messages:
        assert records._valid_message(message) == _careful(message) is not None


_values = st.one_of(
    st.none(),
    st.integers(),
    st.text(max_size=12),
    st.sampled_from(["agent", "contact", "bot", "system", "robot", "text"]),
    st.sampled_from(["2026-11-16T09:12:00Z", "2026-11-16T09:12:00", "2026-11-16T09:12:00+05:30"]),
    # Every date Python can write, with and without an offset: the edges of time included.
    st.datetimes(timezones=st.none() | st.timezones() | st.just(UTC)).map(datetime.isoformat),
    st.sampled_from(
        [
            "9999-12-31T23:59:59+00:00",
            "9999-12-31T23:59:59-05:00",
            "0001-01-01T00:00:00+00:00",
            "0001-01-01T00:30:00+01:00",
            "1970-12-31T23:59:59-02:00",
            "9998-12-31T23:00:00-05:00",
        ]
    ),
)


_VALID = {"id": "m-1", "at": "2026-11-16T09:12:00Z", "sender_type": "agent", "type": "text"}


@given(
    st.dictionaries(
        st.sampled_from(["id", "at", "sender_type", "sender_id", "type", "text"]), _values
    )
)
def test_the_fast_check_accepts_exactly_what_the_careful_one_accepts(changes: dict) -> None:
    item = _VALID | changes
    assert records._valid_message(item) == _careful(item)


@given(_values)
def test_every_time_is_read_the_same_both_ways(at: object) -> None:
    item = _VALID | {"at": at}
    assert records._valid_message(item) == _careful(item)


@pytest.mark.parametrize(
    "at", ["9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "9998-12-31T23:30:00-05:00"]
)
def test_a_message_at_the_edge_of_time_is_refused_both_ways(at: str) -> None:
    item = {"id": "m-1", "at": at, "sender_type": "agent", "sender_id": "u-7", "type": "text"}
    assert records._valid_message(item) is None
    assert _careful(item) is None
