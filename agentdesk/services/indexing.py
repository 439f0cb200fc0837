"""Keeping the search index in step with the store: the outbox drain, the full rebuild, and the
comparison ``agentdesk doctor`` reports.

- **Drain** (after every sync, at start-up, before a word search from the command line): the
  outbox entries, oldest first, a batch at a time; each batch is one Whoosh commit, and the
  entries are acknowledged only after it. A crash between the two replays the batch, which is
  harmless: an upsert indexes the conversation *as stored now*, a delete of a missing document
  does nothing.
- **Rebuild** (``agentdesk reindex``; a missing, damaged or outdated index; a first sync's
  worth of changes, which a rebuild indexes several times faster than updates do): every closed
  conversation into a new generation, published when complete. The outbox entries that existed
  when it started are covered by it and acknowledged; later ones are drained after.

Only one writer at a time (the index's maintenance lock, across processes). A drain that finds
the lock taken does nothing: the holder (the window, another command) drains too.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from agentdesk.domain.search_records import SearchableConversation
from agentdesk.errors import CancelledError
from agentdesk.search.documents import micros
from agentdesk.search.errors import (
    IndexBusyError,
    IndexProblem,
    IndexUnavailableError,
    SearchIndexError,
)
from agentdesk.search.index import IndexCheck, SearchIndex
from agentdesk.store import Store
from agentdesk.store.store import STORE_ID

if TYPE_CHECKING:  # the sync's and the platform client's imports are not needed to index
    from agentdesk.services.context import AppContext
    from agentdesk.sync.report import SyncProgress, SyncReport

log = logging.getLogger(__name__)

DRAIN_BATCH = 1000
BUILD_BATCH = 500
REBUILD_THRESHOLD = 5000
"""At least this many pending changes, and more than the index holds: rebuild instead."""
REINDEX_WAIT_S = 30.0


@dataclass(frozen=True, slots=True)
class IndexingProgress:
    phase: str
    """``rebuilding`` or ``updating``."""
    done: int
    total: int | None

    @property
    def fraction(self) -> float | None:
        if not self.total:
            return None
        return min(1.0, self.done / self.total)


IndexingCallback = Callable[[IndexingProgress], None]


@dataclass(frozen=True, slots=True)
class IndexingReport:
    rebuilt: bool = False
    reason: str | None = None
    """Why the index was rebuilt."""
    indexed: int = 0
    removed: int = 0
    busy: bool = False
    """Another writer held the index: nothing was done here."""
    seconds: float = 0.0

    def summary(self) -> str:
        if self.busy:
            return "The search index is being updated by another AgentDesk."
        if self.rebuilt:
            return f"Indexed {self.indexed} conversations in {self.seconds:.1f} s."
        if self.indexed or self.removed:
            return f"Search index updated: {self.indexed} indexed, {self.removed} removed."
        return "The search index is up to date."


def search_index(ctx: AppContext) -> SearchIndex:
    return SearchIndex(ctx.paths.index)


def _batches(store: Store, size: int = BUILD_BATCH) -> Iterator[list[SearchableConversation]]:
    after: str | None = None
    while batch := store.searchable_after(after, size):
        yield batch
        after = batch[-1].id


def rebuild_index(
    store: Store,
    index: SearchIndex,
    *,
    reason: str = "asked for",
    on_progress: IndexingCallback | None = None,
    cancel: threading.Event | None = None,
    wait_s: float = 0.0,
) -> IndexingReport:
    """Index every closed conversation into a new generation, then drain what came since."""
    # Imported here: ``multiprocessing`` is no import for a ``search`` command to pay.
    from agentdesk.search.helper import PARALLEL_FROM, parallel_possible  # noqa: PLC0415

    started = time.monotonic()
    log.info("Rebuilding the search index: %s", reason)
    covered = store.outbox_last_seq()
    total = store.counts().closed

    def progress(done: int) -> None:
        if on_progress is not None:
            on_progress(IndexingProgress("rebuilding", done, total))

    try:
        count = index.build(
            _batches(store),
            progress,
            cancel,
            timeout=wait_s,
            owner=store.identity(),
            parallel_from=PARALLEL_FROM if parallel_possible() else None,
        )
    except IndexBusyError:
        return IndexingReport(busy=True)
    store.ack_outbox_through(covered)
    after = _drain(store, index, on_progress, cancel, rebuild_if_unusable=False)
    return IndexingReport(
        rebuilt=True,
        reason=reason,
        indexed=count + after.indexed,
        removed=after.removed,
        busy=after.busy,
        seconds=time.monotonic() - started,
    )


def update_index(
    store: Store,
    index: SearchIndex,
    *,
    on_progress: IndexingCallback | None = None,
    cancel: threading.Event | None = None,
) -> IndexingReport:
    """Bring the index up to date: rebuild it when it cannot be used (or when a rebuild is the
    quicker way), otherwise index what waits in the outbox. The start-up call.

    With nothing waiting and an index its manifest says is in order, nothing is opened (see
    ``SearchIndex.quick_check``): a sync that brought nothing new ends without Whoosh."""
    if not store.outbox_pending():
        quick = index.quick_check()
        if quick is not None and index_belongs(store, index, quick):
            return IndexingReport()
    check = index.check()
    if check.ok and not index_belongs(store, index, check):
        check = IndexCheck(IndexProblem.DAMAGED, "it was built from another store")
    if not check.ok:
        if index.home.is_busy():
            return IndexingReport(busy=True)
        return rebuild_index(
            store,
            index,
            reason=f"{check.problem}: {check.reason}",
            on_progress=on_progress,
            cancel=cancel,
        )
    pending = store.outbox_pending()
    if pending >= REBUILD_THRESHOLD and pending > check.documents:
        return rebuild_index(
            store,
            index,
            reason=f"{pending} changes waiting",
            on_progress=on_progress,
            cancel=cancel,
        )
    if not pending:
        return IndexingReport()
    return _drain(store, index, on_progress, cancel, pending)


def index_belongs(store: Store, index: SearchIndex, check: IndexCheck) -> bool:
    """Whether the index was built from this store. An index from before owners were
    recorded is taken as this store's unless the store is empty and the index is not."""
    owner = index.owner()
    if owner is not None:
        return owner == store.get_meta(STORE_ID)
    return not (check.documents and not store.counts().closed)


