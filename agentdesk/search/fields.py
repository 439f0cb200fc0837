"""The index's schema: one Whoosh document per closed conversation.

| field | holds | how |
| --- | --- | --- |
| ``id`` | the conversation id | unique term (updates, deletes) and a column (docnum → id) |
| ``text`` | messages, closing note, contact's name, tags, category | words, positions, grams |
| ``channel``, ``csat``, ``nps`` | the filter values | one term each, no positions |
| ``closed_at``, ``version`` | ``closed_at`` and ``updated_at`` in UTC microseconds | columns |

The searchable texts share one field, as parts: a word may be found in any of them, a phrase
only within one. (They were four fields at first — text, contact, tags, category — which made
every query look each term up four times in every segment, for nothing: the agent searches
them all at once.)

Nothing is *stored*: no message body is in the index. Snippets and highlights are computed from
the store's text with ``agentdesk.search.analysis``, the analyzer that indexed it.

``WordsField`` skips Whoosh's token objects when indexing: it runs ``analysis.scan`` and encodes
positions itself (Whoosh's analyzer chain made the first index several times slower). Its
``analyzer`` is still a real Whoosh analyzer over the same ``scan``, so any Whoosh tool reading
the schema tokenizes the same way. Parts of a multi-valued field (two messages, two tags) are
``PART_GAP`` positions apart: a phrase never spans two of them.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import Any

from whoosh import columns, fields, formats
from whoosh.analysis import Token as WhooshToken
from whoosh.analysis import Tokenizer
from whoosh.codec.whoosh3 import W3Codec

from agentdesk.search.analysis import COMMON_WORDS, index_terms, scan
from agentdesk.search.postings import MAX_POSITION

PART_GAP = 100
WORD_FIELDS = ("text",)


class PositionsFormat(formats.Format):  # type: ignore[misc]
    """Positions as a native ``uint32`` array: one ``bytes`` per posting, read back in bulk by
    ``agentdesk.search.postings`` (Whoosh's own ``Positions`` pickles a list per posting)."""

    posting_size = -1
    textual = True

    def __init__(self, field_boost: float = 1.0) -> None:
        self.field_boost = field_boost
        self.options: dict[str, Any] = {}

    def supports(self, name: str) -> bool:
        return name in ("frequency", "weight", "positions")

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any) -> Iterator[Any]:
        raise NotImplementedError("WordsField.index encodes its own postings")

    def encode_positions(self, positions: Sequence[int]) -> bytes:
        return encode_positions(positions)

    def decode_positions(self, valuestring: bytes) -> list[int]:
        return list(memoryview(valuestring).cast("I"))

    def decode_frequency(self, valuestring: bytes) -> int:
        return len(valuestring) // 4

    def decode_weight(self, valuestring: bytes) -> float:
        return float(self.decode_frequency(valuestring))

    def decode_position_boosts(self, valuestring: bytes) -> list[tuple[int, float]]:
        return [(position, 1.0) for position in self.decode_positions(valuestring)]


def encode_positions(positions: Sequence[int]) -> bytes:
    """A posting's value: its positions as native ``uint32``."""
    return array("I", positions).tobytes()


