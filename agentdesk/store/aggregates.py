"""Indicator sums over closed conversations, straight from the covering index.

Revenue and currency: workspaces are single-currency, but nothing stops a stray transaction in
another currency. Adding EUR to USD would be wrong, so ``revenue_milli`` sums only the
conversations whose own currency is the store's *dominant* currency (the one with the most
transactions overall, refreshed by every write that touches transactions and kept under the
``store.dominant_currency`` meta key). ``transactions`` and ``converted`` count every
transaction and conversation whatever its currency. ``currency`` is the dominant currency when
the span has at least one transaction, else None, as ``PeriodAggregate.of`` does; on
single-currency data the result equals ``PeriodAggregate.of`` of the same facts.

What that leaves out is never silent: ``other_currencies`` sums the revenue of a span per
currency that is not the dominant one, and the window shows it beside revenue and basket.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    ScalarSelect,
    and_,
    case,
    column,
    func,
    select,
    values,
)

from agentdesk.domain.aggregate import PeriodAggregate
from agentdesk.domain.models import ConversationStatus
from agentdesk.store.schema import ConversationRow as C
from agentdesk.store.schema import MetaRow
from agentdesk.store.timestamps import to_micros
from agentdesk.store.writes import DOMINANT_CURRENCY_KEY

SPANS_PER_QUERY = 1000
"""Three bound values a span: far below SQLite's limit of 32766 variables."""


def _dominant_currency() -> ScalarSelect[str]:
    return select(MetaRow.value).where(MetaRow.key == DOMINANT_CURRENCY_KEY).scalar_subquery()


def _measures(dominant: ScalarSelect[str]) -> list[ColumnElement[Any]]:
    """In the order of ``PeriodAggregate``'s fields, then the dominant currency."""
    return [
        func.count(),
        func.coalesce(func.sum(C.effective_handling_time_s), 0.0),
        func.count(C.effective_handling_time_s),
        func.coalesce(func.sum(C.mean_reply_delay_s), 0.0),
        func.count(C.mean_reply_delay_s),
        func.coalesce(func.sum(C.first_response_delay_s), 0.0),
        func.count(C.first_response_delay_s),
        func.count(C.csat),
        func.count(case((C.csat >= 4, 1))),
        func.count(C.nps),
        func.count(case((C.nps >= 9, 1))),
        func.count(case((C.nps <= 6, 1))),
        func.coalesce(func.sum(C.transaction_count), 0),
        func.coalesce(func.sum(case((C.currency == dominant, C.revenue_milli), else_=0)), 0),
        func.count(case((C.transaction_count > 0, 1))),
        dominant,
    ]


def _of_row(row: Sequence[Any]) -> PeriodAggregate:
    (conversations, handling_sum, handling_n, reply_sum, reply_n, first_sum, first_n) = row[:7]
    (csat_rated, csat_ok, nps_rated, promoters, detractors) = row[7:12]
    (transactions, revenue_milli, converted, dominant) = row[12:16]
    return PeriodAggregate(
        conversations=int(conversations),
        handling_sum=float(handling_sum),
        handling_n=int(handling_n),
        reply_sum=float(reply_sum),
        reply_n=int(reply_n),
        first_response_sum=float(first_sum),
        first_response_n=int(first_n),
        csat_rated=int(csat_rated),
        csat_satisfied=int(csat_ok),
        nps_rated=int(nps_rated),
        nps_promoters=int(promoters),
        nps_detractors=int(detractors),
        transactions=int(transactions),
        revenue_milli=int(revenue_milli),
        converted=int(converted),
        currency=str(dominant) if transactions and dominant is not None else None,
    )


def aggregate(connection: Connection, start: datetime, end: datetime) -> PeriodAggregate:
    """Closed conversations with ``start <= closed_at < end``: one index-only query."""
    row = connection.execute(
        select(*_measures(_dominant_currency())).where(
            C.closed_at >= start,
            C.closed_at < end,
            C.status == ConversationStatus.CLOSED.value,
        )
    ).one()
    return _of_row(row)


def aggregates(
    connection: Connection, spans: Sequence[tuple[datetime, datetime]]
) -> list[PeriodAggregate]:
    """One aggregate per span, in order: the spans are a VALUES table joined on the closed_at
    range and grouped, one query per ``SPANS_PER_QUERY`` spans. Spans may overlap."""
    results = [PeriodAggregate() for _ in spans]
    for offset in range(0, len(spans), SPANS_PER_QUERY):
        chunk = spans[offset : offset + SPANS_PER_QUERY]
        rows = [(offset + i, to_micros(lo), to_micros(hi)) for i, (lo, hi) in enumerate(chunk)]
        # A CTE: SQLite does not take a column list after "(VALUES ...) AS spans".
        table = (
            values(column("i", Integer), column("lo", Integer), column("hi", Integer))
            .data(rows)
            .cte("spans")
        )
        statement = (
            select(table.c.i, *_measures(_dominant_currency()))
            .select_from(table)
            .join(C, and_(C.closed_at >= table.c.lo, C.closed_at < table.c.hi))
            .where(C.status == ConversationStatus.CLOSED.value)
            .group_by(table.c.i)
        )
        for row in connection.execute(statement):
            results[int(row[0])] = _of_row(tuple(row)[1:])
    return results


def other_currencies(
    connection: Connection, start: datetime, end: datetime
) -> list[tuple[str, int, int]]:
    """``(currency, revenue_milli, conversations)`` for each currency other than the dominant
    one among the closed conversations of ``[start, end)`` that sold something, by currency."""
    dominant = _dominant_currency()
    rows = connection.execute(
        select(C.currency, func.sum(C.revenue_milli), func.count())
        .where(
            C.closed_at >= start,
            C.closed_at < end,
            C.status == ConversationStatus.CLOSED.value,
            C.transaction_count > 0,
            C.currency.is_not(None),
            func.coalesce(C.currency != dominant, True),
        )
        .group_by(C.currency)
        .order_by(C.currency)
    )
    return [(str(currency), int(milli or 0), int(n)) for currency, milli, n in rows]


def dominant_currency(connection: Connection) -> str | None:
    value = connection.execute(
        select(MetaRow.value).where(MetaRow.key == DOMINANT_CURRENCY_KEY)
    ).scalar()
    return str(value) if value else None
