"""Initial schema.

Conversations and their messages, tags and transactions; profile, admin settings, sync state,
meta and the index outbox. Datetimes are INTEGER microseconds since the epoch (UTC); money is INTEGER milli-units.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _child_fk() -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"], ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "conversations",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("channel", sa.Text(), nullable=False),
        sa.Column("assignee_id", sa.Text(), nullable=True),
        sa.Column("contact_id", sa.Text(), nullable=False),
        sa.Column("contact_name", sa.Text(), nullable=False),
        sa.Column("contact_type", sa.Text(), nullable=True),
        sa.Column("category", sa.Text(), nullable=True),
        sa.Column("started_at", sa.Integer(), nullable=False),
        sa.Column("first_response_at", sa.Integer(), nullable=True),
        sa.Column("closed_at", sa.Integer(), nullable=True),
        sa.Column("paused_at", sa.Integer(), nullable=True),
        sa.Column("pause_deadline", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.Integer(), nullable=False),
        sa.Column("handling_time_s", sa.Integer(), nullable=True),
        sa.Column("csat", sa.Integer(), nullable=True),
        sa.Column("nps", sa.Integer(), nullable=True),
        sa.Column("closing_note", sa.Text(), nullable=True),
        sa.Column("message_count", sa.Integer(), nullable=False),
        sa.Column("effective_handling_time_s", sa.Double(), nullable=True),
        sa.Column("mean_reply_delay_s", sa.Double(), nullable=True),
        sa.Column("first_response_delay_s", sa.Double(), nullable=True),
        sa.Column("transaction_count", sa.Integer(), nullable=False),
        sa.Column("revenue_milli", sa.Integer(), nullable=False),
        sa.Column("currency", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_conversations"),
        sa.CheckConstraint("status IN ('closed', 'paused')", name="ck_conversations_status"),
    )
    op.create_index(
        "ix_conversations_closed_facts",
        "conversations",
        [
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
        ],
    )
    op.create_index(
        "ix_conversations_status_pause_deadline", "conversations", ["status", "pause_deadline"]
    )

    op.create_table(
        "messages",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Text(), nullable=False),
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("at", sa.Integer(), nullable=False),
        sa.Column("sender_type", sa.Text(), nullable=False),
        sa.Column("sender_id", sa.Text(), nullable=True),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_messages"),
        _child_fk(),
    )
    op.create_index("ix_messages_conversation_id_at", "messages", ["conversation_id", "at"])

    op.create_table(
        "tags",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Text(), nullable=False),
        sa.Column("tag", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_tags"),
        _child_fk(),
    )
    op.create_index("ix_tags_conversation_id", "tags", ["conversation_id"])

    op.create_table(
        "transactions",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Text(), nullable=False),
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("amount_milli", sa.Integer(), nullable=False),
        sa.Column("currency", sa.Text(), nullable=False),
        sa.Column("at", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_transactions"),
        _child_fk(),
    )
    op.create_index("ix_transactions_conversation_id", "transactions", ["conversation_id"])
    op.create_index("ix_transactions_currency", "transactions", ["currency"])

    op.create_table(
        "profile",
        sa.Column("slot", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("agent_id", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column("timezone", sa.Text(), nullable=False),
        sa.Column("locale", sa.Text(), nullable=False),
        sa.Column("week_start", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("slot", name="pk_profile"),
        sa.CheckConstraint("slot = 1", name="ck_profile_one_row"),
    )
    op.create_table(
        "admin_settings",
        sa.Column("slot", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("indicators", sa.Text(), nullable=False),
        sa.Column("daily_widget", sa.Boolean(), nullable=False),
        sa.Column("show_transactions", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("slot", name="pk_admin_settings"),
        sa.CheckConstraint("slot = 1", name="ck_admin_settings_one_row"),
    )
    op.create_table(
        "sync_state",
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("since", sa.Integer(), nullable=True),
        sa.Column("since_id", sa.Text(), nullable=True),
        sa.Column("cursor", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("status", name="pk_sync_state"),
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_meta"),
    )
    op.create_table(
        "index_outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Text(), nullable=False),
        sa.Column("op", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.CheckConstraint("op IN ('upsert', 'delete')", name="ck_index_outbox_op"),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    for table in (
        "index_outbox",
        "meta",
        "sync_state",
        "admin_settings",
        "profile",
        "transactions",
        "tags",
        "messages",
        "conversations",
    ):
        op.drop_table(table)
