"""Indexing beside the sync (issue 15): a second process that indexes the outbox while the sync
fills it, so that a first sync's index is ready about when its last page is stored.

- **When.** ``plan_follower`` decides at the start of a sync: the live index is this store's
  (append to it), or there is no usable index and every closed conversation of the store waits
  in the outbox (a first sync, or one killed before its index was published): a fresh, empty
  generation is published at once, so the window and ``search`` say how far it has got from
  the first segment on. Otherwise (say, a damaged index beside a full store) the index is
  rebuilt after the sync, as before. A first sync starts the process at once; another starts
  it once the outbox holds ``FOLLOW_FROM`` changes: a small sync is drained afterwards, which
  costs less than starting an interpreter.
- **How.** The child (``follow``, a ``spawn`` process: the frozen application supports it) holds
  the index's maintenance lock, reads outbox entries past the last one it read, and appends
  them as bulk segments (``SearchIndex.appender``); each segment is committed, then its entries
  are acknowledged — the drain's rule, so a kill anywhere replays at most one segment, and the
  drain after the sync finds nothing (or the little left) to do.
- **Talking.** One pipe. The parent sends ``done`` when the sync has written its last page (or
  ``cancel``); the child sends ``("indexed", n)`` after each commit and a last ``("finished",
  n)``, ``("busy", 0)`` or ``("failed", sentence)``. The child stops at once when the pipe breaks:
  a parent killed with ``kill -9`` does not leave it running.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agentdesk.domain.models import ConversationStatus
from agentdesk.errors import AgentDeskError
from agentdesk.search.errors import IndexBusyError
from agentdesk.search.index import SearchIndex
from agentdesk.services.indexing import DRAIN_BATCH, index_belongs, latest_ops
from agentdesk.store import Store

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

log = logging.getLogger(__name__)

FOLLOW_FROM = 2000
"""Changes a sync writes before the follower starts."""
POLL_S = 0.2
"""How long the child waits for the sync's next page (or word) before looking again."""
LOCK_WAIT_S = 10.0
SEGMENT_MB_ENV = "AGENTDESK_INDEX_SEGMENT_MB"
"""Overrides ``writing.BUILD_SEGMENT_MB`` for the follower: tests make segments small, so that
a kill lands between commits."""
STOP_WAIT_S = 10.0


@dataclass(frozen=True, slots=True)
class FollowerPlan:
    store_path: Path
    index_root: Path
    fresh_owner: str | None
    """Publish a fresh generation of this store first (a first sync); None: append."""
    waiting: int = 0
    """Outbox entries already waiting when the sync started (a sync killed before)."""
    log_file: Path | None = None
    """Where the child logs (the parent's log file)."""
    segment_mb: float | None = None
    """Word postings a segment holds before it is committed (``SEGMENT_MB_ENV``; None: the
    index's default, ``writing.BUILD_SEGMENT_MB``)."""


def plan_follower(store: Store, index: SearchIndex) -> FollowerPlan | None:
    """Whether (and how) the index can follow the sync that is about to start (an index in
    order by its manifest is not opened: most syncs bring too little to be followed)."""
    check = index.quick_check() or index.check()
    segment_mb = _segment_mb()
    waiting = store.outbox_pending()
    if check.ok:
        if not index_belongs(store, index, check):
            return None
        return FollowerPlan(store.path, index.home.root, None, waiting, segment_mb=segment_mb)
    if index.home.is_busy() or not _all_waiting(store, waiting):
        return None
    owner = store.identity()
    return FollowerPlan(store.path, index.home.root, owner, waiting, segment_mb=segment_mb)


def _segment_mb() -> float | None:
    """``SEGMENT_MB_ENV`` when it is a positive number; anything else is said in the log and
    the default kept (None; a diagnostic knob must never be what stops a sync)."""
    text = os.environ.get(SEGMENT_MB_ENV, "").strip()
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value < float("inf"):
        log.warning("%s=%r is not a positive number of MB; using the default", SEGMENT_MB_ENV, text)
        return None
    return value


def _all_waiting(store: Store, waiting: int) -> bool:
    """Whether every closed conversation of the store waits in the outbox (true of an empty
    store, and of a first sync killed before its index was published): following the outbox
    then indexes all of them."""
    closed = store.all_conversation_ids(ConversationStatus.CLOSED)
    if not closed:
        return True
    if waiting < len(closed):
        return False
    return closed <= {entry.conversation_id for entry in store.outbox_batch(waiting)}


