"""Writing conversations in bulk: one plan for a batch, then a handful of executemany
statements, whatever the batch's size.

A conversation whose ``updated_at`` equals the stored one is left alone. Any other is upserted
and its messages, tags and transactions are replaced (deleted, then inserted again), so a child
that disappeared upstream disappears here too. An ``open`` conversation is deleted: the store
keeps closed and paused ones only. The index outbox learns of every change the search index
must follow: ``upsert`` for a conversation closed after the write, ``delete`` for one that was
closed before and is not any more.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, delete, func, select

from agentdesk.domain.models import Conversation, ConversationStatus
from agentdesk.store import outbox
from agentdesk.store.aggregates import DOMINANT_CURRENCY_KEY
from agentdesk.store.bulk import insert_many
from agentdesk.store.chunks import chunked
from agentdesk.store.rows import (
    CONVERSATION_COLUMNS,
    MESSAGE_COLUMNS,
    TAG_COLUMNS,
    TRANSACTION_COLUMNS,
    Values,
    conversation_values,
    message_values,
    tag_values,
    transaction_values,
)
from agentdesk.store.schema import ConversationRow, MessageRow, TagRow, TransactionRow
from agentdesk.store.small_tables import write_meta
from agentdesk.store.values import PageOutcome

_CLOSED = ConversationStatus.CLOSED.value


@dataclass(frozen=True, slots=True)
class Stored:
    """What the plan needs to know of a conversation already in the store."""

    status: str
    updated_at: datetime
    has_transactions: bool


@dataclass(slots=True)
class WritePlan:
    write: list[Conversation] = field(default_factory=list)
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    outbox: list[tuple[str, str]] = field(default_factory=list)
    touches_transactions: bool = False

    def outcome(self) -> PageOutcome:
        return PageOutcome(
            new=tuple(self.new),
            updated=tuple(self.updated),
            unchanged=self.unchanged,
            removed=tuple(self.removed),
        )


def plan_write(stored: Mapping[str, Stored], batch: Iterable[Conversation]) -> WritePlan:
    """Decide, without touching the database, what a batch changes. An open conversation that
    the store does not hold changes nothing and counts as unchanged."""
    plan = WritePlan()
    for conversation in batch:
        before = stored.get(conversation.id)
        was_closed = before is not None and before.status == _CLOSED
        if before is not None and before.updated_at == conversation.updated_at:
            plan.unchanged += 1
            continue
        if before is not None and before.has_transactions:
            plan.touches_transactions = True
        if conversation.status is ConversationStatus.OPEN:
            if before is None:
                plan.unchanged += 1
                continue
            plan.removed.append(conversation.id)
        else:
            plan.write.append(conversation)
            (plan.new if before is None else plan.updated).append(conversation.id)
            plan.touches_transactions |= bool(conversation.transactions)
        if conversation.status is ConversationStatus.CLOSED:
            plan.outbox.append((conversation.id, outbox.UPSERT))
        elif was_closed:
            plan.outbox.append((conversation.id, outbox.DELETE))
    return plan


def latest_by_id(batch: Iterable[Conversation]) -> list[Conversation]:
    """One conversation per id, the last one given (a page is ordered by ``updated_at``)."""
    return list({conversation.id: conversation for conversation in batch}.values())


def _stored(connection: Connection, ids: Sequence[str]) -> dict[str, Stored]:
    found: dict[str, Stored] = {}
    for chunk in chunked(ids):
        rows = connection.execute(
            select(
                ConversationRow.id,
                ConversationRow.status,
                ConversationRow.updated_at,
                ConversationRow.transaction_count,
            ).where(ConversationRow.id.in_(chunk))
        )
        for cid, status, updated_at, transaction_count in rows:
            found[cid] = Stored(status, updated_at, transaction_count > 0)
    return found


def delete_conversations(connection: Connection, ids: Sequence[str]) -> None:
    """Children first: the foreign keys would cascade, but explicit deletes cost the same and
    do not depend on ``PRAGMA foreign_keys``."""
    _delete_children(connection, ids)
    for chunk in chunked(ids):
        connection.execute(delete(ConversationRow).where(ConversationRow.id.in_(chunk)))


def _delete_children(connection: Connection, ids: Sequence[str]) -> None:
    for chunk in chunked(ids):
        connection.execute(delete(MessageRow).where(MessageRow.conversation_id.in_(chunk)))
        connection.execute(delete(TagRow).where(TagRow.conversation_id.in_(chunk)))
        connection.execute(delete(TransactionRow).where(TransactionRow.conversation_id.in_(chunk)))


def _upsert_conversations(connection: Connection, conversations: Sequence[Conversation]) -> None:
    rows = [conversation_values(c) for c in conversations]
    insert_many(connection, ConversationRow, CONVERSATION_COLUMNS, rows, upsert_on="id")


def insert_children(connection: Connection, conversations: Sequence[Conversation]) -> None:
    def flat(values_of: Callable[[Conversation], list[Values]]) -> list[Values]:
        return [row for conversation in conversations for row in values_of(conversation)]

    insert_many(connection, MessageRow, MESSAGE_COLUMNS, flat(message_values))
    insert_many(connection, TagRow, TAG_COLUMNS, flat(tag_values))
    insert_many(connection, TransactionRow, TRANSACTION_COLUMNS, flat(transaction_values))


def refresh_dominant_currency(connection: Connection) -> None:
    """The meta key ``DOMINANT_CURRENCY_KEY``: the currency with the most transactions in
    the store, refreshed by every write that adds or removes transactions (see
    ``agentdesk.store.aggregates``)."""
    count = func.count()
    currency = connection.execute(
        select(TransactionRow.currency)
        .group_by(TransactionRow.currency)
        .order_by(count.desc(), TransactionRow.currency)
        .limit(1)
    ).scalar()
    write_meta(connection, DOMINANT_CURRENCY_KEY, currency)


def write_conversations(
    connection: Connection, batch: Sequence[Conversation], now: datetime
) -> PageOutcome:
    """Apply a batch inside the caller's transaction."""
    latest = latest_by_id(batch)
    plan = plan_write(_stored(connection, [c.id for c in latest]), latest)
    _delete_children(connection, plan.updated)
    delete_conversations(connection, plan.removed)
    _upsert_conversations(connection, plan.write)
    insert_children(connection, plan.write)
    outbox.add(connection, plan.outbox, now)
    if plan.touches_transactions:
        refresh_dominant_currency(connection)
    # An id given twice was seen twice: the earlier copy counts as unchanged.
    plan.unchanged += len(batch) - len(latest)
    return plan.outcome()
