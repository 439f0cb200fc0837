"""The pacer keeps every sixty-second window under the rate, and a 429 holds everything back."""

from __future__ import annotations

from bisect import bisect_left

import pytest

from agentdesk.platform.chatwoot.pacing import Pacer
from tests.platform.chatwoot.conftest import FakeTime


def _most_in_a_minute(times: list[float]) -> int:
    return max(bisect_left(times, t + 60.0) - i for i, t in enumerate(times))


@pytest.mark.parametrize("rate", [3000, 2400, 90])
def test_no_sixty_second_window_holds_more_than_the_rate(rate: int) -> None:
    fake = FakeTime()
    pacer = Pacer(rate, clock=fake.clock, sleep=fake.sleep)
    sent = []
    for _ in range(rate * 3):
        pacer.wait()
        sent.append(fake.now)
    assert _most_in_a_minute(sent) <= rate
    # …and it does not crawl either: three minutes' worth takes about three minutes.
    assert sent[-1] == pytest.approx(3 * 60 - 60 / rate, rel=1e-6)


def test_a_request_after_a_quiet_spell_goes_at_once() -> None:
    fake = FakeTime()
    pacer = Pacer(60, clock=fake.clock, sleep=fake.sleep)
    pacer.wait()
    fake.now += 10.0
    pacer.wait()
    assert fake.slept == []


def test_hold_off_delays_the_next_request() -> None:
    fake = FakeTime()
    pacer = Pacer(1e9, clock=fake.clock, sleep=fake.sleep)
    pacer.wait()
    pacer.hold_off(8.0)
    pacer.wait()
    assert fake.slept == [pytest.approx(8.0)]
    assert pacer.waited == pytest.approx(8.0)


def test_a_rate_of_zero_is_refused() -> None:
    with pytest.raises(ValueError, match="positive"):
        Pacer(0)