class IndexFollower:
    """The sync's side: start the child when the sync is big enough, then wait for it."""

    def __init__(self, plan: FollowerPlan | None) -> None:
        self._plan = plan
        self._process: Any | None = None
        self._pipe: Connection | None = None
        self.indexed = 0
        self.problem: str | None = None

    @property
    def started(self) -> bool:
        return self._process is not None

    def maybe_start(self, changes: int) -> None:
        """Start the child if the sync has written enough ``changes`` — or at once for a
        first sync, which is never small: the child's start (an interpreter, its imports:
        seconds on a busy machine) then overlaps the first pages."""
        if self._plan is None or self._process is not None:
            return
        plan = self._plan
        if changes + plan.waiting < FOLLOW_FROM and plan.fresh_owner is None:
            return
        import multiprocessing  # noqa: PLC0415 - only a big sync starts a child

        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        process = context.Process(
            target=follow,
            args=(plan, theirs),
            name="agentdesk-index",
            daemon=True,
        )
        process.start()
        theirs.close()
        self._process, self._pipe = process, ours
        log.info("Indexing beside the sync (process %s)", process.pid)

    def finish(
        self,
        on_progress: Callable[[int], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        """Tell the child the sync is over and wait until it has indexed all of it (or the
        user cancels: what it committed stays, the rest waits in the outbox)."""
        if self._pipe is None or self._process is None:
            return
        self._send("done")
        while True:
            if cancel is not None and cancel.is_set():
                self.stop()
                return
            try:
                if not self._pipe.poll(POLL_S):
                    if not self._process.is_alive():
                        self.problem = "the indexing process stopped"
                        break
                    continue
                kind, value = self._pipe.recv()
            except (EOFError, OSError):
                self.problem = "the indexing process stopped"
                break
            if kind == "indexed":
                self.indexed = int(value)
                if on_progress is not None:
                    on_progress(self.indexed)
                continue
            if kind == "finished":
                self.indexed = int(value)
            elif kind == "failed":
                self.problem = str(value)
            break
        self._close()

    def stop(self) -> None:
        """The sync failed or was cancelled: the child drops its unfinished segment."""
        if self._pipe is None:
            return
        self._send("cancel")
        self._close()

    def _send(self, word: str) -> None:
        try:
            assert self._pipe is not None
            self._pipe.send(word)
        except (OSError, ValueError):
            pass  # the child is gone: what it committed stays, the rest waits in the outbox

    def _close(self) -> None:
        if self._pipe is not None:
            self._pipe.close()
        if self._process is not None:
            self._process.join(STOP_WAIT_S)
            if self._process.is_alive():
                log.warning("The indexing process did not stop; killing it")
                self._process.kill()
                self._process.join()
        self._pipe = None
        self._process = None
        if self.problem is not None:
            log.warning("Indexing beside the sync: %s; the rest is indexed after it", self.problem)


# --- the child


class _Parent:
    """The sync's words, read without blocking the indexing."""

    def __init__(self, pipe: Connection) -> None:
        self._pipe = pipe
        self.done = False
        self.stopped = False

    def listen(self, timeout: float = 0.0) -> None:
        try:
            while not self.stopped and self._pipe.poll(timeout):
                word = self._pipe.recv()
                if word == "done":
                    self.done = True
                else:
                    self.stopped = True
                timeout = 0.0
        except (EOFError, OSError):
            self.stopped = True  # the sync's process is gone

    def tell(self, kind: str, value: object) -> None:
        try:
            self._pipe.send((kind, value))
        except (OSError, ValueError):
            self.stopped = True


def follow(plan: FollowerPlan, pipe: Connection) -> None:
    """The child process: index the outbox until the sync says it is done."""
    if plan.log_file is not None:
        from agentdesk.services.logs import configure_logging  # noqa: PLC0415 - the child's

        configure_logging(plan.log_file)
    parent = _Parent(pipe)
    try:
        with Store.open(plan.store_path) as store:
            index = SearchIndex(plan.index_root)
            try:
                indexed = _follow(store, index, plan, parent)
            finally:
                index.close()
        parent.tell("finished", indexed)
    except IndexBusyError:
        parent.tell("busy", 0)
    except AgentDeskError as error:
        parent.tell("failed", str(error))
    finally:
        pipe.close()


def _follow(store: Store, index: SearchIndex, plan: FollowerPlan, parent: _Parent) -> int:
    indexed = 0
    after = 0
    covered: list[int] = []
    started = time.monotonic()
    appending = index.appender(
        fresh_owner=plan.fresh_owner, timeout=LOCK_WAIT_S, segment_mb=plan.segment_mb
    )
    with appending as appender:

        def commit() -> None:
            nonlocal indexed, covered
            counted = appender.documents
            appender.commit()
            if covered:
                store.ack_outbox(covered)
            indexed += counted
            covered = []
            parent.tell("indexed", indexed)
            log.info("Indexed %d conversations beside the sync", indexed)

        while True:
            parent.listen()
            if parent.stopped:
                return indexed
            done = parent.done  # read before the outbox: then this read sees every change
            entries = store.outbox_batch(DRAIN_BATCH, after)
            if not entries:
                if done:
                    break
                parent.listen(POLL_S)
                continue
            upserts, deletes = latest_ops([(e.conversation_id, e.op) for e in entries])
            if appender.holds([*upserts, *deletes]):
                commit()
            conversations = store.searchable_conversations(upserts)
            stored = {c.id for c in conversations}
            appender.apply(conversations, [*deletes, *(c for c in upserts if c not in stored)])
            covered.extend(e.seq for e in entries)
            after = entries[-1].seq
            if appender.full():
                commit()
        commit()
    log.info(
        "Indexed %d conversations beside the sync in %.1f s, peak RSS %s MB",
        indexed,
        time.monotonic() - started,
        _peak_rss_mb(),
    )
    return indexed


def _peak_rss_mb() -> str:
    """This process's peak resident memory, for the log (the benchmark reads it there)."""
    try:
        import resource  # noqa: PLC0415 - POSIX only
    except ImportError:
        return "?"
    return f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}"
