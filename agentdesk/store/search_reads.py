"""What search reads from the store: the texts the index and the highlighter need, the list of
closed conversations with its filters (queries without words are answered here), id look-ups,
and the index outbox as the indexer drains it.

The filters use the covering indexes of migration 0002 (``ix_conversations_search_*``): a count
with a channel, CSAT or NPS filter is a range of one index, never a walk over the table.
Results are newest first, ties broken by id (the index orders the same way).

SQL text on ``sqlite3`` (see ``agentdesk.store.connections``); ``filter_where`` is also what
the export's SQLAlchemy statements filter with (``export_rows``), so a search without words and
its export cannot disagree. Reads of given ids select by primary key only and check the status
in Python: with ``status = 'closed'`` in the same WHERE, SQLite prefers a status index and
walks every closed conversation (30 ms at 100k instead of 0.3 ms).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from agentdesk.domain.models import ConversationStatus
from agentdesk.domain.search_query import Measured, ResolvedFilters
from agentdesk.domain.search_records import (
    ConversationSummary,
    MessageText,
    SearchableConversation,
)
from agentdesk.store.chunks import chunked
from agentdesk.store.timestamps import from_micros, to_micros
from agentdesk.store.values import OutboxEntry

_CLOSED = ConversationStatus.CLOSED.value
_SEARCHABLE = (
    "id, closed_at, updated_at, channel, contact_name, category, csat, nps, closing_note, status"
)
_SUMMARY = "id, closed_at, channel, contact_name, category, csat, nps, status"
"""Both end with the status, which ``_is_closed`` checks."""
_NEWEST_FIRST = "ORDER BY closed_at DESC, id DESC"
Params = dict[str, object]


def _in(name: str, values: Sequence[object], params: Params) -> str:
    """``IN (:name_0, :name_1, …)``, the values added to ``params``."""
    names = [f"{name}_{n}" for n in range(len(values))]
    params.update(zip(names, values, strict=True))
    return f"IN ({', '.join(':' + n for n in names)})"


def _ids_in(chunk: Sequence[str]) -> tuple[str, Params]:
    params: Params = {}
    return _in("id", chunk, params), params


def _is_closed(row: Sequence[Any]) -> bool:
    return bool(row[-1] == _CLOSED and row[1] is not None)


def searchable(connection: sqlite3.Connection, ids: Sequence[str]) -> list[SearchableConversation]:
    """The closed ones among ``ids``, with their texts, in the order of ``ids``."""
    rows: dict[str, Any] = {}
    for chunk in chunked(ids):
        where, params = _ids_in(chunk)
        statement = f"SELECT {_SEARCHABLE} FROM conversations WHERE id {where}"  # noqa: S608
        found = connection.execute(statement, params)
        rows.update((row[0], row) for row in found if _is_closed(row))
    return _with_texts(connection, [rows[cid] for cid in dict.fromkeys(ids) if cid in rows])


def first_texts(connection: sqlite3.Connection, ids: Sequence[str]) -> dict[str, str]:
    """The first message of each closed conversation among ``ids`` whose text is not only
    spaces (in message order): what a list excerpt without words shows, read without the
    other ~10 messages a conversation holds (``searchable`` reads them all, in Python). A
    conversation without such a message is left out; SQLite's ``trim`` strips spaces only,
    so a text of other blanks can be returned, and the caller checks it as Python does."""
    found: dict[str, str] = {}
    for chunk in chunked(ids):
        params: Params = {}
        where = _in("c", chunk, params)
        statement = (
            "SELECT c.id, (SELECT m.text FROM messages AS m "  # noqa: S608 - placeholders
            "WHERE m.conversation_id = c.id AND trim(m.text) <> '' "
            "ORDER BY m.at, m.pk LIMIT 1) AS first FROM conversations AS c "
            f"WHERE c.id {where} AND +c.status = :closed AND +c.closed_at IS NOT NULL"
        )  # the unary + keeps SQLite to the ids (it walked every closed row's date: 66 ms)
        rows = connection.execute(statement, params | {"closed": _CLOSED})
        found.update((cid, first) for cid, first in rows if first is not None)
    return found


def searchable_after(
    connection: sqlite3.Connection, after: str | None, limit: int
) -> list[SearchableConversation]:
    """The next ``limit`` closed conversations by id after ``after``: a full index build walks
    the store with this, one short read transaction a batch."""
    params: Params = {"closed": _CLOSED, "after": after or "", "limit": limit}
    after_clause = "" if after is None else "AND id > :after "
    statement = (
        f"SELECT {_SEARCHABLE} FROM conversations "  # noqa: S608 - constants only
        f"WHERE status = :closed AND closed_at IS NOT NULL {after_clause}ORDER BY id LIMIT :limit"
    )
    return _with_texts(connection, connection.execute(statement, params).fetchall())


def _with_texts(
    connection: sqlite3.Connection, rows: Sequence[Any]
) -> list[SearchableConversation]:
    ids = [row[0] for row in rows]
    messages: dict[str, list[MessageText]] = {cid: [] for cid in ids}
    tags: dict[str, list[str]] = {cid: [] for cid in ids}
    for chunk in chunked(ids):
        marks = ", ".join("?" * len(chunk))
        found = connection.execute(
            "SELECT conversation_id, id, text FROM messages "  # noqa: S608 - placeholders
            f"WHERE conversation_id IN ({marks}) ORDER BY conversation_id, at, pk",
            chunk,
        )
        for cid, mid, text in found:
            messages[cid].append(MessageText(mid, text))
        for cid, tag in connection.execute(
            f"SELECT conversation_id, tag FROM tags WHERE conversation_id IN ({marks}) "  # noqa: S608
            "ORDER BY pk",
            chunk,
        ):
            tags[cid].append(tag)
    return [_searchable(row, tags[row[0]], messages[row[0]]) for row in rows]


def _searchable(
    row: Sequence[Any], tags: list[str], messages: list[MessageText]
) -> SearchableConversation:
    cid, closed_at, updated_at, channel, contact_name, category, csat, nps, note = row[:9]
    return SearchableConversation(
        id=cid,
        closed_at=from_micros(closed_at),
        updated_at=from_micros(updated_at),
        channel=channel,
        contact_name=contact_name,
        category=category,
        tags=tuple(tags),
        csat=csat,
        nps=nps,
        closing_note=note,
        messages=tuple(messages),
    )


def closed_versions(connection: sqlite3.Connection) -> dict[str, datetime]:
    """Every closed conversation's ``updated_at``: what the index should hold."""
    rows = connection.execute(
        "SELECT id, updated_at FROM conversations WHERE status = ? AND closed_at IS NOT NULL",
        (_CLOSED,),
    )
    return {cid: from_micros(updated_at) for cid, updated_at in rows}


