"""Reading one term's postings in one segment, a block at a time.

Whoosh's matchers walk postings one document at a time in Python; a common word has tens of
thousands of them. These readers take a whole block (128 postings) at once from the W3 codec's
matcher of whoosh-reloaded 2.7.5 (pinned exactly for this reason; the reads live in
``whoosh_access``) and hand back plain lists and sets, on which Python's C code does the set
algebra. A block that cannot hold a wanted document is skipped without being decompressed. Any
other matcher (inlined postings of a rare term, a future codec) goes through the public, slower
``Matcher`` interface.

Positions are the ``PositionsFormat`` values of ``agentdesk.search.fields``: native ``uint32``
arrays. A phrase check turns them into *keys* ``(docnum << POSITION_BITS) + position - offset``
that are equal exactly when the terms sit where the phrase needs them.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain, compress, repeat
from operator import add, floordiv, lshift, sub
from typing import Any

from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound

from agentdesk.search.whoosh_access import postings_blocks

POSITION_BITS = 24
MAX_POSITION = (1 << POSITION_BITS) - 1024
"""Tokens beyond this position of a field are not indexed (16 million words in one
conversation); the margin keeps ``position - offset`` from reaching the previous document."""


def _matcher(reader: Any, field: str, term: bytes) -> Any | None:
    """The raw matcher of ``term``, or None; deletions are left to the caller (the view
    removes deleted documents once, from the final set)."""
    try:
        matcher = reader.postings(field, term)
    except TermNotFound:
        return None
    while isinstance(matcher, FilterMatcher):
        matcher = matcher.child
    return matcher


def doc_ids(reader: Any, field: str, term: bytes, wanted: Sequence[int] | None = None) -> list[int]:
    """Segment-local document numbers holding ``term`` (deleted ones included). With
    ``wanted`` (sorted), blocks without any of those documents are skipped: the result may then
    hold others too, so intersect it with ``wanted``."""
    matcher = _matcher(reader, field, term)
    if matcher is None:
        return []
    found: list[int] = []
    for ids, _values in postings_blocks(matcher, wanted, values=False):
        found.extend(ids)
    return found


def position_keys(
    reader: Any,
    field: str,
    term: bytes,
    offset: int,
    alive: Sequence[int] | None = None,
) -> set[int]:
    """``(docnum << POSITION_BITS) + position - offset`` for every position of ``term``, in
    the documents of ``alive`` (sorted segment-local numbers) or in all of them."""
    matcher = _matcher(reader, field, term)
    keys: set[int] = set()
    if matcher is None:
        return keys
    alive_set = None if alive is None else set(alive)
    for block_ids, block_values in postings_blocks(matcher, alive, values=True):
        if block_values is None:
            continue
        ids: Sequence[int] = block_ids
        values: Sequence[bytes] = block_values
        if alive_set is not None:
            keep = list(map(alive_set.__contains__, ids))
            ids = list(compress(ids, keep))
            values = list(compress(values, keep))
            if not ids:
                continue
        positions = memoryview(b"".join(values)).cast("I")
        counts = map(floordiv, map(len, values), repeat(4))
        bases = map(sub, map(lshift, ids, repeat(POSITION_BITS)), repeat(offset))
        keys.update(map(add, chain.from_iterable(map(repeat, bases, counts)), positions))
    return keys


def docs_of_keys(keys: set[int]) -> list[int]:
    """The sorted document numbers of position keys."""
    return sorted({key >> POSITION_BITS for key in keys})
