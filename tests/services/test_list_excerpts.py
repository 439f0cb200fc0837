"""The list's excerpt without words (the window's whole-list scroll) is read from each
conversation's first message alone; it must equal ``first_snippet`` over every text, including
when the first messages are blank in ways SQLite's ``trim`` does not see, or when no message
has text (the closing note, then the contact's name)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from agentdesk.search.highlight import MatchRule, first_snippet
from agentdesk.search.index import SearchIndex
from agentdesk.search.query_parser import parse_query
from agentdesk.services.search import SearchService
from agentdesk.store import Store, SyncState
from tests.store.conftest import CLOSED, PAUSED, T0, conversation, message, paused

BLANKS = ["   ", "\n", "\t", "\u00a0", " \u2003 ", ""]


def _with_first(cid: str, *firsts: str) -> object:
    base = conversation(cid)
    early = tuple(
        message(f"{cid}-b{n}", T0 - timedelta(minutes=10 - n), text=text)
        for n, text in enumerate(firsts)
    )
    return replace(base, messages=early + base.messages)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store.open(tmp_path / "data" / "agentdesk.sqlite")
    conversations = [
        _with_first("c-1"),
        *(_with_first(f"c-b{n}", blank) for n, blank in enumerate(BLANKS)),
        _with_first("c-all", *BLANKS),
        replace(conversation("c-none"), messages=()),
        replace(conversation("c-blank-note"), messages=(message("m", T0, text="\n"),)),
        replace(conversation("c-noted"), messages=(), closing_note="Rappeler lundi"),
    ]
    opened.write_page(CLOSED, conversations, SyncState())  # type: ignore[arg-type]
    opened.write_page(PAUSED, [paused("p-1")], SyncState())
    return opened


@pytest.mark.parametrize("text", ["", "c-1", "remboursement", "regarde bonjour"])
def test_list_excerpts_equal_first_snippet_over_every_text(
    store: Store, tmp_path: Path, text: str
) -> None:
    ids = ["c-1", *(f"c-b{n}" for n in range(len(BLANKS))), "c-all", "c-none"]
    ids += ["c-blank-note", "c-noted", "p-1", "nowhere"]
    rule = MatchRule.of(parse_query(text))
    expected = {c.id: first_snippet(c, rule) for c in store.searchable_conversations(ids)}
    with SearchService(store, SearchIndex(tmp_path / "no-index")) as service:
        assert service.excerpts(text, ids) == expected
    assert "p-1" not in expected  # closed ones only
    if not text:
        assert expected["c-noted"] == "Rappeler lundi"


def test_first_texts_reads_the_first_message_not_only_spaces(store: Store) -> None:
    found = store.first_texts(["c-1", "c-b0", "c-b1", "c-none", "p-1"])
    assert found["c-1"] == "Je veux un remboursement"  # conftest.exchange's first
    assert found["c-b0"] == "Je veux un remboursement"  # "   " before it: skipped by SQLite too
    assert found["c-b1"] == "\n"  # not spaces for SQLite: the caller checks it as Python does
    assert "c-none" not in found
    assert "p-1" not in found