def latest_ops(entries: Sequence[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """The upserts and deletes a batch of ``(conversation_id, op)`` entries comes to (the last
    entry of each conversation wins)."""
    last = {cid: op for cid, op in entries}
    upserts = [cid for cid, op in last.items() if op == "upsert"]
    deletes = [cid for cid, op in last.items() if op != "upsert"]
    return upserts, deletes


def _drain(
    store: Store,
    index: SearchIndex,
    on_progress: IndexingCallback | None,
    cancel: threading.Event | None,
    pending: int | None = None,
    *,
    rebuild_if_unusable: bool = True,
) -> IndexingReport:
    started = time.monotonic()
    indexed = removed = 0
    try:
        with index.home.maintenance():
            while entries := store.outbox_batch(DRAIN_BATCH):
                if cancel is not None and cancel.is_set():
                    break
                upserts, deletes = latest_ops([(e.conversation_id, e.op) for e in entries])
                conversations = store.searchable_conversations(upserts)
                stored = {c.id for c in conversations}
                gone = [cid for cid in upserts if cid not in stored]  # no longer closed
                with index.updater() as updater:
                    updater.delete([*deletes, *gone])
                    updater.upsert(conversations)
                store.ack_outbox([e.seq for e in entries])
                indexed += len(conversations)
                removed += len(deletes) + len(gone)
                if on_progress is not None:
                    on_progress(IndexingProgress("updating", indexed + removed, pending))
    except IndexBusyError:
        return IndexingReport(indexed=indexed, removed=removed, busy=True)
    except IndexUnavailableError as error:
        if not rebuild_if_unusable:  # the index was just rebuilt: do not loop
            raise
        log.warning("The search index cannot be updated (%s): rebuilding it", error.reason)
        return rebuild_index(
            store,
            index,
            reason=f"{error.problem}: {error.reason}",
            on_progress=on_progress,
            cancel=cancel,
        )
    if indexed or removed:
        log.info("Search index: %d indexed, %d removed", indexed, removed)
    return IndexingReport(indexed=indexed, removed=removed, seconds=time.monotonic() - started)


@dataclass(frozen=True, slots=True)
class IndexComparison:
    """The index against the store, for ``agentdesk doctor``."""

    check: IndexCheck
    missing: tuple[str, ...] = ()
    """Closed in the store, absent from the index (and not waiting in the outbox)."""
    stale: tuple[str, ...] = ()
    """Indexed as an older version than the store's."""
    orphans: tuple[str, ...] = ()
    """In the index, not a closed conversation of the store."""
    pending: int = 0
    indexed: int = 0
    stored: int = field(default=0)

    @property
    def agrees(self) -> bool:
        return self.check.ok and not (self.missing or self.stale or self.orphans)


def compare_index(store: Store, index: SearchIndex) -> IndexComparison:
    check = index.verify()
    pending_entries = store.outbox_batch(limit=10_000_000)
    if not check.ok:
        return IndexComparison(check, pending=len(pending_entries))
    waiting = {entry.conversation_id for entry in pending_entries}
    try:
        indexed = index.inventory()
    except IndexUnavailableError as error:
        return IndexComparison(IndexCheck(error.problem, error.reason))
    versions = store.closed_versions()
    missing = sorted(cid for cid in versions.keys() - indexed.keys() if cid not in waiting)
    orphans = sorted(cid for cid in indexed.keys() - versions.keys() if cid not in waiting)
    stale = sorted(
        cid
        for cid, updated_at in versions.items()
        if cid in indexed and cid not in waiting and indexed[cid] != micros(updated_at)
    )
    return IndexComparison(
        check,
        missing=tuple(missing),
        stale=tuple(stale),
        orphans=tuple(orphans),
        pending=len(pending_entries),
        indexed=len(indexed),
        stored=len(versions),
    )


# --- for the front ends: the same calls on the application context


def prepare_search_index(
    ctx: AppContext,
    *,
    on_progress: IndexingCallback | None = None,
    cancel: threading.Event | None = None,
) -> IndexingReport:
    """What the command line and the window run at start-up: finish what a crash left in the
    outbox, rebuild a missing or damaged index."""
    index = search_index(ctx)
    try:
        return update_index(ctx.store(), index, on_progress=on_progress, cancel=cancel)
    finally:
        index.close()


def index_after_sync(
    ctx: AppContext,
    report: SyncReport,
    *,
    on_progress: Callable[[SyncProgress], None] | None = None,
    cancel: threading.Event | None = None,
) -> IndexingReport | None:
    """Drain the outbox the sync just filled, reporting through the sync's own progress (phase
    ``search index``). The sync's data is kept whatever happens here: an index that cannot be
    written leaves the outbox for the next start and says why in ``report.index_problem`` (the
    command line prints it and exits non-zero); a cancel is only logged."""

    from agentdesk.sync.report import SyncProgress  # noqa: PLC0415 - see the imports

    def relay(tick: IndexingProgress) -> None:
        if on_progress is not None:
            on_progress(
                SyncProgress(
                    phase="search index",
                    fetched=report.fetched,
                    new=report.new,
                    updated=report.updated,
                    skipped=len(report.skipped),
                    fraction=tick.fraction,
                    done=tick.done,
                    total=tick.total,
                )
            )

    try:
        return prepare_search_index(ctx, on_progress=relay, cancel=cancel)
    except CancelledError:
        log.info("Indexing after the sync was cancelled; it resumes at the next start")
    except SearchIndexError as error:
        log.warning("Synced, but the search index could not be updated: %s", error.sentence)
        report.index_problem = error.sentence
    return None


def reindex(
    ctx: AppContext,
    *,
    on_progress: IndexingCallback | None = None,
    cancel: threading.Event | None = None,
) -> IndexingReport:
    """``agentdesk reindex``: waits a little for another writer, then rebuilds."""
    index = search_index(ctx)
    try:
        report = rebuild_index(
            ctx.store(), index, on_progress=on_progress, cancel=cancel, wait_s=REINDEX_WAIT_S
        )
    finally:
        index.close()
    if report.busy and not report.rebuilt:
        raise IndexBusyError()
    return report


def check_index(ctx: AppContext) -> IndexComparison:
    index = search_index(ctx)
    try:
        return compare_index(ctx.store(), index)
    finally:
        index.close()
