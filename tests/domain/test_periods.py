"""Periods on the agent's clock: what "this week so far" and "the same span last week" cover.

Every expected instant is written out in UTC, worked out by hand from the zone's offsets.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import partial

import pytest

from agentdesk.domain.models import WeekStart
from agentdesk.domain.periods import PeriodKind, Span, evolution_buckets, period_window
from tests.domain.builders import local

DAY, WEEK, MONTH = PeriodKind.DAY, PeriodKind.WEEK, PeriodKind.MONTH
PARIS = "Europe/Paris"


utc = partial(local, "UTC")
"""``utc(2026, 11, 15, 23)``: an instant written in UTC, as the expected values are."""


def hours(span: Span) -> float:
    return span.duration.total_seconds() / 3600


def test_default_period_is_the_week() -> None:
    assert PeriodKind.default() is WEEK
    assert PeriodKind("month") is MONTH


def test_this_week_so_far_against_the_same_span_last_week() -> None:
    # Wed 18 Nov 2026 14:00 in Paris (CET, +01) is 13:00Z.
    window = period_window(WEEK, local(PARIS, 2026, 11, 18, 14), PARIS, WeekStart.MONDAY)
    assert window.current == Span(utc(2026, 11, 15, 23), utc(2026, 11, 18, 13))  # Mon 16 00:00
    assert window.previous == Span(utc(2026, 11, 8, 23), utc(2026, 11, 11, 13))  # Mon 9 → Wed 11
    assert window.period_start == utc(2026, 11, 15, 23)
    assert window.period_end == utc(2026, 11, 22, 23)  # Mon 23 Nov 00:00
    assert window.previous_period == Span(utc(2026, 11, 8, 23), utc(2026, 11, 15, 23))


def test_a_sunday_week_start_moves_both_spans_back_a_day() -> None:
    window = period_window(WEEK, local(PARIS, 2026, 11, 18, 14), PARIS, WeekStart.SUNDAY)
    assert window.current == Span(utc(2026, 11, 14, 23), utc(2026, 11, 18, 13))  # Sun 15 00:00
    assert window.previous == Span(utc(2026, 11, 7, 23), utc(2026, 11, 11, 13))  # Sun 8 → Wed 11


@pytest.mark.parametrize(
    ("week_start", "expected_start"),
    [
        (WeekStart.SUNDAY, utc(2026, 11, 21, 23)),  # Sunday 22 Nov begins a new week
        (WeekStart.MONDAY, utc(2026, 11, 15, 23)),  # Sunday 22 Nov ends the week of Mon 16
    ],
)
def test_sunday_belongs_to_the_week_the_agent_expects(
    week_start: WeekStart, expected_start: datetime
) -> None:
    window = period_window(WEEK, local(PARIS, 2026, 11, 22, 9), PARIS, week_start)
    assert window.current.start == expected_start


def test_monday_10h_after_a_25_hour_sunday_compares_with_sunday_0h_to_10h() -> None:
    # 25 Oct 2026: clocks go back from 03:00 CEST to 02:00 CET, so Sunday lasts 25 hours.
    window = period_window(DAY, local(PARIS, 2026, 10, 26, 10), PARIS)
    assert window.current == Span(utc(2026, 10, 25, 23), utc(2026, 10, 26, 9))
    # Sunday 00:00 CEST (22:00Z Sat) → Sunday 10:00 CET (09:00Z): 11 real hours, same wall clock.
    assert window.previous == Span(utc(2026, 10, 24, 22), utc(2026, 10, 25, 9))
    assert (hours(window.current), hours(window.previous)) == (10, 11)


def test_the_23_hour_day_and_the_day_after_it() -> None:
    # 29 Mar 2026: 02:00 CET jumps to 03:00 CEST.
    sunday = period_window(DAY, local(PARIS, 2026, 3, 29, 10), PARIS)
    assert sunday.current == Span(utc(2026, 3, 28, 23), utc(2026, 3, 29, 8))  # 9 real hours
    assert sunday.previous == Span(utc(2026, 3, 27, 23), utc(2026, 3, 28, 9))  # 10 real hours
    assert hours(sunday.period) == 23
    monday = period_window(DAY, local(PARIS, 2026, 3, 30, 10), PARIS)
    assert monday.previous == Span(utc(2026, 3, 28, 23), utc(2026, 3, 29, 8))


def test_a_comparison_ending_in_the_skipped_hour_ends_when_the_clock_jumps() -> None:
    # Monday 02:30 CEST: Sunday never showed 02:30, its clock jumped from 02:00 to 03:00 at 01:00Z.
    window = period_window(DAY, local(PARIS, 2026, 3, 30, 2, 30), PARIS)
    assert window.previous == Span(utc(2026, 3, 28, 23), utc(2026, 3, 29, 1))


def test_march_31st_compares_with_the_whole_of_february() -> None:
    window = period_window(MONTH, local(PARIS, 2026, 3, 31, 14), PARIS)
    assert window.current == Span(utc(2026, 2, 28, 23), utc(2026, 3, 31, 12))  # 14:00 CEST
    # 1 Feb 00:00 → 28 Feb 24:00 (1 Mar 00:00 CET), not 3 March 14:00.
    assert window.previous == Span(utc(2026, 1, 31, 23), utc(2026, 2, 28, 23))
    assert window.period_end == utc(2026, 3, 31, 22)  # 1 Apr 00:00 CEST


@pytest.mark.parametrize(
    ("now", "previous_end"),
    [
        (local(PARIS, 2028, 3, 29, 8), utc(2028, 2, 29, 7)),  # leap year: 29 Feb 08:00 exists
        (local(PARIS, 2026, 3, 29, 8), utc(2026, 2, 28, 23)),  # no 29 Feb: clamped to its end
        (local(PARIS, 2026, 3, 28, 8), utc(2026, 2, 28, 7)),  # 28 Feb 08:00: no clamp needed
        (local(PARIS, 2026, 2, 28, 8), utc(2026, 1, 28, 7)),  # January is longer: no clamp
    ],
)
def test_a_month_is_clamped_only_to_a_shorter_previous_month(
    now: datetime, previous_end: datetime
) -> None:
    assert period_window(MONTH, now, PARIS).previous.end == previous_end


def test_january_compares_with_december_of_the_year_before() -> None:
    window = period_window(MONTH, local(PARIS, 2027, 1, 15, 12), PARIS)
    assert window.previous == Span(utc(2026, 11, 30, 23), utc(2026, 12, 15, 11))
    assert window.period_end == utc(2027, 1, 31, 23)


@pytest.mark.parametrize(
    ("zone", "late_monday", "early_tuesday"),
    [
        (
            "Asia/Jakarta",
            utc(2026, 11, 16, 16, 59, 59),
            utc(2026, 11, 16, 17),
        ),  # +07, both 16 Nov Z
        (
            "America/New_York",
            utc(2026, 11, 17, 4, 59, 59),
            utc(2026, 11, 17, 5),
        ),  # −05, both 17 Nov Z
        ("UTC", utc(2026, 11, 16, 23, 59, 59), utc(2026, 11, 17)),
    ],
)
def test_a_day_is_the_agent_s_local_day_not_utc_s(
    zone: str, late_monday: datetime, early_tuesday: datetime
) -> None:
    window = period_window(DAY, local(zone, 2026, 11, 17, 9), zone)
    assert late_monday in window.previous_period
    assert late_monday not in window.current
    assert early_tuesday in window.current
    assert window.current.start == early_tuesday


def test_a_period_that_starts_now_is_empty_and_so_is_its_comparison() -> None:
    window = period_window(WEEK, local(PARIS, 2026, 11, 16), PARIS)
    assert window.current.is_empty
    assert window.previous == Span(utc(2026, 11, 8, 23), utc(2026, 11, 8, 23))
    assert evolution_buckets(window).current == ()


def test_naive_now_and_unknown_zone_are_refused() -> None:
    with pytest.raises(ValueError, match="no time zone"):
        period_window(DAY, datetime(2026, 11, 16, 9), PARIS)  # noqa: DTZ001
    with pytest.raises(ValueError, match="not a time zone"):
        period_window(DAY, utc(2026, 11, 16, 9), "Europe/Atlantis")


def test_spans_are_held_in_utc_and_refuse_to_run_backwards() -> None:
    span = Span(local(PARIS, 2026, 11, 16).astimezone(), local(PARIS, 2026, 11, 17))
    assert span.start.tzinfo is UTC
    assert span.start == utc(2026, 11, 15, 23)
    with pytest.raises(ValueError, match="cannot end"):
        Span(utc(2026, 1, 2), utc(2026, 1, 1))


# Evolution buckets --------------------------------------------------------------------------


def test_hourly_buckets_follow_real_hours_across_the_25_hour_sunday() -> None:
    buckets = evolution_buckets(period_window(DAY, local(PARIS, 2026, 10, 26, 10, 30), PARIS))
    # Monday 00:00 CET (23:00Z) → 10:30: ten whole hours and a half-hour cut at now.
    assert [b.start for b in buckets.current] == [
        utc(2026, 10, 25, 23) + timedelta(hours=h) for h in range(11)
    ]
    assert buckets.current[-1] == Span(utc(2026, 10, 26, 9), utc(2026, 10, 26, 9, 30))
    # The whole of Sunday, drawn behind: 00:00 CEST (22:00Z Sat) → Monday 00:00 CET, 25 hours.
    assert len(buckets.previous) == 25
    assert buckets.previous[0].start == utc(2026, 10, 24, 22)
    assert buckets.previous[-1] == Span(utc(2026, 10, 25, 22), utc(2026, 10, 25, 23))


def test_local_day_buckets_are_25_and_23_hours_long_on_dst_days() -> None:
    # A week starting on Sunday 25 Oct 2026, seen on Monday at 10:00.
    autumn_week = period_window(WEEK, local(PARIS, 2026, 10, 26, 10), PARIS, WeekStart.SUNDAY)
    autumn = evolution_buckets(autumn_week)
    assert autumn.current == (
        Span(utc(2026, 10, 24, 22), utc(2026, 10, 25, 23)),  # Sunday: 25 hours
        Span(utc(2026, 10, 25, 23), utc(2026, 10, 26, 9)),  # Monday until now
    )
    assert [hours(b) for b in autumn.previous] == [24] * 7  # the whole week of Sun 18 Oct
    spring = evolution_buckets(period_window(WEEK, local(PARIS, 2026, 3, 29, 23), PARIS))
    assert [hours(b) for b in spring.current] == [24, 24, 24, 24, 24, 24, 22]
    assert hours(period_window(WEEK, local(PARIS, 2026, 3, 29, 23), PARIS).period) == 167


def test_month_buckets_stop_where_the_shorter_february_ends() -> None:
    window = period_window(MONTH, local(PARIS, 2026, 3, 31, 14), PARIS)
    buckets = evolution_buckets(window)
    assert len(buckets.current) == 31
    assert hours(buckets.current[28]) == 23  # Sunday 29 March, the spring-forward day
    assert buckets.current[-1] == Span(utc(2026, 3, 30, 22), utc(2026, 3, 31, 12))
    assert len(buckets.previous) == 28
    assert buckets.previous[0] == Span(utc(2026, 1, 31, 23), utc(2026, 2, 1, 23))
    assert buckets.previous[-1].end == utc(2026, 2, 28, 23) == window.previous.end


def test_the_previous_period_is_drawn_whole_and_this_one_until_now() -> None:
    """The agent sees how last week ended, not only its first half."""
    buckets = evolution_buckets(period_window(WEEK, local(PARIS, 2026, 11, 18, 14), PARIS))
    assert buckets.current[-1] == Span(utc(2026, 11, 17, 23), utc(2026, 11, 18, 13))
    assert len(buckets.previous) == 7
    assert buckets.previous[-1] == Span(utc(2026, 11, 14, 23), utc(2026, 11, 15, 23))


def test_at_the_instant_a_midnight_is_skipped_last_week_has_one_more_bucket() -> None:
    # Santiago, Sun 8 Sep 2024: Saturday 24:00 (−04) jumps to Sunday 01:00 (−03) at 04:00Z.
    window = period_window(WEEK, utc(2024, 9, 8, 4), "America/Santiago")
    buckets = evolution_buckets(window)
    assert len(buckets.current) == 6  # Monday to Saturday; Sunday has not lasted an instant yet
    assert len(buckets.previous) == 7  # last week whole, Monday to Sunday
    assert window.previous.end == utc(2024, 9, 1, 5)  # the clock reads Sunday 01:00 now
