"""Every read of a private Whoosh attribute, each beside its public-API twin.

Four things are several times faster through Whoosh's internals (whoosh-reloaded 2.7.5, pinned
exactly): a segment list without reopening the table of contents, a term's postings a whole
block at a time (``W3LeafMatcher``), a numeric column as one slice of raw bytes, and, for a
full build, a segment's word postings written a term and a block at a time
(``commit_with_postings``). Nothing outside this module may touch a ``_name`` of Whoosh.

On first use a self-check looks up every attribute these reads use (a class attribute, or one
the class's own code sets: microseconds), then builds a three-document index in memory and reads
it both ways; if an attribute is missing or the two ways disagree (another Whoosh), every read
takes the public path from then on and the log says so once. The build's writes have their own
check, run by the first build of a process (not by every start): the attributes they use, then a
probe segment written both ways must read back the same, posting by posting; otherwise a build
adds every document through ``add_document``.

A probe that passed is recorded (``VERDICTS_FILE`` in the index folder, named by
``SearchIndex``) for this Whoosh, this Python and this ``CHECK_VERSION``; a process that finds
the record runs only the attribute look-ups. Building and reading the probe cost ~10 ms on a quiet
machine and up to a quarter of a second on a busy one, in every ``agentdesk search`` (issue 15),
for an answer that cannot change until Whoosh, Python or this module does. Only passes are
recorded: a failure is checked again by every process (it takes the slower path anyway), so a
fault of one run is never remembered.
``AGENTDESK_WHOOSH_PUBLIC_API=1`` forces the public path: to rule the internals out when
investigating, and how the test suite runs every search test on the fallback too
(``tests/search/conftest.py``).
"""

from __future__ import annotations

import functools
import json
import logging
import os
import secrets
import struct
import sys
import zlib
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import accumulate, chain, groupby
from operator import itemgetter, sub
from pathlib import Path
from pickle import dumps
from types import CodeType
from typing import Any, cast

from whoosh.codec.whoosh3 import (
    WHOOSH3_HEADER_MAGIC,
    W3FieldWriter,
    W3LeafMatcher,
    W3PostingsWriter,
    W3TermInfo,
)
from whoosh.columns import NumericColumn
from whoosh.filedb.filestore import RamStorage
from whoosh.filedb.filetables import OrderedHashWriter
from whoosh.index import TOC, FileIndex
from whoosh.system import pack_int, pack_long, pack_ushort
from whoosh.util.numeric import length_to_byte

log = logging.getLogger(__name__)

PUBLIC_API_ENV = "AGENTDESK_WHOOSH_PUBLIC_API"
CHECK_VERSION = 6
"""Part of a recorded verdict's key: raise it whenever the reads, the writes or their probes
change, so that a pass recorded by an older AgentDesk is not trusted."""
VERDICTS_FILE = "whoosh-check.json"

READ_ATTRIBUTES: Mapping[type, tuple[str, ...]] = {
    FileIndex: ("_segments()",),
    W3LeafMatcher: ("_maxid", "_data", "_read_data()", "_lastblock", "_goto()", "_nextoffset"),
    NumericColumn.Reader: ("_dbfile", "_count", "_fixedlen", "_basepos"),
}
"""Every private attribute the fast reads use, by the Whoosh class that has it: ``name()`` a
method of the class, ``name`` an attribute its instances get from the class's code."""
WRITE_ATTRIBUTES: Mapping[type, tuple[str, ...]] = {
    W3FieldWriter: (
        *("_postwriter", "_postfile", "_tindex", "_fieldid", "start_field()", "finish_field()"),
    ),
    W3PostingsWriter: ("_blocklimit", "_compression"),
    W3TermInfo: ("_struct",),
    OrderedHashWriter: ("dbfile", "hashfn", "buckets", "index", "lastkey"),
}
"""Every private attribute ``commit_with_postings`` uses (and the field writer's methods it
calls in its own order), as ``READ_ATTRIBUTES``; the ``SegmentWriter``'s are public."""

Block = tuple[list[int], Sequence[bytes] | None]


def internals_in_use() -> bool:
    """Whether the fast reads are on: not forced off and the self-check passed."""
    if os.environ.get(PUBLIC_API_ENV, "") not in ("", "0"):
        return False
    return _self_check() is None


def bulk_build_in_use() -> bool:
    """Whether a build may hand its word postings to ``commit_with_postings``."""
    return internals_in_use() and _bulk_check() is None


# --- the reads, each with its public twin


def segments(ix: Any) -> list[Any]:
    """The live segments of an opened ``FileIndex``."""
    if internals_in_use():
        return list(ix._segments())
    return segments_public(ix)


