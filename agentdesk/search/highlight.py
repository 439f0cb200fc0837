"""What matched, where: character ranges in the store's texts and a short marked-up snippet.

The texts come from the store (the index keeps none) and are tokenized by ``analysis.scan``,
the analyzer the index was built with, so a range is marked exactly when the index matched that
word: ``cafetiere`` marks ``cafetière`` as it is written, ``CMD-5012`` marks the whole order
number, a phrase marks its whole span and not its words elsewhere.

The snippet is HTML: the text is escaped and each match wrapped in ``<mark>…</mark>``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from agentdesk.domain.search_records import Highlights, SearchableConversation, TextRange
from agentdesk.search.analysis import MAX_TERM_CHARS, Token, fold, tokenize
from agentdesk.search.query_parser import ParsedQuery

SNIPPET_CHARS = 160
LEAD_CHARS = 40
_SPACES = re.compile(r"\s+")
_HYPHENS = ("-", "\u2010", "\u2011")


@dataclass(frozen=True, slots=True)
class MatchRule:
    words: frozenset[str] = frozenset()
    phrases: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def of(cls, query: ParsedQuery) -> MatchRule:
        return cls(frozenset(query.words), query.phrases)

    @property
    def is_empty(self) -> bool:
        return not self.words and not self.phrases

    @property
    def terms(self) -> tuple[str, ...]:
        """The terms one of which a text must hold to match: each word, each phrase's first."""
        return (*self.words, *(phrase[0] for phrase in self.phrases))


def match_ranges(text: str | None, rule: MatchRule) -> tuple[TextRange, ...]:
    """The ranges of ``text`` that ``rule`` matches, sorted, overlaps merged. The analyzer is
    skipped for the texts that cannot match (most messages of a long transcript, most texts of
    a snippet's conversation): ``may_match``."""
    if not text or rule.is_empty or not may_match(text, rule.terms):
        return ()
    return analyzed_ranges(text, rule)


def may_match(text: str, terms: tuple[str, ...]) -> bool:
    """False only when no term can match: the analyzer's terms are folded pieces of the text
    (``fold`` works character by character), so each is a substring of the folded text with
    its hyphens taken out (joined words such as ``cmd5012``). A piece whose fold reaches the
    analyzer's cut could hide a term past the cut: then the analyzer decides."""
    pieces = []
    for piece in text.split():
        folded = fold(piece)
        if len(folded) >= MAX_TERM_CHARS:
            return True
        pieces.append(folded)
    joined = " ".join(pieces)
    for hyphen in _HYPHENS:
        joined = joined.replace(hyphen, "")
    return any(term in joined for term in terms)


def analyzed_ranges(text: str, rule: MatchRule) -> tuple[TextRange, ...]:
    """``match_ranges`` by the analyzer alone, every text tokenized."""
    if not text or rule.is_empty:
        return ()
    tokens = tokenize(text)
    found = [(t.start, t.end) for t in tokens if t.term in rule.words]
    if rule.phrases:
        found.extend(_phrase_spans(tokens, rule.phrases))
    return _merged(found)


def _phrase_spans(
    tokens: Sequence[Token], phrases: Sequence[tuple[str, ...]]
) -> Iterable[tuple[int, int]]:
    at: dict[int, list[Token]] = {}
    for token in tokens:
        at.setdefault(token.position, []).append(token)
    for phrase in phrases:
        for token in tokens:
            if token.term != phrase[0]:
                continue
            end = token.end
            for step, word in enumerate(phrase[1:], start=1):
                following = next(
                    (t for t in at.get(token.position + step, ()) if t.term == word), None
                )
                if following is None:
                    break
                end = following.end
            else:
                yield token.start, end


def _merged(spans: list[tuple[int, int]]) -> tuple[TextRange, ...]:
    merged: list[TextRange] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1].end:
            if end > merged[-1].end:
                merged[-1] = TextRange(merged[-1].start, end)
            continue
        merged.append(TextRange(start, end))
    return tuple(merged)


