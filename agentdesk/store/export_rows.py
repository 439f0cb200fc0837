"""Streaming reads for the CSV export: closed conversations and their messages, batch by batch.

Memory stays flat whatever the store's size (100k conversations, 2M messages): one cursor
steps through the selected conversations (SQLite hands rows out as it finds them, and
``yield_per`` keeps SQLAlchemy from buffering the rest), and each batch of them fetches its
children with a few ``IN (...)`` queries. Nothing holds more than one batch.

Everything runs inside one read transaction, opened by ``Store.export_reader``: with WAL the
sync keeps writing meanwhile, and the export sees one consistent snapshot, so the totals
counted for the progress bar are exactly the rows that follow.

Selection (``ExportSelection``) is the closed page's and ``agentdesk search``'s: either the
filters, written by the same ``filter_where`` that answer a search without words (a
conversation belongs to the span in which it was **closed**, the indicators' rule), or the ids
a word search found. Paused conversations are never exported. The messages of an export are the
messages of those same conversations, whatever their own time, so that the two files of one
selection join one to one on the conversation id.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, TextClause, func, select
from sqlalchemy import text as sql_text

from agentdesk.domain.models import ConversationStatus, SenderType
from agentdesk.store.chunks import CHUNK, chunked
from agentdesk.store.export_values import (
    ConversationExport,
    ExportSelection,
    MessageExport,
)
from agentdesk.store.schema import ConversationRow as C
from agentdesk.store.schema import MessageRow as M
from agentdesk.store.schema import TagRow, TransactionRow
from agentdesk.store.search_reads import filter_where

CONVERSATIONS_PER_BATCH = CHUNK
"""Also the length of the batch's ``IN (...)`` lists, so it stays within ``CHUNK``."""
MESSAGES_PER_BATCH = 5000
"""A batch of messages gathers whole conversations until it holds at least this many."""

_CLOSED = ConversationStatus.CLOSED.value
_INCOMING = SenderType.CONTACT.value
_OUTGOING = SenderType.AGENT.value


_CONVERSATION_COLUMNS = (
    C.id,
    C.started_at,
    C.closed_at,
    C.contact_id,
    C.contact_name,
    C.contact_type,
    C.channel,
    C.category,
    C.first_response_delay_s,
    C.effective_handling_time_s,
    C.csat,
    C.nps,
    C.closing_note,
    C.transaction_count,
)


def _filtered(selection: ExportSelection) -> TextClause:
    """The WHERE of a search without words (``search_reads.filter_where``), as SQLAlchemy
    text: one rule for the list and its export."""
    where, params = filter_where(selection.filters)
    return sql_text(where).bindparams(**params)


