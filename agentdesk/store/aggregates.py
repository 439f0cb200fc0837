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

import sqlite3
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from agentdesk.domain.aggregate import PeriodAggregate
from agentdesk.domain.models import ConversationStatus
from agentdesk.store.timestamps import to_micros

SPANS_PER_QUERY = 1000
"""Three bound values a span: far below SQLite's limit of 32766 variables."""

DOMINANT_CURRENCY_KEY = "store.dominant_currency"
"""The ``meta`` key under which writes keep the dominant currency (``writes``)."""

_CLOSED = ConversationStatus.CLOSED.value
_DOMINANT = f"(SELECT value FROM meta WHERE key = '{DOMINANT_CURRENCY_KEY}')"  # noqa: S608

MEASURES = f"""count(*),
    coalesce(sum(effective_handling_time_s), 0.0), count(effective_handling_time_s),
    coalesce(sum(mean_reply_delay_s), 0.0), count(mean_reply_delay_s),
    coalesce(sum(first_response_delay_s), 0.0), count(first_response_delay_s),
    count(csat), count(CASE WHEN csat >= 4 THEN 1 END),
    count(nps), count(CASE WHEN nps >= 9 THEN 1 END), count(CASE WHEN nps <= 6 THEN 1 END),
    coalesce(sum(transaction_count), 0),
    coalesce(sum(CASE WHEN currency = {_DOMINANT} THEN revenue_milli ELSE 0 END), 0),
    count(CASE WHEN transaction_count > 0 THEN 1 END),
    {_DOMINANT}"""
"""In the order of ``PeriodAggregate``'s fields, then the dominant currency: only columns of
``ix_conversations_closed_facts``, so an aggregate never reads the table."""

AGGREGATE = (
    f"SELECT {MEASURES} FROM conversations "  # noqa: S608 - constants only
    "WHERE closed_at >= ? AND closed_at < ? AND status = ?"
)


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


def aggregate(connection: sqlite3.Connection, start: datetime, end: datetime) -> PeriodAggregate:
    """Closed conversations with ``start <= closed_at < end``: one index-only query."""
    row = connection.execute(AGGREGATE, (to_micros(start), to_micros(end), _CLOSED)).fetchone()
    return _of_row(row)


def aggregates(
    connection: sqlite3.Connection, spans: Sequence[tuple[datetime, datetime]]
) -> list[PeriodAggregate]:
    """One aggregate per span, in order: the spans are a VALUES table joined on the closed_at
    range and grouped, one query per ``SPANS_PER_QUERY`` spans. Spans may overlap."""
    results = [PeriodAggregate() for _ in spans]
    for offset in range(0, len(spans), SPANS_PER_QUERY):
        chunk = spans[offset : offset + SPANS_PER_QUERY]
        values: list[object] = []
        for i, (lo, hi) in enumerate(chunk):
            values += (offset + i, to_micros(lo), to_micros(hi))
        rows = ", ".join("(?, ?, ?)" for _ in chunk)
        statement = (
            f"WITH spans(i, lo, hi) AS (VALUES {rows}) "  # noqa: S608 - placeholders only
            f"SELECT spans.i, {MEASURES} FROM spans JOIN conversations "
            "ON closed_at >= spans.lo AND closed_at < spans.hi "
            "WHERE status = ? GROUP BY spans.i"
        )
        for row in connection.execute(statement, (*values, _CLOSED)):
            results[int(row[0])] = _of_row(tuple(row)[1:])
    return results


def other_currencies(
    connection: sqlite3.Connection, start: datetime, end: datetime
) -> list[tuple[str, int, int]]:
    """``(currency, revenue_milli, conversations)`` for each currency other than the dominant
    one among the closed conversations of ``[start, end)`` that sold something, by currency."""
    rows = connection.execute(
        "SELECT currency, sum(revenue_milli), count(*) FROM conversations "  # noqa: S608
        "WHERE closed_at >= ? AND closed_at < ? AND status = ? AND transaction_count > 0 "
        f"AND currency IS NOT NULL AND coalesce(currency != {_DOMINANT}, 1) "
        "GROUP BY currency ORDER BY currency",
        (to_micros(start), to_micros(end), _CLOSED),
    )
    return [(str(currency), int(milli or 0), int(n)) for currency, milli, n in rows]


def dominant_currency(connection: sqlite3.Connection) -> str | None:
    row = connection.execute(
        "SELECT value FROM meta WHERE key = ?", (DOMINANT_CURRENCY_KEY,)
    ).fetchone()
    return str(row[0]) if row is not None and row[0] else None
