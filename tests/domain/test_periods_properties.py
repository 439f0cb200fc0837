"""Properties of periods that must hold at any instant, in any zone, DST days included.

The expected wall-clock boundaries are worked out here from calendar dates alone; the periods
must reach each of them at the first instant the agent's clock shows it (or jumps past it).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from hypothesis import example, given, settings
from hypothesis import strategies as st

from agentdesk.domain.models import WeekStart
from agentdesk.domain.periods import (
    PeriodKind,
    PeriodWindow,
    Span,
    evolution_buckets,
    period_window,
)

ZONES = [
    "UTC",
    "Europe/Paris",
    "America/New_York",
    "Asia/Jakarta",
    "America/Santiago",  # skips midnight in September
    "Pacific/Apia",  # skipped 30 Dec 2011 whole
    "Australia/Lord_Howe",  # 30-minute DST
    "Asia/Kathmandu",  # +05:45
    "America/St_Johns",  # −03:30 / −02:30
]
TRANSITIONS = [
    datetime(2026, 3, 29, 1, tzinfo=UTC),  # Paris spring forward
    datetime(2026, 10, 25, 1, tzinfo=UTC),  # Paris fall back
    datetime(2026, 3, 8, 7, tzinfo=UTC),  # New York spring forward
    datetime(2026, 11, 1, 6, tzinfo=UTC),  # New York fall back
    datetime(2024, 9, 8, 4, tzinfo=UTC),  # Santiago, midnight skipped
    datetime(2011, 12, 30, 10, tzinfo=UTC),  # Apia, day skipped
    datetime(2026, 4, 4, 15, tzinfo=UTC),  # Lord Howe, half an hour back
]
MICROSECOND = timedelta(microseconds=1)

anywhere = st.datetimes(  # Hypothesis takes naive bounds and attaches the zone itself
    min_value=datetime(1990, 1, 1),  # noqa: DTZ001
    max_value=datetime(2037, 12, 31),  # noqa: DTZ001
    timezones=st.just(UTC),
)
near_dst = st.builds(
    lambda at, seconds: at + timedelta(seconds=seconds),
    st.sampled_from(TRANSITIONS),
    st.integers(-40 * 86_400, 40 * 86_400),
)
windows = st.builds(
    period_window,
    st.sampled_from(PeriodKind),
    st.one_of(anywhere, near_dst),
    st.sampled_from(ZONES).map(ZoneInfo),
    st.sampled_from(WeekStart),
)


def midnight(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=tz)


def expected_starts(window: PeriodWindow) -> tuple[datetime, datetime]:
    """This period's and the previous period's first wall-clock time, from the calendar."""
    today = window.now.astimezone(window.tz).date()
    if window.kind is PeriodKind.DAY:
        start = today
        previous = today - timedelta(days=1)
    elif window.kind is PeriodKind.WEEK:
        back = (
            today.weekday() if window.week_start is WeekStart.MONDAY else (today.weekday() + 1) % 7
        )
        start = today - timedelta(days=back)
        previous = start - timedelta(days=7)
    else:
        start = today.replace(day=1)
        previous = (start - timedelta(days=1)).replace(day=1)
    return midnight(start, window.tz), midnight(previous, window.tz)


def assert_first_reaches(instant: datetime, wall: datetime, tz: ZoneInfo) -> None:
    """``instant`` is the first at which the clock of ``tz`` shows ``wall`` or jumps past it."""
    here = instant.astimezone(tz)
    just_before = (instant - MICROSECOND).astimezone(tz)
    assert just_before < wall <= here  # same tzinfo: compared on the wall clock
    assert here.fold == 0


@settings(max_examples=300, deadline=None)
@given(windows)
def test_current_span_runs_from_the_local_period_start_to_now(window: PeriodWindow) -> None:
    start, _ = expected_starts(window)
    assert window.current.end == window.now
    assert_first_reaches(window.current.start, start, window.tz)
    assert window.period_start == window.current.start <= window.now < window.period_end


@settings(max_examples=300, deadline=None)
@given(windows)
def test_previous_span_has_the_same_wall_clock_length_unless_clamped(window: PeriodWindow) -> None:
    start, previous_start = expected_starts(window)
    elapsed = window.now.astimezone(window.tz) - start  # same tzinfo: wall-clock difference
    previous_end = min(previous_start + elapsed, start)
    assert_first_reaches(window.previous.start, previous_start, window.tz)
    assert_first_reaches(window.previous.end, previous_end, window.tz)
    assert window.previous.end <= window.current.start
    if window.kind is not PeriodKind.MONTH:
        assert previous_start + elapsed < start  # only months ever need the clamp


# Found by Hypothesis: now is the instant Santiago's clock jumps from Saturday 24:00 to Sunday
# 01:00, so this Sunday has no bucket yet while last Sunday's 00:00 → 01:00 hour has one.
SANTIAGO_JUMP = period_window(
    PeriodKind.WEEK, datetime(2024, 9, 8, 4, tzinfo=UTC), ZoneInfo("America/Santiago")
)


@settings(max_examples=300, deadline=None)
@given(windows)
@example(SANTIAGO_JUMP)
def test_buckets_tile_both_spans_without_gap_or_overlap(window: PeriodWindow) -> None:
    buckets = evolution_buckets(window)
    spans = ((window.current, buckets.current), (window.previous_period, buckets.previous))
    for span, tiles in spans:
        if span.is_empty:
            assert tiles == ()
            continue
        assert tiles[0].start == span.start
        assert tiles[-1].end == span.end
        assert all(a.end == b.start for a, b in pairwise(tiles))
        assert all(tile.start < span.end for tile in tiles)


@settings(max_examples=200, deadline=None)
@given(windows)
@example(SANTIAGO_JUMP)
def test_buckets_are_real_hours_for_a_day_and_local_days_otherwise(window: PeriodWindow) -> None:
    buckets = evolution_buckets(window)
    if window.kind is PeriodKind.DAY:
        for tiles in (buckets.current, buckets.previous):
            assert all(tile.duration == timedelta(hours=1) for tile in tiles[:-1])
            assert all(tile.duration <= timedelta(hours=1) for tile in tiles[-1:])
        return
    start, previous_start = expected_starts(window)
    for first_wall, tiles in ((start, buckets.current), (previous_start, buckets.previous)):
        for day, tile in enumerate(tiles):
            assert_first_reaches(tile.start, first_wall + timedelta(days=day), window.tz)


@settings(max_examples=100, deadline=None)
@given(windows)
def test_the_whole_period_holds_the_current_span(window: PeriodWindow) -> None:
    assert window.current.start in window.period or window.current.is_empty
    assert window.previous_period.end == window.period.start
    assert window.previous.start == window.previous_period.start
    assert isinstance(window.period, Span)
