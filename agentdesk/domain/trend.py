"""Whether an indicator went up, down or stayed put against its comparison span.

Direction is not judgement: a handling time going down is good news, and the tile colours it by
the indicator's polarity, not here.

Boundaries are exact as the design words them: "stable when |change| < 5 %" means a change of
exactly 5 % (or exactly 2 points) is up or down. Changes are compared after rounding to nine
decimals, so that float noise in a mean or a percent (64.666… − 62.666… = 1.9999999999999964)
never turns a change of exactly 2 points into "stable".
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from agentdesk.domain.catalogue import IndicatorSpec, TrendRule

Number = int | float | Decimal
"""An indicator value: a count (int), seconds, percent or points (float), money (Decimal)."""

RELATIVE_STABLE_BAND = 0.05
"""Relative changes below 5 % in size are stable."""
POINTS_STABLE_BAND = 2.0
"""Changes below 2 points (percent points or NPS points) are stable."""
_NOISE_DIGITS = 9


class Trend(StrEnum):
    UP = "up"
    DOWN = "down"
    STABLE = "stable"
    NONE = "none"
    """Nothing to compare: the value or the previous value is null."""


def compare(
    spec: IndicatorSpec, value: Number | None, previous: Number | None
) -> tuple[float | None, Trend]:
    """``(change, trend)`` of ``value`` against ``previous`` under the indicator's rule.

    ``change`` is a fraction for the relative rule (0.105 is +10.5 %) and a difference in points
    for the points rule; it is None when there is nothing to compare, and for a relative change
    from 0 (which has no size: 0 → 0 is stable, 0 → anything else is up).
    """
    if value is None or previous is None:
        return None, Trend.NONE
    if spec.trend_rule is TrendRule.POINTS:
        change = float(value) - float(previous)
        return change, _direction(change, POINTS_STABLE_BAND)
    if previous == 0:
        return None, _direction(float(value), 0.0)
    relative = _relative(value, previous)
    return relative, _direction(relative, RELATIVE_STABLE_BAND)


def _relative(value: Number, previous: Number) -> float:
    """(value − previous) ÷ |previous|, in Decimal when money is involved so pennies stay exact."""
    if isinstance(value, Decimal) or isinstance(previous, Decimal):
        exact_previous = Decimal(previous)
        return float((Decimal(value) - exact_previous) / abs(exact_previous))
    return (value - previous) / abs(previous)


def _direction(change: float, band: float) -> Trend:
    rounded = round(change, _NOISE_DIGITS)
    if rounded == 0 or abs(rounded) < band:
        return Trend.STABLE
    if rounded > 0:
        return Trend.UP
    return Trend.DOWN
