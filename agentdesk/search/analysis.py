"""The one analyzer: how text becomes terms when indexing, when parsing a query and when marking
what matched, so that what is highlighted is exactly what was found.

- **Words** are runs of letters and digits (combining accents included, so a decomposed
  ``Ine\u0301s`` is one word). Anything else separates words: spaces, punctuation, ``_``, and
  apostrophes — ``l'adresse`` is ``l`` + ``adresse``, ``O'Connor`` is ``o`` + ``connor``.
- **Hyphens** join: ``CMD-5012`` gives its parts ``cmd`` and ``5012`` at consecutive positions,
  plus the joined ``cmd5012`` at the first part's position, so ``5012``, ``CMD-5012``,
  ``cmd 5012`` and ``cmd5012`` all find it (``e-mail`` and ``email`` likewise).
- **Folding**: ``casefold`` then accents off (NFKD without combining marks, and the letters NFKD
  keeps whole: ``œ`` → ``oe``, ``ø`` → ``o``, ``ł`` → ``l``...). ``Inès``, ``INES`` and ``ines``
  are one term. No stemming and no stop words: ``remboursé`` does not find ``rembourser``.
- **Common grams**: next to each very common word (``de``, ``la``, ``the``, ``yang``...) the pair
  of adjacent words is indexed as one more term (``etiquette de``, ``de retour``). A phrase with
  such a word is then checked on those rare pairs instead of on the postings of ``de``, which
  hold most of the index (see ``docs/search.md``). The list is part of the index format:
  changing it changes ``ANALYZER_VERSION``, which makes AgentDesk rebuild the index.

Pure Python: the parser and the highlighter use it without importing Whoosh.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import NamedTuple

ANALYZER_VERSION = 1
MAX_TERM_CHARS = 64
"""Longer words are cut to this many characters, on both sides, so they still match."""

_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_LETTERS = rf"(?:[^\W_]|[{_MARKS}])+"
_HYPHENS = "-\u2010\u2011"
_WORD = re.compile(rf"{_LETTERS}(?:[{_HYPHENS}]{_LETTERS})*")
_PART = re.compile(_LETTERS)
_FAST_LETTERS = rf"[\w{_MARKS}]+"
_WORD_NO_UNDERSCORE = re.compile(rf"{_FAST_LETTERS}(?:[{_HYPHENS}]{_FAST_LETTERS})*")
"""``_WORD`` for a text without ``_``: the same matches (only ``_`` tells ``\\w`` from
``[^\\W_]``), found several times faster."""

_WHOLE_LETTERS = {
    "æ": "ae",
    "œ": "oe",
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "ł": "l",
    "ı": "i",
    "ŀ": "l",
    "ħ": "h",
    "ŧ": "t",
}

_COMMON = """
    a au aux c ce ces cette d dans de des du elle en est et il ils j je l la le les leur m ma
    me mes mon n ne nous on ou par pas pour qu que qui s sa se ses son sur t te un une vos
    votre vous y
    al con del el es la las lo los mi no para por que se su sus te tu un una y
    an and are as at be for i in is it my of on or so that the this to we with you your
    ada anda dan dari dengan di ini itu kami ke saya untuk yang
"""
COMMON_WORDS = frozenset(_COMMON.split())
"""Words frequent enough in French, Spanish, English and Indonesian support conversations
that a phrase containing one is checked through common grams (accent-folded: ``à`` is ``a``)."""


class _Fold(dict[int, str]):
    """``str.translate`` table filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = _WHOLE_LETTERS.get(char)
        if folded is None:
            # Twice: a compatibility form can decompose to a capital (𝕊 → S), and a
            # case-folded letter can decompose further.
            folded = _without_marks(_without_marks(char).casefold())
        self[code] = folded
        return folded


def _without_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_FOLD = _Fold()


def fold(word: str) -> str:
    """The term for one word: case-folded, accents off, at most ``MAX_TERM_CHARS`` long."""
    term = word.casefold()
    if not term.isascii():
        term = term.translate(_FOLD)
    return term[:MAX_TERM_CHARS]


class Token(NamedTuple):
    term: str
    position: int
    start: int
    end: int
    joined: bool
    """The joined form of a hyphenated word, at the position of its first part."""


