"""The store's writes, through SQLAlchemy: loaded by ``Store`` on its first write (or by an open
that has to migrate), so that a command that only reads never imports SQLAlchemy (see
``agentdesk.store.connections``).

Each method is one ``BEGIN IMMEDIATE`` transaction (``agentdesk.store.engine``): a crash leaves
the store as it was before the call or as it is after it, never in between. Reads made inside a
write use the same SQL text as the store's readers, on the write's own driver connection.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine

from agentdesk.domain.models import Conversation, ConversationStatus
from agentdesk.store import outbox, reads, search_reads, small_tables, writes
from agentdesk.store.engine import WRITER, create_store_engine, driver
from agentdesk.store.export_rows import ExportReader
from agentdesk.store.values import STORE_ID, PageOutcome, SyncState

log = logging.getLogger(__name__)


class StoreWriter:
    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        """``read_only``: the data folder cannot be written; every write then fails with
        SQLite's "readonly database", which the store says as a sentence."""
        self.engine: Engine = create_store_engine(path, read_only=read_only)

    def dispose(self) -> None:
        self.engine.dispose()

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        with self.engine.connect() as connection:
            connection.execution_options(**WRITER)
            with connection.begin():
                yield connection

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read transaction for SQLAlchemy statements (the export's)."""
        with self.engine.connect() as connection, connection.begin():
            yield connection

    @contextmanager
    def export_reader(self) -> Iterator[ExportReader]:
        with self.reading() as connection:
            yield ExportReader(connection)

    def write_page(
        self, status: ConversationStatus, conversations: Sequence[Conversation], state: SyncState
    ) -> PageOutcome:
        with self.writing() as connection:
            outcome = writes.write_conversations(connection, conversations, _now())
            small_tables.write_sync_state(driver(connection), status.value, state)
        log.debug(
            "page of %s: %d new, %d updated, %d unchanged, %d removed",
            status.value,
            len(outcome.new),
            len(outcome.updated),
            outcome.unchanged,
            len(outcome.removed),
        )
        return outcome

    def retain_paused(self, seen_ids: Collection[str]) -> tuple[str, ...]:
        seen = set(seen_ids)
        with self.writing() as connection:
            local = reads.conversation_ids(driver(connection), ConversationStatus.PAUSED)
            gone = sorted(local - seen)
            if gone:
                writes.delete_conversations(connection, gone)
                writes.refresh_dominant_currency(connection)
        return tuple(gone)

    def remove_closed(self, ids: Collection[str]) -> tuple[str, ...]:
        with self.writing() as connection:
            closed = reads.conversation_ids(driver(connection), ConversationStatus.CLOSED)
            gone = sorted(set(ids) & closed)
            if gone:
                writes.delete_conversations(connection, gone)
                outbox.add(driver(connection), [(i, outbox.DELETE) for i in gone], _now())
                writes.refresh_dominant_currency(connection)
        return tuple(gone)

    def forget_workspace(self) -> int:
        with self.writing() as connection:
            raw = driver(connection)
            closed = sorted(reads.conversation_ids(raw, ConversationStatus.CLOSED))
            every = sorted(reads.conversation_ids(raw, None))
            writes.delete_conversations(connection, every)
            outbox.add(driver(connection), [(i, outbox.DELETE) for i in closed], _now())
            small_tables.clear_sync_states(driver(connection))
            writes.refresh_dominant_currency(connection)
        return len(every)

    def apply_conversation(self, conversation: Conversation) -> None:
        with self.writing() as connection:
            writes.write_conversations(connection, [conversation], _now())

    def identity(self) -> str:
        with self.writing() as connection:
            found = reads.read_meta(driver(connection), STORE_ID)
            if found is None:
                found = uuid.uuid4().hex
                small_tables.write_meta(driver(connection), STORE_ID, found)
        return found

    def ack_outbox(self, seqs: Sequence[int]) -> None:
        with self.writing() as connection:
            outbox.ack(driver(connection), seqs)

    def ack_outbox_through(self, seq: int) -> None:
        with self.writing() as connection:
            search_reads.ack_outbox_through(driver(connection), seq)


def _now() -> datetime:
    return datetime.now(UTC)
