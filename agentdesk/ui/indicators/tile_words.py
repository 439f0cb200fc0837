"""The sentences around a tile's value, written by the window: the comparison tooltip and the
note under the value (sample size, money left out, a reason the value is missing).

The domain says what the sentence is made of (``domain.tooltip``: reason codes, the verdict,
whether the previous span is a whole shorter month); the window words it here through Qt's
translations with the tile's own ``ValueFormatter``, so the tooltip says "26,4 %" exactly where
the tile does, and wraps it at a readable width instead of one line wider than the window. The
command line words the same facts in English (``agentdesk/cli/indicator_words.py``).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from agentdesk.domain.indicators import IndicatorResult, MissingReason
from agentdesk.domain.periods import PeriodKind, PeriodWindow
from agentdesk.domain.tooltip import VerdictKind, previous_is_whole, trend_verdict
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


def reason_words(reason: MissingReason) -> str:
    """Why a value is "—", said after it."""
    words = {
        MissingReason.NO_RATING: translate("TileWords", "no rated conversation in this span"),
        MissingReason.NO_NPS_ANSWER: translate("TileWords", "no NPS answer in this span"),
        MissingReason.NO_TRANSACTION: translate("TileWords", "no transaction in this span"),
        MissingReason.NO_CONVERSATION: translate(
            "TileWords", "no conversation closed in this span"
        ),
        MissingReason.NO_AGENT_REPLY: translate(
            "TileWords", "no agent reply to a contact in this span"
        ),
        MissingReason.NOTHING_TO_MEASURE: translate("TileWords", "nothing to measure in this span"),
    }
    return words[MissingReason(reason)]


def _value(
    result: IndicatorResult, value: object, reason: MissingReason | None, fmt: ValueFormatter
) -> str:
    if value is None:
        return f"{NONE_TEXT} ({reason_words(reason)})" if reason else NONE_TEXT
    return fmt.value(result.spec.unit, value, result.currency)  # type: ignore[arg-type]


def verdict_words(result: IndicatorResult, fmt: ValueFormatter) -> str:
    """ "up 10,5 %", "down 2 points", "stable (+3,2 %)": a direction word never beside a sign."""
    verdict = trend_verdict(result.change, result.trend)
    rule = result.spec.trend_rule
    down = verdict.direction is Trend.DOWN
    fixed = {
        VerdictKind.NO_TREND: translate("TileWords", "no trend"),
        VerdictKind.BOTH_ZERO: translate("TileWords", "stable (0 both times)"),
        VerdictKind.NO_CHANGE: translate("TileWords", "stable (no change)"),
        VerdictKind.FROM_ZERO: (
            translate("TileWords", "down from 0") if down else translate("TileWords", "up from 0")
        ),
    }
    if verdict.kind in fixed:
        return fixed[verdict.kind]
    if verdict.kind is VerdictKind.STABLE:
        return translate("TileWords", "stable (%1)").replace(
            "%1", fmt.change(rule, verdict.size or 0.0)
        )
    size = fmt.change(rule, verdict.size or 0.0, signed=False)
    if verdict.direction is Trend.DOWN:
        return translate("TileWords", "down %1").replace("%1", size)
    return translate("TileWords", "up %1").replace("%1", size)


def _sentence(window: PeriodWindow) -> str:
    """The sentence's frame: which period, and how the previous span relates to it."""
    if previous_is_whole(window):
        return translate(
            "TileWords",
            "%1 this month so far (%2): %3, against %4 over the whole of last month, which was "
            "shorter (%5): %6.",
        )
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
    return texts[window.kind]


def comparison_tooltip(result: IndicatorResult, window: PeriodWindow, fmt: ValueFormatter) -> str:
    """ "Handling time this week so far (Mon 16 Nov 00:00 – Wed 18 Nov 15:00): 4 min 10 s,
    against 5 min 40 s over the same span last week (…): down 26,4 %." — wrapped."""
    sentence = (
        _sentence(window)
        .replace("%1", indicator_name(result.key))
        .replace("%2", span_words(window.current, window.tz, fmt))
        .replace("%3", _value(result, result.value, result.reason, fmt))
        .replace("%4", _value(result, result.previous, result.previous_reason, fmt))
        .replace("%5", span_words(window.previous, window.tz, fmt))
        .replace("%6", verdict_words(result, fmt))
    )
    note = note_text(result, fmt)
    return wrapped(f"{sentence} {note}".strip())


def unavailable_tooltip(result: IndicatorResult) -> str:
    """ "NPS: not available from Chatwoot." — wrapped."""
    sentence = (
        translate("TileWords", "%1: not available from %2.")
        .replace("%1", indicator_name(result.key))
        .replace("%2", result.unavailable_from or "")
    )
    return wrapped(sentence)


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
