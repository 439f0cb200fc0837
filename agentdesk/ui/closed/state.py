"""The closed page's state, apart from its widgets: what is asked, what answered, what is shown.

A small plain object (DESIGN: pages keep state in a view-model): the text as typed, the filters,
the drill-down that set them, and the generation of the newest question — an answer that carries
an older generation is dropped, so a slow search never overwrites a newer one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from agentdesk.domain.drill_down import DrillDown
from agentdesk.domain.search_query import ListPosition, SearchFilters, SearchQuery

FIRST_PAGE = 30
"""Rows the first answer brings: a screenful at the default size (a snippet costs about a
millisecond a row, so fewer rows paint sooner)."""
NEXT_PAGE = 200
"""Rows each ``fetchMore`` brings while scrolling."""

_CLEARS: dict[str, dict[str, object]] = {
    "month": {"month": None},
    "days": {"from_day": None, "to_day": None},
    "span": {"closed_from": None, "closed_until": None},
    "measured": {"measured": None},
    "csat": {"csat": frozenset()},
    "nps": {"nps_min": None, "nps_max": None},
    "channels": {"channels": frozenset()},
}


@dataclass
class ClosedState:
    text: str = ""
    filters: SearchFilters = SearchFilters()  # noqa: RUF009 - frozen, shared safely
    drill: DrillDown | None = None
    generation: int = 0
    total: int | None = None
    """The newest answer's number of matches; None before the first."""

    def query(
        self, *, offset: int = 0, limit: int = FIRST_PAGE, after: ListPosition | None = None
    ) -> SearchQuery:
        return SearchQuery(self.text, self.filters, limit=limit, offset=offset, after=after)

    def ask(self) -> int:
        """A new question supersedes every answer still on its way."""
        self.generation += 1
        return self.generation

    def is_current(self, generation: int) -> bool:
        return generation == self.generation

    def set_filters(self, filters: SearchFilters) -> None:
        self.filters = filters
        if filters.closed_from is None and filters.measured is None:
            self.drill = None  # its span and its measure are gone: it no longer describes

    def without(self, chip: str) -> None:
        """Remove one chip's filter (``words.chip_labels`` names them)."""
        self.set_filters(replace(self.filters, **_CLEARS[chip]))  # type: ignore[arg-type]

    def clear_filters(self) -> None:
        self.set_filters(SearchFilters())

    def show_drill_down(self, drill: DrillDown) -> None:
        """Exactly the figure's conversations: no words, only its filters."""
        self.text = ""
        self.filters = drill.filters
        self.drill = drill
