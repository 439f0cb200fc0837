"""Conversations back out of the store, as domain values."""

from __future__ import annotations

from sqlalchemy import Connection, ScalarSelect, func, select
from sqlalchemy.orm import Session, selectinload

from agentdesk.domain.models import Conversation, ConversationStatus
from agentdesk.store.rows import conversation_of
from agentdesk.store.schema import ConversationRow, OutboxRow
from agentdesk.store.values import StoreCounts

_CLOSED = ConversationStatus.CLOSED.value
_PAUSED = ConversationStatus.PAUSED.value


def conversation(session: Session, conversation_id: str) -> Conversation | None:
    row = session.scalars(
        select(ConversationRow)
        .where(ConversationRow.id == conversation_id)
        .options(
            selectinload(ConversationRow.messages),
            selectinload(ConversationRow.tags),
            selectinload(ConversationRow.transactions),
        )
    ).one_or_none()
    return None if row is None else conversation_of(row, with_messages=True)


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
