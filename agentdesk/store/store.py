"""``Store``: the one object the sync engine and the services use to reach the database.

One writer thread, readers on any thread: every call checks a pooled connection out and gives
it back (see ``agentdesk.store.engine``). Each write is one transaction, so a crash leaves the
store as it was before the call or as it is after it, never in between.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from agentdesk.domain.aggregate import PeriodAggregate
from agentdesk.domain.models import AdminSettings, AgentProfile, Conversation, ConversationStatus
from agentdesk.domain.search_query import ResolvedFilters
from agentdesk.domain.search_records import ConversationSummary, SearchableConversation
from agentdesk.errors import StoreError
from agentdesk.store import aggregates, outbox, reads, search_reads, small_tables, writes
from agentdesk.store.engine import WRITER, create_private_file, create_store_engine
from agentdesk.store.export_rows import ExportReader
from agentdesk.store.failures import store_errors, translated
from agentdesk.store.migrate import installed_migrations, newest_known_revision, upgrade
from agentdesk.store.values import OutboxEntry, PageOutcome, StoreCounts, SyncState

log = logging.getLogger(__name__)

STORE_ID = "store.id"


class Store:
    def __init__(self, engine: Engine, path: Path, revision: str) -> None:
        """Use ``Store.open``: it migrates the file first."""
        self._engine = engine
        self._path = path
        self.revision = revision
        """The schema revision the database is at (the newest this AgentDesk knows)."""

    @property
    def path(self) -> Path:
        return self._path

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (creating it and its folder if need be) and migrate the database at ``path``.

        Raises ``StoreError`` for a folder that cannot be created, a file that is not an
        AgentDesk database or is damaged, a database from a newer AgentDesk, a locked database
        or a full disk.
        """
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(
                f"AgentDesk cannot create its data folder {path.parent} "
                f"({error.strerror or error}).",
                details=str(error),
            ) from error
        installed_migrations()  # a broken installation must not leave an empty database
        create_private_file(path)
        engine = create_store_engine(path)
        try:
            with translated(path):
                revision = upgrade(engine, path)
        except StoreError:
            engine.dispose()
            if path.is_file() and not os.access(path.parent, os.W_OK):
                return cls._open_read_only(path)
            raise
        except BaseException:
            engine.dispose()
            raise
        log.debug("opened %s at schema %s", path, revision)
        return cls(engine, path, revision)

    @classmethod
    def _open_read_only(cls, path: Path) -> Store:
        """A data folder that cannot be written: reading commands still work; a write says
        the database may not be written (``StoreError``)."""
        engine = create_store_engine(path, read_only=True)
        try:
            with translated(path), engine.connect() as connection:
                stored = connection.exec_driver_sql(
                    "SELECT version_num FROM alembic_version"
                ).scalar()
        except BaseException:
            engine.dispose()
            raise
        if stored is None or stored != newest_known_revision():
            engine.dispose()
            raise StoreError(
                f"The database {path} needs updating by this AgentDesk, but its folder cannot "
                "be written; make it writable and try again."
            )
        log.warning("The data folder %s cannot be written: the store is opened read-only", path)
        return cls(engine, path, str(stored))

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # --- transactions

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        with self._engine.connect() as connection:
            connection.execution_options(**WRITER)
            with connection.begin():
                yield connection

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        with self._engine.connect() as connection, connection.begin():
            yield connection

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with Session(self._engine) as session, session.begin():
            yield session

    # --- sync writes

    @store_errors
    def sync_state(self, status: ConversationStatus) -> SyncState:
        with self._reading() as connection:
            return small_tables.read_sync_state(connection, status.value)

    @store_errors
    def write_page(
        self, status: ConversationStatus, conversations: Sequence[Conversation], state: SyncState
    ) -> PageOutcome:
        """Write one page of the ``status`` sync and its new ``SyncState`` in one transaction:
        the conversations with their children and facts, their outbox entries, the cursor."""
        with self._writing() as connection:
            outcome = writes.write_conversations(connection, conversations, _now())
            small_tables.write_sync_state(connection, status.value, state)
        log.debug(
            "page of %s: %d new, %d updated, %d unchanged, %d removed",
            status.value,
            len(outcome.new),
            len(outcome.updated),
            outcome.unchanged,
            len(outcome.removed),
        )
        return outcome

    @store_errors
    def retain_paused(self, seen_ids: Collection[str]) -> tuple[str, ...]:
        """Delete the paused conversations the server no longer lists as paused (reopened or
        closed elsewhere; a closed one comes back with the closed sync). Paused conversations
        are not in the search index, so no outbox entry is needed."""
        seen = set(seen_ids)
        with self._writing() as connection:
            local = reads.conversation_ids(connection, ConversationStatus.PAUSED)
            gone = sorted(local - seen)
            if gone:
                writes.delete_conversations(connection, gone)
                writes.refresh_dominant_currency(connection)
        return tuple(gone)

    @store_errors
    def remove_closed(self, ids: Collection[str]) -> tuple[str, ...]:
        """Delete these closed conversations (the platform said they are gone), with a
        ``delete`` outbox entry each so the search index forgets them too. Ids that are not
        closed conversations here are left alone."""
        with self._writing() as connection:
            closed = reads.conversation_ids(connection, ConversationStatus.CLOSED)
            gone = sorted(set(ids) & closed)
            if gone:
                writes.delete_conversations(connection, gone)
                outbox.add(connection, [(i, outbox.DELETE) for i in gone], _now())
                writes.refresh_dominant_currency(connection)
        return tuple(gone)

    @store_errors
    def forget_workspace(self) -> int:
        """Another server or another agent: drop every conversation and cursor in one
        transaction (closed ones leave the index through the outbox). Returns how many."""
        with self._writing() as connection:
            closed = sorted(reads.conversation_ids(connection, ConversationStatus.CLOSED))
            every = sorted(reads.conversation_ids(connection, None))
            writes.delete_conversations(connection, every)
            outbox.add(connection, [(i, outbox.DELETE) for i in closed], _now())
            small_tables.clear_sync_states(connection)
            writes.refresh_dominant_currency(connection)
        return len(every)

    @store_errors
    def apply_conversation(self, conversation: Conversation) -> None:
        """Write one conversation as the platform now has it (e.g. the answer to a reopen):
        upserted, or deleted when it is open, with its outbox entry."""
        with self._writing() as connection:
            writes.write_conversations(connection, [conversation], _now())

    @store_errors
    def reset_sync_state(self) -> None:
        """Forget every cursor so the next sync starts from the beginning (``sync --full``)."""
        with self._writing() as connection:
            small_tables.clear_sync_states(connection)

    @store_errors
    def identity(self) -> str:
        """A random id given to this database the first time it is asked for: what the search
        index records as the store it was built from, so that an index left beside another
        store (the damaged one moved away, a copied folder) is recognised and rebuilt."""
        with self._writing() as connection:
            found = small_tables.read_meta(connection, STORE_ID)
            if found is None:
                found = uuid.uuid4().hex
                small_tables.write_meta(connection, STORE_ID, found)
        return found

    @store_errors
    def get_meta(self, key: str) -> str | None:
        with self._reading() as connection:
            return small_tables.read_meta(connection, key)

    @store_errors
    def set_meta(self, key: str, value: str) -> None:
        with self._writing() as connection:
            small_tables.write_meta(connection, key, value)

    # --- profile and settings

    @store_errors
    def save_profile(self, profile: AgentProfile) -> None:
        with self._writing() as connection:
            small_tables.write_profile(connection, profile)

    @store_errors
    def load_profile(self) -> AgentProfile | None:
        with self._session() as session:
            return small_tables.read_profile(session)

    @store_errors
    def save_settings(self, settings: AdminSettings) -> None:
        with self._writing() as connection:
            small_tables.write_settings(connection, settings)

    @store_errors
    def load_settings(self) -> AdminSettings | None:
        with self._session() as session:
            return small_tables.read_settings(session)

    # --- reads for the services

    @store_errors
    def aggregate(self, start: datetime, end: datetime) -> PeriodAggregate:
        """The sums of the closed conversations with ``start <= closed_at < end``; revenue in
        the store's dominant currency only (see ``agentdesk.store.aggregates``)."""
        with self._reading() as connection:
            return aggregates.aggregate(connection, start, end)

    @store_errors
    def other_currencies(self, start: datetime, end: datetime) -> list[tuple[str, int, int]]:
        """Revenue the aggregates leave out: per non-dominant currency (see ``aggregates``)."""
        with self._reading() as connection:
            return aggregates.other_currencies(connection, start, end)

    @store_errors
    def dominant_currency(self) -> str | None:
        """The workspace's currency (the one with most transactions), None before any sale."""
        with self._reading() as connection:
            return aggregates.dominant_currency(connection)

    @store_errors
    def aggregates(self, spans: Sequence[tuple[datetime, datetime]]) -> list[PeriodAggregate]:
        """One aggregate per ``(start, end)`` span, in the order given, from one query."""
        with self._reading() as connection:
            return aggregates.aggregates(connection, spans)

    @store_errors
    def paused(self) -> list[Conversation]:
        """Paused conversations, earliest deadline first, with tags and transactions but
        without messages."""
        with self._session() as session:
            return reads.paused(session)

    @store_errors
    def conversation(self, conversation_id: str) -> Conversation | None:
        with self._session() as session:
            return reads.conversation(session, conversation_id)

    @store_errors
    def all_conversation_ids(self, status: ConversationStatus | None = None) -> set[str]:
        with self._reading() as connection:
            return reads.conversation_ids(connection, status)

    @store_errors
    def counts(self) -> StoreCounts:
        with self._reading() as connection:
            return reads.counts(connection)

    # --- index outbox

    @store_errors
    def outbox_batch(self, limit: int = 500, after: int = 0) -> list[OutboxEntry]:
        """The oldest pending entries (past ``seq`` ``after``), in ``seq`` order."""
        with self._reading() as connection:
            return outbox.batch(connection, limit, after)

    @store_errors
    def ack_outbox(self, seqs: Sequence[int]) -> None:
        with self._writing() as connection:
            outbox.ack(connection, seqs)

    # --- export

    @contextmanager
    def export_reader(self) -> Iterator[ExportReader]:
        """One read snapshot for a CSV export (see ``agentdesk.store.export_rows``): the
        connection stays checked out until the block ends, and the world's SQLite failures met
        while reading inside the block become ``StoreError``."""
        with translated(self.path), self._reading() as connection:
            yield ExportReader(connection)

    # --- search (agentdesk.store.search_reads)

    @store_errors
    def searchable_conversations(self, ids: Sequence[str]) -> list[SearchableConversation]:
        """The closed ones among ``ids`` with every text search needs, in the order given."""
        with self._reading() as connection:
            return search_reads.searchable(connection, ids)

    @store_errors
    def searchable_after(self, after: str | None, limit: int) -> list[SearchableConversation]:
        """The next ``limit`` closed conversations by id after ``after`` (a full index build)."""
        with self._reading() as connection:
            return search_reads.searchable_after(connection, after, limit)

    @store_errors
    def closed_versions(self) -> dict[str, datetime]:
        """Every closed conversation's ``updated_at``, by id."""
        with self._reading() as connection:
            return search_reads.closed_versions(connection)

    @store_errors
    def conversation_summaries(self, ids: Sequence[str]) -> dict[str, ConversationSummary]:
        with self._reading() as connection:
            return search_reads.summaries(connection, ids)

    @store_errors
    def list_closed(
        self, filters: ResolvedFilters, limit: int, offset: int = 0
    ) -> tuple[int, list[ConversationSummary]]:
        """How many closed conversations pass ``filters``, and one page of them, newest first."""
        with self._reading() as connection:
            return search_reads.list_closed(connection, filters, limit, offset)

    @store_errors
    def closed_ids_matching(self, ids: Sequence[str], filters: ResolvedFilters) -> list[str]:
        with self._reading() as connection:
            return search_reads.closed_ids_matching(connection, ids, filters)

    @store_errors
    def id_prefixes(self) -> list[str]:
        with self._reading() as connection:
            return search_reads.id_prefixes(connection)

    @store_errors
    def outbox_pending(self) -> int:
        with self._reading() as connection:
            return search_reads.outbox_pending(connection)

    @store_errors
    def outbox_last_seq(self) -> int:
        with self._reading() as connection:
            return search_reads.outbox_last_seq(connection)

    @store_errors
    def ack_outbox_through(self, seq: int) -> None:
        """Drop every outbox entry up to ``seq``: a full index rebuild covered them."""
        with self._writing() as connection:
            search_reads.ack_outbox_through(connection, seq)


def _now() -> datetime:
    return datetime.now(UTC)
