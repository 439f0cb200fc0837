"""A full build's word postings gathered by term in our own code, a segment at a time.

Whoosh's writer puts every posting of every document in its pool as a 5-tuple, sorts them all
at commit and hands them to the codec one call at a time: over half of a build's time (a
profile of 5,000 conversations). A build knows better: each document's terms come from
``fields.term_positions`` already grouped, so they are appended here to their term's list
(document numbers in an ``array``, positions as their encoded bytes), only the distinct terms
are sorted at commit, and ``whoosh_access.commit_with_postings`` writes each term a whole block
at a time. The segment reads back posting by posting as the one Whoosh writes from
``add_document`` (the adapter's self-check compares them on a probe), so the format, its
checksums and the phrase reads are unchanged; only a block's pickle is smaller where postings
share a value (``SHARED_POSITIONS``).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence

from agentdesk.search.fields import encode_positions, term_positions

TERM_OVERHEAD = 400
"""Bytes a new term costs here (dict slot, key, its array and list), for ``size``."""
POSTING_OVERHEAD = 28
"""Bytes a posting costs besides its value: an id in the array, a slot in the list, and what
the allocator keeps around them (calibrated against the RSS of 5,000 demo conversations)."""
VALUE_OVERHEAD = 37
"""Bytes of a ``bytes`` object besides its data (a value of several positions)."""
SHARED_POSITIONS = 4096
"""Postings of one position below this share one ``bytes`` value per position: most postings
are a word said once in a conversation, and this spares creating (and holding) their values."""
_SHARED = tuple(encode_positions((position,)) for position in range(SHARED_POSITIONS))


class TextPostings:
    """The ``text`` postings of one segment being written, by term."""

    def __init__(self) -> None:
        self._terms: dict[str, tuple[array[int], list[bytes]]] = {}
        self.documents = 0
        self.size = 0
        """Estimated bytes held (what the build's segment limit is compared with)."""

    def add(self, texts: Sequence[str]) -> int:
        """Add the next document's parts; returns its segment-local number."""
        docnum = self.documents
        terms = self._terms
        shared = _SHARED
        positions = term_positions(texts)
        size = POSTING_OVERHEAD * len(positions)
        for term, found in positions.items():
            entry = terms.get(term)
            if entry is None:
                entry = terms[term] = (array("I"), [])
                size += TERM_OVERHEAD + len(term)
            entry[0].append(docnum)
            if len(found) == 1 and found[0] < SHARED_POSITIONS:
                entry[1].append(shared[found[0]])
            else:
                entry[1].append(encode_positions(found))
                size += VALUE_OVERHEAD + 4 * len(found)
        self.size += size
        self.documents = docnum + 1
        return docnum

    def sorted_terms(self) -> Iterator[tuple[bytes, array[int], list[bytes]]]:
        """``(term bytes, document numbers, values)`` in the codec's order: UTF-8 keeps the
        order of code points, which is how ``str`` sorts."""
        terms = self._terms
        for term in sorted(terms):
            ids, values = terms[term]
            yield term.encode("utf-8"), ids, values
