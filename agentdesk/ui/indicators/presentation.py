"""What one tile shows, decided once from the domain's ``IndicatorResult``.

Shared by the page's tiles and the today widget, and tested without widgets. The colour is a
*verdict* (good, bad, neutral), not the direction: a response time going down is good news.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from agentdesk.domain.catalogue import Polarity
from agentdesk.domain.indicators import IndicatorResult
from agentdesk.domain.periods import PeriodWindow
from agentdesk.domain.trend import Trend
from agentdesk.ui.indicators.format import ValueFormatter
from agentdesk.ui.indicators.tile_words import comparison_tooltip, note_text, unavailable_tooltip
from agentdesk.ui.indicators.words import indicator_name, previous_value_text


class Verdict(StrEnum):
    """The tile's ``trend`` property, for colours and style sheets."""

    GOOD = "good"
    BAD = "bad"
    NEUTRAL = "neutral"
    NONE = "none"


ARROWS = {Trend.UP: "↑", Trend.DOWN: "↓", Trend.STABLE: "→", Trend.NONE: ""}


def verdict(result: IndicatorResult) -> Verdict:
    if result.trend is Trend.NONE:
        return Verdict.NONE
    if result.trend is Trend.STABLE:
        return Verdict.NEUTRAL
    rising_is_good = result.spec.polarity is Polarity.HIGHER_IS_BETTER
    return Verdict.GOOD if (result.trend is Trend.UP) == rising_is_good else Verdict.BAD


@dataclass(frozen=True, slots=True)
class TileState:
    key: str
    name: str
    value_text: str
    previous_text: str
    trend_text: str
    """The arrow and the change: "↓ −41,8 %"; "no trend" without a comparison."""
    trend_words: str
    """The trend for a screen reader: "down, good"."""
    verdict: Verdict
    tooltip: str
    """Rich text, wrapped: both spans, both values written as the tile writes them, the verdict,
    the reason for a "—" and the note (``tile_words``)."""
    note: str = ""
    """Under the value: "From 1 answer. Too few to judge.", money in other currencies."""


def _change_text(result: IndicatorResult, fmt: ValueFormatter) -> str:
    if result.trend is Trend.NONE:
        return QCoreApplication.translate("TileState", "no trend")
    if result.change is None:  # a relative change from 0
        return (
            QCoreApplication.translate("TileState", "no change")
            if result.trend is Trend.STABLE
            else QCoreApplication.translate("TileState", "from 0")
        )
    return fmt.change(result.spec.trend_rule, result.change)


def _trend_words(result: IndicatorResult, judged: Verdict) -> str:
    directions = {
        Trend.UP: QCoreApplication.translate("TileState", "up"),
        Trend.DOWN: QCoreApplication.translate("TileState", "down"),
        Trend.STABLE: QCoreApplication.translate("TileState", "stable"),
        Trend.NONE: QCoreApplication.translate("TileState", "no trend"),
    }
    judgements = {
        Verdict.GOOD: QCoreApplication.translate("TileState", "good"),
        Verdict.BAD: QCoreApplication.translate("TileState", "bad"),
    }
    words = directions[result.trend]
    return f"{words}, {judgements[judged]}" if judged in judgements else words


def _unavailable(result: IndicatorResult) -> TileState:
    """Chatwoot has no NPS and no sales: the tile says so ("not available / from Chatwoot", on
    two lines to fit), rather than "—", which means nothing was measured this time."""
    source = QCoreApplication.translate("TileState", "from {platform}")
    return TileState(
        key=result.key.value,
        name=indicator_name(result.key),
        value_text=QCoreApplication.translate("TileState", "not available"),
        previous_text=" ",
        trend_text=source.format(platform=result.unavailable_from),
        trend_words=QCoreApplication.translate("TileState", "no trend"),
        verdict=verdict(result),
        tooltip=unavailable_tooltip(result),
    )


def tile_state(result: IndicatorResult, window: PeriodWindow, fmt: ValueFormatter) -> TileState:
    """``result`` as a tile of the report over ``window`` shows it."""
    if result.unavailable_from is not None:
        return _unavailable(result)
    judged = verdict(result)
    arrow = ARROWS[result.trend]
    change = _change_text(result, fmt)
    previous = fmt.value(result.spec.unit, result.previous, result.currency)
    return TileState(
        key=result.key.value,
        name=indicator_name(result.key),
        value_text=fmt.value(result.spec.unit, result.value, result.currency),
        previous_text=previous_value_text(window.kind, previous),
        trend_text=f"{arrow} {change}" if arrow else change,
        trend_words=_trend_words(result, judged),
        verdict=judged,
        tooltip=comparison_tooltip(result, window, fmt),
        note=note_text(result, fmt),
    )
