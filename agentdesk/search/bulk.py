"""A full build's word postings gathered in our own code, a segment at a time.

Whoosh's writer puts every posting of every document in its pool as a 5-tuple, sorts them all
at commit and hands them to the codec one call at a time: over half of a build's time (a
profile of 5,000 conversations). A build knows better, and does as little Python per word as
it can (issue 15):

- **A part is analysed once per text.** Support conversations repeat their texts (bot and
  system messages, canned replies, tags, categories: 45,000 distinct texts among the 227,000
  messages of 20,000 demo conversations), so each text's ``fields.part_terms`` is remembered
  as term numbers and positions, packed in one ``bytes`` (``Vocabulary``).
- **A document is appended, not grouped.** Adding one copies its parts' packed tokens to the
  segment's array (a C call per part); nothing is grouped by term until the commit.
- **The commit groups with numpy**: one stable sort of the segment's tokens by term number
  (positions stay in order within a document), then runs of equal (term, document) are the
  postings, their positions one slice of a ``uint32`` buffer each.

``whoosh_access.commit_with_postings`` then writes each term a whole block at a time. The
segment reads back posting by posting as the one Whoosh writes from ``add_document`` (the
adapter's self-check compares them on a probe, and the tests compare with
``fields.term_positions``, the one rule), so the format, its checksums and the phrase reads are
unchanged.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Iterator, Sequence
from itertools import chain
from typing import TYPE_CHECKING

from agentdesk.search.analysis import index_terms
from agentdesk.search.fields import PART_GAP, part_terms, within
from agentdesk.search.postings import MAX_POSITION

if TYPE_CHECKING:
    import numpy as np

TOKEN_BYTES = 44
"""Bytes of memory a token costs at the segment's peak, its commit: 8 while it waits in the
segment (term number and position), ~36 more while the commit sorts and groups them (the sort's
order, the sorted copies, the positions' buffer). ``TextPostings.size`` counts it, so that
``writing.BUILD_SEGMENT_MB`` bounds what a segment costs the process (calibrated on the RSS of
a 20,000-conversation build)."""
PARTS_REMEMBERED = 40_000
"""Texts whose analysis ``Vocabulary`` keeps (forgotten all at once when full: ~14 MB)."""
TERMS_KEPT = 100_000
"""Distinct terms a vocabulary may hold before the next segment starts a new one (~15 MB)."""


class _TermNumbers(dict[str, int]):
    """A number for each term, given on first sight (``__getitem__`` is a C call on a hit).
    A new number is given under a lock: two threads building at once (two indexes in one
    process) must not give one number to two terms."""

    def __init__(self) -> None:
        super().__init__()
        self.terms: list[str] = []
        self._lock = threading.Lock()

    def __missing__(self, term: str) -> int:
        with self._lock:
            number = self.get(term)
            if number is None:
                number = len(self.terms)
                self.terms.append(term)
                self[term] = number
            return number


class _Parts(dict[str, tuple[bytes, int]]):
    """Each text's packed tokens and word count, analysed on first sight."""

    def __init__(self, numbers: _TermNumbers) -> None:
        super().__init__()
        self._numbers = numbers

    def __missing__(self, text: str) -> tuple[bytes, int]:
        if len(self) >= PARTS_REMEMBERED:
            self.clear()
        words, joined = index_terms(text)
        part = self[text] = (pack(self._numbers, *part_terms(words, joined)), len(words))
        return part


def pack(numbers: _TermNumbers, terms: list[str], offsets: list[int]) -> bytes:
    """Tokens as native ``int32`` pairs: (term number, position in the part)."""
    pairs = zip(map(numbers.__getitem__, terms), offsets, strict=True)
    return array("i", chain.from_iterable(pairs)).tobytes()


class Vocabulary:
    """Term numbers and remembered parts, shared by the segments a process writes one after
    the other (a text seen in one segment is not analysed again in the next)."""

    def __init__(self) -> None:
        self.numbers = _TermNumbers()
        self.parts = _Parts(self.numbers)


_vocabulary = Vocabulary()


def forget_vocabulary() -> None:
    """Let the remembered texts and term numbers go (~30 MB at most): the end of a build in a
    process that goes on living (the window's rebuild). A segment being written keeps its own."""
    global _vocabulary  # noqa: PLW0603 - one per process
    _vocabulary = Vocabulary()


def _current_vocabulary() -> Vocabulary:
    """The process's vocabulary, replaced when it has grown past ``TERMS_KEPT`` (a segment
    being written keeps the one it started with)."""
    global _vocabulary  # noqa: PLW0603 - one per process, like analysis's remembered folds
    if len(_vocabulary.numbers.terms) > TERMS_KEPT:
        _vocabulary = Vocabulary()
    return _vocabulary


class TextPostings:
    """The ``text`` postings of one segment being written."""

    def __init__(self) -> None:
        self._vocabulary = _current_vocabulary()
        self._tokens = array("i")
        """(term number, position in its part) pairs, document after document."""
        self._part_tokens = array("i")
        self._part_bases = array("i")
        self._document_tokens = array("i")
        self.documents = 0
        self.size = 0
        """Estimated bytes at the commit's peak (what the build's segment limit is compared
        with)."""

    def add(self, texts: Sequence[str]) -> int:
        """Add the next document's parts; returns its segment-local number."""
        docnum = self.documents
        tokens = self._tokens
        parts = self._vocabulary.parts
        sizes, bases = self._part_tokens, self._part_bases
        held = len(tokens)
        base = 0
        for text in texts:
            packed, count = parts[text]
            if base + count > MAX_POSITION + 1:  # a part past 16 million words: cut
                words, joined = index_terms(text)
                cut = within(words, joined, MAX_POSITION + 1 - base)
                packed = pack(self._vocabulary.numbers, *part_terms(*cut))
            tokens.frombytes(packed)
            sizes.append(len(packed) >> 3)
            bases.append(base)
            base += count + PART_GAP
        added = (len(tokens) - held) >> 1
        self._document_tokens.append(added)
        self.size += TOKEN_BYTES * added
        self.documents = docnum + 1
        return docnum

    def sorted_terms(self) -> Iterator[tuple[bytes, list[int], list[bytes]]]:
        """``(term bytes, document numbers, values)`` in the codec's order: UTF-8 keeps the
        order of code points, which is how ``str`` sorts. Each value is a posting's positions
        as native ``uint32`` (``fields.encode_positions``)."""
        import numpy as np  # noqa: PLC0415 - only a build pays for importing numpy

        tokens = np.frombuffer(self._tokens, dtype=np.int32).reshape(-1, 2)
        terms = self._vocabulary.numbers.terms
        # The segment's terms ranked by name: sorting the tokens by rank gives the postings
        # in the codec's order, to be walked once from start to end.
        present = np.flatnonzero(np.bincount(tokens[:, 0])).tolist()
        names = sorted(map(terms.__getitem__, present))
        rank = np.zeros(len(terms), dtype=np.uint16 if len(names) <= 1 << 16 else np.int32)
        rank[[self._vocabulary.numbers[name] for name in names]] = np.arange(len(names))
        keys = rank[tokens[:, 0]]
        order = np.argsort(keys, kind="stable")  # (radix for 16 bits) documents stay in order
        keys = keys[order]
        positions = np.repeat(
            np.frombuffer(self._part_bases, dtype=np.int32),
            np.frombuffer(self._part_tokens, dtype=np.int32),
        )
        positions += tokens[:, 1]
        buffer = positions[order].view(np.uint32).tobytes()
        del positions
        docnums = np.repeat(
            np.arange(self.documents, dtype=np.int32),
            np.frombuffer(self._document_tokens, dtype=np.int32),
        )[order]
        del order, tokens
        self._tokens = array("i")  # (its memory back before the postings are walked)
        starts = _run_starts(keys, docnums)
        ends = np.append(starts[1:], len(keys)).astype(np.int32)
        posting_docnums = docnums[starts]
        term_starts = _run_starts(keys[starts])
        del keys, docnums
        yield from _walk(names, term_starts, posting_docnums, starts, ends, buffer)


def _walk(  # noqa: PLR0917 - the arrays of one commit, in the order they were made
    names: list[str],
    term_starts: np.ndarray,
    docnums: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    buffer: bytes,
) -> Iterator[tuple[bytes, list[int], list[bytes]]]:
    """Each term's postings, their arrays turned into lists ``WALK_POSTINGS`` at a time (a
    slice of a list is cheap, a slice of an array and its ``tolist`` are not, and the whole
    arrays as lists would hold ~100 bytes a posting)."""
    bounds = [*term_starts.tolist(), len(docnums)]
    low = high = 0
    ids: list[int] = []
    froms: list[int] = []
    tos: list[int] = []
    for number, name in enumerate(names):
        first, last = bounds[number], bounds[number + 1]
        if last > high:
            low, high = first, max(last, first + WALK_POSTINGS)
            ids = docnums[low:high].tolist()
            froms = (starts[low:high] * 4).tolist()
            tos = (ends[low:high] * 4).tolist()
        first -= low
        last -= low
        values = list(map(buffer.__getitem__, map(slice, froms[first:last], tos[first:last])))
        yield name.encode("utf-8"), ids[first:last], values


WALK_POSTINGS = 65_536


def _run_starts(*columns: np.ndarray) -> np.ndarray:
    """Where each run of equal rows (over ``columns`` together) starts, as ``int32``."""
    import numpy as np  # noqa: PLC0415

    size = len(columns[0])
    changed = np.zeros(size, dtype=bool)
    if size:
        changed[0] = True
    for column in columns:
        changed[1:] |= column[1:] != column[:-1]
    return np.flatnonzero(changed).astype(np.int32)
