"""Additive sums over the conversations of a span, from which every indicator value follows.

Being additive is the point: the store computes one with a single SQL ``SUM`` per span, an
evolution series is one per bucket, and means weighted by each day's count fall out for free.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields

from agentdesk.domain.facts import ConversationFacts


@dataclass(frozen=True, slots=True)
class PeriodAggregate:
    conversations: int = 0
    handling_sum: float = 0.0
    handling_n: int = 0
    reply_sum: float = 0.0
    reply_n: int = 0
    first_response_sum: float = 0.0
    first_response_n: int = 0
    csat_rated: int = 0
    csat_satisfied: int = 0
    nps_rated: int = 0
    nps_promoters: int = 0
    nps_detractors: int = 0
    transactions: int = 0
    revenue_milli: int = 0
    converted: int = 0
    """Conversations with at least one transaction."""
    currency: str | None = None
    """The currency of the revenue; workspaces are single-currency (see docs/indicators.md)."""

    def __add__(self, other: PeriodAggregate) -> PeriodAggregate:
        values = {
            f.name: getattr(self, f.name) + getattr(other, f.name)
            for f in fields(self)
            if f.name != "currency"
        }
        return PeriodAggregate(**values, currency=self.currency or other.currency)

    @classmethod
    def of(cls, facts: Iterable[ConversationFacts]) -> PeriodAggregate:
        """The aggregate of facts in memory: the reference the SQL version is tested against."""
        total = cls()
        for f in facts:
            total = total + cls(
                conversations=1,
                handling_sum=f.handling_time_s or 0.0,
                handling_n=int(f.handling_time_s is not None),
                reply_sum=f.mean_reply_delay_s or 0.0,
                reply_n=int(f.mean_reply_delay_s is not None),
                first_response_sum=f.first_response_delay_s or 0.0,
                first_response_n=int(f.first_response_delay_s is not None),
                csat_rated=int(f.csat is not None),
                csat_satisfied=int(f.csat is not None and f.csat >= 4),
                nps_rated=int(f.nps is not None),
                nps_promoters=int(f.nps is not None and f.nps >= 9),
                nps_detractors=int(f.nps is not None and f.nps <= 6),
                transactions=f.transaction_count,
                revenue_milli=f.revenue_milli,
                converted=int(f.transaction_count > 0),
                currency=f.currency,
            )
        return total
