"""One open reader of the index and what every query over it reuses.

Built once per reader (a commit or a rebuild gives a new one); its order is computed once per
table of contents and kept beside the generation (``view_order``), ~0.13 s at 100k documents:

- ``order``: the live document numbers newest first (``closed_at`` descending, then id
  descending, as the store orders its list), and ``rank``, each document's place in it. Results
  are the best ranks of the matching set, so ordering never walks the postings again; a date
  filter is a slice of ranks found by bisection.
- Filter document sets (channel, CSAT, NPS values), cached per reader. An empty set means
  "nothing passes", never "no filter" (Whoosh's own ``filter=`` reads an empty set as no filter).

Document numbers are global (Whoosh's multi-segment numbering: a segment's local number plus
its offset).
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import compress, filterfalse
from operator import eq, neg
from typing import Any

from agentdesk.search.fields import WORD_FIELDS
from agentdesk.search.postings import doc_ids, docs_of_keys, position_keys
from agentdesk.search.view_order import OrderFile, ViewOrder
from agentdesk.search.whoosh_access import numbers

FILTER_CACHE_SIZE = 12
FREQUENCY_CACHE_SIZE = 4096
SKIP_RATIO = 8
"""Read a term only in the blocks of wanted documents when they are this many times fewer
than the documents holding the term."""


@dataclass(frozen=True, slots=True)
class Leaf:
    reader: Any
    offset: int
    size: int


def _numbers(reader: Any, field: str, size: int) -> array[int]:
    """A numeric column of one segment, all at once (see ``whoosh_access.numbers``)."""
    return numbers(reader.column_reader(field, translate=False), size)


class IndexView:
    def __init__(self, reader: Any, kept: OrderFile | None = None) -> None:
        """``kept``: where this table of contents' order may already be, and is left for the
        next process when it is computed here."""
        self.leaves = [
            Leaf(leaf, offset, leaf.doc_count_all())
            for leaf, offset in reader.leaf_readers()
            if leaf.doc_count_all()  # an empty index has one empty, column-less reader
        ]
        self.size = sum(leaf.size for leaf in self.leaves)
        deleted: set[int] = set()
        for leaf in self.leaves:
            if leaf.reader.has_deletions():
                deleted.update(leaf.offset + d for d in leaf.reader.deleted_docs_set)
        self.deleted = frozenset(deleted)
        self._id_columns: dict[int, Any] = {}
        self._frequencies: dict[tuple[str, ...], int] = {}
        self._filters: OrderedDict[tuple[object, ...], frozenset[int]] = OrderedDict()
        found = kept.load(self.size) if kept is not None else None
        if found is None or not found.fits(self.size) or len(found.order) != self._live():
            found = self._compute_order()
            if kept is not None:
                kept.save(found)
        self.order = found.order
        """An array, not a list: the collector walks every item of a list (100,000 int objects
        here) in each full collection, ~6 ms of the GIL each time, in whatever thread
        allocates, the window's scroll frames waiting; an array is one untracked object."""
        self.rank = found.rank
        self._descending = found.descending

    def _live(self) -> int:
        return self.size - len(self.deleted)

    def _compute_order(self) -> ViewOrder:
        closed = array("q")
        for leaf in self.leaves:
            closed.extend(_numbers(leaf.reader, "closed_at", leaf.size))
        live: Iterable[int] = range(self.size)
        if self.deleted:
            live = filterfalse(self.deleted.__contains__, live)
        order = sorted(live, key=closed.__getitem__, reverse=True)
        self._break_ties(order, closed)
        rank = array("i", [self.size]) * self.size
        for place, docnum in enumerate(order):
            rank[docnum] = place
        descending = array("q", map(neg, map(closed.__getitem__, order)))
        return ViewOrder(array("i", order), rank, descending)

    @property
    def live_count(self) -> int:
        return len(self.order)

    # --- ids

    def _leaf_of(self, docnum: int) -> Leaf:
        for leaf in reversed(self.leaves):
            if docnum >= leaf.offset:
                return leaf
        raise IndexError(docnum)

    def id_of(self, docnum: int) -> str:
        leaf = self._leaf_of(docnum)
        column = self._id_columns.get(leaf.offset)
        if column is None:
            column = leaf.reader.column_reader("id", translate=False)
            self._id_columns[leaf.offset] = column
        value: bytes = column[docnum - leaf.offset]
        return value.decode("utf-8")

    def _break_ties(self, order: list[int], closed: array[int]) -> None:
        """Equal ``closed_at`` values are ordered by id descending (rare: ids are read for
        those only)."""
        values = list(map(closed.__getitem__, order))
        repeats = list(compress(range(1, len(values)), map(eq, values[1:], values)))
        start = end = -2
        for place in [*repeats, -1]:
            if place == end + 1:
                end = place
                continue
            if start >= 0:
                tied = order[start : end + 1]
                order[start : end + 1] = sorted(tied, key=self.id_of, reverse=True)
            start, end = place - 1, place

    def inventory(self) -> dict[str, int]:
        """Every live document's id and ``version`` (``updated_at`` in microseconds)."""
        found: dict[str, int] = {}
        for leaf in self.leaves:
            versions = _numbers(leaf.reader, "version", leaf.size)
            ids = leaf.reader.column_reader("id", translate=False)
            for local, raw in enumerate(ids):
                if leaf.offset + local not in self.deleted:
                    found[raw.decode("utf-8")] = versions[local]
        return found

    # --- terms

    def _per_leaf(
        self, within: frozenset[int] | set[int] | None, frequency: int
    ) -> Callable[[Leaf], list[int] | None]:
        """For each leaf, the sorted local numbers to restrict block reads to, or None."""
        if within is None or len(within) * SKIP_RATIO >= frequency:
            return lambda _leaf: None
        ordered = sorted(within)

        def wanted(leaf: Leaf) -> list[int]:
            low = bisect_right(ordered, leaf.offset - 1)
            high = bisect_right(ordered, leaf.offset + leaf.size - 1)
            return [d - leaf.offset for d in ordered[low:high]]

        return wanted

    def frequency(self, term: str, fields: Sequence[str] = WORD_FIELDS) -> int:
        """How many documents (deleted ones included) hold ``term`` in any of ``fields``."""
        key = (term, *fields)
        cached = self._frequencies.get(key)
        if cached is None:
            encoded = term.encode("utf-8")
            cached = sum(
                leaf.reader.doc_frequency(field, encoded)
                for leaf in self.leaves
                for field in fields
            )
            if len(self._frequencies) > FREQUENCY_CACHE_SIZE:
                self._frequencies.clear()
            self._frequencies[key] = cached
        return cached

    def term_docs(
        self,
        term: str,
        fields: Sequence[str] = WORD_FIELDS,
        within: frozenset[int] | set[int] | None = None,
        frequency: int | None = None,
    ) -> set[int]:
        """The documents holding ``term`` in any of ``fields`` (intersected with ``within``
        when given)."""
        encoded = term.encode("utf-8")
        if frequency is None and within is not None:
            frequency = self.frequency(term, fields)
        wanted = self._per_leaf(within, frequency or 0)
        found: set[int] = set()
        for leaf in self.leaves:
            local_wanted = wanted(leaf)
            if local_wanted is not None and not local_wanted:
                continue
            for field in fields:
                ids = doc_ids(leaf.reader, field, encoded, local_wanted)
                found.update(map(leaf.offset.__add__, ids) if leaf.offset else ids)
        return found if within is None else found & within

    def phrase_docs(
        self, items: Sequence[tuple[str, int]], within: frozenset[int] | set[int] | None
    ) -> set[int]:
        """The documents where every ``(term, offset)`` item sits at ``start + offset`` for one
        ``start``, within a single field. Rarest items first; each later item is read only in
        the documents still in play."""
        ranked = sorted(items, key=lambda item: self.frequency(item[0]))
        found: set[int] = set()
        for leaf in self.leaves:
            alive: list[int] | None = None
            if within is not None:
                alive = [
                    d - leaf.offset for d in within if leaf.offset <= d < leaf.offset + leaf.size
                ]
                if not alive:
                    continue
                alive.sort()
            for field in WORD_FIELDS:
                found.update(leaf.offset + d for d in self._phrase_in(leaf, field, ranked, alive))
        return found

    @staticmethod
    def _phrase_in(
        leaf: Leaf, field: str, items: Sequence[tuple[str, int]], alive: list[int] | None
    ) -> list[int]:
        keys: set[int] | None = None
        for term, offset in items:
            found = position_keys(leaf.reader, field, term.encode("utf-8"), offset, alive)
            keys = found if keys is None else keys & found
            if not keys:
                return []
            alive = docs_of_keys(keys)
        return alive or []

    # --- filters

    def value_docs(self, field: str, values: Iterable[str]) -> frozenset[int]:
        """Documents whose ``field`` is one of ``values``, cached for this reader."""
        key = (field, *sorted(values))
        cached = self._filters.get(key)
        if cached is not None:
            self._filters.move_to_end(key)
            return cached
        found: set[int] = set()
        for value in key[1:]:
            found |= self.term_docs(str(value), fields=(field,))
        result = frozenset(found)
        self._filters[key] = result
        if len(self._filters) > FILTER_CACHE_SIZE:
            self._filters.popitem(last=False)
        return result

    def rank_span(self, closed_from: int | None, closed_until: int | None) -> tuple[int, int]:
        """The ranks ``[low, high)`` of documents with ``closed_from <= closed_at <
        closed_until`` (microseconds; None is open)."""
        descending = self._descending
        low = 0 if closed_until is None else bisect_right(descending, -closed_until)
        high = len(self.order) if closed_from is None else bisect_right(descending, -closed_from)
        return low, max(low, high)
