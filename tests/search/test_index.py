"""The index over the demo generator's conversations, against a plain scan of the same records."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from agentdesk.domain.search_query import NO_FILTERS, ResolvedFilters
from agentdesk.domain.search_records import MessageText
from agentdesk.search.documents import micros
from agentdesk.search.index import SearchIndex
from agentdesk.search.query_parser import parse_query
from tests.search.conftest import MakeIndex, demo_records, searchable
from tests.search.reference import has_phrase, has_word, moment, newest_first

ALL = 10_000


def found(index: SearchIndex, text: str, filters: ResolvedFilters = NO_FILTERS) -> list[str]:
    result = index.search(parse_query(text), filters, start=0, stop=ALL)
    assert result.total == len(result.ids)
    return list(result.ids)


@pytest.mark.parametrize("word", ["remboursement", "cafetiere", "ines", "commande", "refund"])
def test_a_word_finds_exactly_the_conversations_holding_it_newest_first(
    demo_index: SearchIndex, word: str
) -> None:
    expected = newest_first(r for r in demo_records() if has_word(r, word))
    assert expected, f"the demo data should hold {word!r}"
    assert found(demo_index, word) == expected


def test_words_are_anded(demo_index: SearchIndex) -> None:
    expected = newest_first(
        r for r in demo_records() if has_word(r, "remboursement") and has_word(r, "commande")
    )
    assert found(demo_index, "remboursement commande") == expected


@pytest.mark.parametrize(
    "phrase", [("etiquette", "de", "retour"), ("code", "promo"), ("de", "la", "commande")]
)
def test_a_phrase_finds_its_words_one_after_the_other(
    demo_index: SearchIndex, phrase: tuple[str, ...]
) -> None:
    expected = newest_first(r for r in demo_records() if has_phrase(r, phrase))
    scattered = newest_first(r for r in demo_records() if all(has_word(r, w) for w in phrase))
    assert expected
    assert found(demo_index, '"' + " ".join(phrase) + '"') == expected
    assert len(scattered) >= len(expected)


def test_limit_and_offset_slice_the_newest_first_list_and_total_counts_all(
    demo_index: SearchIndex,
) -> None:
    everything = found(demo_index, "commande")
    page = demo_index.search(parse_query("commande"), NO_FILTERS, start=5, stop=15)
    assert page.total == len(everything)
    assert list(page.ids) == everything[5:15]


def test_filters_narrow_word_matches(demo_index: SearchIndex) -> None:
    records = demo_records()
    newest = max(moment(r["closed_at"]) for r in records)
    start = newest - timedelta(days=30)
    filters = ResolvedFilters(
        closed_from=start,
        closed_until=newest,
        csat=frozenset({4, 5}),
        nps_min=7,
        nps_max=10,
        channels=frozenset({"chat", "whatsapp"}),
    )
    expected = newest_first(
        r
        for r in records
        if has_word(r, "commande")
        and start <= moment(r["closed_at"]) < newest
        and r["csat"] in (4, 5)
        and r["nps"] is not None
        and 7 <= r["nps"] <= 10
        and r["channel"] in ("chat", "whatsapp")
    )
    assert expected
    assert found(demo_index, "commande", filters) == expected


def test_a_filter_no_conversation_passes_finds_nothing(demo_index: SearchIndex) -> None:
    nowhere = ResolvedFilters(channels=frozenset({"carrier-pigeon"}))
    assert found(demo_index, "commande", nowhere) == []


def test_words_that_are_nowhere_find_nothing(demo_index: SearchIndex) -> None:
    assert found(demo_index, "zzyzx") == []
    assert found(demo_index, "ñ" * 300) == []
    assert found(demo_index, '"commande remboursement cafetiere"') == []


def test_equal_closing_times_are_ordered_by_id(make_index: MakeIndex) -> None:
    conversations = [searchable(r) for r in demo_records()[:30]]
    same = conversations[0].closed_at
    tied = [replace(c, closed_at=same) for c in conversations[:5]]
    index = make_index(tied + conversations[5:])
    ids = found(index, "bonjour")
    tied_ids = [cid for cid in ids if cid in {c.id for c in tied}]
    assert tied_ids == sorted(tied_ids, reverse=True)


def test_updates_and_deletes_are_searchable_at_once(make_index: MakeIndex) -> None:
    conversations = [searchable(r) for r in demo_records()[:40]]
    index = make_index(conversations)
    changed = replace(
        conversations[3],
        messages=(*conversations[3].messages, MessageText("m-new", "Le grille-pain zorglub.")),
        updated_at=conversations[3].updated_at + timedelta(minutes=5),
    )
    with index.updater() as updater:
        updater.upsert([changed])
        updater.delete([conversations[7].id, "c-999999"])
    assert found(index, "zorglub") == [changed.id]
    every = set(found(index, "bonjour")) | set(found(index, "hola")) | set(found(index, "hello"))
    assert conversations[7].id not in every
    assert index.check().documents == 39
    inventory = index.inventory()
    assert len(inventory) == 39
    assert inventory[changed.id] == micros(changed.updated_at)