def _summary(row: Sequence[Any]) -> ConversationSummary:
    cid, closed_at, channel, contact_name, category, csat, nps = row[:7]
    return ConversationSummary(
        id=cid,
        closed_at=from_micros(closed_at),
        channel=channel,
        contact_name=contact_name,
        category=category,
        csat=csat,
        nps=nps,
    )


def summaries(connection: sqlite3.Connection, ids: Sequence[str]) -> dict[str, ConversationSummary]:
    """The closed ones among ``ids``."""
    found: dict[str, ConversationSummary] = {}
    for chunk in chunked(ids):
        where, params = _ids_in(chunk)
        statement = f"SELECT {_SUMMARY} FROM conversations WHERE id {where}"  # noqa: S608
        for row in connection.execute(statement, params):
            if _is_closed(row):
                found[row[0]] = _summary(row)
    return found


def filter_where(filters: ResolvedFilters, *, by_value: bool = True) -> tuple[str, Params]:
    """The WHERE of ``filters`` (columns of the unaliased ``conversations`` table) and its
    named parameters. ``by_value=False`` writes the value filters so that SQLite cannot use
    their indexes (``nps + 0``, ``channel || ''``: same values, no index), which leaves it the
    newest-first walk of ``ix_conversations_closed_facts``."""
    params: Params = {"f_closed": _CLOSED}
    clauses = ["conversations.status = :f_closed"]
    if filters.closed_from is not None:
        params["f_from"] = to_micros(filters.closed_from)
        clauses.append("conversations.closed_at >= :f_from")
    if filters.closed_until is not None:
        params["f_until"] = to_micros(filters.closed_until)
        clauses.append("conversations.closed_at < :f_until")
    if filters.closed_from is None and filters.closed_until is None:
        clauses.append("conversations.closed_at IS NOT NULL")
    csat = "conversations.csat" if by_value else "(conversations.csat + 0)"
    nps = "conversations.nps" if by_value else "(conversations.nps + 0)"
    channel = "conversations.channel" if by_value else "(conversations.channel || '')"
    if filters.csat:
        clauses.append(f"{csat} {_in('f_csat', sorted(filters.csat), params)}")
    if filters.nps_min is not None:
        params["f_nps_min"] = filters.nps_min
        clauses.append(f"{nps} >= :f_nps_min")
    if filters.nps_max is not None:
        params["f_nps_max"] = filters.nps_max
        clauses.append(f"{nps} <= :f_nps_max")
    if filters.channels:
        clauses.append(f"{channel} {_in('f_channel', sorted(filters.channels), params)}")
    if filters.measured is not None:
        clauses.append(measured_clause(filters.measured))
    return " AND ".join(clauses), params


def measured_clause(measured: Measured) -> str:
    """The conversations an indicator measured: the same columns its aggregate counts
    (``store.aggregates``), so a drill-down lists exactly the figure's conversations."""
    if measured is Measured.TRANSACTIONS:
        return "conversations.transaction_count > 0"
    column = {
        Measured.HANDLING_TIME: "effective_handling_time_s",
        Measured.REPLY_DELAY: "mean_reply_delay_s",
        Measured.FIRST_RESPONSE: "first_response_delay_s",
    }[measured]
    return f"conversations.{column} IS NOT NULL"


