"""The pacer keeps every sixty-second window under the rate, and a 429 holds everything back."""

from __future__ import annotations

from bisect import bisect_left

import pytest

from agentdesk.platform.chatwoot.pacing import Pacer
from tests.platform.chatwoot.conftest import FakeTime


def _most_in_a_minute(times: list[float]) -> int:
    return max(bisect_left(times, t + 60.0) - i for i, t in enumerate(times))


@pytest.mark.parametrize(("rate", "burst"), [(2400, 300), (2900, 1), (90, 10)])
def test_no_sixty_second_window_holds_more_than_burst_and_rate(rate: int, burst: int) -> None:
    fake = FakeTime()
    pacer = Pacer(rate, burst=burst, clock=fake.clock, sleep=fake.sleep)
    sent = []
    for _ in range(rate * 3):
        pacer.wait()
        sent.append(fake.now)
    assert _most_in_a_minute(sent) <= burst + rate
    # …and it does not crawl either: after the burst, one request every 60 / rate seconds.
    assert sent[-1] == pytest.approx((rate * 3 - burst) * 60 / rate, rel=1e-6)


def test_the_default_pace_stays_under_chatwoots_3000_a_minute() -> None:
    fake = FakeTime()
    pacer = Pacer(clock=fake.clock, sleep=fake.sleep)
    sent = []
    for _ in range(10_000):
        pacer.wait()
        sent.append(fake.now)
    assert _most_in_a_minute(sent) < 3000


def test_a_small_sync_goes_at_once() -> None:
    fake = FakeTime()
    pacer = Pacer(clock=fake.clock, sleep=fake.sleep)
    for _ in range(60):
        pacer.wait()
    assert fake.slept == []


def test_a_request_after_a_quiet_spell_goes_at_once() -> None:
    fake = FakeTime()
    pacer = Pacer(60, burst=1, clock=fake.clock, sleep=fake.sleep)
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