def segments_public(ix: Any) -> list[Any]:
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


# --- a build's postings, a term at a time

Term = tuple[bytes, Sequence[int], list[bytes]]


def commit_with_postings(writer: Any, fieldname: str, terms: Iterable[Term], **commit: Any) -> None:
    """Commit ``writer`` (a ``SegmentWriter`` whose documents left ``fieldname`` out) with
    ``terms`` — sorted ``(term, document numbers, values)``, every weight 1 — as that field's
    postings, written after the pool's fields when the segment is flushed. The pool's own
    postings (the id, channel, CSAT and NPS of every document) are written a term at a time
    too (``_write_pooled``)."""
    writer.fieldwriter = _WithField(writer.fieldwriter, fieldname, writer.schema[fieldname], terms)
    writer.commit(**commit)


class _WithField:
    """A codec field writer that writes one more field, from ``terms``, after the pool's."""

    def __init__(self, inner: Any, fieldname: str, fieldobj: Any, terms: Iterable[Term]) -> None:
        self._inner = inner
        self._field = (fieldname, fieldobj)
        self._terms = terms

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def add_postings(self, schema: Any, lengths: Any, items: Any) -> None:
        inner = self._inner
        _write_pooled(inner, schema, lengths, items)
        inner.start_field(*self._field)
        rows = _TermRows(inner)
        for btext, ids, values in self._terms:
            rows.add(btext, ids, values)
        rows.flush()
        inner.finish_field()


def _write_pooled(fieldwriter: Any, schema: Any, lengths: Any, items: Iterable[Any]) -> None:
    """The pool's sorted ``(field, term, document number, weight, value)`` postings, written
    as Whoosh's ``FieldWriter.add_postings`` writes them, except that a term of a field that
    keeps neither values nor lengths, every weight 1, goes to ``_TermRows`` whole. Those are
    all the pool holds in a build: the id (a term and a block for every document: Whoosh's
    ``_write_block`` and a ``zlib`` call each), the channel, CSAT and NPS; through Whoosh's
    per-posting calls they cost ~0.7 s of CPU per 20,000 conversations."""
    for fieldname, postings in groupby(items, itemgetter(0)):
        fieldobj = schema[fieldname]
        plain = fieldobj.format.fixed_value_size() == 0 and not fieldobj.scorable
        fieldwriter.start_field(fieldname, fieldobj)
        whole = _TermRows(fieldwriter)
        for btext, term_postings in groupby(postings, itemgetter(1)):
            # (Whoosh's writer skips a posting of document -1: an old way of adding spelling)
            rows = [row for row in term_postings if row[2] != -1]
            if not rows:
                continue
            if plain and all(row[3] == 1 for row in rows):
                whole.add(btext, array("I", [row[2] for row in rows]), None)
                continue
            whole.flush()  # (Whoosh's own writes follow: the files stay in the terms' order)
            fieldwriter.start_term(btext)
            for _fieldname, _btext, docnum, weight, value in rows:
                length = lengths.doc_field_length(docnum, fieldname) if lengths else 0
                fieldwriter.add(docnum, weight, b"" if value is None else value, length)
            fieldwriter.finish_term()
        whole.flush()
        fieldwriter.finish_field()


