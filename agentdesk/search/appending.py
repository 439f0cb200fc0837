"""Segments appended to the live index while a sync stores what it fetches (issue 15).

A first sync used to store everything, then build the index: one core busy at a time. The
follower (``agentdesk.services.index_follower``) instead reads the store's outbox as pages
arrive and appends what it read as bulk segments (``SegmentBuilder``), one Whoosh commit and
one manifest each; the outbox entries a segment covers are acknowledged only after its commit,
exactly as a drain does, so a kill at any point replays at most one segment.

A conversation may come twice (changed during the sync, or paused then closed): the second
time it is deleted from the committed segments before it is added again; if it is in the
segment still being filled, that segment is committed first, since a segment cannot drop what
it has not written yet.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from agentdesk.domain.search_records import SearchableConversation
from agentdesk.search.errors import index_write_errors
from agentdesk.search.writing import SegmentBuilder, restamp_after_commit


class IndexAppender:
    def __init__(self, folder: Path, ix: Any, indexed: Iterable[str], segment_mb: float) -> None:
        self._folder = folder
        self._segment_mb = segment_mb
        self._ix = ix
        self._indexed = set(indexed)
        """Ids in the committed segments."""
        self._segment: SegmentBuilder | None = None
        self._in_segment: set[str] = set()
        self.documents = 0
        """Conversations written in the segment being filled."""

    def holds(self, ids: Iterable[str]) -> bool:
        """Whether any of ``ids`` is in the segment being filled (commit before changing it)."""
        return not self._in_segment.isdisjoint(ids)

    def apply(
        self, conversations: Sequence[SearchableConversation], deleted: Iterable[str]
    ) -> None:
        """Upsert ``conversations`` and drop ``deleted``; neither may be in the segment being
        filled (see ``holds``)."""
        with index_write_errors(self._folder):
            if self._segment is None:
                self._segment = SegmentBuilder(self._ix, self._segment_mb)
            ids = [c.id for c in conversations]
            stale = [cid for cid in (*deleted, *ids) if cid in self._indexed]
            self._segment.delete(stale)
            self._indexed.difference_update(stale)
            self._segment.add(conversations)
            self._in_segment.update(ids)
            self.documents += len(ids)

    def full(self) -> bool:
        return self._segment is not None and self._segment.full()

    def commit(self) -> None:
        """Write the segment being filled and the manifest: from here a kill keeps it."""
        if self._segment is None:
            return
        with index_write_errors(self._folder):
            self._segment.commit()
            self._segment = None
            restamp_after_commit(self._folder, self._ix)
        self._indexed.update(self._in_segment)
        self._in_segment = set()
        self.documents = 0

    def cancel(self) -> None:
        if self._segment is not None:
            self._segment.cancel()
            self._segment = None
