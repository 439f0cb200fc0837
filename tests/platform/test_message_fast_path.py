"""The fast message check agrees with the careful one: same Message, or it defers."""

from __future__ import annotations

from datetime import UTC, datetime

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
)


@given(
    st.dictionaries(
        st.sampled_from(["id", "at", "sender_type", "sender_id", "type", "text"]), _values
    )
)
def test_the_fast_check_never_accepts_what_the_careful_one_refuses(item: dict) -> None:
    quick = records._valid_message(item)
    if quick is not None:
        assert quick == _careful(item)