class _TermRows:
    """Whole terms' postings and their rows of the terms table, written as Whoosh's
    ``start_term`` / ``add`` / ``finish_term`` write them, but ``TERMS_AT_ONCE`` terms at a
    time: each term's blocks built with ``map``, ``pickle`` and ``zlib``, its statistics known
    without adding them up (every weight is 1, no lengths), then the postings of all of them
    in one write and their rows of the terms table (Whoosh's ``OrderedHashWriter``: lengths,
    key, term info; a hash for its table, a position for its index) in another. Whoosh's
    ``_write_block`` spent more Python on a block (a generator over its ids, another over its
    weights, a write per piece) than ``pickle`` and ``zlib`` did, and a term's row cost a
    ``W3TermInfo``, two ``tell``s and four writes: most terms are a rare word's one block."""

    def __init__(self, fieldwriter: Any) -> None:
        self._fieldwriter = fieldwriter
        postwriter = fieldwriter._postwriter
        self._limit: int = postwriter._blocklimit
        self._level: int = postwriter._compression
        self._prefix = pack_ushort(fieldwriter._fieldid)
        self._info: struct.Struct = W3TermInfo._struct
        self._keys: list[bytes] = []
        self._heads: list[bytes] = []
        self._payloads: list[bytes] = []

    def add(self, btext: bytes, ids: Sequence[int], values: list[bytes] | None) -> None:
        """One term, ``ids`` ascending; ``values`` None: a field without values (Whoosh
        pickles None for them, as here)."""
        count = len(ids)
        self._keys.append(self._prefix + btext)
        # (the term info as ``W3TermInfo.to_bytes`` packs it: not inlined, the weight, the
        # postings, no shortest length, a longest of 0, the maximum weight, the first and
        # last ids; then the extent, once known)
        head = self._info.pack(0, count, count, 0, _ZERO_LENGTH, 1.0, ids[0], ids[-1])
        self._heads.append(head)
        self._payloads.append(_postings_bytes(ids, values, self._limit, self._level))
        if len(self._keys) >= TERMS_AT_ONCE:
            self.flush()

    def flush(self) -> None:
        """Write the terms added since the last flush."""
        keys = self._keys
        if not keys:
            return
        fieldwriter = self._fieldwriter
        tindex = fieldwriter._tindex
        if keys[0] <= tindex.lastkey:
            raise ValueError(f"Terms must increase: {tindex.lastkey!r}..{keys[0]!r}")
        postfile = fieldwriter._postfile
        offset = postfile.tell()
        rows: list[bytes] = []
        table = tindex.dbfile
        position = table.tell()
        hashed = tindex.hashfn
        buckets = tindex.buckets
        index = tindex.index
        for key, head, payload in zip(keys, self._heads, self._payloads, strict=True):
            value = head + pack_long(offset) + pack_int(len(payload))
            offset += len(payload)
            index.append(position)
            code = hashed(key)
            buckets[code & 255].append((code, position))
            rows += (_KEY_VALUE_LENGTHS.pack(len(key), len(value)), key, value)
            position += _KEY_VALUE_LENGTHS.size + len(key) + len(value)
        postfile.write(b"".join(self._payloads))
        table.write(b"".join(rows))
        tindex.lastkey = keys[-1]
        self._keys, self._heads, self._payloads = [], [], []


def _postings_bytes(
    ids: Sequence[int], values: list[bytes] | None, limit: int, level: int
) -> bytes:
    """A term's postings as the W3 codec lays them out: a magic number, then each block of
    ``limit`` postings (its length, negative for the last; its info; its data)."""
    count = len(ids)
    chunks = [WHOOSH3_HEADER_MAGIC]
    for start in range(0, count, limit):
        stop = start + limit
        block = ids[start:stop]
        # (ids as deltas from the block's start at 0, weights None when all are 1, values)
        data = dumps(
            (
                tuple(map(sub, block, chain((0,), block))),
                None,
                None if values is None else tuple(values[start:stop]),
            ),
            BLOCK_PROTOCOL,
        )
        compression = level if len(data) >= COMPRESS_FROM else 0
        if compression:
            data = zlib.compress(data, compression)
        # (postings, last id, maximum weight, compression, shortest and longest length)
        info = dumps((len(block), block[-1], 1.0, compression, _NO_LENGTH, _NO_LENGTH), 2)
        size = len(info) + len(data)
        chunks += (pack_int(-size if stop >= count else size), info, data)
    return b"".join(chunks)


TERMS_AT_ONCE = 1024
"""Terms ``_TermRows`` holds before writing them (their postings: a few hundred KB)."""
_KEY_VALUE_LENGTHS = struct.Struct("!ii")
"""What ``OrderedHashWriter.add`` writes before a row's key and value."""
_NO_LENGTH = length_to_byte(None)
_ZERO_LENGTH = length_to_byte(0)
BLOCK_PROTOCOL = 4
"""The pickle protocol of a block's data. Whoosh pickles with protocol 2 (for Python 2), which
has no opcode for ``bytes``: every posting's value becomes a ``_codecs.encode`` call on a
latin-1 ``str`` (~45 bytes and a function call to load, for 4 bytes of positions). Protocol 4
writes it as 6 bytes: a block of 128 postings pickles ten times faster and 2.7 times smaller
(then compresses to a quarter), and unpickles five times faster — phrase reads included.
Whoosh's reader takes any protocol (``pickle.loads``); the block's info stays at 2, as Whoosh
reads it from the file as a stream."""
COMPRESS_FROM = 2048
"""A block whose pickle is shorter is written uncompressed, with compression 0 in its header,
which Whoosh's reader honours block by block (its own writer meant to skip pickles under 20
bytes, but a slip compresses them all). Most blocks are a rare word's few postings: zlib makes
the seven blocks in ten under 256 bytes longer, not shorter. With protocol 4 a full block of
128 postings of one or two positions pickles to ~1.2 KB, which zlib halves in ~40 µs: a build
of 20,000 conversations spent ~0.6 s of CPU on 17,000 such calls to save 10 MB of a 31 MB
index. From 2048 bytes only blocks of many positions are compressed (~650 per 20,000
conversations); the index is 30 MB instead of 21 (36 MB with protocol 2 and every block
compressed), and a query decompresses nothing for most blocks it reads."""


