"""The index outbox: written in the same transaction as the conversations it names, drained
in ``seq`` order by the indexer after each Whoosh commit (``search_reads.outbox_batch`` reads
them).

Entries are not coalesced: a conversation written twice before a drain has two entries, and
replaying them in order (or only the last one) gives the same index. SQL text on the ``sqlite3``
connection of the caller's write transaction (a SQLAlchemy writer passes its driver connection).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime

from agentdesk.store.chunks import chunked
from agentdesk.store.timestamps import to_micros

UPSERT = "upsert"
DELETE = "delete"


def add(connection: sqlite3.Connection, entries: Sequence[tuple[str, str]], now: datetime) -> None:
    """``entries`` are ``(conversation_id, op)``, in the order the indexer should see them."""
    if not entries:
        return
    at = to_micros(now)
    connection.executemany(
        "INSERT INTO index_outbox (conversation_id, op, created_at) VALUES (?, ?, ?)",
        [(cid, op, at) for cid, op in entries],
    )


def ack(connection: sqlite3.Connection, seqs: Sequence[int]) -> None:
    for chunk in chunked(seqs):
        marks = ", ".join("?" * len(chunk))
        connection.execute(f"DELETE FROM index_outbox WHERE seq IN ({marks})", chunk)  # noqa: S608
