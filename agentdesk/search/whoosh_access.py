"""Every read of a private Whoosh attribute, each beside its public-API twin.

Three things are several times faster through Whoosh's internals (whoosh-reloaded 2.7.5, pinned
exactly): a segment list without reopening the table of contents, a term's postings a whole
block at a time (``W3LeafMatcher``), and a numeric column as one slice of raw bytes. Nothing
outside this module may touch a ``_name`` of Whoosh.

On first use a self-check builds a three-document index in memory and reads it both ways; if an
attribute is missing or the two ways disagree (another Whoosh), every read takes the public
path from then on and the log says so once. ``AGENTDESK_WHOOSH_PUBLIC_API=1`` forces the public
path: to rule the internals out when investigating, and how the test suite runs every search
test on the fallback too (``tests/search/conftest.py``).
"""

from __future__ import annotations

import functools
import logging
import os
import sys
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate
from typing import Any

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.filedb.filestore import RamStorage
from whoosh.index import TOC

log = logging.getLogger(__name__)

PUBLIC_API_ENV = "AGENTDESK_WHOOSH_PUBLIC_API"

Block = tuple[list[int], Sequence[bytes] | None]


def internals_in_use() -> bool:
    """Whether the fast reads are on: not forced off and the self-check passed."""
    if os.environ.get(PUBLIC_API_ENV, "") not in ("", "0"):
        return False
    return _self_check() is None


# --- the reads, each with its public twin


def segments(ix: Any) -> list[Any]:
    """The live segments of an opened ``FileIndex``."""
    if internals_in_use():
        return list(ix._segments())
    return list(TOC.read(ix.storage, ix.indexname).segments)


def postings_blocks(matcher: Any, wanted: Sequence[int] | None, values: bool) -> Iterator[Block]:
    """A leaf matcher's postings as (document numbers, values or None) blocks; with ``wanted``
    (sorted), W3 blocks that cannot hold one of them are skipped undecompressed."""
    if isinstance(matcher, W3LeafMatcher) and internals_in_use():
        return _w3_blocks(matcher, wanted, values)
    return _public_blocks(matcher, values)


def numbers(column: Any, size: int) -> array[int]:
    """A numeric (``q``) column of one segment, padded or cut to ``size`` values."""
    found = _raw_numbers(column) if internals_in_use() else None
    if found is None:
        found = array("q", (int(value) for value in column))
    if len(found) < size:
        found.extend([0] * (size - len(found)))
    return found[:size]


def _w3_blocks(matcher: Any, wanted: Sequence[int] | None, values: bool) -> Iterator[Block]:
    low = -1
    while True:
        high = matcher._maxid
        if wanted is None or bisect_right(wanted, high) > bisect_right(wanted, low):
            if matcher._data is None:
                matcher._read_data()
            data = matcher._data
            yield list(accumulate(data[0])), (data[2] if values else None)
        if matcher._lastblock:
            return
        low = high
        matcher._goto(matcher._nextoffset)


def _public_blocks(matcher: Any, values: bool) -> Iterator[Block]:
    ids: list[int] = []
    found: list[bytes] = []
    while matcher.is_active():
        ids.append(matcher.id())
        if values:
            found.append(matcher.value())
        matcher.next()
    yield ids, (found if values else None)


def _raw_numbers(column: Any) -> array[int] | None:
    raw_file = getattr(column, "_dbfile", None)
    count = getattr(column, "_count", None)
    if raw_file is None or count is None or getattr(column, "_fixedlen", 0) != 8:
        return None
    found = array("q")
    found.frombytes(raw_file.get(column._basepos, count * 8))
    if sys.byteorder == "little":
        found.byteswap()
    return found


# --- the self-check


@functools.cache
def _self_check() -> str | None:
    """None when the internals read a probe index exactly as the public API does, else why
    not (logged once, at WARNING)."""
    try:
        problem = _compare_on_probe()
    except Exception as error:  # noqa: BLE001 - any failure means: do not use the internals
        problem = f"{type(error).__name__}: {error}"
    if problem is not None:
        import whoosh  # noqa: PLC0415

        version = ".".join(map(str, whoosh.__version__))
        log.warning(
            "Whoosh %s does not have what AgentDesk's fast index reads expect (%s); "
            "using Whoosh's public API instead (slower searches, same results)",
            version,
            problem,
        )
    return problem


def _compare_on_probe() -> str | None:
    from agentdesk.search.fields import IndexCodec, build_schema  # noqa: PLC0415 - a cycle

    ix = RamStorage().create_index(build_schema())
    writer = ix.writer(codec=IndexCodec())
    for number in range(3):
        writer.add_document(
            id=f"c-{number}",
            text=["probe words", f"probe {number}"],
            closed_at=1_000_000 * number - 5,
            version=number,
        )
    writer.commit()
    checks: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
        (
            "segments",
            lambda: [s.segment_id() for s in ix._segments()],
            lambda: [s.segment_id() for s in TOC.read(ix.storage, ix.indexname).segments],
        ),
    ]
    with ix.searcher() as searcher:
        reader = searcher.reader()

        def column() -> Any:
            return reader.column_reader("closed_at", translate=False)

        checks += [
            (
                "postings blocks",
                lambda: _all_blocks(_w3_blocks, reader),
                lambda: _all_blocks(lambda m, _w, v: _public_blocks(m, v), reader),
            ),
            (
                "numeric columns",
                lambda: list(
                    _raw_numbers(reader.column_reader("closed_at", translate=False)) or []
                ),
                lambda: [int(v) for v in reader.column_reader("closed_at", translate=False)],
            ),
        ]
        for name, fast, public in checks:
            if fast() != public():
                return f"{name} differ"
    return None


def _all_blocks(read: Callable[[Any, Any, bool], Iterator[Block]], reader: Any) -> list[object]:
    matcher = reader.postings("text", b"probe")
    if not isinstance(matcher, W3LeafMatcher):
        raise TypeError(f"the probe's postings are a {type(matcher).__name__}, not W3")
    return [(ids, list(values or ())) for ids, values in read(matcher, None, True)]
