"""The index outbox: written in the same transaction as the conversations it names, drained
in ``seq`` order by the indexer after each Whoosh commit (``search_reads.outbox_batch`` reads
them).

Entries are not coalesced: a conversation written twice before a drain has two entries, and
replaying them in order (or only the last one) gives the same index.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Connection, delete, insert

from agentdesk.store.chunks import chunked
from agentdesk.store.schema import OutboxRow

UPSERT = "upsert"
DELETE = "delete"


def add(connection: Connection, entries: Sequence[tuple[str, str]], now: datetime) -> None:
    """``entries`` are ``(conversation_id, op)``, in the order the indexer should see them."""
    if not entries:
        return
    connection.execute(
        insert(OutboxRow),
        [{"conversation_id": cid, "op": op, "created_at": now} for cid, op in entries],
    )


def ack(connection: Connection, seqs: Sequence[int]) -> None:
    for chunk in chunked(seqs):
        connection.execute(delete(OutboxRow).where(OutboxRow.seq.in_(chunk)))
