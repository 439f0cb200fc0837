"""What a search answers, as both front ends receive it: the page, its hits, how complete the
index was. Plain frozen values (``SearchService`` in ``agentdesk.services.search`` makes them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from agentdesk.domain.search_query import SearchQuery
from agentdesk.domain.search_records import ConversationSummary, Highlights
from agentdesk.domain.wallclock import to_local, zone


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
class IndexCoverage:
    """How much of the store word searches can see: ``indexed`` of ``stored`` conversations."""

    state: IndexState
    indexed: int
    stored: int


def closed_local(moment: datetime, timezone: str) -> datetime:
    """A result's ``closed_at`` on the agent's clock, for display."""
    return to_local(moment, zone(timezone))