class FoldingTokenizer(Tokenizer):  # type: ignore[misc]
    """``analysis.scan`` as a Whoosh analyzer (for Whoosh's own tools; indexing and our
    queries call ``scan`` directly)."""

    def __call__(  # noqa: PLR0917 - Whoosh's own analyzer signature
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Any]:
        token = WhooshToken(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for term, position, start, end, _joined in scan(value):
            token.text = term
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = value[start:end]
            if positions:
                token.pos = start_pos + position
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token


class WordsField(fields.FieldType):  # type: ignore[misc]
    def __init__(self) -> None:
        # Not scorable: results are ordered by date, never by relevance, so no field lengths.
        super().__init__(PositionsFormat(), FoldingTokenizer(), multitoken_query="phrase")

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        """``value`` is a text or a sequence of texts (the parts of the field)."""
        texts: Sequence[str] = (value,) if isinstance(value, str) else value
        encode = self.format.encode_positions
        for term, found in term_positions(texts).items():
            yield term.encode("utf-8"), len(found), 1.0, encode(found)


def term_positions(texts: Sequence[str]) -> dict[str, list[int]]:
    """Every term of one document's parts with its positions: words, joined hyphenated
    forms and common grams, parts ``PART_GAP`` apart, nothing past ``MAX_POSITION``. The one
    rule for what a document indexes (``WordsField.index`` uses it, so updates do; a bulk
    build adds up each part's ``part_terms``, the same pieces: ``bulk``)."""
    positions: defaultdict[str, list[int]] = defaultdict(list)
    base = 0
    for text in texts:
        words, joined = index_terms(text)
        count = len(words)
        words, joined = within(words, joined, MAX_POSITION + 1 - base)
        for at, term in enumerate(words, base):
            positions[term].append(at)
        for term, at in joined:
            positions[term].append(base + at)
        for term in {term for term, _at in joined}:
            positions[term].sort()  # a joined form may also be a word elsewhere
        grams, offsets = common_grams(words)
        for term, at in zip(grams, offsets, strict=True):
            positions[term].append(base + at)
        base += count + PART_GAP
    return positions


def within(
    words: list[str], joined: list[tuple[str, int]], room: int
) -> tuple[list[str], list[tuple[str, int]]]:
    """A part's words and joined forms cut to the ``room`` positions left before
    ``MAX_POSITION`` (its next part still starts after all its words)."""
    if len(words) <= room:
        return words, joined
    room = max(room, 0)
    return words[:room], [(term, at) for term, at in joined if at < room]


def common_grams(words: list[str]) -> tuple[list[str], list[int]]:
    """The common grams of a part's adjacent words (``analysis.gram``), each with the position
    of its first word, in order. (A loop over the pairs: parts are short, 7 words on average,
    too short for ``map`` and ``compress`` to pay for their set-up.)"""
    grams: list[str] = []
    offsets: list[int] = []
    common = COMMON_WORDS
    if common.isdisjoint(words):
        return grams, offsets
    for at, (first, second) in enumerate(pairwise(words)):
        if first in common or second in common:
            grams.append(f"{first} {second}")
            offsets.append(at)
    return grams, offsets


def part_terms(words: list[str], joined: list[tuple[str, int]]) -> tuple[list[str], list[int]]:
    """The terms ``term_positions`` takes from one part (``analysis.index_terms``), each with
    its position in the part: the words, their common grams, the joined forms. Each term's
    positions come in ascending order (a joined form may also be a word of the part), so parts
    laid one after the other give every term of a document its positions in order."""
    grams, offsets = common_grams(words)
    terms = [*words, *grams]
    offsets = [*range(len(words)), *offsets]
    if joined:
        terms.extend(term for term, _at in joined)
        offsets.extend(at for _term, at in joined)
        order = sorted(range(len(terms)), key=offsets.__getitem__)
        terms = [terms[n] for n in order]
        offsets = [offsets[n] for n in order]
    return terms, offsets


class IdentifierField(fields.ID):  # type: ignore[misc]
    """``fields.ID`` that indexes a text as its one term without Whoosh's analyzer chain.

    Whoosh's ``FieldType.index`` makes a token object, two generators and a set for each value
    to yield the value itself as the one term: for the id, channel, CSAT and NPS of every
    conversation, a third of what ``add_document`` costs in a build (~0.35 s of CPU per 20,000
    conversations). The same tuple is yielded here (a test compares the two); any other value
    or option goes to Whoosh's own path."""

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        if kwargs or not isinstance(value, str):
            return super().index(value, **kwargs)  # type: ignore[no-any-return]
        return iter(((value.encode("utf-8"), 1, self.format.field_boost, b""),))


class IndexCodec(W3Codec):  # type: ignore[misc]
    """Whoosh's W3 format, told that no field is scored: writing a segment then skips looking
    up a field length for every posting (a third of the time of writing postings, spent on a
    file-system ``stat`` each when, as here, no field keeps lengths). Pickled by name in the
    index's table of contents: keep this class where it is."""

    length_stats = False


def build_schema() -> fields.Schema:
    return fields.Schema(
        id=IdentifierField(unique=True, sortable=True),
        text=WordsField(),
        channel=IdentifierField(),
        csat=IdentifierField(),
        nps=IdentifierField(),
        closed_at=fields.COLUMN(columns.NumericColumn("q")),
        version=fields.COLUMN(columns.NumericColumn("q")),
    )
