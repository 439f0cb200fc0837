"""The sentence under a tile that says exactly what was compared with what.

A trend arrow alone invites the wrong reading ("down since when?"): the tooltip names both spans
on the agent's clock, both values, and the verdict, e.g.

    Conversations this week so far (Mon 16 Nov 00:00 – Wed 18 Nov 14:00): 42, against 38 over
    the same span last week (Mon 9 Nov 00:00 – Wed 11 Nov 14:00): up 10.5 %.

A value with nothing to measure says why instead of showing a bare "—".
"""

from __future__ import annotations

from agentdesk.domain.catalogue import IndicatorSpec
from agentdesk.domain.formatting import NONE_TEXT, format_change, format_span, format_value
from agentdesk.domain.periods import PeriodKind, PeriodWindow
from agentdesk.domain.trend import Number, Trend

_THIS = {
    PeriodKind.DAY: "today so far",
    PeriodKind.WEEK: "this week so far",
    PeriodKind.MONTH: "this month so far",
}
_LAST = {PeriodKind.DAY: "yesterday", PeriodKind.WEEK: "last week", PeriodKind.MONTH: "last month"}


def indicator_tooltip(
    spec: IndicatorSpec,
    window: PeriodWindow,
    *,
    value: Number | None,
    previous: Number | None,
    change: float | None,
    trend: Trend,
    reason: str | None = None,
    previous_reason: str | None = None,
    currency: str | None = None,
) -> str:
    """The tooltip of one tile. ``reason``/``previous_reason`` explain a None value
    (``indicators.missing_reason``); ``currency`` labels money."""
    current_text = _value_text(spec, value, reason, currency)
    previous_text = _value_text(spec, previous, previous_reason, currency)
    return (
        f"{spec.label} {_THIS[window.kind]} ({format_span(window.current, window.tz)}): "
        f"{current_text}, against {previous_text} {_comparison_words(window)} "
        f"({format_span(window.previous, window.tz)}): {_verdict(spec, change, trend)}."
    )


def _value_text(
    spec: IndicatorSpec, value: Number | None, reason: str | None, currency: str | None
) -> str:
    if value is None:
        return f"{NONE_TEXT} {reason}" if reason else NONE_TEXT
    return format_value(spec.unit, value, currency)


def _comparison_words(window: PeriodWindow) -> str:
    """A previous month shorter than the elapsed part of this one is compared whole: say so."""
    last = _LAST[window.kind]
    clamped = window.previous.end == window.period_start and window.current.end < window.period_end
    if clamped:
        return f"over the whole of {last}, which was shorter"
    return f"over the same span {last}"


def _verdict(spec: IndicatorSpec, change: float | None, trend: Trend) -> str:
    if trend is Trend.NONE:
        return "no trend"
    if change is None:  # a relative change from 0
        return "stable (0 both times)" if trend is Trend.STABLE else f"{trend.value} from 0"
    if trend is Trend.STABLE:
        if change == 0:
            return "stable (no change)"
        return f"stable ({format_change(spec.trend_rule, change)})"
    size = format_change(spec.trend_rule, abs(change)).removeprefix("+")
    return f"{trend.value} {size}"
