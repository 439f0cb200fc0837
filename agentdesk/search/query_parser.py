"""What the agent typed, as the index will look for it. Never raises, whatever the text.

- Words are ANDed. There is no other syntax: ``AND``, ``OR``, ``NOT``, ``(``, ``*``, ``field:``
  and backslashes are words or separators like any other text, which is what an agent who
  pastes a sentence expects.
- ``"quoted text"`` is a phrase (also between “ ”, „ “ or « »). A quote left open is ignored:
  the rest is searched as words.
- One word that the analyzer splits (``l'adresse``, ``CMD-5012``, ``59.90``) is a phrase of
  its parts, so that it finds what was written that way and not its parts scattered about.
- A query that is nothing but a conversation id (``c-000123``, ``000123``, ``123``) is also an
  id look-up; the service puts that conversation first when it exists and is unambiguous.
- At most ``MAX_ITEMS`` words and phrases, from the first ``MAX_QUERY_CHARS`` characters, are
  searched: enough for any real query, and a bound on the work a pasted page can cause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agentdesk.search.analysis import words_of

MAX_QUERY_CHARS = 1000
MAX_ITEMS = 32
_QUOTES = '"\u201c\u201d\u201e\u00ab\u00bb\uff02'
_ID = re.compile(r"^(?:([A-Za-z]{1,8})-)?(\d{1,12})$")


@dataclass(frozen=True, slots=True)
class IdLookup:
    """A query that looks like a conversation id: ``prefix`` (``c``) is None for bare digits."""

    prefix: str | None
    digits: str

    @property
    def number(self) -> int:
        return int(self.digits)


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    words: tuple[str, ...] = ()
    """Terms that must each occur somewhere in the conversation."""
    phrases: tuple[tuple[str, ...], ...] = ()
    """Sequences of two or more terms that must occur one after the other, in one text."""
    id_lookup: IdLookup | None = None

    @property
    def has_words(self) -> bool:
        return bool(self.words or self.phrases)

    @property
    def terms(self) -> frozenset[str]:
        """Every term the query mentions (for the highlighter)."""
        return frozenset(self.words).union(*self.phrases)


def parse_query(text: str) -> ParsedQuery:
    text = text[:MAX_QUERY_CHARS]
    words: dict[str, None] = {}
    phrases: dict[tuple[str, ...], None] = {}
    for chunk, quoted in _chunks(text):
        pieces = [chunk] if quoted else chunk.split()
        for piece in pieces:
            terms = tuple(words_of(piece))
            if len(words) + len(phrases) >= MAX_ITEMS:
                break
            if len(terms) == 1:
                words[terms[0]] = None
            elif terms:
                phrases[terms] = None
    return ParsedQuery(tuple(words), tuple(phrases), _id_lookup(text))


def _chunks(text: str) -> list[tuple[str, bool]]:
    """``(text, quoted)`` runs; an unmatched quote is dropped and its run read as words."""
    pieces = re.split(f"[{_QUOTES}]", text)
    if len(pieces) % 2 == 0:  # an odd number of quotes: the last one is unmatched
        pieces[-2:] = [pieces[-2] + " " + pieces[-1]]
    return [(piece, index % 2 == 1) for index, piece in enumerate(pieces) if piece.strip()]


def _id_lookup(text: str) -> IdLookup | None:
    found = _ID.match(text.strip().strip(_QUOTES).strip())
    if found is None:
        return None
    prefix = found.group(1)
    return IdLookup(prefix.lower() if prefix else None, found.group(2))
