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
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from agentdesk.domain.search_query import NO_FILTERS, ResolvedFilters, SearchQuery
from agentdesk.domain.search_records import ConversationSummary, Highlights
from agentdesk.domain.wallclock import to_local, zone
from agentdesk.errors import CancelledError
from agentdesk.search.errors import IndexUnavailableError
from agentdesk.search.highlight import MatchRule, highlight, snippet
from agentdesk.search.index import SearchIndex
from agentdesk.search.query_parser import IdLookup, ParsedQuery, parse_query
from agentdesk.services.indexing import search_index
from agentdesk.store import Store

if TYPE_CHECKING:  # the platform client's imports are not needed to search
    from agentdesk.services.context import AppContext

log = logging.getLogger(__name__)

MAX_ID_WIDTH = 12


class IndexState(StrEnum):
    READY = "ready"
    """Complete: every stored conversation is searchable by its words."""
    UPDATING = "updating"
    """Changes wait in the outbox; the index answers without them."""
    BUILDING = "building"
    """No usable index yet; one is being built."""
    MISSING = "missing"
    DAMAGED = "damaged"
    OUTDATED = "outdated"


@dataclass(frozen=True, slots=True)
class SearchHit:
    conversation: ConversationSummary
    snippet: str
    """HTML: escaped text with each match in ``<mark>…</mark>``."""
    highlights: Highlights
    id_match: bool = False
    """Found by its id."""

    def to_json(self, timezone: str = "UTC") -> dict[str, object]:
        """``closed_at`` on the agent's clock with its offset, like every other time the CLI
        prints (``paused``, ``indicators``): the same instant, readable as the agent's."""
        c = self.conversation
        return {
            "id": c.id,
            "closed_at": closed_local(c.closed_at, timezone).isoformat(),
            "channel": c.channel,
            "contact": c.contact_name,
            "category": c.category,
            "csat": c.csat,
            "nps": c.nps,
            "snippet": self.snippet,
            "id_match": self.id_match,
        }


@dataclass(frozen=True, slots=True)
class SearchPage:
    query: SearchQuery
    total: int
    hits: tuple[SearchHit, ...]
    index_state: IndexState
    searched_words: bool
    """The query had words (the index answered, or would have)."""

    @property
    def index_complete(self) -> bool:
        return self.index_state is IndexState.READY

    def to_json(self, timezone: str = "UTC") -> dict[str, object]:
        return {
            "query": self.query.text,
            "total": self.total,
            "limit": self.query.limit,
            "offset": self.query.offset,
            "index_complete": self.index_complete,
            "index_state": self.index_state.value,
            "results": [hit.to_json(timezone) for hit in self.hits],
        }


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
        self, query: SearchQuery, cancel: threading.Event | None = None, *, snippets: bool = True
    ) -> SearchPage:
        """The page of ``query``; ``snippets=False`` leaves snippets and highlights empty
        (``highlight`` computes them for chosen rows later)."""
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
            total, rows = self._store.list_closed(filters, query.limit, query.offset)
        _check(cancel)
        marked = self._marks(parsed, [row.id for row in rows]) if snippets else {}
        hits = tuple(
            SearchHit(
                row,
                *marked.get(row.id, ("", Highlights())),
                id_match=row.id == id_hit,
            )
            for row in rows
        )
        return SearchPage(query, total, hits, state, parsed.has_words)

    def highlight(self, text: str, ids: list[str]) -> dict[str, tuple[str, Highlights]]:
        """Snippet and matched ranges of each of ``ids`` for the query ``text``."""
        return self._marks(parse_query(text), ids)

    def highlights(self, text: str, conversation_id: str) -> Highlights:
        """The transcript view's ranges: every match in every message and the closing note."""
        marks = self._marks(parse_query(text), [conversation_id])
        return marks[conversation_id][1] if conversation_id in marks else Highlights()

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
        if f.month is None and f.from_day is None and f.to_day is None:
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

    def _marks(self, parsed: ParsedQuery, ids: list[str]) -> dict[str, tuple[str, Highlights]]:
        rule = MatchRule.of(parsed)
        marks: dict[str, tuple[str, Highlights]] = {}
        for conversation in self._store.searchable_conversations(ids):
            found = highlight(conversation, rule)
            marks[conversation.id] = (snippet(conversation, found), found)
        return marks


def closed_local(moment: datetime, timezone: str) -> datetime:
    """A result's ``closed_at`` on the agent's clock, for display."""
    return to_local(moment, zone(timezone))
