"""One generation of the index opened with Whoosh for reading.

Apart from ``index`` (the façade the services hold) because it is where Whoosh's reading side
is imported: ``SearchIndex`` imports this module on its first real open, so a command that never
needs more than the manifest (a sync with nothing new) never loads Whoosh.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

from agentdesk.search.errors import IndexProblem, IndexUnavailableError, is_our_bug
from agentdesk.search.fields import build_schema
from agentdesk.search.manifest import Manifest, size_problem
from agentdesk.search.view import IndexView
from agentdesk.search.view_order import OrderFile
from agentdesk.search.whoosh_access import segments as whoosh_segments

log = logging.getLogger(__name__)


class OpenedGeneration:
    """One generation opened for reading, with its reader and view (built on demand).

    A reader, not a Whoosh searcher: queries run on the segments' readers themselves
    (``matching``), and ``ix.searcher()`` would import ``whoosh.searching`` and
    ``whoosh.query`` (their English morphology compiles regular expressions) for nothing:
    ~30–60 ms of every ``agentdesk search``."""

    def __init__(self, folder: Path, ix: Any) -> None:
        self.folder = folder
        self.ix = ix
        self.generation = ix.latest_generation()
        segments = whoosh_segments(ix)
        self.documents = sum(segment.doc_count() for segment in segments)
        self.deleted = sum(segment.deleted_count() for segment in segments)
        self.segments = len(segments)
        self._reader: Any | None = None
        self._view: IndexView | None = None

    def view(self) -> IndexView:
        if self._view is None:
            self._reader = self.ix.reader()
            self._view = IndexView(self._reader, OrderFile(self.folder, self.generation))
        return self._view

    def changed(self, current: Path | None) -> bool:
        """Whether ``current`` (the home's current generation) or a commit replaced this one."""
        return self.folder != current or self.ix.latest_generation() != self.generation

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
        self._reader = None
        self._view = None


def open_generation(folder: Path, manifest: Manifest) -> OpenedGeneration:
    """``folder`` opened, its files as the manifest stamped them; ``IndexUnavailableError``
    (damaged) otherwise."""
    try:
        ix = whoosh_index.open_dir(str(folder), schema=build_schema())
        opened = OpenedGeneration(folder, ix)
        live = live_files(ix)
    except Exception as error:  # Whoosh raises anything on a damaged TOC
        if is_our_bug(error):
            raise
        log.warning("Cannot open the search index %s", folder, exc_info=True)
        raise IndexUnavailableError(
            IndexProblem.DAMAGED, f"it cannot be opened: {type(error).__name__}"
        ) from error
    problem = size_problem(folder, manifest, live)
    if problem is not None:
        opened.close()
        raise IndexUnavailableError(IndexProblem.DAMAGED, problem)
    return opened


def live_files(ix: Any) -> list[str]:
    """The files of the segments the latest table of contents lists."""
    names = set(ix.storage.list())
    files: list[str] = []
    for segment in whoosh_segments(ix):
        prefix = segment.segment_id() + "."
        files.extend(name for name in names if name.startswith(prefix))
    return sorted(files)
