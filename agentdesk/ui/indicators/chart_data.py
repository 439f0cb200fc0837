"""What the evolution chart plots, computed from the service's ``Evolution`` without widgets.

The chart's x axis is the *slot* of the period: the hour since the day started (real hours, so a
25-hour day has 25 slots) or the local day since the week or month started. ``points[i]`` and
``previous_points[i]`` share slot ``i``, which is how the previous period is drawn behind the
current one. A None (nothing to measure) becomes NaN, drawn as a gap (``connect="finite"``).
Durations are plotted in minutes, which read better on an axis than thousands of seconds;
``series()`` keeps the service's own unit so tests compare it with ``agentdesk evolution``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

from agentdesk.domain.catalogue import Unit
from agentdesk.domain.evolution import Evolution, EvolutionPoint
from agentdesk.domain.periods import PeriodKind
from agentdesk.domain.wallclock import to_utc
from agentdesk.ui.indicators.format import ValueFormatter

Series = list[tuple[datetime, float | None]]


def as_series(points: tuple[EvolutionPoint, ...]) -> Series:
    return [(p.start, None if p.value is None else float(p.value)) for p in points]


def y_values(series: Series, scale: float) -> np.ndarray:
    """The plotted values: None → NaN, divided by ``scale``."""
    return np.array(
        [math.nan if value is None else value / scale for _, value in series], dtype=float
    )


def slot_starts(evolution: Evolution) -> list[datetime]:
    """The start (UTC) of every slot of the whole current period, now and later alike."""
    window = evolution.window
    if window.kind is PeriodKind.DAY:
        hours = math.ceil((window.period_end - window.period_start) / timedelta(hours=1))
        return [window.period_start + timedelta(hours=i) for i in range(hours)]
    local_start = window.period_start.astimezone(window.tz).replace(tzinfo=None)
    starts: list[datetime] = []
    day = local_start
    while True:
        start = to_utc(day.replace(tzinfo=window.tz))
        if start >= window.period_end:
            return starts
        starts.append(start)
        day += timedelta(days=1)


@dataclass(frozen=True, slots=True)
class ChartModel:
    evolution: Evolution
    current: Series
    previous: Series
    slots: list[datetime]
    scale: float
    """What plotted values are divided by: 60 for durations (plotted in minutes), else 1."""
    partial_index: int | None = None
    """The current point cut by now (this hour, today), drawn apart as "so far"."""

    @classmethod
    def of(cls, evolution: Evolution) -> ChartModel:
        scale = 60.0 if evolution.spec.unit is Unit.SECONDS else 1.0
        return cls(
            evolution,
            as_series(evolution.points),
            as_series(evolution.previous_points),
            slot_starts(evolution),
            scale,
            next((i for i, p in enumerate(evolution.points) if p.partial), None),
        )

    def drawn(self, series: Series) -> bool:
        """Whether ``series`` has a value to draw (a legend names only what is drawn)."""
        return any(value is not None for _, value in series)

    @property
    def kind(self) -> PeriodKind:
        return self.evolution.window.kind

    def x(self, series: Series) -> np.ndarray:
        return np.arange(len(series), dtype=float)

    def y(self, series: Series) -> np.ndarray:
        return y_values(series, self.scale)

    def y_range(self) -> tuple[float, float]:
        """0 at the bottom (a count, a time or money never goes below), fixed for percents and
        NPS so that a small wobble does not look like a collapse."""
        unit = self.evolution.spec.unit
        if unit is Unit.PERCENT:
            return 0.0, 100.0
        if unit is Unit.POINTS:
            return -100.0, 100.0
        finite = [v for v in (*self.y(self.current), *self.y(self.previous)) if math.isfinite(v)]
        top = max(finite, default=0.0)
        return 0.0, top * 1.12 if top > 0 else 1.0

    def slot_label(self, index: int, fmt: ValueFormatter, *, long: bool = False) -> str:
        """Tick text for slot ``index``: "14:00", "Mon 16", "16 Nov"; ``long`` for the hover."""
        if not 0 <= index < len(self.slots):
            return ""
        tz = self.evolution.window.tz
        start = self.slots[index]
        if self.kind is PeriodKind.DAY:
            if not long:
                return fmt.clock(start, tz)
            return f"{fmt.moment(start, tz)}–{fmt.clock(start + timedelta(hours=1), tz)}"
        day = start.astimezone(tz).date()
        if long or self.kind is PeriodKind.WEEK:
            return fmt.day(day)
        return fmt.day_number(day)

    def value_text(self, value: float | None, fmt: ValueFormatter) -> str:
        spec = self.evolution.spec
        return fmt.value(spec.unit, value, self.evolution.currency)

    def has_values(self) -> bool:
        return any(value is not None for _, value in (*self.current, *self.previous))
