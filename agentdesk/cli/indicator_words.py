"""The command line's words for a tile: the comparison sentence and the reason for a "—", in
plain English (docs/i18n.md says why the command line speaks English only).

The domain gives what the sentence is made of (``domain.tooltip``); the window words the same
facts through Qt's translations (``agentdesk/ui/indicators/tile_words.py``), so the two front
ends say the same thing, each in its own language.
"""

from __future__ import annotations

from agentdesk.domain.catalogue import TrendRule
from agentdesk.domain.formatting import NONE_TEXT, format_change, format_span, format_value
from agentdesk.domain.indicators import IndicatorResult, MissingReason
from agentdesk.domain.jsonvalues import JsonObject
from agentdesk.domain.periods import PeriodKind, PeriodWindow
from agentdesk.domain.report import IndicatorReport
from agentdesk.domain.tooltip import VerdictKind, previous_is_whole, trend_verdict
from agentdesk.domain.trend import Number

_THIS = {
    PeriodKind.DAY: "today so far",
    PeriodKind.WEEK: "this week so far",
    PeriodKind.MONTH: "this month so far",
}
_LAST = {PeriodKind.DAY: "yesterday", PeriodKind.WEEK: "last week", PeriodKind.MONTH: "last month"}
REASONS = {
    MissingReason.NO_RATING: "no rated conversation in this span",
    MissingReason.NO_NPS_ANSWER: "no NPS answer in this span",
    MissingReason.NO_TRANSACTION: "no transaction in this span",
    MissingReason.NO_CONVERSATION: "no conversation closed in this span",
    MissingReason.NO_AGENT_REPLY: "no agent reply to a contact in this span",
    MissingReason.NOTHING_TO_MEASURE: "nothing to measure in this span",
}


def unavailable_words(platform: str) -> str:
    return f"not available from {platform}"


def indicator_tooltip(result: IndicatorResult, window: PeriodWindow) -> str:
    """ "Conversations this week so far (Mon 16 Nov 00:00 – Wed 18 Nov 14:00): 42, against 38
    over the same span last week (Mon 9 Nov 00:00 – Wed 11 Nov 14:00): up 10.5 %."."""
    spec = result.spec
    if result.unavailable_from is not None:
        return f"{spec.label}: {unavailable_words(result.unavailable_from)}."
    current_text = _value_text(result, result.value, result.reason)
    previous_text = _value_text(result, result.previous, result.previous_reason)
    return (
        f"{spec.label} {_THIS[window.kind]} ({format_span(window.current, window.tz)}): "
        f"{current_text}, against {previous_text} {_comparison_words(window)} "
        f"({format_span(window.previous, window.tz)}): {_verdict(result)}."
    )


def _value_text(result: IndicatorResult, value: Number | None, reason: MissingReason | None) -> str:
    if value is None:
        return f"{NONE_TEXT} {REASONS[reason]}" if reason else NONE_TEXT
    return format_value(result.spec.unit, value, result.currency)


def _comparison_words(window: PeriodWindow) -> str:
    last = _LAST[window.kind]
    if previous_is_whole(window):
        return f"over the whole of {last}, which was shorter"
    return f"over the same span {last}"


def _verdict(result: IndicatorResult) -> str:
    verdict = trend_verdict(result.change, result.trend)
    rule: TrendRule = result.spec.trend_rule
    match verdict.kind:
        case VerdictKind.NO_TREND:
            return "no trend"
        case VerdictKind.BOTH_ZERO:
            return "stable (0 both times)"
        case VerdictKind.FROM_ZERO:
            return f"{verdict.direction.value} from 0"
        case VerdictKind.NO_CHANGE:
            return "stable (no change)"
        case VerdictKind.STABLE:
            return f"stable ({format_change(rule, verdict.size or 0.0)})"
    size = format_change(rule, verdict.size or 0.0).removeprefix("+")
    return f"{verdict.direction.value} {size}"


def report_json(report: IndicatorReport) -> JsonObject:
    """``indicators --json``: the report's data with each tile's sentence in English
    (``tooltip``) and, for a tile the platform cannot supply, ``unavailable``."""
    document = report.to_json()
    tiles = document["indicators"]
    assert isinstance(tiles, list)
    for tile, result in zip(tiles, report.indicators, strict=True):
        assert isinstance(tile, dict)
        tile["tooltip"] = indicator_tooltip(result, report.window)
        if result.unavailable_from is not None:
            tile["unavailable"] = unavailable_words(result.unavailable_from)
    return document
