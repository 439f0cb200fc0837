"""Each indicator's value over a span, from the span's ``PeriodAggregate``, as the design says.

Counts and sums are 0 when nothing happened; a mean, percent or score with nothing to measure
is None (shown "—"), never 0, because "no rating" is not "everyone unhappy". ``missing_reason``
says which of those it was, as a code: each front end words it in its own language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from agentdesk.domain.aggregate import PeriodAggregate
from agentdesk.domain.catalogue import IndicatorKey, IndicatorSpec
from agentdesk.domain.facts import from_milli
from agentdesk.domain.trend import Number, Trend

IndicatorValue = Number
"""int for counts, float for seconds, percents and NPS points, Decimal for money."""


def _mean(total: float, n: int) -> float | None:
    return total / n if n else None


def _percent(part: int, whole: int) -> float | None:
    return 100 * part / whole if whole else None


def _average_basket(agg: PeriodAggregate) -> Decimal | None:
    return from_milli(agg.revenue_milli) / agg.transactions if agg.transactions else None


def _nps(agg: PeriodAggregate) -> float | None:
    return _percent(agg.nps_promoters - agg.nps_detractors, agg.nps_rated)


_FORMULAS: dict[IndicatorKey, Callable[[PeriodAggregate], IndicatorValue | None]] = {
    IndicatorKey.CONVERSATIONS: lambda a: a.conversations,
    IndicatorKey.HANDLING_TIME: lambda a: _mean(a.handling_sum, a.handling_n),
    IndicatorKey.RESPONSE_TIME: lambda a: _mean(a.reply_sum, a.reply_n),
    IndicatorKey.FIRST_RESPONSE_TIME: lambda a: _mean(a.first_response_sum, a.first_response_n),
    IndicatorKey.CSAT: lambda a: _percent(a.csat_satisfied, a.csat_rated),
    IndicatorKey.NPS: _nps,
    IndicatorKey.REVENUE: lambda a: from_milli(a.revenue_milli),
    IndicatorKey.TRANSACTIONS: lambda a: a.transactions,
    IndicatorKey.AVERAGE_BASKET: _average_basket,
    IndicatorKey.CONVERSION_RATE: lambda a: _percent(a.converted, a.conversations),
}


def indicator_value(key: IndicatorKey, agg: PeriodAggregate) -> IndicatorValue | None:
    """The value of ``key`` over the span ``agg`` sums: seconds for times, 0–100 for percents,
    −100…100 for NPS, ``Decimal`` in the workspace currency for money."""
    return _FORMULAS[IndicatorKey(key)](agg)


class MissingReason(StrEnum):
    """Why a mean, percent or score has no value over a span (the "—" on a tile)."""

    NO_RATING = "no_rating"
    """CSAT: no rated conversation."""
    NO_NPS_ANSWER = "no_nps_answer"
    NO_TRANSACTION = "no_transaction"
    """Average basket: nothing sold."""
    NO_CONVERSATION = "no_conversation"
    """No conversation closed in the span."""
    NO_AGENT_REPLY = "no_agent_reply"
    """Response times: conversations, but no agent reply to a contact."""
    NOTHING_TO_MEASURE = "nothing_to_measure"


_REASONS = {
    IndicatorKey.CSAT: MissingReason.NO_RATING,
    IndicatorKey.NPS: MissingReason.NO_NPS_ANSWER,
    IndicatorKey.AVERAGE_BASKET: MissingReason.NO_TRANSACTION,
}
_REPLY_TIMES = (IndicatorKey.RESPONSE_TIME, IndicatorKey.FIRST_RESPONSE_TIME)


def missing_reason(key: IndicatorKey, agg: PeriodAggregate) -> MissingReason | None:
    """Why ``key`` has no value over ``agg``'s span; None when it has one."""
    if indicator_value(key, agg) is not None:
        return None
    if key in _REASONS:
        return _REASONS[key]
    if agg.conversations == 0:
        return MissingReason.NO_CONVERSATION
    if key in _REPLY_TIMES:
        return MissingReason.NO_AGENT_REPLY
    return MissingReason.NOTHING_TO_MEASURE


SMALL_SAMPLE = 5
"""CSAT or NPS from fewer answers than this is said to be a small sample: one unhappy answer
makes "NPS −100" look like a catastrophe."""


@dataclass(frozen=True, slots=True)
class CurrencyAmount:
    """Revenue in a currency the workspace's figures do not add in (it is not the dominant
    one): shown beside the tile so that nothing is left out silently."""

    currency: str
    amount: Decimal
    conversations: int


def sample_size(key: IndicatorKey, agg: PeriodAggregate) -> int | None:
    """How many answers a score is made of (CSAT, NPS); None for other indicators."""
    if key is IndicatorKey.CSAT:
        return agg.csat_rated
    if key is IndicatorKey.NPS:
        return agg.nps_rated
    return None


@dataclass(frozen=True, slots=True)
class IndicatorResult:
    """One tile: the value over the current span and its comparison. The sentence explaining
    it is each front end's to write (``tooltip.trend_verdict``, ``tooltip.previous_is_whole``).

    ``change`` is a fraction for relative indicators (0.105 = +10.5 %) and points for CSAT, NPS
    and conversion rate (see ``trend.compare``). ``currency`` is the money indicators' currency.
    """

    key: IndicatorKey
    spec: IndicatorSpec
    value: IndicatorValue | None
    previous: IndicatorValue | None
    change: float | None
    trend: Trend
    currency: str | None = None
    sample: int | None = None
    """How many answers CSAT and NPS are made of (``sample_size``); None for the others."""
    previous_sample: int | None = None
    reason: MissingReason | None = None
    """Why ``value`` is None (``missing_reason``)."""
    previous_reason: MissingReason | None = None
    left_out: tuple[CurrencyAmount, ...] = ()
    """Money indicators: revenue in other currencies, not added into ``value``."""
    unavailable_from: str | None = None
    """The platform that has no data for this indicator (NPS, sales on Chatwoot): the tile says
    "not available from" it, not "—", which would mean "nothing to measure this time"."""

    @property
    def small_sample(self) -> bool:
        return self.sample is not None and 0 < self.sample < SMALL_SAMPLE
