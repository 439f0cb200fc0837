"""What the closed page asks off the GUI thread, and the answers it gets back.

One ``SearchService`` per page, opened on first use from a worker (opening the index reads its
files) and closed when the page goes; the service is safe to share between workers (the index
serialises its readers), so a superseded search may still finish while a newer one starts: the
page drops its answer by generation.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime

from agentdesk.domain.drill_down import DrillDown, FigureRef
from agentdesk.domain.search_query import SearchQuery
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

    def more(self, query: SearchQuery, cancel: threading.Event) -> SearchPage:
        service = self.service()  # scrolling: rows arrive whole
        page = service.search(query, cancel, snippets=False)
        return service.excerpted(page, len(page.hits))

    def rows(self, text: str, ids: list[str]) -> list[SearchHit]:
        return self.service().rows(text, ids)

    def rebuild(self, on_progress: IndexingCallback, cancel: threading.Event) -> bool:
        return self.service().rebuild(on_progress=on_progress, cancel=cancel)

    def drill_down(self, figure: FigureRef, now: datetime) -> DrillDown:
        return DrillDownService(self._ctx.store()).behind(figure, now)
