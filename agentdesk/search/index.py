"""``SearchIndex``: the one object the services use to reach the Whoosh index.

- ``search`` answers a parsed query with the total and the ids of one page, newest first.
- ``updater`` applies upserts and deletes in one Whoosh commit, under the maintenance lock.
- ``build`` writes a whole new generation from batches of conversations and publishes it.
- ``check`` says whether the current index can answer (quick: on open) or ``verify`` whether
  every byte is still what was written (``agentdesk doctor``).

Threads: one ``SearchIndex`` serves any thread; queries take a lock (Whoosh's readers share
file positions) and the writers take the maintenance lock. A reader notices a commit or a
rebuild by another thread or process before its next query and reopens.

Whoosh raises whatever its unpickling, decompression or arithmetic meets in a damaged file.
Such an error during a query is logged with its traceback and reported as
``IndexUnavailableError(DAMAGED)`` — unless the index changed under the query, in which case
the query runs once more on the new one. A programming error of our own (``is_our_bug``: an
``AttributeError`` outside Whoosh) is not damage: it goes up as it is, to be reported as a bug.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agentdesk.domain.search_query import ResolvedFilters
from agentdesk.domain.search_records import SearchableConversation
from agentdesk.errors import CancelledError
from agentdesk.search.errors import (
    IndexProblem,
    IndexUnavailableError,
    is_our_bug,
)
from agentdesk.search.format_version import SCHEMA_VERSION
from agentdesk.search.home import IndexHome
from agentdesk.search.manifest import (
    checksum_problem,
    read_manifest,
    size_problem,
)

if TYPE_CHECKING:
    from agentdesk.search.appending import IndexAppender
    from agentdesk.search.opened import OpenedGeneration
    from agentdesk.search.query_parser import ParsedQuery
    from agentdesk.search.view import IndexView
    from agentdesk.search.writing import IndexUpdater

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class IndexCheck:
    problem: IndexProblem | None
    reason: str
    documents: int = 0
    segments: int = 0
    deleted: int = 0

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(frozen=True, slots=True)
class SearchResult:
    total: int
    ids: tuple[str, ...]


class SearchIndex:
    def __init__(self, root: Path) -> None:
        self.home = IndexHome(root)
        self._lock = threading.RLock()
        self._opened: OpenedGeneration | None = None

    # --- reading

    def _whoosh(self) -> None:
        """Before this process's first use of Whoosh through this index. Whoosh and the
        modules around it are imported only here, on first use (``quick_check`` needs none):
        they are most of what a command with nothing to index would wait for. The index folder
        keeps the Whoosh self-check's passes, so that a process opening this index finds them
        there instead of probing again (see ``whoosh_access``)."""
        from agentdesk.search.whoosh_access import remember_verdicts_in  # noqa: PLC0415

        remember_verdicts_in(self.home.root)

    def _open(self) -> OpenedGeneration:
        folder = self.home.current()
        if folder is None:
            raise IndexUnavailableError(IndexProblem.MISSING, "it has not been built yet")
        manifest = read_manifest(folder)
        if manifest is None:
            raise IndexUnavailableError(IndexProblem.DAMAGED, "its manifest is missing")
        if manifest.schema != SCHEMA_VERSION:
            raise IndexUnavailableError(
                IndexProblem.OUTDATED,
                f"index format {manifest.schema}, this AgentDesk uses {SCHEMA_VERSION}",
            )
        self._whoosh()
        from agentdesk.search.opened import open_generation  # noqa: PLC0415 - see _whoosh

        return open_generation(folder, manifest)

    def _current(self) -> OpenedGeneration:
        """The open generation, reopened when another writer changed it."""
        opened = self._opened
        if opened is not None and self._changed_since(opened):
            self._drop()
        if self._opened is None:
            folder = self.home.current()
            try:
                self._opened = self._open()
            except IndexUnavailableError:
                if self.home.current() == folder:
                    raise
                # A rebuild published a new generation (and removed this one) meanwhile.
                self._opened = self._open()
        return self._opened

    def _drop(self) -> None:
        if self._opened is not None:
            self._opened.close()
            self._opened = None

    def _changed_since(self, opened: OpenedGeneration) -> bool:
        try:
            return opened.changed(self.home.current())
        except Exception:  # noqa: BLE001 - a vanished or half-written folder is a change too
            return True

    def _with_view(self, work: Callable[[IndexView], Any]) -> Any:
        with self._lock:
            for attempt in (1, 2):
                opened = self._current()
                try:
                    return work(opened.view())
                except (CancelledError, IndexUnavailableError):
                    raise
                except Exception as error:  # see the module docstring
                    if is_our_bug(error):
                        self._drop()
                        raise
                    if attempt == 1 and self._changed_since(opened):
                        log.info("The search index changed during a query; asking again")
                        self._drop()
                        continue
                    log.error("Search index failure in %s", opened.folder, exc_info=True)
                    self._drop()
                    raise IndexUnavailableError(
                        IndexProblem.DAMAGED, f"reading it failed: {type(error).__name__}"
                    ) from error
        raise AssertionError("unreachable")

    def search(
        self,
        query: ParsedQuery,
        filters: ResolvedFilters,
        *,
        start: int,
        stop: int,
        cancel: threading.Event | None = None,
        pinned: str | None = None,
    ) -> SearchResult:
        """The number of matches and the ids ranked ``start`` to ``stop``, newest first,
        leaving out the conversation ``pinned`` (the service shows it first)."""

        from agentdesk.search.matching import find  # noqa: PLC0415 - see _whoosh

        def work(view: IndexView) -> SearchResult:
            exclude = frozenset(view.term_docs(pinned, fields=("id",))) if pinned else frozenset()
            hits = find(
                view, query, filters, start=start, stop=stop, cancel=cancel, exclude=exclude
            )
            return SearchResult(hits.total, tuple(view.id_of(d) for d in hits.docnums))

        result: SearchResult = self._with_view(work)
        return result

    def inventory(self) -> dict[str, int]:
        """Every indexed id with its ``updated_at`` in microseconds."""
        found: dict[str, int] = self._with_view(lambda view: view.inventory())
        return found

    def check(self) -> IndexCheck:
        """Whether the current index opens and its files have the sizes they were written
        with (cheap enough for every start)."""
        with self._lock:
            try:
                opened = self._current()
                return self._describe(opened, "ready")
            except IndexUnavailableError as error:
                return IndexCheck(error.problem, error.reason)

    def quick_check(self) -> IndexCheck | None:
        """What the current generation's manifest alone says, without Whoosh: ready when its
        format is this AgentDesk's, a table of contents is there and every segment file it
        stamped is as stamped (``check``'s own file test); None when the manifest alone cannot
        tell (no index, no manifest, another format, a file missing or changed, an empty
        index) — ``check`` then opens it and says why.

        For callers that need nothing more from an index in order (a sync that brought nothing
        new): importing and opening Whoosh is most of such a command's wait. What it cannot
        see, a damaged table of contents, fails the next query, which rebuilds the index."""
        folder = self.home.current()
        manifest = read_manifest(folder) if folder is not None else None
        if folder is None or manifest is None or manifest.schema != SCHEMA_VERSION:
            return None
        if not manifest.files or size_problem(folder, manifest, sorted(manifest.files)):
            return None
        try:
            tables = [name for name in os.listdir(folder) if name.endswith(".toc")]
        except OSError:
            return None
        if not tables:
            return None
        return IndexCheck(None, "ready (by its manifest)", manifest.documents)

    def verify(self) -> IndexCheck:
        """``check``, then every segment file against its checksum and every document's id
        readable: what ``agentdesk doctor`` runs."""
        with self._lock:
            first = self.check()
            if not first.ok or self._opened is None:
                return first
            opened = self._opened
            manifest = read_manifest(opened.folder)
            if manifest is None:
                return IndexCheck(IndexProblem.DAMAGED, "its manifest is missing")
            from agentdesk.search.opened import live_files  # noqa: PLC0415 - opened already

            problem = checksum_problem(opened.folder, manifest, live_files(opened.ix))
            if problem is not None:
                self._drop()
                return IndexCheck(IndexProblem.DAMAGED, problem)
            try:
                self.inventory()
            except IndexUnavailableError as error:
                return IndexCheck(error.problem, error.reason)
            return first

    def _describe(self, opened: OpenedGeneration, reason: str) -> IndexCheck:
        return IndexCheck(None, reason, opened.documents, opened.segments, opened.deleted)

    def owner(self) -> str | None:
        """The id of the store the current index was built from, if it says."""
        folder = self.home.current()
        manifest = read_manifest(folder) if folder is not None else None
        return manifest.owner if manifest is not None else None

    def document_count(self) -> int:
        check = self.check()
        return check.documents if check.ok else 0

    def close(self) -> None:
        with self._lock:
            self._drop()

    def _invalidate(self) -> None:
        with self._lock:
            self._drop()

    # --- writing

    @contextmanager
    def updater(self, timeout: float = 0.0) -> Iterator[IndexUpdater]:
        """Upserts and deletes committed together when the block ends without an error.
        ``IndexBusyError`` when another writer holds the index; ``IndexUnavailableError``
        when there is no usable index to update (rebuild it)."""
        with self.home.maintenance(timeout):
            with self._lock:
                opened = self._open()
            from agentdesk.search.writing import IndexUpdater  # noqa: PLC0415 - see _whoosh

            updater = IndexUpdater(opened.folder, opened.ix)
            try:
                yield updater
            except BaseException:
                updater.cancel()
                raise
            updater.commit()
            self._invalidate()

    @contextmanager
    def appender(
        self,
        *,
        fresh_owner: str | None = None,
        timeout: float = 0.0,
        segment_mb: float | None = None,
    ) -> Iterator[IndexAppender]:
        """Segments appended to the live index under the maintenance lock, each one made
        durable by ``IndexAppender.commit``; what is not committed when the block ends is
        dropped. With ``fresh_owner``, an empty generation marked as built from that store is
        published first (a first sync, indexed as it goes). ``IndexUnavailableError`` when
        there is no usable index to append to. ``segment_mb``: the word postings a segment
        holds before it is committed (None: ``writing.BUILD_SEGMENT_MB``)."""
        self._whoosh()
        from agentdesk.search.appending import IndexAppender  # noqa: PLC0415 - see _whoosh
        from agentdesk.search.writing import BUILD_SEGMENT_MB, write_generation  # noqa: PLC0415

        with self.home.maintenance(timeout):
            if fresh_owner is not None:
                self.home.discard_others()
                folder = self.home.new_generation()
                try:
                    write_generation(folder, (), None, None, fresh_owner)
                except BaseException:
                    shutil.rmtree(folder, ignore_errors=True)
                    raise
                self.home.publish(folder)
                self.home.discard_others()
            with self._lock:
                self._drop()
                opened = self._open()
            indexed = () if fresh_owner is not None else self.inventory()
            appender = IndexAppender(
                opened.folder, opened.ix, indexed, segment_mb or BUILD_SEGMENT_MB
            )
            try:
                yield appender
            finally:
                appender.cancel()
                self._invalidate()

    def build(
        self,
        batches: Iterable[Sequence[SearchableConversation]],
        on_progress: Callable[[int], None] | None = None,
        cancel: threading.Event | None = None,
        timeout: float = 0.0,
        owner: str | None = None,
        *,
        parallel_from: int | None = None,
    ) -> int:
        """Index every conversation of ``batches`` into a new generation and make it the
        current one, marked as built from the store ``owner``; returns how many were
        indexed. Until it returns, the previous index (if any) keeps answering; if it fails,
        nothing of the new one is left behind. Past ``parallel_from`` conversations (None:
        never), a helper process shares the work (``agentdesk.search.helper``)."""
        self._whoosh()
        from agentdesk.search.writing import write_generation  # noqa: PLC0415 - see _whoosh

        started = time.monotonic()
        with self.home.maintenance(timeout):
            self.home.discard_others()
            folder = self.home.new_generation()
            try:
                count = write_generation(
                    folder, batches, on_progress, cancel, owner, parallel_from=parallel_from
                )
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)
                raise
            self.home.publish(folder)
            self._invalidate()
            self.home.discard_others()
        log.info("Indexed %d conversations in %.1f s", count, time.monotonic() - started)
        return count
