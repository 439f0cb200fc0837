"""Conversations back out of the store, as domain values."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Connection, ScalarSelect, func, select
from sqlalchemy.orm import Session, selectinload

from agentdesk.domain.models import Conversation, ConversationStatus
from agentdesk.store.rows import conversation_of, message_of
from agentdesk.store.schema import ConversationRow, MessageRow, OutboxRow
from agentdesk.store.values import StoreCounts

_CLOSED = ConversationStatus.CLOSED.value
_PAUSED = ConversationStatus.PAUSED.value
_MESSAGE_COLUMNS = (
    MessageRow.id,
    MessageRow.at,
    MessageRow.sender_type,
    MessageRow.sender_id,
    MessageRow.type,
    MessageRow.text,
)


def conversation(session: Session, conversation_id: str) -> Conversation | None:
    """One conversation whole. Its messages are read as plain rows, not ORM objects: building
    2,000 ``MessageRow`` objects was most of opening a long transcript (docs/benchmarks.md)."""
    row = session.scalars(
        select(ConversationRow)
        .where(ConversationRow.id == conversation_id)
        .options(selectinload(ConversationRow.tags), selectinload(ConversationRow.transactions))
    ).one_or_none()
    if row is None:
        return None
    found = session.execute(
        select(*_MESSAGE_COLUMNS)
        .where(MessageRow.conversation_id == conversation_id)
        .order_by(MessageRow.at, MessageRow.pk)  # as ConversationRow.messages
    )
    messages = tuple(message_of(message) for message in found)
    return replace(conversation_of(row, with_messages=False), messages=messages)


def paused(session: Session) -> list[Conversation]:
    """Earliest deadline first; a paused conversation without a deadline comes last."""
    rows = session.scalars(
        select(ConversationRow)
        .where(ConversationRow.status == _PAUSED)
        .order_by(
            ConversationRow.pause_deadline.is_(None),
            ConversationRow.pause_deadline,
            ConversationRow.id,
        )
        .options(selectinload(ConversationRow.tags), selectinload(ConversationRow.transactions))
    )
    return [conversation_of(row, with_messages=False) for row in rows]


def conversation_ids(connection: Connection, status: ConversationStatus | None) -> set[str]:
    statement = select(ConversationRow.id)
    if status is not None:
        statement = statement.where(ConversationRow.status == status.value)
    return set(connection.execute(statement).scalars())


def counts(connection: Connection) -> StoreCounts:
    def of_status(status: str) -> ScalarSelect[int]:
        return (
            select(func.count())
            .select_from(ConversationRow)
            .where(ConversationRow.status == status)
            .scalar_subquery()
        )

    closed, paused_, messages, pending = connection.execute(
        select(
            of_status(_CLOSED),
            of_status(_PAUSED),
            select(func.coalesce(func.sum(ConversationRow.message_count), 0)).scalar_subquery(),
            select(func.count()).select_from(OutboxRow).scalar_subquery(),
        )
    ).one()
    return StoreCounts(
        closed=int(closed), paused=int(paused_), messages=int(messages), outbox_pending=int(pending)
    )
