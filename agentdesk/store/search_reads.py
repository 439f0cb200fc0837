"""What search reads from the store: the texts the index and the highlighter need, the list of
closed conversations with its filters (queries without words are answered here), id look-ups,
and the index outbox as the indexer drains it.

The filters use the covering indexes of migration 0002 (``ix_conversations_search_*``): a count
with a channel, CSAT or NPS filter is a range of one index, never a walk over the table.
Results are newest first, ties broken by id (the index orders the same way).

Reads of given ids select by primary key only and check the status in Python: with
``status = 'closed'`` in the same WHERE, SQLite prefers a status index and walks every closed
conversation (30 ms at 100k instead of 0.3 ms).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, delete, func, select

from agentdesk.domain.models import ConversationStatus
from agentdesk.domain.search_query import Measured, ResolvedFilters
from agentdesk.domain.search_records import (
    ConversationSummary,
    MessageText,
    SearchableConversation,
)
from agentdesk.store.chunks import chunked
from agentdesk.store.schema import ConversationRow, MessageRow, OutboxRow, TagRow

_CLOSED = ConversationStatus.CLOSED.value
_C = ConversationRow

_SEARCHABLE_COLUMNS = (
    _C.id,
    _C.closed_at,
    _C.updated_at,
    _C.channel,
    _C.contact_name,
    _C.category,
    _C.csat,
    _C.nps,
    _C.closing_note,
)
_NEWEST_FIRST = (_C.closed_at.desc(), _C.id.desc())
_SUMMARY_COLUMNS = (_C.id, _C.closed_at, _C.channel, _C.contact_name, _C.category, _C.csat, _C.nps)


def _closed() -> ColumnElement[bool]:
    return and_(_C.status == _CLOSED, _C.closed_at.is_not(None))


def _is_closed(row: Any) -> bool:
    return bool(row.status == _CLOSED and row.closed_at is not None)


def searchable(connection: Connection, ids: Sequence[str]) -> list[SearchableConversation]:
    """The closed ones among ``ids``, with their texts, in the order of ``ids``."""
    rows: dict[str, Any] = {}
    for chunk in chunked(ids):
        statement = select(*_SEARCHABLE_COLUMNS, _C.status).where(_C.id.in_(chunk))
        rows.update((row.id, row) for row in connection.execute(statement) if _is_closed(row))
    return _with_texts(connection, [rows[cid] for cid in dict.fromkeys(ids) if cid in rows])


def searchable_after(
    connection: Connection, after: str | None, limit: int
) -> list[SearchableConversation]:
    """The next ``limit`` closed conversations by id after ``after``: a full index build walks
    the store with this, one short read transaction a batch."""
    statement = select(*_SEARCHABLE_COLUMNS).where(_closed()).order_by(_C.id).limit(limit)
    if after is not None:
        statement = statement.where(_C.id > after)
    return _with_texts(connection, list(connection.execute(statement)))


def _with_texts(connection: Connection, rows: Sequence[Any]) -> list[SearchableConversation]:
    ids = [row.id for row in rows]
    messages: dict[str, list[MessageText]] = {cid: [] for cid in ids}
    tags: dict[str, list[str]] = {cid: [] for cid in ids}
    for chunk in chunked(ids):
        found = connection.execute(
            select(MessageRow.conversation_id, MessageRow.id, MessageRow.text)
            .where(MessageRow.conversation_id.in_(chunk))
            .order_by(MessageRow.conversation_id, MessageRow.at, MessageRow.pk)
        )
        for cid, mid, text in found:
            messages[cid].append(MessageText(mid, text))
        for cid, tag in connection.execute(
            select(TagRow.conversation_id, TagRow.tag)
            .where(TagRow.conversation_id.in_(chunk))
            .order_by(TagRow.pk)
        ):
            tags[cid].append(tag)
    return [
        SearchableConversation(
            id=row.id,
            closed_at=row.closed_at,
            updated_at=row.updated_at,
            channel=row.channel,
            contact_name=row.contact_name,
            category=row.category,
            tags=tuple(tags[row.id]),
            csat=row.csat,
            nps=row.nps,
            closing_note=row.closing_note,
            messages=tuple(messages[row.id]),
        )
        for row in rows
    ]


def closed_versions(connection: Connection) -> dict[str, datetime]:
    """Every closed conversation's ``updated_at``: what the index should hold."""
    rows = connection.execute(select(_C.id, _C.updated_at).where(_closed()))
    return {cid: updated_at for cid, updated_at in rows}


def _summary(row: Any) -> ConversationSummary:
    return ConversationSummary(
        id=row.id,
        closed_at=row.closed_at,
        channel=row.channel,
        contact_name=row.contact_name,
        category=row.category,
        csat=row.csat,
        nps=row.nps,
    )


def summaries(connection: Connection, ids: Sequence[str]) -> dict[str, ConversationSummary]:
    """The closed ones among ``ids``."""
    found: dict[str, ConversationSummary] = {}
    for chunk in chunked(ids):
        statement = select(*_SUMMARY_COLUMNS, _C.status).where(_C.id.in_(chunk))
        for row in connection.execute(statement):
            if _is_closed(row):
                found[row.id] = _summary(row)
    return found


