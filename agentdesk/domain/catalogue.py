"""The ten indicators the design knows: category, unit, polarity and how their trend is judged."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class IndicatorKey(StrEnum):
    CONVERSATIONS = "conversations"
    HANDLING_TIME = "handling_time"
    RESPONSE_TIME = "response_time"
    FIRST_RESPONSE_TIME = "first_response_time"
    CSAT = "csat"
    NPS = "nps"
    REVENUE = "revenue"
    TRANSACTIONS = "transactions"
    AVERAGE_BASKET = "average_basket"
    CONVERSION_RATE = "conversion_rate"


class Category(StrEnum):
    ACTIVITY = "activity"
    SATISFACTION = "satisfaction"
    SALES = "sales"


class Unit(StrEnum):
    COUNT = "count"
    SECONDS = "seconds"
    PERCENT = "percent"
    POINTS = "points"
    CURRENCY = "currency"


class Polarity(StrEnum):
    """Whether a rise is good news. Direction is not judgement: the tile colours by this."""

    HIGHER_IS_BETTER = "higher_is_better"
    LOWER_IS_BETTER = "lower_is_better"


class TrendRule(StrEnum):
    """Relative change with a 5 % band (counts, sums, times) or points with a 2-point band."""

    RELATIVE = "relative"
    POINTS = "points"


@dataclass(frozen=True, slots=True)
class IndicatorSpec:
    key: IndicatorKey
    category: Category
    unit: Unit
    polarity: Polarity
    trend_rule: TrendRule
    cumulative: bool
    """Counts and sums are 0 when nothing happened; means, percents and scores are None."""
    label: str


_H, _L = Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER
_REL, _PTS = TrendRule.RELATIVE, TrendRule.POINTS
_A, _S, _V = Category.ACTIVITY, Category.SATISFACTION, Category.SALES

CATALOGUE: dict[IndicatorKey, IndicatorSpec] = {
    spec.key: spec
    for spec in (
        IndicatorSpec(IndicatorKey.CONVERSATIONS, _A, Unit.COUNT, _H, _REL, True, "Conversations"),
        IndicatorSpec(
            IndicatorKey.HANDLING_TIME, _A, Unit.SECONDS, _L, _REL, False, "Handling time"
        ),
        IndicatorSpec(
            IndicatorKey.RESPONSE_TIME, _A, Unit.SECONDS, _L, _REL, False, "Response time"
        ),
        IndicatorSpec(
            IndicatorKey.FIRST_RESPONSE_TIME,
            _A,
            Unit.SECONDS,
            _L,
            _REL,
            False,
            "First response time",
        ),
        IndicatorSpec(IndicatorKey.CSAT, _S, Unit.PERCENT, _H, _PTS, False, "CSAT"),
        IndicatorSpec(IndicatorKey.NPS, _S, Unit.POINTS, _H, _PTS, False, "NPS"),
        IndicatorSpec(IndicatorKey.REVENUE, _V, Unit.CURRENCY, _H, _REL, True, "Revenue"),
        IndicatorSpec(IndicatorKey.TRANSACTIONS, _V, Unit.COUNT, _H, _REL, True, "Transactions"),
        IndicatorSpec(
            IndicatorKey.AVERAGE_BASKET, _V, Unit.CURRENCY, _H, _REL, False, "Average basket"
        ),
        IndicatorSpec(
            IndicatorKey.CONVERSION_RATE, _V, Unit.PERCENT, _H, _PTS, False, "Conversion rate"
        ),
    )
}
