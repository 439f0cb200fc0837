"""The current day, week or month on the agent's clock, and the span it is compared with.

The comparison is the previous period over the *same elapsed wall-clock span*: this week
Monday 00:00 → Wednesday 14:00 against last week Monday 00:00 → Wednesday 14:00. Elapsed time is
measured on the wall clock, not in hours, so across a DST change the previous span ends at the
same local time of day (Monday 10:00 after a 25-hour Sunday compares with Sunday 00:00 → 10:00,
which lasted 11 real hours). A month is clamped to the shorter month's end: 31 March 14:00
compares with 1 February 00:00 → 28 February 24:00 (1 March 00:00).

Local times are turned into instants by ``wallclock.to_utc``: the first instant the clock
reaches them (a skipped midnight starts the day when the clock jumps; a repeated hour means its
first occurrence).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from agentdesk.domain.models import WeekStart
from agentdesk.domain.wallclock import require_aware, to_local, to_utc, zone


class PeriodKind(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"

    @classmethod
    def default(cls) -> PeriodKind:
        """The week, as the design says: a day is too noisy to open on, a month too slow."""
        return cls.WEEK


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open interval ``[start, end)`` of instants, held in UTC whatever it was given in."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        require_aware(self.start, "span start")
        require_aware(self.end, "span end")
        object.__setattr__(self, "start", self.start.astimezone(UTC))
        object.__setattr__(self, "end", self.end.astimezone(UTC))
        if self.end < self.start:
            raise ValueError(f"A span cannot end ({self.end}) before it starts ({self.start}).")

    def __contains__(self, at: datetime) -> bool:
        return self.start <= at < self.end

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    @property
    def is_empty(self) -> bool:
        return self.start == self.end


@dataclass(frozen=True, slots=True)
class PeriodWindow:
    """What the indicators of one period compare, all instants in UTC.

    ``current`` runs from the period's start to ``now``; ``previous`` is its comparison;
    ``period_start``/``period_end`` bound the whole current period (``period_end`` is the start
    of the next one) and ``previous_period_start`` the whole previous one, for charts' axes.
    """

    kind: PeriodKind
    tz: ZoneInfo
    week_start: WeekStart
    now: datetime
    current: Span
    previous: Span
    period_start: datetime
    period_end: datetime
    previous_period_start: datetime

    @property
    def period(self) -> Span:
        return Span(self.period_start, self.period_end)

    @property
    def previous_period(self) -> Span:
        """The whole previous period; it ends where the current one starts."""
        return Span(self.previous_period_start, self.period_start)


@dataclass(frozen=True, slots=True)
class _LocalBounds:
    """The window's boundaries on the wall clock (aware datetimes carrying the agent's zone)."""

    start: datetime
    previous_start: datetime
    next_start: datetime
    now: datetime

    @property
    def previous_end(self) -> datetime:
        """The same elapsed wall-clock span from the previous start, clamped at its period's end
        (only months need the clamp: a day or a week is always as long as the one before)."""
        return min(self.previous_start + (self.now - self.start), self.start)


def _local_bounds(
    kind: PeriodKind, now: datetime, tz: ZoneInfo, week_start: WeekStart
) -> _LocalBounds:
    local_now = to_local(now, tz)
    midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0, fold=0)
    if kind is PeriodKind.DAY:
        start = midnight
        return _LocalBounds(start, start - timedelta(days=1), start + timedelta(days=1), local_now)
    if kind is PeriodKind.WEEK:
        days_in = (
            local_now.weekday() if week_start is WeekStart.MONDAY else (local_now.weekday() + 1) % 7
        )
        start = midnight - timedelta(days=days_in)
        return _LocalBounds(start, start - timedelta(days=7), start + timedelta(days=7), local_now)
    start = midnight.replace(day=1)
    previous = (
        start.replace(year=start.year - 1, month=12)
        if start.month == 1
        else start.replace(month=start.month - 1)
    )
    following = (
        start.replace(year=start.year + 1, month=1)
        if start.month == 12
        else start.replace(month=start.month + 1)
    )
    return _LocalBounds(start, previous, following, local_now)


def period_window(
    kind: PeriodKind,
    now: datetime,
    tz: str | ZoneInfo,
    week_start: WeekStart = WeekStart.MONDAY,
) -> PeriodWindow:
    """The window of the ``kind`` period containing ``now`` (aware) on the agent's clock ``tz``."""
    require_aware(now, "current time")
    zone_info = zone(tz)
    bounds = _local_bounds(PeriodKind(kind), now, zone_info, week_start)
    start = to_utc(bounds.start)
    return PeriodWindow(
        kind=PeriodKind(kind),
        tz=zone_info,
        week_start=week_start,
        now=now.astimezone(UTC),
        current=Span(start, now),
        previous=Span(to_utc(bounds.previous_start), to_utc(bounds.previous_end)),
        period_start=start,
        period_end=to_utc(bounds.next_start),
        previous_period_start=to_utc(bounds.previous_start),
    )


@dataclass(frozen=True, slots=True)
class EvolutionBuckets:
    """The chart's buckets: ``previous[i]`` is the bucket at the same local offset as
    ``current[i]``, each tuple tiling its span. Their lengths may differ, so pair them by index
    for as long as both go: ``previous`` lacks the days a shorter month lacks; it has an extra
    hour beside a 25-hour day; and when now is the very instant the clock jumps over a skipped
    midnight (Santiago), today has no bucket yet while the same day last week has its first
    hour."""

    current: tuple[Span, ...]
    previous: tuple[Span, ...]


_HOUR = timedelta(hours=1)
_DAY = timedelta(days=1)


def evolution_buckets(window: PeriodWindow) -> EvolutionBuckets:
    """Hourly buckets for a day, local-day buckets for a week or a month, tiling each span.

    Local-day buckets follow the wall clock, so the day of a DST change is a 23- or 25-hour
    bucket. Hourly buckets are consecutive *real* hours from the day's start (a 25-hour day has
    25 of them, a 23-hour day 23), because a local hour that occurs twice cannot be one bucket
    and one that never occurs cannot be a point. The current period's buckets are cut at now (no
    bucket starts at or after it, so a period that started exactly now has no bucket yet); the
    previous period's cover it whole, so that the chart shows how it ended and not only its
    first part.
    """
    if window.kind is PeriodKind.DAY:
        return EvolutionBuckets(_hours(window.current), _hours(window.previous_period))
    bounds = _local_bounds(window.kind, window.now, window.tz, window.week_start)
    current = _days(bounds.start, window.current.end)
    previous = _days(bounds.previous_start, window.previous_period.end)
    return EvolutionBuckets(current, previous)


def _hours(span: Span) -> tuple[Span, ...]:
    buckets: list[Span] = []
    start = span.start
    while start < span.end:
        buckets.append(Span(start, min(start + _HOUR, span.end)))
        start += _HOUR
    return tuple(buckets)


def _days(local_start: datetime, end: datetime) -> tuple[Span, ...]:
    """Local days from ``local_start`` cut at ``end``. A day the zone skipped whole (Apia,
    30 Dec 2011) stays as an empty bucket so that offsets keep matching between periods."""
    buckets: list[Span] = []
    start = to_utc(local_start)
    while start < end:
        following = to_utc(local_start + (len(buckets) + 1) * _DAY)
        buckets.append(Span(start, min(following, end)))
        start = following
    return tuple(buckets)
