"""A parsed query and its filters over an ``IndexView``: the matching set, its size, and the
newest of it.

Each word gives the set of documents holding it in any word field; each phrase the documents
where its items line up (``analysis.phrase_items``); filters are cached sets and a slice of
ranks. All of them are intersected, cheapest first, so a rare word bounds what a common word
has to read (blocks without any candidate are skipped). The newest ``stop`` are then the
smallest ranks: a partial sort of a small set, or a walk down the newest-first order that stops
as soon as enough are found in a large one.
"""

from __future__ import annotations

import heapq
import threading
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from agentdesk.domain.search_query import ResolvedFilters
from agentdesk.errors import CancelledError
from agentdesk.search.analysis import phrase_items
from agentdesk.search.documents import micros
from agentdesk.search.query_parser import ParsedQuery
from agentdesk.search.view import IndexView

DENSE = 16
"""When the matches are more than 1/DENSE of the documents, walk the order instead of sorting."""


@dataclass(frozen=True, slots=True)
class Hits:
    total: int
    docnums: tuple[int, ...]
    """The documents ranked ``start`` to ``stop`` (exclusive), newest first."""


@dataclass(frozen=True, slots=True)
class _Step:
    frequency: int
    run: Callable[[set[int] | frozenset[int] | None], set[int]]


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise CancelledError("Search cancelled.")


def filter_docs(view: IndexView, filters: ResolvedFilters) -> frozenset[int] | None:
    """The documents passing the value filters (not the dates: ranks do those); None when
    there is no value filter."""
    found: frozenset[int] | None = None
    choices: list[tuple[str, frozenset[str]]] = []
    if filters.channels:
        choices.append(("channel", filters.channels))
    if filters.csat:
        choices.append(("csat", frozenset(str(v) for v in filters.csat)))
    nps_values = filters.nps_values
    if nps_values is not None:
        choices.append(("nps", frozenset(str(v) for v in nps_values)))
    for field, values in choices:
        docs = view.value_docs(field, values)
        found = docs if found is None else found & docs
        if not found:
            return frozenset()
    return found


def _steps(view: IndexView, query: ParsedQuery) -> list[_Step]:
    steps: list[_Step] = []
    for word in query.words:
        frequency = view.frequency(word)

        def run_word(
            within: set[int] | frozenset[int] | None, word: str = word, frequency: int = frequency
        ) -> set[int]:
            return view.term_docs(word, within=within, frequency=frequency)

        steps.append(_Step(frequency, run_word))
    for phrase in query.phrases:
        items = phrase_items(phrase)
        if len(items) == 1:
            term = items[0][0]
            frequency = view.frequency(term)

            def run_term(
                within: set[int] | frozenset[int] | None,
                term: str = term,
                frequency: int = frequency,
            ) -> set[int]:
                return view.term_docs(term, within=within, frequency=frequency)

            steps.append(_Step(frequency, run_term))
            continue

        def run_phrase(
            within: set[int] | frozenset[int] | None,
            items: tuple[tuple[str, int], ...] = items,
        ) -> set[int]:
            return view.phrase_docs(items, within)

        steps.append(_Step(min(view.frequency(term) for term, _ in items), run_phrase))
    return sorted(steps, key=lambda step: step.frequency)


def find(
    view: IndexView,
    query: ParsedQuery,
    filters: ResolvedFilters,
    *,
    start: int,
    stop: int,
    cancel: threading.Event | None = None,
    exclude: frozenset[int] = frozenset(),
) -> Hits:
    """The matches of ``query`` (which has words) passing ``filters`` and not in ``exclude``:
    their number and the documents ranked ``start`` to ``stop``."""
    if filters.matches_nothing:
        return Hits(0, ())
    candidates: set[int] | frozenset[int] | None = filter_docs(view, filters)
    if candidates is not None and not candidates:
        return Hits(0, ())
    for step in _steps(view, query):
        _check(cancel)
        found = step.run(candidates)
        candidates = found if candidates is None else found & candidates
        if not candidates:
            return Hits(0, ())
    _check(cancel)
    if candidates is None:  # a query without words: not this module's job, but answer it
        candidates = frozenset(view.order)
    low, high = view.rank_span(
        None if filters.closed_from is None else micros(filters.closed_from),
        None if filters.closed_until is None else micros(filters.closed_until),
    )
    if exclude:
        candidates = candidates - exclude
    return _newest(view, candidates, span=(low, high), start=start, stop=stop)


def _newest(
    view: IndexView,
    candidates: set[int] | frozenset[int],
    *,
    span: tuple[int, int],
    start: int,
    stop: int,
) -> Hits:
    low, high = span
    rank = view.rank
    if view.deleted:
        candidates = candidates - view.deleted
    if (low, high) != (0, len(view.order)):
        if high - low < len(candidates):
            candidates = candidates & set(islice(view.order, low, high))
        else:
            candidates = {d for d in candidates if low <= rank[d] < high}
    total = len(candidates)
    if total <= stop:
        chosen = sorted(candidates, key=rank.__getitem__)
    elif total * DENSE < high - low:
        chosen = heapq.nsmallest(stop, candidates, key=rank.__getitem__)
    else:
        chosen = list(islice(filter(candidates.__contains__, islice(view.order, low, high)), stop))
    return Hits(total, tuple(chosen[start:stop]))