def filter_clauses(filters: ResolvedFilters, *, by_value: bool = True) -> list[ColumnElement[bool]]:
    """The WHERE of ``filters``. ``by_value=False`` writes the value filters so that SQLite
    cannot use their indexes (``nps + 0``, ``channel || ''``: same values, no index), which
    leaves it the newest-first walk of ``ix_conversations_closed_facts``."""
    clauses: list[ColumnElement[bool]] = [_C.status == _CLOSED]
    if filters.closed_from is not None:
        clauses.append(_C.closed_at >= filters.closed_from)
    if filters.closed_until is not None:
        clauses.append(_C.closed_at < filters.closed_until)
    if filters.closed_from is None and filters.closed_until is None:
        clauses.append(_C.closed_at.is_not(None))
    csat: Any = _C.csat if by_value else _C.csat + 0
    nps: Any = _C.nps if by_value else _C.nps + 0
    channel: Any = _C.channel if by_value else _C.channel.concat("")
    if filters.csat:
        clauses.append(csat.in_(sorted(filters.csat)))
    if filters.nps_min is not None:
        clauses.append(nps >= filters.nps_min)
    if filters.nps_max is not None:
        clauses.append(nps <= filters.nps_max)
    if filters.channels:
        clauses.append(channel.in_(sorted(filters.channels)))
    if filters.measured is not None:
        clauses.append(measured_clause(filters.measured))
    return clauses


def measured_clause(measured: Measured) -> ColumnElement[bool]:
    """The conversations an indicator measured: the same columns its aggregate counts
    (``store.aggregates``), so a drill-down lists exactly the figure's conversations."""
    if measured is Measured.TRANSACTIONS:
        return _C.transaction_count > 0
    column = {
        Measured.HANDLING_TIME: _C.effective_handling_time_s,
        Measured.REPLY_DELAY: _C.mean_reply_delay_s,
        Measured.FIRST_RESPONSE: _C.first_response_delay_s,
    }[measured]
    return column.is_not(None)


WALK_FROM = 2000
"""With at least this many matches, the page walks the newest-first index and stops after the
page; with fewer, reading the matches by their filter index and sorting them is cheaper."""


def list_closed(
    connection: Connection, filters: ResolvedFilters, limit: int, offset: int
) -> tuple[int, list[ConversationSummary]]:
    """The total and one page of the closed conversations passing ``filters``, newest first.

    The count uses the filter indexes of migration 0002. The page depends on the count:
    SQLite's planner, left alone, reads every match through the most selective filter index and
    sorts them all (10 ms for 10,000 matches at 100k) even when the newest 50 would be found
    at once by walking the date index."""
    clauses = filter_clauses(filters)
    total = int(
        connection.execute(select(func.count()).select_from(_C).where(*clauses)).scalar_one()
    )
    if total >= WALK_FROM:
        clauses = filter_clauses(filters, by_value=False)
    rows = connection.execute(
        select(*_SUMMARY_COLUMNS)
        .where(*clauses)
        .order_by(*_NEWEST_FIRST)
        .limit(limit)
        .offset(offset)
    )
    return total, [_summary(row) for row in rows]


def closed_ids_matching(
    connection: Connection, ids: Sequence[str], filters: ResolvedFilters
) -> list[str]:
    """Those of ``ids`` that are closed and pass ``filters``, newest first."""
    extra = [] if filters.measured is None else [measured_clause(filters.measured)]
    rows = [
        row
        for chunk in chunked(ids)
        for row in connection.execute(
            select(*_SUMMARY_COLUMNS, _C.status).where(_C.id.in_(chunk), *extra)
        )
        if _is_closed(row) and filters.accepts(row.closed_at, row.channel, row.csat, row.nps)
    ]
    rows.sort(key=lambda row: (row.closed_at, row.id), reverse=True)
    return [row.id for row in rows]


def id_prefixes(connection: Connection, most: int = 20) -> list[str]:
    """The distinct ``prefix-`` heads of the stored ids (``c-`` on every known platform), found
    by skipping through the primary key: one seek per prefix, not a scan."""
    prefixes: list[str] = []
    after = ""
    for _ in range(most):
        first = connection.execute(
            select(_C.id).where(_C.id > after).order_by(_C.id).limit(1)
        ).scalar()
        if first is None:
            break
        head, dash, _ = str(first).partition("-")
        if dash:
            prefixes.append(f"{head}-")
        after = f"{head}{dash}\U0010ffff"
    return prefixes


def outbox_pending(connection: Connection) -> int:
    return int(connection.execute(select(func.count()).select_from(OutboxRow)).scalar_one())


def outbox_last_seq(connection: Connection) -> int:
    """The newest entry's ``seq`` (0 when empty): what a full rebuild that starts now covers."""
    return int(connection.execute(select(func.coalesce(func.max(OutboxRow.seq), 0))).scalar_one())


def ack_outbox_through(connection: Connection, seq: int) -> None:
    connection.execute(delete(OutboxRow).where(OutboxRow.seq <= seq))
