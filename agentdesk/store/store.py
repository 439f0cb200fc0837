"""``Store``: the one object the sync engine and the services use to reach the database.

One writer thread, readers on any thread. Reads are SQL text on pooled ``sqlite3`` connections
(``agentdesk.store.connections``); writes go through SQLAlchemy (``agentdesk.store.writer``),
loaded with the first write, so that a command that only reads never imports it. Each write is
one transaction, so a crash leaves the store as it was before the call or as it is after it,
never in between.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from agentdesk.domain.aggregate import PeriodAggregate
from agentdesk.domain.models import AdminSettings, AgentProfile, Conversation, ConversationStatus
from agentdesk.domain.search_query import ResolvedFilters
from agentdesk.domain.search_records import ConversationSummary, SearchableConversation
from agentdesk.errors import StoreError
from agentdesk.store import aggregates, reads, search_reads, small_tables
from agentdesk.store.connections import ConnectionPool, create_private_file
from agentdesk.store.failures import store_errors, translated
from agentdesk.store.migrate import installed_migrations, is_current
from agentdesk.store.values import STORE_ID, OutboxEntry, PageOutcome, StoreCounts, SyncState
from agentdesk.store.write_plan import changes_nothing, plan_page

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from agentdesk.store.export_rows import ExportReader
    from agentdesk.store.writer import StoreWriter

__all__ = ["STORE_ID", "Store"]

log = logging.getLogger(__name__)


class Store:
    def __init__(
        self,
        path: Path,
        revision: str,
        *,
        read_only: bool = False,
        writer: StoreWriter | None = None,
    ) -> None:
        """Use ``Store.open``: it migrates the file first."""
        self._path = path
        self._read_only = read_only
        self._pool = ConnectionPool(path, read_only=read_only)
        self._writer_made = writer
        self._writer_lock = threading.Lock()
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
        or a full disk. A database already at the newest schema is opened without SQLAlchemy
        or Alembic; any other goes through ``agentdesk.store.migrate.upgrade``.
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
        store = cls(path, "")
        try:
            with store._pool.reading() as connection:
                current = is_current(connection)
        except sqlite3.Error:
            # Locked, damaged, not a database, a folder that cannot be written: the migrating
            # open meets the same and says it as it always did (or opens read-only).
            current = None
        except BaseException:
            store.close()
            raise
        if current is not None:
            store.revision = current
            log.debug("opened %s at schema %s", path, current)
            return store
        store.close()
        from agentdesk.store.opening import open_migrating  # noqa: PLC0415 - SQLAlchemy

        return open_migrating(cls, path)

    def close(self) -> None:
        self._pool.close()
        with self._writer_lock:
            if self._writer_made is not None:
                self._writer_made.dispose()
                self._writer_made = None

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

    def _writer(self) -> StoreWriter:
        """SQLAlchemy, loaded by the first write."""
        with self._writer_lock:
            if self._writer_made is None:
                from agentdesk.store.writer import StoreWriter  # noqa: PLC0415 - see above

                self._writer_made = StoreWriter(self._path, read_only=self._read_only)
            return self._writer_made

    @property
    def _engine(self) -> Engine:
        """The writer's SQLAlchemy engine (tests reach it to inspect statements)."""
        return self._writer().engine

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._pool.reading() as connection:
            yield connection

    # --- sync writes

    @store_errors
    def sync_state(self, status: ConversationStatus) -> SyncState:
        with self._reading() as connection:
            return reads.read_sync_state(connection, status.value)

    @store_errors
    def write_page(
        self, status: ConversationStatus, conversations: Sequence[Conversation], state: SyncState
    ) -> PageOutcome:
        """Write one page of the ``status`` sync and its new ``SyncState`` in one transaction:
        the conversations with their children and facts, their outbox entries, the cursor.

        A page that changes no conversation (a sync with nothing new) writes its cursor alone,
        without loading SQLAlchemy. Planned in one transaction and written in another: a
        conversation written meanwhile (a reopen) is as if the page, which changed nothing,
        had come first."""
        with self._reading() as connection:
            plan = plan_page(connection, conversations)
        if not changes_nothing(plan):
            return self._writer().write_page(status, conversations, state)
        with self._pool.writing() as connection:
            small_tables.write_sync_state(connection, status.value, state)
        return plan.outcome()

    @store_errors
    def retain_paused(self, seen_ids: Collection[str]) -> tuple[str, ...]:
        """Delete the paused conversations the server no longer lists as paused (reopened or
        closed elsewhere; a closed one comes back with the closed sync). Paused conversations
        are not in the search index, so no outbox entry is needed. When none is gone (checked
        first, without SQLAlchemy), nothing is written."""
        with self._reading() as connection:
            local = reads.conversation_ids(connection, ConversationStatus.PAUSED)
        if not local - set(seen_ids):
            return ()
        return self._writer().retain_paused(seen_ids)

    @store_errors
    def remove_closed(self, ids: Collection[str]) -> tuple[str, ...]:
        """Delete these closed conversations (the platform said they are gone), with a
        ``delete`` outbox entry each so the search index forgets them too. Ids that are not
        closed conversations here are left alone."""
        return self._writer().remove_closed(ids)

    @store_errors
    def forget_workspace(self) -> int:
        """Another server or another agent: drop every conversation and cursor in one
        transaction (closed ones leave the index through the outbox). Returns how many."""
        return self._writer().forget_workspace()

    @store_errors
    def apply_conversation(self, conversation: Conversation) -> None:
        """Write one conversation as the platform now has it (e.g. the answer to a reopen):
        upserted, or deleted when it is open, with its outbox entry."""
        self._writer().apply_conversation(conversation)

    @store_errors
    def reset_sync_state(self) -> None:
        """Forget every cursor so the next sync starts from the beginning (``sync --full``)."""
        with self._pool.writing() as connection:
            small_tables.clear_sync_states(connection)

    @store_errors
    def identity(self) -> str:
        """A random id given to this database the first time it is asked for: what the search
        index records as the store it was built from, so that an index left beside another
        store (the damaged one moved away, a copied folder) is recognised and rebuilt."""
        return self._writer().identity()

    @store_errors
    def get_meta(self, key: str) -> str | None:
        with self._reading() as connection:
            return reads.read_meta(connection, key)

    @store_errors
    def set_meta(self, key: str, value: str) -> None:
        with self._pool.writing() as connection:
            small_tables.write_meta(connection, key, value)

    # --- profile and settings

    @store_errors
    def save_profile(self, profile: AgentProfile) -> None:
        with self._pool.writing() as connection:
            small_tables.write_profile(connection, profile)

    @store_errors
    def load_profile(self) -> AgentProfile | None:
        with self._reading() as connection:
            return reads.read_profile(connection)

    @store_errors
    def save_settings(self, settings: AdminSettings) -> None:
        with self._pool.writing() as connection:
            small_tables.write_settings(connection, settings)

    @store_errors
    def load_settings(self) -> AdminSettings | None:
        with self._reading() as connection:
            return reads.read_settings(connection)

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
        with self._reading() as connection:
            return reads.paused(connection)

    @store_errors
    def conversation(self, conversation_id: str) -> Conversation | None:
        with self._reading() as connection:
            return reads.conversation(connection, conversation_id)

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
            return search_reads.outbox_batch(connection, limit, after)

    @store_errors
    def ack_outbox(self, seqs: Sequence[int]) -> None:
        self._writer().ack_outbox(seqs)

    # --- export

    @contextmanager
    def export_reader(self) -> Iterator[ExportReader]:
        """One read snapshot for a CSV export (see ``agentdesk.store.export_rows``): the
        connection stays checked out until the block ends, and the world's SQLite failures met
        while reading inside the block become ``StoreError``."""
        with translated(self.path), self._writer().export_reader() as reader:
            yield reader

    # --- search (agentdesk.store.search_reads)

    @store_errors
    def searchable_conversations(self, ids: Sequence[str]) -> list[SearchableConversation]:
        """The closed ones among ``ids`` with every text search needs, in the order given."""
        with self._reading() as connection:
            return search_reads.searchable(connection, ids)

    @store_errors
    def first_texts(self, ids: Sequence[str]) -> dict[str, str]:
        """Each closed conversation's first message not only spaces (``search_reads``)."""
        with self._reading() as connection:
            return search_reads.first_texts(connection, ids)

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
        self,
        filters: ResolvedFilters,
        limit: int,
        offset: int = 0,
        after: tuple[datetime, str] | None = None,
        *,
        total: int | None = None,
    ) -> tuple[int, list[ConversationSummary]]:
        """How many closed conversations pass ``filters`` (``total`` when the caller counted
        already), and one page of them, newest first (from ``offset``, or from the row after
        ``after``: ``search_reads.list_closed``)."""
        with self._reading() as connection:
            return search_reads.list_closed(connection, filters, limit, offset, after, total=total)

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
        self._writer().ack_outbox_through(seq)