# --- recorded verdicts

_verdicts_folder: Path | None = None


def remember_verdicts_in(folder: Path | None) -> None:
    """Record the probes' passes in ``folder`` (``SearchIndex`` names its index folder), or
    nowhere (None: every process probes, as tests that fake another Whoosh need)."""
    global _verdicts_folder  # noqa: PLW0603 - one per process, like the checks' own caches
    _verdicts_folder = folder


def verdicts_folder() -> Path | None:
    """Where this process records the probes' passes (a helper process is told the same)."""
    return _verdicts_folder


def _checked(
    name: str, attributes: Mapping[type, tuple[str, ...]], probe: Callable[[], str | None]
) -> str | None:
    """None when every attribute of ``attributes`` is there and ``probe`` passes (now, or as
    recorded for this Whoosh, Python and check), else why not. A new pass is recorded."""
    try:
        problem = _missing(attributes)
        if problem is not None or name in _recorded_passes():
            return problem
        problem = probe()
    except Exception as error:  # noqa: BLE001 - any failure means: do not use the internals
        return f"{type(error).__name__}: {error}"
    if problem is None:
        _record_pass(name)
    return problem


def _missing(attributes: Mapping[type, tuple[str, ...]]) -> str | None:
    """The first attribute ``attributes`` names that its class does not have."""
    for owner, names in attributes.items():
        for attribute in names:
            if not _has(owner, attribute):
                return f"{owner.__qualname__}.{attribute} is missing"
    return None


def _has(owner: type, attribute: str) -> bool:
    """Whether ``owner`` has ``attribute``: ``name()`` a callable class attribute; ``name`` a
    class attribute or a name its code (or its bases') uses, as an instance attribute exists
    only once ``__init__`` or a reset has set it. (Telling a store from a load would take
    ``dis``, ~8 ms: more than the rest of the check; a Whoosh that renames an attribute
    renames its uses too.)"""
    if attribute.endswith("()"):
        return callable(getattr(owner, attribute.removesuffix("()"), None))
    if hasattr(owner, attribute):
        return True
    return any(
        attribute in names
        for klass in owner.__mro__
        for value in vars(klass).values()
        for names in _code_names(getattr(value, "__code__", None))
    )


def _code_names(code: CodeType | None) -> Iterator[tuple[str, ...]]:
    if code is None:
        return
    yield code.co_names
    for constant in code.co_consts:
        if isinstance(constant, CodeType):
            yield from _code_names(constant)


def _verdict_key() -> str:
    import whoosh  # noqa: PLC0415

    version = ".".join(map(str, whoosh.__version__))
    return f"whoosh {version} at {whoosh.__file__}; python {sys.version}; check {CHECK_VERSION}"


def _recorded_passes() -> frozenset[str]:
    """The checks recorded as passed for this key; nothing when unrecorded or unreadable."""
    if _verdicts_folder is None:
        return frozenset()
    try:
        recorded = json.loads((_verdicts_folder / VERDICTS_FILE).read_text(encoding="utf-8"))
        if isinstance(recorded, dict) and recorded.get("key") == _verdict_key():
            return frozenset(str(name) for name in recorded.get("passed", ()))
    except (OSError, ValueError, TypeError):
        pass
    return frozenset()


def _record_pass(name: str) -> None:
    """Add ``name`` to the record, written whole and renamed into place (two processes may
    record at once: the last rename wins, and losing a pass only costs a probe later). Best
    effort: a folder that cannot be written leaves the probe to every process."""
    folder = _verdicts_folder
    if folder is None:
        return
    passed = sorted(_recorded_passes() | {name})
    temporary = folder / f".{VERDICTS_FILE}.{secrets.token_hex(4)}"
    try:
        temporary.write_text(
            json.dumps({"key": _verdict_key(), "passed": passed}), encoding="utf-8"
        )
        temporary.replace(folder / VERDICTS_FILE)
    except OSError as error:
        log.debug("Cannot record the Whoosh check in %s: %s", folder, error)
        temporary.unlink(missing_ok=True)


# --- the self-check


@functools.cache
def _self_check() -> str | None:
    """None when the internals read a probe index exactly as the public API does, else why
    not (logged once, at WARNING)."""
    problem = _checked("reads", READ_ATTRIBUTES, _compare_on_probe)
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

    ix = RamStorage().create_index(build_schema(), indexname=_probe_name())
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
    with ix.reader() as reader:  # not a searcher: that imports whoosh.query for nothing

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


