"""Search for both front ends: a ``SearchQuery`` in, a ``SearchPage`` out.

Who answers what (DESIGN.md, "Search"):

- a query with words — the Whoosh index gives the total and the ids of the page, newest first;
- a query without words (nothing, filters only, only punctuation) — SQLite, with the filter
  indexes of migration 0002; it works while the index is missing or being built;
- an id (``c-000123``, ``000123``, ``123``) — SQLite finds the conversation, which comes first,
  before whatever the same text matches as words.

The page says whether the index was complete (``index_state``): while it is being built, or
while changes wait in the outbox, word searches may miss conversations, and the page says so.
Rows, snippets and highlights always come from the store.

Usable from any thread; ``cancel`` (a ``threading.Event``) stops a search between its steps
with ``CancelledError``. ``SearchService`` owns its ``SearchIndex``: close it when done.

**The policy both front ends follow** lives here too, so that the window and the command line
cannot drift apart:

- before a search with words, bring the index up to date (``prepare``): what waits in the
  outbox is indexed, a missing or damaged index rebuilt; a search without words never waits;
- a search that met an unusable index (``needs_rebuild``) rebuilds it (``rebuild``) and asks
  again, once (``answer`` does all of it in one call for the command line; the window runs the
  steps as separate background tasks so that typing never waits for a rebuild);
- an incomplete index is said, not hidden (``SearchPage.index_complete``, ``coverage``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from agentdesk.domain.search_query import MAX_LIMIT, NO_FILTERS, ResolvedFilters, SearchQuery
from agentdesk.domain.search_records import Highlights
from agentdesk.errors import CancelledError
from agentdesk.search.errors import IndexBusyError, IndexUnavailableError
from agentdesk.search.index import SearchIndex, SearchResult
from agentdesk.search.query_parser import IdLookup, ParsedQuery, parse_query
from agentdesk.services.indexing import (
    REINDEX_WAIT_S,
    IndexingCallback,
    IndexingReport,
    rebuild_index,
    search_index,
    update_index,
)
from agentdesk.services.platform_filters import refuse_unavailable, unavailable_filters
from agentdesk.services.search_marks import excerpts, marks
from agentdesk.services.search_page import (
    IndexCoverage,
    IndexState,
    SearchHit,
    SearchPage,
    closed_local,
)
from agentdesk.store import Store

if TYPE_CHECKING:  # the platform client's imports are not needed to search
    from agentdesk.services.context import AppContext

__all__ = [
    "IndexCoverage",
    "IndexState",
    "SearchHit",
    "SearchPage",
    "SearchService",
    "closed_local",
]

log = logging.getLogger(__name__)

MAX_ID_WIDTH = 12
MEASURED_MOST = 200_000
"""A word search narrowed by ``measured`` (the drill-down) reads every match of the index in
its span, then keeps the measured ones from the store."""


@dataclass(frozen=True, slots=True)
class _Found:
    total: int
    ids: list[str]
    state: IndexState


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise CancelledError("Search cancelled.")


class SearchService:
    def __init__(self, store: Store, index: SearchIndex) -> None:
        self._store = store
        self._index = index
        self._prefixes: list[str] = []

    @classmethod
    def for_context(cls, ctx: AppContext) -> SearchService:
        return cls(ctx.store(), search_index(ctx))

    def close(self) -> None:
        self._index.close()

    def __enter__(self) -> SearchService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the page

    def search(
        self,
        query: SearchQuery,
        cancel: threading.Event | None = None,
        *,
        snippets: bool = True,
        total: int | None = None,
    ) -> SearchPage:
        """The page of ``query``; ``snippets=False`` leaves snippets and highlights empty
        (``highlight`` computes them for chosen rows later). ``total``: the number of matches
        a caller reading a page in parts got with its first part (``reads_on``), not counted
        again; queries with words ignore it (the index counts as it searches)."""
        _check(cancel)
        parsed = parse_query(query.text)
        filters = self._resolve(query)
        id_hit = self._id_hit(parsed.id_lookup, filters)
        state = self.index_state()
        if parsed.has_words:
            found = self._by_words(
                parsed, filters, query, id_hit=id_hit, state=state, cancel=cancel
            )
            summaries = self._store.conversation_summaries(found.ids)
            rows = [summaries[cid] for cid in found.ids if cid in summaries]
            total, state = found.total, found.state
        elif id_hit is not None:
            total = 1
            rows = list(self._store.conversation_summaries([id_hit]).values())
            rows = rows if query.offset == 0 else []
        else:
            after = query.after
            key = None if after is None or query.offset == 0 else (after.closed_at, after.id)
            total, rows = self._store.list_closed(
                filters, query.limit, query.offset, key, total=None if key is None else total
            )
        _check(cancel)
        marked = marks(self._store, parsed, [row.id for row in rows]) if snippets else {}
        hits = tuple(
            SearchHit(
                row,
                *marked.get(row.id, ("", Highlights())),
                id_match=row.id == id_hit,
            )
            for row in rows
        )
        return SearchPage(query, total, hits, state, parsed.has_words)

    # --- the policy (see the module docstring)

    def prepare(
        self,
        query: SearchQuery,
        *,
        on_progress: IndexingCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> IndexingReport | None:
        """Bring the index up to date before ``query`` if it has words; None when it has none
        (the store answers at once, index or not)."""
        if not parse_query(query.text).has_words:
            return None
        return update_index(self._store, self._index, on_progress=on_progress, cancel=cancel)

    @staticmethod
    def needs_rebuild(page: SearchPage) -> bool:
        """The search read the index and found it unusable: rebuild it whatever its file-level
        check says (damaged contents can have the right sizes)."""
        return page.searched_words and page.index_state in (IndexState.DAMAGED, IndexState.MISSING)

    @staticmethod
    def reads_on(query: SearchQuery) -> bool:
        """Whether ``search`` reads ``query``'s page on from ``query.after`` (no words): each
        part of such a page then costs what the whole does, and a caller may read it in
        parts (the window's list, keeping its fetches short)."""
        return query.after is not None and not parse_query(query.text).has_words

    def rebuild(
        self,
        *,
        on_progress: IndexingCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> bool:
        """Rebuild the index from the store; False when another AgentDesk holds it (its own
        rebuild will do)."""
        try:
            report = rebuild_index(
                self._store,
                self._index,
                reason="a search found it unusable",
                on_progress=on_progress,
                cancel=cancel,
                wait_s=REINDEX_WAIT_S,
            )
        except IndexBusyError:
            return False
        return report.rebuilt

    def answer(
        self,
        query: SearchQuery,
        *,
        on_progress: IndexingCallback | None = None,
        on_rebuild: Callable[[], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> SearchPage:
        """The whole policy in one blocking call (the command line): prepare, search, and if
        the index proved unusable, rebuild and search again, once."""
        self.prepare(query, on_progress=on_progress, cancel=cancel)
        page = self.search(query, cancel)
        if not self.needs_rebuild(page):
            return page
        if on_rebuild is not None:
            on_rebuild()
        if not self.rebuild(on_progress=on_progress, cancel=cancel):
            return page  # the page says it is incomplete
        return self.search(query, cancel)

    def every_id(
        self, query: SearchQuery, cancel: threading.Event | None = None
    ) -> tuple[list[str], bool]:
        """Every id ``query`` finds (its limit and offset ignored), in the page's order, and
        whether the index was complete: what an export of the current search holds. Follows
        ``answer``'s policy, without snippets."""
        first = replace(query, limit=MAX_LIMIT, offset=0)
        self.prepare(first, cancel=cancel)
        page = self.search(first, cancel, snippets=False)
        if self.needs_rebuild(page) and self.rebuild(cancel=cancel):
            page = self.search(first, cancel, snippets=False)
        ids = [hit.conversation.id for hit in page.hits]
        while page.hits and len(ids) < page.total:
            page = self.search(replace(first, offset=len(ids)), cancel, snippets=False)
            ids.extend(hit.conversation.id for hit in page.hits)
        return ids, page.index_complete or not page.searched_words

    def unavailable_filters(self) -> frozenset[str]:
        """The filters the store's platform has no data for (``platform_filters``)."""
        return frozenset(unavailable_filters(self._store))

    def refuse_unavailable(self, query: SearchQuery) -> None:
        refuse_unavailable(self._store, query.filters)

    def coverage(self) -> IndexCoverage:
        """For "still indexing: 4,210 of 20,000 conversations"."""
        state = self.index_state()
        stored = self._store.counts().closed
        if state is IndexState.READY:
            return IndexCoverage(state, stored, stored)
        if state is IndexState.UPDATING:
            indexed = max(0, stored - self._store.outbox_pending())
            return IndexCoverage(state, indexed, stored)
        return IndexCoverage(state, 0, stored)

    # --- highlights

    def rows(self, text: str, ids: list[str]) -> list[SearchHit]:
        """The rows of ``ids`` (closed ones, in that order) with their snippets for ``text``:
        the window's list holds ids and asks for rows when it shows them. Snippets only, no
        ``highlights`` (the list paints the snippet; the transcript asks ``highlights``)."""
        summaries = self._store.conversation_summaries(ids)
        marked = self.excerpts(text, [cid for cid in ids if cid in summaries])
        return [
            SearchHit(summaries[cid], marked.get(cid, ""), Highlights())
            for cid in ids
            if cid in summaries
        ]

    def excerpted(self, page: SearchPage, count: int) -> SearchPage:
        """``page`` (searched without snippets) with the snippets of its first ``count`` hits,
        like ``rows``: the window asks those of the rows it shows with the answer."""
        wanted = [hit.conversation.id for hit in page.hits[:count] if not hit.snippet]
        if not wanted:
            return page
        marked = self.excerpts(page.query.text, wanted)
        hits = [replace(h, snippet=marked.get(h.conversation.id, h.snippet)) for h in page.hits]
        return replace(page, hits=tuple(hits))

    def excerpts(self, text: str, ids: list[str]) -> dict[str, str]:
        """The list's snippet of each of ``ids`` for the query ``text`` (``search_marks``)."""
        return excerpts(self._store, text, ids)

    def highlight(self, text: str, ids: list[str]) -> dict[str, tuple[str, Highlights]]:
        """Snippet and matched ranges of each of ``ids`` for the query ``text``."""
        return marks(self._store, parse_query(text), ids)

    def highlights(self, text: str, conversation_id: str) -> Highlights:
        """The transcript view's ranges: every match in every message and the closing note."""
        found = marks(self._store, parse_query(text), [conversation_id])
        return found[conversation_id][1] if conversation_id in found else Highlights()

    def index_state(self) -> IndexState:
        check = self._index.check()
        if not check.ok:
            if self._index.home.is_busy():
                return IndexState.BUILDING
            return IndexState(str(check.problem))
        return IndexState.UPDATING if self._store.outbox_pending() else IndexState.READY

    # --- steps

    def _resolve(self, query: SearchQuery) -> ResolvedFilters:
        f = query.filters
        if not f.has_days:
            return f.resolve("UTC")  # no days: the zone does not matter
        profile = self._store.load_profile()
        return f.resolve(profile.timezone if profile is not None else "UTC")

    def _by_words(
        self,
        parsed: ParsedQuery,
        filters: ResolvedFilters,
        query: SearchQuery,
        *,
        id_hit: str | None,
        state: IndexState,
        cancel: threading.Event | None,
    ) -> _Found:
        start, stop = query.offset, query.offset + query.limit
        if id_hit is not None:  # the id's conversation takes the first place
            start, stop = max(0, start - 1), stop - 1
        try:
            if filters.measured is not None:
                result = self._measured_words(
                    parsed, filters, start=start, stop=stop, id_hit=id_hit, cancel=cancel
                )
            else:
                result = self._index.search(
                    parsed, filters, start=start, stop=stop, cancel=cancel, pinned=id_hit
                )
        except IndexUnavailableError as error:
            log.warning("Word search without an index: %s", error.reason)
            unavailable = IndexState(str(error.problem))
            if state in (IndexState.BUILDING,):
                unavailable = state
            ids = [id_hit] if id_hit is not None and query.offset == 0 else []
            return _Found(1 if id_hit is not None else 0, ids, unavailable)
        if id_hit is None:
            return _Found(result.total, list(result.ids), state)
        ids = ([id_hit] if query.offset == 0 else []) + list(result.ids)
        return _Found(result.total + 1, ids, state)

    def _measured_words(
        self,
        parsed: ParsedQuery,
        filters: ResolvedFilters,
        *,
        start: int,
        stop: int,
        id_hit: str | None,
        cancel: threading.Event | None,
    ) -> SearchResult:
        """Every word match in the span from the index, the measured ones from the store (in
        the same newest-first order), then the page."""
        wide = self._index.search(
            parsed,
            replace(filters, measured=None),
            start=0,
            stop=MEASURED_MOST,
            cancel=cancel,
            pinned=id_hit,
        )
        _check(cancel)
        kept = self._store.closed_ids_matching(list(wide.ids), filters)
        return SearchResult(len(kept), tuple(kept[start:stop]))

    def _id_hit(self, lookup: IdLookup | None, filters: ResolvedFilters) -> str | None:
        """The one closed conversation the query names by id, if it passes the filters."""
        if lookup is None:
            return None
        candidates = self._id_candidates(lookup)
        found = self._store.closed_ids_matching(candidates, NO_FILTERS)
        if len(found) != 1:
            return None  # none, or ambiguous (c-123 and c-000123 both exist)
        if filters.is_empty or self._store.closed_ids_matching(found, filters):
            return found[0]
        return None

    def _id_candidates(self, lookup: IdLookup) -> list[str]:
        if lookup.prefix is not None:
            prefixes = [f"{lookup.prefix}-"]
        else:
            if not self._prefixes:
                self._prefixes = self._store.id_prefixes()
            prefixes = self._prefixes
        number = lookup.number
        widths = range(len(str(number)), MAX_ID_WIDTH + 1)
        candidates = {f"{p}{lookup.digits}" for p in prefixes}
        candidates.update(f"{p}{number:0{w}d}" for p in prefixes for w in widths)
        return sorted(candidates)
