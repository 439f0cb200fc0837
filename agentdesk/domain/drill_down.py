"""Which conversations stand behind an indicator's figure ("show these conversations").

A figure is computed over the conversations closed in a span that it *measured*: a CSAT share
over the rated ones, a mean first-response time over those with a first response, sales figures
over the conversations with transactions. The drill-down lists exactly those, so the list's count
is the figure's count — the number the tooltip and the agent can check against each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from agentdesk.domain.aggregate import PeriodAggregate
from agentdesk.domain.catalogue import IndicatorKey
from agentdesk.domain.periods import PeriodKind, Span
from agentdesk.domain.search_query import CSAT_VALUES, NPS_LOWEST, Measured, SearchFilters

_MEASURED = {
    IndicatorKey.HANDLING_TIME: Measured.HANDLING_TIME,
    IndicatorKey.RESPONSE_TIME: Measured.REPLY_DELAY,
    IndicatorKey.FIRST_RESPONSE_TIME: Measured.FIRST_RESPONSE,
    IndicatorKey.REVENUE: Measured.TRANSACTIONS,
    IndicatorKey.TRANSACTIONS: Measured.TRANSACTIONS,
    IndicatorKey.AVERAGE_BASKET: Measured.TRANSACTIONS,
    IndicatorKey.CONVERSION_RATE: Measured.TRANSACTIONS,
}


@dataclass(frozen=True, slots=True)
class FigureRef:
    """A figure on screen: an indicator for a period as of a moment, or one point of its chart
    (``point`` is the index of the current period's bucket: an hour for a day, else a day)."""

    key: IndicatorKey
    period: PeriodKind
    point: int | None = None
    at: datetime | None = None
    """The "now" the figure was computed for (the tiles' report); None: the caller's now."""


@dataclass(frozen=True, slots=True)
class DrillDown:
    figure: FigureRef
    span: Span
    filters: SearchFilters
    expected: int
    """How many conversations the figure measured: what the list must count."""


def filters_behind(key: IndicatorKey, span: Span) -> SearchFilters:
    """The closed page's filters for ``key`` over ``span``."""
    return SearchFilters(
        closed_from=span.start,
        closed_until=span.end,
        csat=CSAT_VALUES if key is IndicatorKey.CSAT else frozenset(),
        nps_min=NPS_LOWEST if key is IndicatorKey.NPS else None,
        measured=_MEASURED.get(key),
    )


def measured_count(key: IndicatorKey, aggregate: PeriodAggregate) -> int:
    """The number of conversations ``key``'s value was computed over."""
    counts = {
        IndicatorKey.CONVERSATIONS: aggregate.conversations,
        IndicatorKey.HANDLING_TIME: aggregate.handling_n,
        IndicatorKey.RESPONSE_TIME: aggregate.reply_n,
        IndicatorKey.FIRST_RESPONSE_TIME: aggregate.first_response_n,
        IndicatorKey.CSAT: aggregate.csat_rated,
        IndicatorKey.NPS: aggregate.nps_rated,
    }
    return counts.get(key, aggregate.converted)


def drill_down(figure: FigureRef, span: Span, aggregate: PeriodAggregate) -> DrillDown:
    return DrillDown(
        figure, span, filters_behind(figure.key, span), measured_count(figure.key, aggregate)
    )
