"""What the closed page asks off the GUI thread, and the answers it gets back.

One ``SearchService`` per page, opened on first use from a worker (opening the index reads its
files) and closed when the page goes; the service is safe to share between workers (the index
serialises its readers), so a superseded search may still finish while a newer one starts: the
page drops its answer by generation.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from datetime import datetime

from agentdesk.domain.drill_down import DrillDown, FigureRef
from agentdesk.domain.search_query import ListPosition, SearchQuery
from agentdesk.services.context import AppContext
from agentdesk.services.drill_down import DrillDownService
from agentdesk.services.indexing import IndexingCallback
from agentdesk.services.search import (
    IndexCoverage,
    IndexState,
    SearchHit,
    SearchPage,
    SearchService,
)
from agentdesk.ui.frame_gate import FrameGate

PIECE = 25
"""Rows a scroll's fetch reads (or excerpts) in one turn of the frame gate: ~0.6 ms of the
worker alone at 100k (read on from the piece before, the matches counted once), short enough
to end before the next frame; the page's 200 rows (``state.NEXT_PAGE``) take eight turns."""


@dataclass(frozen=True, slots=True)
class Answer:
    page: SearchPage
    timezone: str
    locale: str | None
    coverage: IndexCoverage | None
    """Given when the index is not complete, or nothing matched (``stored`` then tells an empty
    store from a query that found nothing)."""
    unavailable: frozenset[str] = frozenset()
    """The filters the store's platform has no data for (Chatwoot: ``"nps"``): hidden."""


class SearchHolder:
    """The page's one ``SearchService``, opened lazily, closed once."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self._lock = threading.Lock()
        self._service: SearchService | None = None
        self._closed = False

    def service(self) -> SearchService:
        with self._lock:
            if self._closed:
                raise RuntimeError("the closed page's search was already closed")
            if self._service is None:
                self._service = SearchService.for_context(self._ctx)
            return self._service

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._service is not None:
                self._service.close()
                self._service = None

    # --- the work the page runs on the task runner

    def answer(self, query: SearchQuery, shown: int, cancel: threading.Event) -> Answer:
        """The answer with the snippets of its first ``shown`` rows (what the list shows at
        once): one call and one paint, the other rows' snippets are asked as they are shown."""
        service = self.service()
        page = service.excerpted(service.search(query, cancel, snippets=False), shown)
        profile = self._ctx.store().load_profile()
        coverage = None
        if page.index_state is not IndexState.READY or page.total == 0:
            coverage = service.coverage()
        return Answer(
            page,
            profile.timezone if profile is not None else "UTC",
            profile.locale if profile is not None else None,
            coverage,
            service.unavailable_filters(),
        )

    def more(self, query: SearchQuery, gate: FrameGate, cancel: threading.Event) -> SearchPage:
        """Scrolling: the next rows, whole (with their excerpts), read in pieces of ``PIECE``
        rows, each after ``gate`` gave the worker its turn, so that the list's frames do not
        share the GIL with the fetch (``frame_gate``). While the list waits for these rows
        (``FrameGate.waited_for``: it shows its last loaded row) the rest is read at once: a
        piece costs a search's fixed work again. A page with words is searched once (each
        part would search the index again), its excerpts still read in pieces."""
        service = self.service()
        if not SearchService.reads_on(query):
            gate.wait_turn(cancel)  # one search, too long for a frame to wait for (``turn``)
            found = service.search(query, cancel, snippets=False)
            return self._excerpted(found, gate, cancel)
        pages: list[SearchPage] = []
        read = 0
        piece = replace(query, limit=_piece(gate, query.limit))
        known: int | None = None  # counted once: with the first piece while the list waits
        if not gate.waited_for:
            # otherwise first, outside a piece: the count is ~7 ms of SQLite at 100k (the GIL
            # let go meanwhile), which a frame beginning would have to wait for (``turn``)
            gate.wait_turn(cancel)
            known = service.search(replace(piece, limit=1), cancel, snippets=False).total
        while True:
            with gate.turn(cancel):
                page = service.search(piece, cancel, snippets=False, total=known)
                page = service.excerpted(page, len(page.hits))
            pages.append(page)
            known = page.total
            read += len(page.hits)
            if len(page.hits) < piece.limit or read >= query.limit:
                break
            last = page.hits[-1].conversation
            piece = replace(
                query,
                limit=_piece(gate, query.limit - read),
                offset=query.offset + read,
                after=ListPosition(last.closed_at, last.id),
            )
        hits = tuple(hit for part in pages for hit in part.hits)
        return replace(pages[-1], query=query, hits=hits)

    def _excerpted(self, page: SearchPage, gate: FrameGate, cancel: threading.Event) -> SearchPage:
        """``page`` with every row's excerpt, ``PIECE`` rows a turn."""
        service = self.service()
        hits: list[SearchHit] = []
        while len(hits) < len(page.hits):
            with gate.turn(cancel):
                count = _piece(gate, len(page.hits) - len(hits))
                part = replace(page, hits=page.hits[len(hits) : len(hits) + count])
                hits.extend(service.excerpted(part, count).hits)
        return replace(page, hits=tuple(hits))

    def rows(self, text: str, ids: list[str]) -> list[SearchHit]:
        return self.service().rows(text, ids)

    def rebuild(self, on_progress: IndexingCallback, cancel: threading.Event) -> bool:
        return self.service().rebuild(on_progress=on_progress, cancel=cancel)

    def drill_down(self, figure: FigureRef, now: datetime) -> DrillDown:
        return DrillDownService(self._ctx.store()).behind(figure, now)


def _piece(gate: FrameGate, left: int) -> int:
    """How many of the ``left`` rows to read in the next turn: all of them while the list
    waits for them."""
    return left if gate.waited_for else min(PIECE, left)
