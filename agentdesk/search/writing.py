"""Writing the index: a whole new generation for a rebuild, or one commit of changes.

Split from ``index`` (which owns opening, reading and publishing) so that each stays readable;
the maintenance lock around every write is taken by ``SearchIndex``, not here.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from whoosh import index as whoosh_index
from whoosh.index import LockError
from whoosh.reading import SegmentReader

from agentdesk.domain.search_records import SearchableConversation
from agentdesk.errors import CancelledError
from agentdesk.search.bulk import TextPostings, forget_vocabulary
from agentdesk.search.documents import document_fields
from agentdesk.search.errors import IndexBusyError, index_write_errors
from agentdesk.search.fields import IndexCodec, build_schema
from agentdesk.search.format_version import SCHEMA_VERSION
from agentdesk.search.manifest import read_manifest, restamp, write_manifest
from agentdesk.search.opened import live_files
from agentdesk.search.whoosh_access import (
    bulk_build_in_use,
    commit_with_postings,
    segments,
    verdicts_folder,
)

if TYPE_CHECKING:
    from agentdesk.search.helper import BuildHelper

log = logging.getLogger(__name__)

BUILD_LIMIT_MB = 128
"""Postings a full build keeps in memory before it writes them as one segment (Whoosh's
estimate; the process holds about as much). Writing a segment each time costs a few more
segments but spares Whoosh's external merge sort, which doubled the build time."""
BUILD_SEGMENT_MB = 64
"""What a bulk build's segment may cost at its commit's peak (``TextPostings.size``) before it
is written: about 9,500 conversations of the demo data (1.5 million tokens), 12 MB while they
are gathered and ~35 MB more while the commit groups them (so that a first sync of 100,000
stays under 200 MB; issue 15)."""
UPDATE_LIMIT_MB = 64
MERGE_MAX_DOCS = 2000
"""An update merges the small segments left by earlier updates while they total fewer
documents than this (a merge rewrites every posting in Python: ~0.5 ms a document)."""


def _merge_small(writer: Any, segments: list[Any]) -> list[Any]:
    """Whoosh merge policy: fold the smallest segments into the new one while they total
    fewer than ``MERGE_MAX_DOCS`` documents; big segments are never rewritten (``reindex``
    compacts them)."""
    small = sorted(segments, key=lambda segment: segment.doc_count_all())
    merged = 0
    kept: list[Any] = []
    for segment in small:
        size = segment.doc_count_all()
        if merged + size <= MERGE_MAX_DOCS and len(small) > 1:
            reader = SegmentReader(writer.storage, writer.schema, segment)
            writer.add_reader(reader)
            reader.close()
            merged += size
        else:
            kept.append(segment)
    return kept


def write_generation(
    folder: Path,
    batches: Iterable[Sequence[SearchableConversation]],
    on_progress: Callable[[int], None] | None,
    cancel: threading.Event | None,
    owner: str | None = None,
    *,
    parallel_from: int | None = None,
) -> int:
    """Index ``batches`` into the new generation in ``folder``; past ``parallel_from``
    conversations (None: never) with a helper process on the other core (``helper``)."""
    count = 0
    helper: BuildHelper | None = None
    with index_write_errors(folder):
        ix = whoosh_index.create_in(str(folder), build_schema())
        segment = SegmentBuilder(ix)
        try:
            for batch in batches:
                if cancel is not None and cancel.is_set():
                    raise CancelledError("Indexing cancelled; the previous index is kept.")
                if helper is None and parallel_from is not None and count >= parallel_from:
                    helper = _start_helper(folder)
                if helper is None or not helper.offer(batch):
                    segment.add(batch)
                    if segment.full():
                        segment.commit()
                        segment = SegmentBuilder(ix)
                count += len(batch)
                if on_progress is not None:
                    on_progress(count)
            adopted: list[Any] = []
            if helper is not None:
                if segment.documents:
                    # Written while the helper writes its last segment, not after it: the
                    # two commits of the end overlapped (waiting first left a core idle for
                    # a whole segment commit, ~2 s at the end of every rebuild).
                    segment.commit()
                    segment = SegmentBuilder(ix)
                helper.finish()
                adopted = adopt(ix, helper.folder)
            segment.commit(adopted)
        except BaseException:
            segment.cancel()
            if helper is not None:
                helper.stop()
            raise
        finally:
            forget_vocabulary()
        if helper is not None:
            shutil.rmtree(helper.folder)
            log.info("A helper process indexed %d of the %d conversations", helper.sent, count)
        manifest = restamp(
            folder, SCHEMA_VERSION, live_files(ix), ix.doc_count(), None, owner=owner
        )
        write_manifest(folder, manifest)
    return count