class ExportReader:
    """Reads of one export over one connection inside one read transaction; see
    ``Store.export_reader``. ``start``/``end`` bound ``closed_at`` (None: unbounded)."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def conversation_count(self, selection: ExportSelection) -> int:
        if selection.ids is not None:
            return len(self._ordered(selection.ids))
        statement = select(func.count()).select_from(C).where(_filtered(selection))
        return int(self._connection.execute(statement).scalar_one())

    def message_count(self, selection: ExportSelection) -> int:
        if selection.ids is not None:
            return sum(count for _, count in self._ordered(selection.ids))
        statement = select(func.coalesce(func.sum(C.message_count), 0)).where(_filtered(selection))
        return int(self._connection.execute(statement).scalar_one())

    def conversations(
        self, selection: ExportSelection, *, batch_size: int = CONVERSATIONS_PER_BATCH
    ) -> Iterator[list[ConversationExport]]:
        """Oldest closed first (``closed_at``, then id), ``batch_size`` at a time."""
        size = min(batch_size, CHUNK)
        if selection.ids is not None:
            ordered = [cid for cid, _ in self._ordered(selection.ids)]
            for chunk in chunked(ordered, size):
                rows = self._connection.execute(
                    select(*_CONVERSATION_COLUMNS).where(C.id.in_(chunk))
                ).all()
                place = {cid: n for n, cid in enumerate(chunk)}
                yield self._conversation_batch(sorted(rows, key=lambda row: place[row.id]))
            return
        statement = (
            select(*_CONVERSATION_COLUMNS).where(_filtered(selection)).order_by(C.closed_at, C.id)
        )
        result = self._connection.execute(statement, execution_options={"yield_per": size})
        for partition in result.partitions():
            yield self._conversation_batch(partition)

    def messages(
        self, selection: ExportSelection, *, batch_size: int = MESSAGES_PER_BATCH
    ) -> Iterator[list[MessageExport]]:
        """Conversation by conversation in the order of ``conversations``, each one's messages
        in time order (ties in the order the platform sent them). A conversation is never split
        across batches, so one with more than ``batch_size`` messages makes a larger batch."""
        counted: Iterator[tuple[str, int]]
        if selection.ids is not None:
            counted = iter(self._ordered(selection.ids))
        else:
            statement = (
                select(C.id, C.message_count)
                .where(_filtered(selection))
                .order_by(C.closed_at, C.id)
            )
            counted = iter(
                self._connection.execute(statement, execution_options={"yield_per": CHUNK})
            )
        ids: list[str] = []
        pending = 0
        for conversation_id, count in counted:
            if not count:
                continue
            ids.append(conversation_id)
            pending += count
            if pending >= batch_size or len(ids) >= CHUNK:
                yield self._messages_of(ids)
                ids, pending = [], 0
        if ids:
            yield self._messages_of(ids)

    def _ordered(self, ids: Sequence[str]) -> list[tuple[str, int]]:
        """The closed ones of ``ids`` with their message counts, oldest closed first (the
        filters' order), each once."""
        found: list[tuple[datetime, str, int]] = []
        for chunk in chunked(list(dict.fromkeys(ids))):
            statement = select(C.id, C.closed_at, C.message_count, C.status).where(C.id.in_(chunk))
            found.extend(
                (row.closed_at, row.id, row.message_count)
                for row in self._connection.execute(statement)
                if row.status == _CLOSED and row.closed_at is not None
            )
        found.sort()
        return [(cid, count) for _, cid, count in found]

    # --- one batch's children

    def _conversation_batch(self, rows: Sequence[Any]) -> list[ConversationExport]:
        ids = [row.id for row in rows]
        tags = self._tags(ids)
        counts = self._message_counts(ids)
        amounts = self._amounts(ids)
        return [
            ConversationExport(
                id=row.id,
                started_at=row.started_at,
                closed_at=row.closed_at,
                contact_id=row.contact_id,
                contact_name=row.contact_name,
                contact_type=row.contact_type,
                channel=row.channel,
                category=row.category,
                tags=tuple(tags.get(row.id, ())),
                incoming=counts.get((row.id, _INCOMING), 0),
                outgoing=counts.get((row.id, _OUTGOING), 0),
                first_response_s=row.first_response_delay_s,
                handling_time_s=row.effective_handling_time_s,
                csat=row.csat,
                nps=row.nps,
                closing_note=row.closing_note,
                transaction_count=row.transaction_count,
                amounts=tuple(amounts.get(row.id, ())),
            )
            for row in rows
        ]

    def _tags(self, ids: list[str]) -> dict[str, list[str]]:
        found: dict[str, list[str]] = defaultdict(list)
        rows = self._connection.execute(
            select(TagRow.conversation_id, TagRow.tag)
            .where(TagRow.conversation_id.in_(ids))
            .order_by(TagRow.pk)
        ).all()
        for conversation_id, tag in rows:
            found[conversation_id].append(tag)
        return found

    def _message_counts(self, ids: list[str]) -> dict[tuple[str, str], int]:
        rows = self._connection.execute(
            select(M.conversation_id, M.sender_type, func.count())
            .where(M.conversation_id.in_(ids), M.sender_type.in_((_INCOMING, _OUTGOING)))
            .group_by(M.conversation_id, M.sender_type)
        )
        return {(cid, sender): int(count) for cid, sender, count in rows}

    def _amounts(self, ids: list[str]) -> dict[str, list[tuple[str, int]]]:
        first_seen = func.min(TransactionRow.pk)
        rows = self._connection.execute(
            select(
                TransactionRow.conversation_id,
                TransactionRow.currency,
                func.sum(TransactionRow.amount_milli),
            )
            .where(TransactionRow.conversation_id.in_(ids))
            .group_by(TransactionRow.conversation_id, TransactionRow.currency)
            .order_by(TransactionRow.conversation_id, first_seen)
        )
        found: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for conversation_id, currency, milli in rows:
            found[conversation_id].append((currency, int(milli)))
        return found

    def _messages_of(self, ids: list[str]) -> list[MessageExport]:
        rows = self._connection.execute(
            select(M.conversation_id, M.id, M.at, M.sender_type, M.sender_id, M.type, M.text)
            .where(M.conversation_id.in_(ids))
            .order_by(M.conversation_id, M.at, M.pk)
        ).all()
        by_conversation: dict[str, list[MessageExport]] = defaultdict(list)
        for cid, mid, at, sender_type, sender_id, kind, text in rows:
            by_conversation[cid].append(
                MessageExport(
                    at=at,
                    conversation_id=cid,
                    message_id=mid,
                    sender_type=sender_type,
                    sender_id=sender_id,
                    type=kind,
                    text=text,
                )
            )
        return [message for cid in ids for message in by_conversation.pop(cid, ())]
