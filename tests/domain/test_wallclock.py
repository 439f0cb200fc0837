"""Wall-clock times on DST days resolve to the first instant the clock reaches them."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from agentdesk.domain.wallclock import exists, to_local, to_utc, zone

PARIS = ZoneInfo("Europe/Paris")


def test_an_ordinary_time_is_its_only_instant() -> None:
    assert to_utc(datetime(2026, 11, 18, 14, 0, tzinfo=PARIS)) == datetime(
        2026, 11, 18, 13, tzinfo=UTC
    )


@pytest.mark.parametrize("fold", [0, 1])
def test_the_repeated_hour_means_its_first_occurrence(fold: int) -> None:
    # 25 Oct 2026: 03:00 CEST (+02) goes back to 02:00 CET (+01): 02:30 is 00:30Z, then 01:30Z.
    wall = datetime(2026, 10, 25, 2, 30, tzinfo=PARIS, fold=fold)
    assert to_utc(wall) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_a_skipped_time_means_the_instant_of_the_jump() -> None:
    # 29 Mar 2026: 02:00 CET jumps to 03:00 CEST at 01:00Z; 02:30 never shows on the clock.
    wall = datetime(2026, 3, 29, 2, 30, tzinfo=PARIS)
    assert not exists(wall)
    assert to_utc(wall) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert to_local(to_utc(wall), PARIS).hour == 3


def test_a_skipped_midnight_starts_the_day_when_the_clock_jumps() -> None:
    # Chile, 8 Sep 2024: Saturday 24:00 (-04) jumps to Sunday 01:00 (-03), at 04:00Z.
    santiago = ZoneInfo("America/Santiago")
    assert to_utc(datetime(2024, 9, 8, 0, 0, tzinfo=santiago)) == datetime(
        2024, 9, 8, 4, tzinfo=UTC
    )


def test_unknown_zone_and_naive_times_are_refused_with_a_sentence() -> None:
    with pytest.raises(ValueError, match="not a time zone"):
        zone("Mars/Olympus_Mons")
    with pytest.raises(ValueError, match="no time zone"):
        to_local(datetime(2026, 1, 1), PARIS)  # noqa: DTZ001 - the point of the test
    assert zone("Asia/Jakarta") is ZoneInfo("Asia/Jakarta")
