"""Conversations and the small tables back out of the store, as domain values: SQL text on a
``sqlite3`` connection (see ``agentdesk.store.connections`` for why not SQLAlchemy).

Children come in the order the platform sent them (their surrogate key), messages by time,
ties in that same order.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from agentdesk.domain.models import (
    AdminSettings,
    AgentProfile,
    Conversation,
    ConversationStatus,
    Message,
    Transaction,
)
from agentdesk.store.chunks import chunked
from agentdesk.store.rows import (
    CONVERSATION_READ,
    MESSAGE_READ,
    PROFILE_READ,
    SETTINGS_READ,
    TRANSACTION_READ,
    conversation_of,
    message_of,
    profile_of,
    settings_of,
    transaction_of,
)
from agentdesk.store.timestamps import from_micros
from agentdesk.store.values import StoreCounts, SyncState

_CLOSED = ConversationStatus.CLOSED.value
_PAUSED = ConversationStatus.PAUSED.value
_CONVERSATION = ", ".join(CONVERSATION_READ)


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def conversation(connection: sqlite3.Connection, conversation_id: str) -> Conversation | None:
    row = connection.execute(
        f"SELECT {_CONVERSATION} FROM conversations WHERE id = ?",  # noqa: S608 - constants
        (conversation_id,),
    ).fetchone()
    if row is None:
        return None
    messages = messages_of(connection, conversation_id)
    tags, transactions = _children(connection, [conversation_id])
    return conversation_of(
        row, tags[conversation_id], transactions[conversation_id], messages=messages
    )


def paused(connection: sqlite3.Connection) -> list[Conversation]:
    """Earliest deadline first; a paused conversation without a deadline comes last. With tags
    and transactions, without messages."""
    rows = connection.execute(
        f"SELECT {_CONVERSATION} FROM conversations WHERE status = ? "  # noqa: S608
        "ORDER BY pause_deadline IS NULL, pause_deadline, id",
        (_PAUSED,),
    ).fetchall()
    tags, transactions = _children(connection, [row[0] for row in rows])
    return [conversation_of(row, tags[row[0]], transactions[row[0]]) for row in rows]


def _children(
    connection: sqlite3.Connection, ids: Sequence[str]
) -> tuple[dict[str, list[str]], dict[str, list[Transaction]]]:
    tags: dict[str, list[str]] = {cid: [] for cid in ids}
    transactions: dict[str, list[Transaction]] = {cid: [] for cid in ids}
    for chunk in chunked(ids):
        marks = _marks(len(chunk))
        for cid, tag in connection.execute(
            f"SELECT conversation_id, tag FROM tags WHERE conversation_id IN ({marks}) "  # noqa: S608
            "ORDER BY pk",
            chunk,
        ):
            tags[cid].append(tag)
        for row in connection.execute(
            f"SELECT {', '.join(TRANSACTION_READ)} FROM transactions "  # noqa: S608
            f"WHERE conversation_id IN ({marks}) ORDER BY pk",
            chunk,
        ):
            transactions[row[0]].append(transaction_of(row))
    return tags, transactions


def messages_of(connection: sqlite3.Connection, conversation_id: str) -> list[Message]:
    rows = connection.execute(
        f"SELECT {', '.join(MESSAGE_READ)} FROM messages "  # noqa: S608 - constants
        "WHERE conversation_id = ? ORDER BY at, pk",
        (conversation_id,),
    )
    return [message_of(row) for row in rows]


def conversation_ids(connection: sqlite3.Connection, status: ConversationStatus | None) -> set[str]:
    if status is None:
        return {cid for (cid,) in connection.execute("SELECT id FROM conversations")}
    rows = connection.execute("SELECT id FROM conversations WHERE status = ?", (status.value,))
    return {cid for (cid,) in rows}


def counts(connection: sqlite3.Connection) -> StoreCounts:
    closed, paused_, messages, pending = connection.execute(
        "SELECT (SELECT count(*) FROM conversations WHERE status = ?), "
        "(SELECT count(*) FROM conversations WHERE status = ?), "
        "(SELECT coalesce(sum(message_count), 0) FROM conversations), "
        "(SELECT count(*) FROM index_outbox)",
        (_CLOSED, _PAUSED),
    ).fetchone()
    return StoreCounts(
        closed=int(closed), paused=int(paused_), messages=int(messages), outbox_pending=int(pending)
    )


# --- the small tables (written by ``agentdesk.store.small_tables``)


def read_meta(connection: sqlite3.Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def read_profile(connection: sqlite3.Connection) -> AgentProfile | None:
    row = connection.execute(
        f"SELECT {', '.join(PROFILE_READ)} FROM profile WHERE slot = 1"  # noqa: S608
    ).fetchone()
    return None if row is None else profile_of(row)


def read_settings(connection: sqlite3.Connection) -> AdminSettings | None:
    row = connection.execute(
        f"SELECT {', '.join(SETTINGS_READ)} FROM admin_settings WHERE slot = 1"  # noqa: S608
    ).fetchone()
    return None if row is None else settings_of(row)


def read_sync_state(connection: sqlite3.Connection, status: str) -> SyncState:
    row = connection.execute(
        "SELECT since, since_id, cursor FROM sync_state WHERE status = ?", (status,)
    ).fetchone()
    if row is None:
        return SyncState.EMPTY
    since, since_id, cursor = row
    return SyncState(
        since=None if since is None else from_micros(since), since_id=since_id, cursor=cursor
    )
