"""The tables, declared once with typed ``Mapped`` columns.

``migrations/versions`` creates exactly this (a test compares them). Decisions worth knowing:

- Every datetime column is :class:`UtcTimestamp`: integer microseconds since the epoch, UTC.
- Money is integer milli-units (``transactions.amount_milli``, ``conversations.revenue_milli``),
  never a float.
- CSAT and NPS live on ``conversations`` only: the platform sends one survey per conversation,
  so a separate surveys table would only be a join to keep consistent.
- The per-conversation facts of ``agentdesk.domain.facts`` are columns of ``conversations`` and
  sit, after ``(status, closed_at)``, in one covering index: a period's aggregate is one range
  seek in that index and never reads the table, let alone the messages.
- Child rows (messages, tags, transactions) have a surrogate integer key: a page replaces a
  conversation's children wholesale, and the key's order is the order the platform sent them in.
- Only closed and paused conversations are kept; an open one is deleted.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import CheckConstraint, Dialect, ForeignKey, Index, Integer, MetaData, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from agentdesk.store.timestamps import from_micros, to_micros


class UtcTimestamp(TypeDecorator[datetime]):
    """An aware ``datetime`` in, an aware UTC ``datetime`` out, an INTEGER in the file."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> int | None:
        return None if value is None else to_micros(value)

    def process_result_value(self, value: int | None, dialect: Dialect) -> datetime | None:
        return None if value is None else from_micros(value)


NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

STORED_STATUSES = ("closed", "paused")
OUTBOX_OPS = ("upsert", "delete")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UtcTimestamp(), str: Text()}


class ConversationRow(Base):
    __tablename__ = "conversations"

    id: Mapped[str] = mapped_column(primary_key=True)
    status: Mapped[str]
    channel: Mapped[str]
    assignee_id: Mapped[str | None]
    contact_id: Mapped[str]
    contact_name: Mapped[str]
    contact_type: Mapped[str | None]
    category: Mapped[str | None]
    started_at: Mapped[datetime]
    first_response_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    paused_at: Mapped[datetime | None]
    pause_deadline: Mapped[datetime | None]
    updated_at: Mapped[datetime]
    handling_time_s: Mapped[int | None]
    """As the platform sent it; ``effective_handling_time_s`` is what the indicators use."""
    csat: Mapped[int | None]
    nps: Mapped[int | None]
    closing_note: Mapped[str | None]
    message_count: Mapped[int] = mapped_column(default=0)
    # Facts (agentdesk.domain.facts.facts_of), computed when the conversation is written.
    effective_handling_time_s: Mapped[float | None]
    mean_reply_delay_s: Mapped[float | None]
    first_response_delay_s: Mapped[float | None]
    transaction_count: Mapped[int] = mapped_column(default=0)
    revenue_milli: Mapped[int] = mapped_column(default=0)
    currency: Mapped[str | None]
    """The conversation's most frequent transaction currency."""

    messages: Mapped[list[MessageRow]] = relationship(
        order_by="(MessageRow.at, MessageRow.pk)", lazy="raise", passive_deletes=True
    )
    tags: Mapped[list[TagRow]] = relationship(
        order_by="TagRow.pk", lazy="raise", passive_deletes=True
    )
    transactions: Mapped[list[TransactionRow]] = relationship(
        order_by="TransactionRow.pk", lazy="raise", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint(f"status IN {STORED_STATUSES!r}", name="status"),
        # (status, closed_at) lead: "closed in [start, end)" is one range seek; status must come
        # first or SQLite prefers an equality on status over the range. The rest makes the
        # aggregate index-only.
        Index(
            "ix_conversations_closed_facts",
            "status",
            "closed_at",
            "effective_handling_time_s",
            "mean_reply_delay_s",
            "first_response_delay_s",
            "csat",
            "nps",
            "transaction_count",
            "revenue_milli",
            "currency",
        ),
        Index("ix_conversations_status_pause_deadline", "status", "pause_deadline"),
        # Search filters without words (migration 0002): each leads with one filter, so a
        # count is one range of one index, and covers the others, so it never reads the table.
        Index("ix_conversations_search_channel", "status", "channel", "closed_at", "csat", "nps"),
        Index("ix_conversations_search_csat", "status", "csat", "closed_at", "nps", "channel"),
        Index("ix_conversations_search_nps", "status", "nps", "closed_at", "csat", "channel"),
    )


class MessageRow(Base):
    __tablename__ = "messages"

    pk: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    id: Mapped[str]
    at: Mapped[datetime]
    sender_type: Mapped[str]
    sender_id: Mapped[str | None]
    type: Mapped[str]
    text: Mapped[str]

    __table_args__ = (Index("ix_messages_conversation_id_at", "conversation_id", "at"),)


class TagRow(Base):
    __tablename__ = "tags"

    pk: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    tag: Mapped[str]


class TransactionRow(Base):
    __tablename__ = "transactions"

    pk: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    id: Mapped[str]
    amount_milli: Mapped[int]
    currency: Mapped[str] = mapped_column(index=True)
    at: Mapped[datetime]


class ProfileRow(Base):
    """One row (``slot`` = 1): the agent, from ``/me``."""

    __tablename__ = "profile"

    slot: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    agent_id: Mapped[str]
    name: Mapped[str]
    email: Mapped[str]
    timezone: Mapped[str]
    locale: Mapped[str]
    week_start: Mapped[str]

    __table_args__ = (CheckConstraint("slot = 1", name="one_row"),)


class AdminSettingsRow(Base):
    """One row (``slot`` = 1): the admin's settings, from ``/me/settings``."""

    __tablename__ = "admin_settings"

    slot: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    indicators: Mapped[str]
    """A JSON array of the keys, exactly as the server sent them."""
    daily_widget: Mapped[bool]
    show_transactions: Mapped[bool]

    __table_args__ = (CheckConstraint("slot = 1", name="one_row"),)


class SyncStateRow(Base):
    """Where the incremental sync of one status stands."""

    __tablename__ = "sync_state"

    status: Mapped[str] = mapped_column(primary_key=True)
    since: Mapped[datetime | None]
    since_id: Mapped[str | None]
    cursor: Mapped[str | None]


class MetaRow(Base):
    """Free key/value pairs; keys starting with ``store.`` are the store's own."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str]


class OutboxRow(Base):
    """Conversations the search index has still to (re)index or drop, in order."""

    __tablename__ = "index_outbox"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    conversation_id: Mapped[str]
    op: Mapped[str]
    created_at: Mapped[datetime]

    __table_args__ = (
        CheckConstraint(f"op IN {OUTBOX_OPS!r}", name="op"),
        # AUTOINCREMENT: a seq is never handed out twice, even after its row was acked.
        {"sqlite_autoincrement": True},
    )
