"""The indicators page as one value: every tile of a window, ready for the window and ``--json``.

Pure assembly: the service fetches one ``PeriodAggregate`` for ``window.current`` and one for
``window.previous`` and everything else follows here, so the window and the CLI cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from agentdesk.domain.aggregate import PeriodAggregate
from agentdesk.domain.catalogue import CATALOGUE, IndicatorKey, TrendRule, Unit
from agentdesk.domain.indicators import (
    CurrencyAmount,
    IndicatorResult,
    indicator_value,
    missing_reason,
    sample_size,
)
from agentdesk.domain.jsonvalues import JsonObject, json_number, json_time
from agentdesk.domain.periods import PeriodWindow
from agentdesk.domain.trend import Trend, compare

NOT_AVAILABLE = "not_available_from_platform"
"""The reason code of a tile whose platform cannot supply it."""


def evaluate(
    key: IndicatorKey,
    window: PeriodWindow,
    current: PeriodAggregate,
    previous: PeriodAggregate,
    *,
    currency: str | None = None,
    left_out: tuple[CurrencyAmount, ...] = (),
) -> IndicatorResult:
    """One tile: value over ``window.current`` (summed in ``current``), its comparison over
    ``window.previous`` (summed in ``previous``) and trend. ``currency`` is the
    workspace's (so that a zero revenue still says its currency); ``left_out`` the revenue in
    other currencies over the current span, attached to the money indicators."""
    spec = CATALOGUE[IndicatorKey(key)]
    value = indicator_value(spec.key, current)
    before = indicator_value(spec.key, previous)
    change, trend = compare(spec, value, before)
    money = spec.unit is Unit.CURRENCY
    currency = (current.currency or previous.currency or currency) if money else None
    return IndicatorResult(
        spec.key,
        spec,
        value,
        before,
        change,
        trend,
        currency,
        sample=sample_size(spec.key, current),
        previous_sample=sample_size(spec.key, previous),
        reason=missing_reason(spec.key, current),
        previous_reason=missing_reason(spec.key, previous),
        left_out=left_out if money else (),
    )


@dataclass(frozen=True, slots=True)
class IndicatorReport:
    """What ``agentdesk indicators`` shows: the window and its tiles in the admin's order."""

    window: PeriodWindow
    indicators: tuple[IndicatorResult, ...]

    def to_json(self) -> JsonObject:
        """The design's ``indicators --json`` document (plus unit, label and a few more keys).

        Times are ISO 8601 on the agent's clock; values are numbers (seconds, percents 0–100,
        NPS points, money rounded to cents); ``change`` is a fraction for relative indicators
        (0.1053 = +10.53 %) and points for the others, as ``change_unit`` says.
        """
        window, tz = self.window, self.window.tz
        return {
            "period": window.kind.value,
            "timezone": tz.key,
            "start": json_time(window.current.start, tz),
            "end": json_time(window.current.end, tz),
            "previous_start": json_time(window.previous.start, tz),
            "previous_end": json_time(window.previous.end, tz),
            "period_start": json_time(window.period_start, tz),
            "period_end": json_time(window.period_end, tz),
            "indicators": [_result_json(result) for result in self.indicators],
        }


def _result_json(result: IndicatorResult) -> JsonObject:
    relative = result.spec.trend_rule is TrendRule.RELATIVE
    return {
        "key": result.key.value,
        "category": result.spec.category.value,
        "label": result.spec.label,
        "unit": result.spec.unit.value,
        "value": json_number(result.value),
        "previous": json_number(result.previous),
        "change": json_number(result.change, 4 if relative else 2),
        "change_unit": "ratio" if relative else "points",
        "trend": result.trend.value,
        "polarity": result.spec.polarity.value,
        "currency": result.currency,
        "sample": result.sample,
        "not_counted": [
            {
                "currency": m.currency,
                "amount": json_number(m.amount),
                "conversations": m.conversations,
            }
            for m in result.left_out
        ],
        "missing_reason": result.reason,
        "previous_missing_reason": result.previous_reason,
        **_unavailable_json(result),
    }


def _unavailable_json(result: IndicatorResult) -> JsonObject:
    if result.unavailable_from is None:
        return {}
    return {"reason": NOT_AVAILABLE, "unavailable_from": result.unavailable_from}


def unavailable(key: IndicatorKey, platform: str) -> IndicatorResult:
    """A tile the platform has no data for: no value, no trend, and the platform to name."""
    spec = CATALOGUE[IndicatorKey(key)]
    return IndicatorResult(spec.key, spec, None, None, None, Trend.NONE, unavailable_from=platform)


def build_indicator_report(
    keys: Iterable[IndicatorKey],
    window: PeriodWindow,
    current_agg: PeriodAggregate,
    previous_agg: PeriodAggregate,
    *,
    currency: str | None = None,
    left_out: tuple[CurrencyAmount, ...] = (),
    unavailable_from: Mapping[IndicatorKey, str] | None = None,
) -> IndicatorReport:
    """The tiles ``keys`` (already selected, see ``selection.select_indicators``) of ``window``;
    ``currency`` and ``left_out`` as ``evaluate`` takes them; ``unavailable_from`` names, for
    each key the platform cannot supply, that platform."""
    missing = unavailable_from or {}
    results = tuple(
        unavailable(key, missing[key])
        if key in missing
        else evaluate(key, window, current_agg, previous_agg, currency=currency, left_out=left_out)
        for key in keys
    )
    return IndicatorReport(window, results)
