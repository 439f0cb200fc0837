"""The sentences around a tile's value, written by the window: the comparison tooltip and the
note under the value (sample size, money left out, a reason the value is missing).

The domain's tooltip is plain English for the command line; the window writes its own with the
tile's own ``ValueFormatter``, so the tooltip says "−26,4 %" exactly where the tile does, and
wraps it at a readable width instead of one line wider than the window.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from agentdesk.domain.indicators import IndicatorResult
from agentdesk.domain.periods import PeriodKind, PeriodWindow
from agentdesk.domain.trend import Trend
from agentdesk.ui.indicators.format import NONE_TEXT, ValueFormatter
from agentdesk.ui.indicators.words import indicator_name, span_words

TOOLTIP_WIDTH = 360
"""Pixels: about 50 characters a line, what reads comfortably in a tooltip."""

translate = QCoreApplication.translate


def wrapped(text: str) -> str:
    """Rich text of a fixed width: Qt wraps a tooltip only when it is rich text, and then
    only as wide as this table says."""
    return f'<table width="{TOOLTIP_WIDTH}"><tr><td>{escape(text)}</td></tr></table>'


def _value(result: IndicatorResult, value: object, reason: str | None, fmt: ValueFormatter) -> str:
    if value is None:
        return f"{NONE_TEXT} ({reason})" if reason else NONE_TEXT
    return fmt.value(result.spec.unit, value, result.currency)  # type: ignore[arg-type]


def _verdict(result: IndicatorResult, fmt: ValueFormatter) -> str:
    if result.trend is Trend.NONE:
        return translate("TileWords", "no trend")
    if result.change is None:
        if result.trend is Trend.STABLE:
            return translate("TileWords", "stable (0 both times)")
        return translate("TileWords", "up from 0")
    change = fmt.change(result.spec.trend_rule, result.change)
    words = {
        Trend.UP: translate("TileWords", "up %1"),
        Trend.DOWN: translate("TileWords", "down %1"),
        Trend.STABLE: translate("TileWords", "stable (%1)"),
    }
    return words[result.trend].replace("%1", change)


def comparison_tooltip(result: IndicatorResult, window: PeriodWindow, fmt: ValueFormatter) -> str:
    """ "Handling time this week so far (Mon 16 Nov 00:00 – Wed 18 Nov 15:00): 4 min 10 s,
    against 5 min 40 s over the same span last week (…): down −26,4 %." — wrapped."""
    texts = {
        PeriodKind.DAY: translate(
            "TileWords",
            "%1 today so far (%2): %3, against %4 over the same span yesterday (%5): %6.",
        ),
        PeriodKind.WEEK: translate(
            "TileWords",
            "%1 this week so far (%2): %3, against %4 over the same span last week (%5): %6.",
        ),
        PeriodKind.MONTH: translate(
            "TileWords",
            "%1 this month so far (%2): %3, against %4 over the same span last month (%5): %6.",
        ),
    }
    sentence = (
        texts[window.kind]
        .replace("%1", indicator_name(result.key))
        .replace("%2", span_words(window.current, window.tz, fmt))
        .replace("%3", _value(result, result.value, result.reason, fmt))
        .replace("%4", _value(result, result.previous, result.previous_reason, fmt))
        .replace("%5", span_words(window.previous, window.tz, fmt))
        .replace("%6", _verdict(result, fmt))
    )
    note = note_text(result, fmt)
    return wrapped(f"{sentence} {note}".strip())


def note_text(result: IndicatorResult, fmt: ValueFormatter) -> str:
    """Under the value: how many answers a score is made of (and when too few to judge), or
    the revenue in other currencies that is not added in. Empty when there is nothing to say."""
    sample = result.sample  # a plain name: lupdate skips a call whose %n is an attribute
    if sample is not None and sample > 0:
        answers = translate("TileWords", "From %n answer(s).", None, sample)
        if result.small_sample:
            return answers + " " + translate("TileWords", "Too few to judge.")
        return answers
    if result.left_out:
        amounts = ", ".join(
            _left_out(fmt.money(m.amount, m.currency), m.currency, m.conversations)
            for m in result.left_out
        )
        return translate("TileWords", "Not included: %1.").replace("%1", amounts)
    return ""


def _left_out(money: str, currency: str, conversations: int) -> str:
    return (
        translate("TileWords", "%1 in %2 (%n conversation(s))", None, conversations)
        .replace("%1", money)
        .replace("%2", currency)
    )
