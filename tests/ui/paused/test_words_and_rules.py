"""Countdowns in words and what the button offers, over the whole range of their inputs."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.domain.reopen import RefusalReason, ReopenEligibility
from agentdesk.errors import ReopenRefusedError, ServerUnreachableError
from agentdesk.ui.paused import words
from agentdesk.ui.paused.availability import Availability, action_state
from tests.conftest import DEMO_NOW


@pytest.mark.parametrize(
    ("left", "said"),
    [
        (timedelta(hours=3, minutes=20, seconds=59), "in 3 h 20 min"),
        (timedelta(hours=2), "in 2 h"),
        (timedelta(minutes=59, seconds=59), "in 59 min"),
        (timedelta(minutes=1), "in 1 min"),
        (timedelta(seconds=59), "in less than a minute"),
        (timedelta(days=2, hours=4, minutes=10), "in 2 d 4 h"),
        (timedelta(days=1), "in 1 d"),
        (timedelta(0), "deadline passed"),
        (timedelta(minutes=-5), "deadline passed"),
    ],
)
def test_countdown_words(qapp: object, left: timedelta, said: str) -> None:
    assert words.countdown(DEMO_NOW + left, DEMO_NOW) == said


def test_no_deadline(qapp: object) -> None:
    assert words.countdown(None, DEMO_NOW) == "no deadline"


@given(st.integers(min_value=-(10**7), max_value=10**7))
def test_urgent_is_exactly_under_an_hour_still_to_come(seconds: int) -> None:
    deadline = DEMO_NOW + timedelta(seconds=seconds)
    assert words.is_urgent(deadline, DEMO_NOW) == (0 < seconds < 3600)


MINE = ReopenEligibility(True, False, None)
UNASSIGNED = ReopenEligibility(True, True, None)
PASSED = ReopenEligibility(False, False, RefusalReason.DEADLINE_PASSED)
OTHER = ReopenEligibility(False, False, RefusalReason.NOT_ASSIGNED)


@given(
    st.sampled_from([MINE, UNASSIGNED, PASSED, OTHER, None]),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_reopen_is_offered_only_when_the_rules_allow(
    eligibility: ReopenEligibility | None, ticked: bool, online: bool, busy: bool
) -> None:
    state = action_state(eligibility, assign_to_me=ticked, online=online, busy=busy)
    allowed = (
        eligibility is not None
        and eligibility.can_reopen
        and (not eligibility.requires_assign_to_me or ticked)
        and online
        and not busy
    )
    assert state.can_reopen == allowed
    if not allowed:
        assert state.reason not in (Availability.READY, Availability.READY_TAKE)
    assert state.box_enabled == (eligibility is UNASSIGNED and not busy)


def test_refusals_and_the_network_in_words(qapp: object) -> None:
    late = ReopenRefusedError("x", reason="deadline_passed")
    taken = ReopenRefusedError("x", reason="not_assigned")
    assert "deadline passed" in words.failure(late, "Inès Martin", "c-000001")
    assert "Inès Martin (c-000001)" in words.failure(taken, "Inès Martin", "c-000001")
    assert "someone else" in words.failure(taken, "Inès Martin", "c-000001")
    down = words.failure(ServerUnreachableError("x"), "Inès", "c-1")
    assert "cannot be reached" in down
    strange = ReopenRefusedError("The platform refused (locked).", reason="locked")
    assert words.failure(strange, "Inès", "c-1") == "The server did not reopen Inès (c-1): locked"
