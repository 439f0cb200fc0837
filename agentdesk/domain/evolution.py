"""An indicator's evolution over the period: one point per bucket, for this period and the last.

The service sums one ``PeriodAggregate`` per bucket of ``periods.evolution_buckets`` (one SQL
``GROUP BY``); each point is then the indicator's own formula over its bucket, so a mean is
a mean of that hour or day, and a bucket with nothing to measure is a gap (None), not a 0.
Counts and sums are 0 in an empty bucket: nothing happened, which is a value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from agentdesk.domain.aggregate import PeriodAggregate
from agentdesk.domain.catalogue import CATALOGUE, IndicatorKey, IndicatorSpec, Unit
from agentdesk.domain.indicators import IndicatorValue, indicator_value
from agentdesk.domain.jsonvalues import JsonObject, JsonValue, json_number, json_time
from agentdesk.domain.periods import EvolutionBuckets, PeriodKind, PeriodWindow, Span


@dataclass(frozen=True, slots=True)
class EvolutionPoint:
    start: datetime
    """The bucket's start (UTC): the hour or the local day the value is about."""
    value: IndicatorValue | None
    partial: bool = False
    """The bucket is cut by now (this hour, today): its value is not a whole hour's or day's,
    and a count in it is bound to look low."""


def evolution_points(
    key: IndicatorKey,
    buckets: Sequence[Span],
    aggregates: Sequence[PeriodAggregate],
    window: PeriodWindow | None = None,
) -> tuple[EvolutionPoint, ...]:
    """One point per bucket; ``aggregates[i]`` sums the conversations closed in ``buckets[i]``.
    With ``window``, a bucket cut by its "now" is marked ``partial``."""
    if len(buckets) != len(aggregates):
        raise ValueError(f"{len(buckets)} buckets but {len(aggregates)} aggregates: one each.")
    return tuple(
        EvolutionPoint(
            bucket.start,
            indicator_value(key, agg),
            window is not None and is_cut_by_now(bucket, window),
        )
        for bucket, agg in zip(buckets, aggregates, strict=True)
    )


def is_cut_by_now(bucket: Span, window: PeriodWindow) -> bool:
    """Whether ``bucket`` ends at now before its natural end (an hour, a local midnight)."""
    if bucket.end != window.current.end or window.current.end >= window.period_end:
        return False
    if window.kind is PeriodKind.DAY:
        return bucket.end - bucket.start < timedelta(hours=1)
    local = bucket.end.astimezone(window.tz)
    return (local.hour, local.minute, local.second, local.microsecond) != (0, 0, 0, 0)


@dataclass(frozen=True, slots=True)
class Evolution:
    """The chart of one tile: ``previous_points[i]`` sits at the same local offset as
    ``points[i]`` in the period before (see ``periods.EvolutionBuckets``)."""

    key: IndicatorKey
    spec: IndicatorSpec
    window: PeriodWindow
    points: tuple[EvolutionPoint, ...]
    previous_points: tuple[EvolutionPoint, ...]
    currency: str | None = None

    def to_json(self) -> JsonObject:
        """The design's ``evolution --json`` document, plus the previous period's series."""
        tz = self.window.tz
        return {
            "key": self.key.value,
            "period": self.window.kind.value,
            "timezone": tz.key,
            "label": self.spec.label,
            "unit": self.spec.unit.value,
            "currency": self.currency,
            "period_start": json_time(self.window.period_start, tz),
            "period_end": json_time(self.window.period_end, tz),
            "points": _points_json(self.points, self.window),
            "previous_points": _points_json(self.previous_points, self.window),
        }


def _points_json(points: tuple[EvolutionPoint, ...], window: PeriodWindow) -> list[JsonValue]:
    return [
        {
            "start": json_time(point.start, window.tz),
            "value": json_number(point.value),
            **({"partial": True} if point.partial else {}),
        }
        for point in points
    ]


def build_evolution(
    key: IndicatorKey,
    window: PeriodWindow,
    buckets: EvolutionBuckets,
    current: Sequence[PeriodAggregate],
    previous: Sequence[PeriodAggregate],
) -> Evolution:
    """The evolution of ``key``: ``current[i]`` sums ``buckets.current[i]``, ``previous[i]``
    sums ``buckets.previous[i]``."""
    spec = CATALOGUE[IndicatorKey(key)]
    currency = None
    if spec.unit is Unit.CURRENCY:
        currency = next((agg.currency for agg in (*current, *previous) if agg.currency), None)
    return Evolution(
        key=spec.key,
        spec=spec,
        window=window,
        points=evolution_points(spec.key, buckets.current, current, window),
        previous_points=evolution_points(spec.key, buckets.previous, previous),
        currency=currency,
    )