def _start_helper(folder: Path) -> BuildHelper:
    # Imported here: ``multiprocessing`` is no import for a ``search`` command to pay.
    from agentdesk.search.helper import HELPER_FOLDER, BuildHelper  # noqa: PLC0415

    return BuildHelper(folder / HELPER_FOLDER, BUILD_SEGMENT_MB, verdicts_folder())


class SegmentBuilder:
    """One new segment of many documents (a full build, or a sync followed as it goes): the
    word postings gathered by ``TextPostings`` and written in bulk (``bulk.py``), or, when
    the adapter's check says the bulk writes do not fit this Whoosh, every field through
    ``add_document``. Committed without merging: such segments are as big as memory allows
    and never rewritten."""

    def __init__(self, ix: Any, segment_mb: float = BUILD_SEGMENT_MB) -> None:
        self._writer = ix.writer(limitmb=BUILD_LIMIT_MB, compound=False, codec=IndexCodec())
        self._segment_bytes = segment_mb * 1024 * 1024
        self._postings = TextPostings() if bulk_build_in_use() else None
        self.documents = 0
        """Documents added to this segment."""

    def add(self, batch: Sequence[SearchableConversation]) -> None:
        self.add_documents(map(document_fields, batch))

    def add_documents(self, documents: Iterable[dict[str, Any]]) -> None:
        """Add documents as ``document_fields`` makes them (what a rebuild's helper is sent:
        plain dicts pickle ten times faster than the conversations' dataclasses)."""
        writer, postings = self._writer, self._postings
        added = 0
        for fields in documents:
            if postings is not None:
                postings.add(fields.pop("text"))
            writer.add_document(**fields)
            added += 1
        self.documents += added

    def delete(self, ids: Iterable[str]) -> None:
        """Drop these conversations from the committed segments (not from this one)."""
        for conversation_id in ids:
            self._writer.delete_by_term("id", conversation_id)

    def full(self) -> bool:
        if self._postings is not None:
            return self._postings.size > self._segment_bytes
        pool = getattr(self._writer, "pool", None)
        return pool is not None and pool.currentsize > 0.8 * pool.limit

    def commit(self, adopted: Sequence[Any] = ()) -> None:
        """Write the segment; with ``adopted``, the commit lists those segments too (their
        files already beside this index's: see ``adopt``)."""
        policy: dict[str, Any] = {"merge": False}
        if adopted:
            policy = {"mergetype": lambda _writer, segments: [*segments, *adopted]}
        if self._postings is None:
            self._writer.commit(**policy)
        else:
            commit_with_postings(self._writer, "text", self._postings.sorted_terms(), **policy)

    def cancel(self) -> None:
        self._writer.cancel()


def adopt(ix: Any, helper_folder: Path) -> list[Any]:
    """The committed segments of the helper's index in ``helper_folder``, their files moved
    into ``ix``'s folder (same names: a segment's files start with its random id), for the
    next commit of ``ix`` to list (``SegmentBuilder.commit``)."""
    theirs = segments(whoosh_index.open_dir(str(helper_folder), schema=build_schema()))
    ours = Path(ix.storage.folder)
    names = [path.name for path in helper_folder.iterdir()]
    for segment in theirs:
        prefix = segment.segment_id() + "."
        for name in names:
            if name.startswith(prefix):
                os.replace(helper_folder / name, ours / name)
    return theirs


def restamp_after_commit(folder: Path, ix: Any) -> None:
    """The manifest of the files a commit left (the previous one gives the owner)."""
    ix = ix.refresh()
    previous = read_manifest(folder)
    manifest = restamp(folder, SCHEMA_VERSION, live_files(ix), ix.doc_count(), previous)
    write_manifest(folder, manifest)


class IndexUpdater:
    """Upserts and deletes of one commit, then the manifest of the files it left."""

    def __init__(self, folder: Path, ix: Any) -> None:
        self._folder = folder
        self._ix = ix
        try:
            self._writer = ix.writer(limitmb=UPDATE_LIMIT_MB, compound=False, codec=IndexCodec())
        except LockError as error:
            raise IndexBusyError() from error
        self.upserted = 0
        self.deleted = 0

    def upsert(self, conversations: Iterable[SearchableConversation]) -> None:
        for conversation in conversations:
            self._writer.update_document(**document_fields(conversation))
            self.upserted += 1

    def delete(self, ids: Iterable[str]) -> None:
        for conversation_id in ids:
            self._writer.delete_by_term("id", conversation_id)
            self.deleted += 1

    def commit(self) -> None:
        folder = self._folder
        with index_write_errors(folder):
            self._writer.commit(mergetype=_merge_small)
            restamp_after_commit(folder, self._ix)

    def cancel(self) -> None:
        try:
            self._writer.cancel()
        except Exception:  # must not hide the failure
            log.warning("Cancelling the index writer failed", exc_info=True)