def _probe_name() -> str:
    """A probe index's name, unique: a writer of a ``RamStorage`` index keeps its temporary
    files in ``<temp dir>/<index name>.tmp`` and removes that folder when done, so probes of two
    processes under Whoosh's default name (two builds, a builder and its helper, another user's
    AgentDesk) removed each other's files, and one of them failed (a spurious fallback)."""
    return f"probe{secrets.token_hex(8)}"


POSTINGS_FILES = (".trm", ".pst")
"""The files the bulk writes make: equal when read back (the blocks' pickles may differ: a
value object shared by several postings of a block is pickled once, which is smaller)."""


@functools.cache
def _bulk_check() -> str | None:
    """None when a probe segment written by ``commit_with_postings`` reads back, term by term
    and posting by posting, as the one ``add_document`` writes, every other file being the
    same bytes; else why not (logged once, at WARNING)."""
    problem = _checked("bulk writes", WRITE_ATTRIBUTES, _compare_bulk_probe)
    if problem is not None:
        log.warning(
            "AgentDesk's bulk index writes do not match this Whoosh (%s); "
            "building through Whoosh's public API instead (slower builds, same index)",
            problem,
        )
    return problem


def _compare_bulk_probe() -> str | None:
    from agentdesk.search.bulk import TextPostings  # noqa: PLC0415 - a cycle
    from agentdesk.search.fields import IndexCodec, build_schema  # noqa: PLC0415

    documents = _bulk_probe_documents()
    written: list[tuple[dict[str, bytes], list[object]]] = []
    for bulk in (False, True):
        storage = RamStorage()
        ix = storage.create_index(build_schema(), indexname=_probe_name())
        writer = ix.writer(codec=IndexCodec(), compound=False)
        postings = TextPostings()
        for document in documents:
            if bulk:
                fields = dict(document)
                postings.add(cast("list[str]", fields.pop("text")))
                writer.add_document(**fields)
            else:
                writer.add_document(**document)
        if bulk:
            commit_with_postings(writer, "text", postings.sorted_terms(), merge=False)
        else:
            writer.commit(merge=False)
        (segment,) = segments_public(ix)
        prefix = segment.segment_id()
        files = {
            name.removeprefix(prefix): storage.files[name]
            for name in storage.list()
            if name.startswith(prefix)
        }
        written.append((files, _read_back(ix)))
    (public, public_postings), (bulk_files, bulk_postings) = written
    if public.keys() != bulk_files.keys():
        return f"the files differ: {sorted(public)} and {sorted(bulk_files)}"
    for name, content in public.items():
        if name not in POSTINGS_FILES and bulk_files[name] != content:
            return f"the bytes of {name} differ"
    if public_postings != bulk_postings:
        return "the postings read back differ"
    return None


def _bulk_probe_documents() -> list[dict[str, object]]:
    """Enough documents for a common term to span three blocks, and positions shared by many;
    the pool's fields with terms of one posting and of several blocks, and documents
    without them."""
    documents: list[dict[str, object]] = [
        {"id": f"c-{n}", "text": [f"probe de {n % 7} the-{n % 3}", "word"], "version": n}
        for n in range(300)
    ]
    for n, document in enumerate(documents):
        if n % 3:
            document["channel"] = f"ch-{n % 2}"
        if n % 5 < 3:
            document["csat"] = str(n % 5)
        if n % 11 == 0:
            document["nps"] = str(n // 11)
    return documents


def _read_back(ix: Any) -> list[object]:
    """Every term of every field with its statistics and postings, through the public API."""
    found: list[object] = []
    with ix.reader() as reader:
        for fieldname, term in reader.all_terms():
            info = reader.term_info(fieldname, term)
            matcher = reader.postings(fieldname, term)
            postings = []
            while matcher.is_active():
                postings.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            statistics = (
                *(info.weight(), info.doc_frequency(), info.max_weight()),
                *(info.min_length(), info.max_length()),
            )
            found.append((fieldname, term, statistics, info.min_id(), info.max_id(), postings))
    return found


def _all_blocks(read: Callable[[Any, Any, bool], Iterator[Block]], reader: Any) -> list[object]:
    matcher = reader.postings("text", b"probe")
    if not isinstance(matcher, W3LeafMatcher):
        raise TypeError(f"the probe's postings are a {type(matcher).__name__}, not W3")
    return [(ids, list(values or ())) for ids, values in read(matcher, None, True)]
