"""What the sentence under a tile is made of: the verdict of the comparison, and how the two
spans relate. The words are each front end's.

A trend arrow alone invites the wrong reading ("down since when?"): the tile's tooltip names both
spans on the agent's clock, both values and the verdict, e.g.

    Conversations this week so far (Mon 16 Nov 00:00 – Wed 18 Nov 14:00): 42, against 38 over
    the same span last week (Mon 9 Nov 00:00 – Wed 11 Nov 14:00): up 10.5 %.

The domain does not write it: a sentence built here would reach a French agent as English words
around French numbers. It says what the sentence is made of — ``IndicatorResult`` (values,
``MissingReason`` codes), the ``PeriodWindow`` (spans), ``previous_is_whole`` and
``trend_verdict`` — and the window words it through Qt's translations
(``agentdesk/ui/indicators/tile_words.py``), the command line in English
(``agentdesk/cli/indicator_words.py``). See docs/i18n.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from agentdesk.domain.periods import PeriodWindow
from agentdesk.domain.trend import Trend


class VerdictKind(StrEnum):
    NO_TREND = "no_trend"
    """Nothing to compare: a value is missing."""
    BOTH_ZERO = "both_zero"
    """A relative indicator at 0 both times: stable."""
    FROM_ZERO = "from_zero"
    """A relative change from 0, which has no size: up (or down) from 0."""
    NO_CHANGE = "no_change"
    STABLE = "stable"
    """A change smaller than the stable band, said with its sign: "stable (+3.2 %)"."""
    MOVED = "moved"
    """Up or down by ``size``."""


@dataclass(frozen=True, slots=True)
class TrendVerdict:
    """The end of the sentence. ``size`` is never signed for ``MOVED``: the direction word
    carries the sign, and "down −11.9 %" (or "en baisse de −11,9 %") would say it twice; a
    ``STABLE`` change keeps its sign, as nothing else says which way it went. ``size`` is a
    fraction for relative indicators and points for the others, as ``trend.compare`` gives it."""

    kind: VerdictKind
    direction: Trend
    size: float | None = None


def trend_verdict(change: float | None, trend: Trend) -> TrendVerdict:
    """The verdict of a comparison ``trend.compare`` made."""
    if trend is Trend.NONE:
        return TrendVerdict(VerdictKind.NO_TREND, trend)
    if change is None:  # a relative change from 0
        kind = VerdictKind.BOTH_ZERO if trend is Trend.STABLE else VerdictKind.FROM_ZERO
        return TrendVerdict(kind, trend)
    if trend is Trend.STABLE:
        if change == 0:
            return TrendVerdict(VerdictKind.NO_CHANGE, trend)
        return TrendVerdict(VerdictKind.STABLE, trend, change)
    return TrendVerdict(VerdictKind.MOVED, trend, abs(change))


def previous_is_whole(window: PeriodWindow) -> bool:
    """Whether the previous span is the whole previous period because it was shorter than the
    elapsed part of this one (March 31st against February): the sentence must say so."""
    return window.previous.end == window.period_start and window.current.end < window.period_end
