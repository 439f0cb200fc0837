"""What a query marks in stored conversations: the list's snippets, and every matched range
for the transcript. Read from the store's texts with the index's analyzer
(``agentdesk.search.highlight``), never from the index: the same marks whether the index is
complete, being built or missing.

Apart from ``search`` (which finds the conversations) because the window asks for marks on
their own, for rows it shows after the search answered.
"""

from __future__ import annotations

from agentdesk.domain.search_records import Highlights
from agentdesk.search.highlight import MatchRule, excerpt, first_snippet, highlight, snippet
from agentdesk.search.query_parser import ParsedQuery, parse_query
from agentdesk.store import Store


def excerpts(store: Store, text: str, ids: list[str]) -> dict[str, str]:
    """The list's snippet of each of ``ids`` for the query ``text``: what ``marks`` would give
    as its snippet, without computing every range of every message (``first_snippet``)."""
    rule = MatchRule.of(parse_query(text))
    found: dict[str, str] = {}
    if rule.is_empty:  # the first text not blank: read alone (the window's scroll)
        firsts = store.first_texts(ids)
        found = {cid: excerpt(first, ()) for cid, first in firsts.items() if first.strip()}
    rest = [cid for cid in ids if cid not in found]
    if rest:  # words, or no message to show: every text, in first_snippet's order
        found |= {
            conversation.id: first_snippet(conversation, rule)
            for conversation in store.searchable_conversations(rest)
        }
    return found


def marks(store: Store, parsed: ParsedQuery, ids: list[str]) -> dict[str, tuple[str, Highlights]]:
    """Snippet and matched ranges of each of ``ids`` (those still stored) for ``parsed``."""
    rule = MatchRule.of(parsed)
    found: dict[str, tuple[str, Highlights]] = {}
    for conversation in store.searchable_conversations(ids):
        ranges = highlight(conversation, rule)
        found[conversation.id] = (snippet(conversation, ranges), ranges)
    return found
