"""The bulk writer's blocks (``whoosh_access.commit_with_postings``), read back through Whoosh's
public reader: whatever postings are written come back as written, whatever their count (one
block or several, small blocks left plain, big ones compressed) and values."""

from __future__ import annotations

import pickle
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.filedb.filestore import RamStorage

from agentdesk.search import whoosh_access
from agentdesk.search.fields import IndexCodec, build_schema, encode_positions

Postings = dict[str, dict[int, list[int]]]

_TERMS = st.text(alphabet="abcdéœ 0123", min_size=1, max_size=8)
_POSITIONS = st.lists(st.integers(0, 2**24), min_size=1, max_size=6).map(sorted)


@st.composite
def _postings(draw: st.DrawFn) -> tuple[int, Postings]:
    documents = draw(st.integers(1, 400))
    terms = draw(st.lists(_TERMS, min_size=1, max_size=6, unique=True))
    postings: Postings = {}
    for term in terms:
        # Rare terms (a few documents), and some that fill several blocks of 128.
        docs = draw(
            st.one_of(
                st.sets(st.integers(0, documents - 1), min_size=1, max_size=5),
                st.builds(lambda step: set(range(0, documents, step)), st.integers(1, 3)),
            )
        )
        postings[term] = {doc: draw(_POSITIONS) for doc in sorted(docs)}
    return documents, postings


def _write(documents: int, postings: Postings) -> Any:
    ix = RamStorage().create_index(build_schema(), indexname="blocks")
    writer = ix.writer(codec=IndexCodec(), compound=False)
    for number in range(documents):
        writer.add_document(id=f"c-{number}")
    terms = [
        (
            term.encode("utf-8"),
            list(found),
            [encode_positions(positions) for positions in found.values()],
        )
        for term, found in sorted(postings.items(), key=lambda item: item[0].encode("utf-8"))
    ]
    whoosh_access.commit_with_postings(writer, "text", terms, merge=False)
    return ix


def _read(ix: Any) -> tuple[Postings, list[int]]:
    """Every term's postings through the public matcher, and each block's compression."""
    found: Postings = {}
    compressions: list[int] = []
    with ix.reader() as reader:
        for term in reader.lexicon("text"):
            matcher = reader.postings("text", term)
            assert isinstance(matcher, W3LeafMatcher)
            info = reader.term_info("text", term)
            read: dict[int, list[int]] = {}
            while matcher.is_active():
                compressions.append(matcher._compression)
                assert matcher.weight() == 1.0
                read[matcher.id()] = matcher.value_as("positions")
                matcher.next()
            assert info.doc_frequency() == len(read)
            assert (info.min_id(), info.max_id()) == (min(read), max(read))
            found[term.decode("utf-8")] = read
    return found, compressions


@settings(max_examples=60, deadline=None)
@given(_postings())
def test_what_the_bulk_writer_writes_reads_back_through_whooshs_reader(
    case: tuple[int, Postings],
) -> None:
    documents, postings = case
    found, _ = _read(_write(documents, postings))
    assert found == postings


def test_blocks_are_pickled_with_bytes_opcodes_and_big_ones_compressed() -> None:
    """Protocol 4 (a value is its bytes, not a ``_codecs.encode`` call); a block of 128
    postings of many positions is big enough to be compressed, a rare term's is not."""
    postings = {
        "common": {doc: [doc % 7, *range(100 + doc, 106 + doc)] for doc in range(300)},
        "rare": {5: [3]},
    }
    ix = _write(300, postings)
    found, compressions = _read(ix)
    assert found == postings
    assert set(compressions) == {0, 3}  # (3: the W3 codec's level)
    with ix.reader() as reader:
        matcher = reader.postings("text", b"rare")
        raw = matcher._postfile.get(matcher._dataoffset, matcher._nextoffset - matcher._dataoffset)
    assert pickle.loads(raw) == ((5,), None, (encode_positions([3]),))
    assert raw[:2] == b"\x80" + bytes([whoosh_access.BLOCK_PROTOCOL])
    assert b"_codecs" not in raw