def highlight(conversation: SearchableConversation, rule: MatchRule) -> Highlights:
    if rule.is_empty:
        return Highlights()
    messages = {}
    for message in conversation.messages:
        ranges = match_ranges(message.text, rule)
        if ranges:
            messages[message.id] = ranges
    tags = {}
    for place, tag in enumerate(conversation.tags):
        ranges = match_ranges(tag, rule)
        if ranges:
            tags[place] = ranges
    return Highlights(
        messages=MappingProxyType(messages),
        closing_note=match_ranges(conversation.closing_note, rule),
        contact_name=match_ranges(conversation.contact_name, rule),
        tags=MappingProxyType(tags),
    )


def snippet(conversation: SearchableConversation, highlights: Highlights) -> str:
    """A short excerpt around the first match — in the messages in order, then the closing
    note, the contact's name, the tags — or the conversation's first words when nothing is
    marked."""
    found: list[tuple[TextRange, ...]] = [
        highlights.messages.get(m.id, ()) for m in conversation.messages
    ]
    found += [highlights.closing_note, highlights.contact_name]
    found += [highlights.tags.get(i, ()) for i in range(len(conversation.tags))]
    for text, ranges in zip(_snippet_texts(conversation), found, strict=True):
        if ranges:
            return excerpt(text, ranges)
    first = next((text for text in _snippet_texts(conversation) if text.strip()), "")
    return excerpt(first, ())


def first_snippet(conversation: SearchableConversation, rule: MatchRule) -> str:
    """``snippet(conversation, highlight(conversation, rule))``, without marking every text:
    the closed list shows one excerpt a row, and ``highlight`` tokenizes every message of the
    conversation (most of the excerpt step's time) when only the first text that matches is
    shown. The texts are read in ``snippet``'s order and the first one with a range is the
    excerpt, its ranges found by the same ``match_ranges``, so the same words are marked."""
    if not rule.is_empty:
        for text in _snippet_texts(conversation):
            ranges = match_ranges(text, rule)
            if ranges:
                return excerpt(text, ranges)
    first = next((text for text in _snippet_texts(conversation) if text.strip()), "")
    return excerpt(first, ())


def _snippet_texts(conversation: SearchableConversation) -> Iterable[str]:
    """The texts a snippet is taken from, in the order it looks for a match."""
    yield from (m.text for m in conversation.messages)
    yield conversation.closing_note or ""
    yield conversation.contact_name
    yield from conversation.tags


def excerpt(text: str, ranges: Sequence[TextRange], width: int = SNIPPET_CHARS) -> str:
    """About ``width`` characters of ``text`` from a little before the first range, cut at
    spaces, escaped, with the ranges inside marked."""
    start = _word_start(text, max(0, ranges[0].start - LEAD_CHARS)) if ranges else 0
    end = _word_end(text, min(len(text), start + width))
    pieces = ["…"] if start > 0 else []
    cursor = start
    for found in ranges:
        if found.end <= start or found.start >= end:
            continue
        low, high = max(found.start, start), min(found.end, end)
        pieces.append(_plain(text[cursor:low]))
        pieces.append(f"<mark>{_plain(text[low:high])}</mark>")
        cursor = high
    pieces.append(_plain(text[cursor:end]))
    if end < len(text):
        pieces.append("…")
    return "".join(pieces).strip()


def _plain(text: str) -> str:
    return html.escape(_SPACES.sub(" ", text), quote=False)


def _word_start(text: str, index: int) -> int:
    """``index`` moved forward to the start of a word (unless that goes too far)."""
    if index == 0 or text[index - 1].isspace():
        return index
    space = text.find(" ", index, index + 20)
    return index if space < 0 else space + 1


def _word_end(text: str, index: int) -> int:
    if index >= len(text) or text[index].isspace():
        return index
    space = text.rfind(" ", max(0, index - 20), index)
    return index if space < 0 else space
