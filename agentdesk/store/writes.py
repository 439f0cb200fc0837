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

from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy import Connection, delete, func, select

from agentdesk.domain.models import Conversation
from agentdesk.store import outbox
from agentdesk.store.aggregates import DOMINANT_CURRENCY_KEY
from agentdesk.store.bulk import insert_many
from agentdesk.store.chunks import chunked
from agentdesk.store.engine import driver
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
from agentdesk.store.write_plan import plan_page


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
    write_meta(driver(connection), DOMINANT_CURRENCY_KEY, currency)


def write_conversations(
    connection: Connection, batch: Sequence[Conversation], now: datetime
) -> PageOutcome:
    """Apply a batch inside the caller's transaction."""
    plan = plan_page(driver(connection), batch)
    _delete_children(connection, plan.updated)
    delete_conversations(connection, plan.removed)
    _upsert_conversations(connection, plan.write)
    insert_children(connection, plan.write)
    outbox.add(driver(connection), plan.outbox, now)
    if plan.touches_transactions:
        refresh_dominant_currency(connection)
    return plan.outcome()