WALK_FROM = 2000
"""With at least this many matches, the page walks the newest-first index and stops after the
page; with fewer, reading the matches by their filter index and sorting them is cheaper."""


def list_closed(
    connection: sqlite3.Connection,
    filters: ResolvedFilters,
    limit: int,
    offset: int,
    after: tuple[datetime, str] | None = None,
    *,
    total: int | None = None,
) -> tuple[int, list[ConversationSummary]]:
    """The total and one page of the closed conversations passing ``filters``, newest first:
    from ``offset``, or, given ``after`` (the sort key of the row before the page: closed at,
    id), from the row after it — the same page, read from that row on in the date index
    instead of stepping over ``offset`` rows (85 ms at row 90,000 of 100k, ~1 ms this way).

    The count uses the filter indexes of migration 0002. The page depends on the count:
    SQLite's planner, left alone, reads every match through the most selective filter index and
    sorts them all (10 ms for 10,000 matches at 100k) even when the newest 50 would be found
    at once by walking the date index.

    A caller that already counted (a page read in parts, each on from the part before) gives
    ``total``: it is not counted again (the count is most of a part's time, ~4 ms at 100k)."""
    where, params = filter_where(filters)
    if total is None:
        count = f"SELECT count(*) FROM conversations WHERE {where}"  # noqa: S608 - see filter_where
        total = int(connection.execute(count, params).fetchone()[0])
    if total >= WALK_FROM:
        where, params = filter_where(filters, by_value=False)
    if after is not None:  # newest first: older, or as old with a smaller id
        where += (
            " AND conversations.closed_at <= :k_at"
            " AND (conversations.closed_at < :k_at OR conversations.id < :k_id)"
        )
        params = params | {"k_at": to_micros(after[0]), "k_id": after[1]}
        offset = 0
    rows = connection.execute(
        f"SELECT {_SUMMARY} FROM conversations WHERE {where} "  # noqa: S608 - see filter_where
        f"{_NEWEST_FIRST} LIMIT :limit OFFSET :offset",
        params | {"limit": limit, "offset": offset},
    )
    return total, [_summary(row) for row in rows]


def closed_ids_matching(
    connection: sqlite3.Connection, ids: Sequence[str], filters: ResolvedFilters
) -> list[str]:
    """Those of ``ids`` that are closed and pass ``filters``, newest first."""
    extra = "" if filters.measured is None else f" AND {measured_clause(filters.measured)}"
    rows = []
    for chunk in chunked(ids):
        where, params = _ids_in(chunk)
        statement = f"SELECT {_SUMMARY} FROM conversations WHERE id {where}{extra}"  # noqa: S608
        rows += [
            row
            for row in connection.execute(statement, params)
            if _is_closed(row) and filters.accepts(from_micros(row[1]), row[2], row[5], row[6])
        ]
    rows.sort(key=lambda row: (row[1], row[0]), reverse=True)
    return [row[0] for row in rows]


def id_prefixes(connection: sqlite3.Connection, most: int = 20) -> list[str]:
    """The distinct ``prefix-`` heads of the stored ids (``c-`` on every known platform), found
    by skipping through the primary key: one seek per prefix, not a scan."""
    prefixes: list[str] = []
    after = ""
    for _ in range(most):
        first = connection.execute(
            "SELECT id FROM conversations WHERE id > ? ORDER BY id LIMIT 1", (after,)
        ).fetchone()
        if first is None:
            break
        head, dash, _ = str(first[0]).partition("-")
        if dash:
            prefixes.append(f"{head}-")
        after = f"{head}{dash}\U0010ffff"
    return prefixes


def outbox_pending(connection: sqlite3.Connection) -> int:
    return int(connection.execute("SELECT count(*) FROM index_outbox").fetchone()[0])


def outbox_last_seq(connection: sqlite3.Connection) -> int:
    """The newest entry's ``seq`` (0 when empty): what a full rebuild that starts now covers."""
    return int(connection.execute("SELECT coalesce(max(seq), 0) FROM index_outbox").fetchone()[0])


def outbox_batch(connection: sqlite3.Connection, limit: int, after: int = 0) -> list[OutboxEntry]:
    """The oldest pending entries with a ``seq`` above ``after`` (seqs are never reused), in
    ``seq`` order: the indexer beside the sync reads on past what it has added but not acked."""
    rows = connection.execute(
        "SELECT seq, conversation_id, op FROM index_outbox WHERE seq > ? ORDER BY seq LIMIT ?",
        (after, limit),
    )
    return [OutboxEntry(seq=seq, conversation_id=cid, op=op) for seq, cid, op in rows]


def ack_outbox_through(connection: sqlite3.Connection, seq: int) -> None:
    """Inside a write transaction (the driver connection of ``Store``'s writer)."""
    connection.execute("DELETE FROM index_outbox WHERE seq <= ?", (seq,))
