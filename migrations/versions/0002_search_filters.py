"""Indexes for the search filters.

A search without words (filters only, or the plain list) is answered from the conversations
table: one covering index per filter that can lead (channel, CSAT, NPS), so that counting the
matches is one range of one index whatever else is filtered. Dates use the existing
``ix_conversations_closed_facts``.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = {
    "ix_conversations_search_channel": ["status", "channel", "closed_at", "csat", "nps"],
    "ix_conversations_search_csat": ["status", "csat", "closed_at", "nps", "channel"],
    "ix_conversations_search_nps": ["status", "nps", "closed_at", "csat", "channel"],
}


def upgrade() -> None:
    for name, columns in _INDEXES.items():
        op.create_index(name, "conversations", columns)


def downgrade() -> None:
    for name in _INDEXES:
        op.drop_index(name, table_name="conversations")
