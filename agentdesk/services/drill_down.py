"""From a figure on screen to its conversations: the span, the filters and the count.

The window's tiles and chart points ask this with a ``FigureRef``; the closed page then shows
the filters it returns, and its total equals ``DrillDown.expected`` (the same SQL aggregate the
indicator itself was computed from, over the same span).
"""

from __future__ import annotations

from datetime import datetime

from agentdesk.domain.drill_down import DrillDown, FigureRef, drill_down
from agentdesk.domain.periods import Span, evolution_buckets
from agentdesk.errors import UsageError
from agentdesk.services.indicators import IndicatorsService, load_workspace
from agentdesk.store import Store


class DrillDownService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def span_of(self, figure: FigureRef, now: datetime) -> Span:
        """The tile's span (its period up to ``now``), or the chart point's hour or day."""
        workspace = load_workspace(self._store)
        at = figure.at if figure.at is not None else now
        window = IndicatorsService(self._store).window(workspace, figure.period, at)
        if figure.point is None:
            return window.current
        buckets = evolution_buckets(window).current
        if not 0 <= figure.point < len(buckets):
            raise UsageError(f"The chart has no point {figure.point} for this period.")
        return buckets[figure.point]

    def behind(self, figure: FigureRef, now: datetime) -> DrillDown:
        span = self.span_of(figure, now)
        (aggregate,) = self._store.aggregates([(span.start, span.end)])
        return drill_down(figure, span, aggregate)