def scan(text: str) -> Iterator[tuple[str, int, int, int, bool]]:
    """``(term, position, start, end, joined)`` for each token, in text order: the hot loop of
    indexing, hence plain tuples (``tokenize`` wraps them in ``Token``)."""
    position = 0
    for found in _WORD.finditer(text):
        word = found.group()
        start = found.start()
        if "-" not in word and "\u2010" not in word and "\u2011" not in word:
            term = fold(word)
            if term:
                yield term, position, start, found.end(), False
                position += 1
            continue
        parts = [part for part in _PART.finditer(word) if fold(part.group())]
        if not parts:
            continue
        joined = fold("".join(part.group() for part in parts))
        if len(parts) > 1:
            yield joined, position, start, found.end(), True
        for part in parts:
            yield fold(part.group()), position, start + part.start(), start + part.end(), False
            position += 1


FOLDED_CACHE_SIZE = 50_000
"""Words whose folded form ``index_terms`` remembers (forgotten all at once when full, ~7 MB):
the words of support conversations repeat, and a remembered one costs no Python call."""


class _FoldedWords(dict[str, str]):
    """``fold`` of each word seen; looked up through ``__getitem__``, a C call on a hit."""

    def __missing__(self, word: str) -> str:
        if len(self) >= FOLDED_CACHE_SIZE:
            self.clear()
        folded = self[word] = fold(word)
        return folded


_FOLDED = _FoldedWords()


def tokenize(text: str) -> list[Token]:
    return [Token(*token) for token in scan(text)]


def index_terms(text: str) -> tuple[list[str], list[tuple[str, int]]]:
    """What indexing needs of ``text``, exactly as ``scan`` finds it but without offsets: the
    terms one per position (``words[p]`` is at position ``p``), and the joined forms of
    hyphenated words with their positions. The hot path of a build: one ``findall`` (with a
    simpler pattern when the text has no ``_``) and a fold per word, no token tuples."""
    pattern = _WORD if "_" in text else _WORD_NO_UNDERSCORE
    folded = _FOLDED.__getitem__
    if "-" not in text and "\u2010" not in text and "\u2011" not in text:
        if not text.isascii():
            return list(filter(None, map(folded, pattern.findall(text)))), []
        # casefold is lower for ASCII, and lowering moves no word boundary.
        words = pattern.findall(text.lower())
        if any(len(word) > MAX_TERM_CHARS for word in words):
            words = [word[:MAX_TERM_CHARS] for word in words]
        return words, []
    words = []
    joined: list[tuple[str, int]] = []
    for word in pattern.findall(text):
        if "-" not in word and "\u2010" not in word and "\u2011" not in word:
            term = folded(word)
            if term:
                words.append(term)
            continue
        parts = [part for part in _PART.findall(word) if folded(part)]
        if len(parts) > 1:
            joined.append((fold("".join(parts)), len(words)))
        words.extend(map(folded, parts))
    return words, joined


def words_of(text: str) -> list[str]:
    """The terms of ``text`` one per position (a hyphenated word gives its parts): what a
    phrase typed as ``text`` must find, word after word."""
    return index_terms(text)[0]


def gram(first: str, second: str) -> str | None:
    """The common-gram term of two adjacent words, or None when neither word is common."""
    if first in COMMON_WORDS or second in COMMON_WORDS:
        return f"{first} {second}"
    return None


def phrase_items(words: Sequence[str]) -> tuple[tuple[str, int], ...]:
    """What a phrase is checked on: ``(term, offset)`` pairs that must all occur at
    ``start + offset`` for some ``start``. Every pair of adjacent words with a common word
    becomes its gram; every word no gram covers stays itself. Together they cover every word
    at its place, so the check is exact."""
    items: list[tuple[str, int]] = []
    covered: set[int] = set()
    for offset in range(len(words) - 1):
        pair = gram(words[offset], words[offset + 1])
        if pair is not None:
            items.append((pair, offset))
            covered.update((offset, offset + 1))
    items.extend((word, offset) for offset, word in enumerate(words) if offset not in covered)
    return tuple(sorted(items, key=lambda item: item[1]))
