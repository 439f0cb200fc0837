"""Every search rule against a store synced from the demo server. The expected hits come from a
plain scan of the server's own records (``tests.search.reference``), never from the code under
test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agentdesk.domain.search_query import Month, SearchFilters, SearchQuery
from agentdesk.services.search import IndexState, SearchPage
from agentdesk.store import search_reads
from tests.search.reference import (
    Record,
    folded,
    has_phrase,
    has_word,
    moment,
    newest_first,
    words,
)
from tests.search.synced import Synced, synced_search

SIZE = 600
EVERYTHING = 10_000


@pytest.fixture(scope="module")
def synced(tmp_path_factory: pytest.TempPathFactory, whoosh_path: str) -> Iterator[Synced]:
    """One per Whoosh path (tests/search/whoosh_paths.py): nothing read is shared across them."""
    with synced_search(Path(tmp_path_factory.mktemp("synced")), SIZE) as ready:
        yield ready


def search(
    synced: Synced, text: str = "", limit: int = EVERYTHING, **filters: object
) -> SearchPage:
    page = synced.service.search(SearchQuery(text, SearchFilters(**filters), limit=limit))  # type: ignore[arg-type]
    assert page.index_state is IndexState.READY
    return page


def ids(page: SearchPage) -> list[str]:
    return [hit.conversation.id for hit in page.hits]


def expect(synced: Synced, keep: Callable[[Record], bool]) -> list[str]:
    return newest_first(r for r in synced.records if keep(r))


def local_day(synced: Synced, record: Record) -> date:
    return moment(record["closed_at"]).astimezone(ZoneInfo(synced.timezone)).date()


# --- words


@pytest.mark.parametrize(
    ("typed", "as_written"),
    [("remboursement", "Remboursement"), ("cafetiere", "cafetière"), ("ines", "Inès")],
)
def test_case_and_accents_do_not_matter(synced: Synced, typed: str, as_written: str) -> None:
    expected = expect(synced, lambda r: has_word(r, typed))
    assert any(as_written in text for r in synced.records for text in _texts(r)), as_written
    page = search(synced, typed)
    assert ids(page) == expected
    assert page.total == len(expected)
    assert ids(search(synced, as_written.upper())) == expected


def test_words_are_all_required(synced: Synced) -> None:
    expected = expect(synced, lambda r: has_word(r, "colis") and has_word(r, "commande"))
    assert ids(search(synced, "colis commande")) == expected


@pytest.mark.parametrize(
    ("typed", "phrase"),
    [
        ('"de la commande"', ("de", "la", "commande")),
        ('"Numéro de commande"', ("numero", "de", "commande")),
        ("“code promo”", ("code", "promo")),
        ('"étiquette de retour"', ("etiquette", "de", "retour")),
    ],
)
def test_a_quoted_phrase_matches_words_in_a_row(
    synced: Synced, typed: str, phrase: tuple[str, ...]
) -> None:
    expected = expect(synced, lambda r: has_phrase(r, phrase))
    assert expected
    page = search(synced, typed)
    assert ids(page) == expected
    assert all("<mark>" in hit.snippet and not hit.highlights.is_empty for hit in page.hits)


def test_a_phrase_is_not_its_words_scattered(synced: Synced) -> None:
    phrase = ("de", "la", "commande")
    loose = expect(synced, lambda r: all(has_word(r, w) for w in phrase))
    assert len(ids(search(synced, " ".join(phrase)))) == len(loose)
    assert len(ids(search(synced, '"de la commande"'))) < len(loose)


def test_an_order_number_finds_its_conversation(synced: Synced) -> None:
    record = next(r for r in synced.records if "CMD-" in (r.get("closing_note") or ""))
    number = next(w for w in (record["closing_note"] or "").split() if w.startswith("CMD-"))
    number = number.strip(".,;()")
    digits = number.removeprefix("CMD-")
    expected = expect(synced, lambda r: has_phrase(r, ("cmd", digits)))
    assert record["id"] in expected
    assert ids(search(synced, number)) == expected


# --- ids


@pytest.mark.parametrize("typed", ["c-000123", "C-000123", "000123", "123"])
def test_an_id_comes_first_then_the_same_text_as_words(synced: Synced, typed: str) -> None:
    assert any(r["id"] == "c-000123" for r in synced.records)
    page = search(synced, typed)
    assert page.hits[0].conversation.id == "c-000123"
    assert page.hits[0].id_match
    as_words = expect(synced, lambda r: r["id"] != "c-000123" and has_word(r, typed.lower()))
    assert ids(page)[1:] == as_words
    assert page.total == 1 + len(as_words)


def test_an_id_that_is_not_stored_is_only_words(synced: Synced) -> None:
    page = search(synced, "c-999999")
    assert page.total == 0


# --- filters


def _month(synced: Synced) -> Month:
    newest = max(local_day(synced, r) for r in synced.records)
    return Month(newest.year, newest.month)


@pytest.mark.parametrize("walk_from", [search_reads.WALK_FROM, 1], ids=["planner", "date-walk"])
def test_each_filter_alone_with_no_words(
    synced: Synced, walk_from: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_reads, "WALK_FROM", walk_from)
    month = _month(synced)
    days = (date(month.year, month.month, 3), date(month.year, month.month, 11))
    cases: list[tuple[dict[str, object], Callable[[Record], bool]]] = [
        (
            {"month": month},
            lambda r: (
                (local_day(synced, r).year, local_day(synced, r).month) == (month.year, month.month)
            ),
        ),
        (
            {"from_day": days[0], "to_day": days[1]},
            lambda r: days[0] <= local_day(synced, r) <= days[1],
        ),
        ({"from_day": days[1]}, lambda r: local_day(synced, r) >= days[1]),
        ({"csat": frozenset({1, 2})}, lambda r: r["csat"] in (1, 2)),
        ({"nps_min": 9}, lambda r: r["nps"] is not None and r["nps"] >= 9),
        ({"nps_max": 6}, lambda r: r["nps"] is not None and r["nps"] <= 6),
        (
            {"channels": frozenset({"whatsapp", "email"})},
            lambda r: r["channel"] in ("whatsapp", "email"),
        ),
    ]
    for filters, keep in cases:
        expected = expect(synced, keep)
        assert expected, filters
        page = search(synced, **filters)
        assert (page.total, ids(page)) == (len(expected), expected), filters
        assert not page.searched_words


def test_filters_combine_with_and_with_or_without_words(synced: Synced) -> None:
    month = _month(synced)
    filters = {
        "month": month,
        "csat": frozenset({4, 5}),
        "nps_min": 7,
        "channels": frozenset({"chat", "whatsapp", "email", "messenger"}),
    }

    def keep(r: Record) -> bool:
        day = local_day(synced, r)
        return (
            (day.year, day.month) == (month.year, month.month)
            and r["csat"] in (4, 5)
            and r["nps"] is not None
            and r["nps"] >= 7
            and r["channel"] in filters["channels"]  # type: ignore[operator]
        )

    expected = expect(synced, keep)
    assert expected
    assert ids(search(synced, **filters)) == expected
    with_word = expect(synced, lambda r: keep(r) and has_word(r, "merci"))
    assert with_word
    assert ids(search(synced, "merci", **filters)) == with_word


def test_newest_first_with_a_limit_and_the_total_of_all(synced: Synced) -> None:
    everything = expect(synced, lambda r: True)
    page = search(synced, limit=25)
    assert page.total == len(everything)
    assert ids(page) == everything[:25]
    closed = [hit.conversation.closed_at for hit in page.hits]
    assert closed == sorted(closed, reverse=True)
    second = synced.service.search(SearchQuery("merci", limit=10, offset=10))
    assert ids(second) == expect(synced, lambda r: has_word(r, "merci"))[10:20]


# --- highlights


def test_snippets_mark_each_match_as_it_is_written(synced: Synced) -> None:
    page = search(synced, "cafetiere", limit=40)
    assert page.hits
    for hit in page.hits:
        marked = [s.split("</mark>")[0] for s in hit.snippet.split("<mark>")[1:]]
        assert marked, hit.snippet
        assert all(folded(m) == "cafetiere" for m in marked)
    assert any("<mark>cafetière</mark>" in hit.snippet for hit in page.hits)


def test_ranges_cover_every_match_in_every_message_and_the_note(synced: Synced) -> None:
    page = search(synced, "commande", limit=30)
    by_id = {r["id"]: r for r in synced.records}
    for hit in page.hits:
        record = by_id[hit.conversation.id]
        for message in record["messages"]:
            ranges = hit.highlights.messages.get(message["id"], ())
            assert [folded(message["text"][x.start : x.end]) for x in ranges] == [
                w for w in _words_in_order(message["text"]) if w == "commande"
            ]
        note = record.get("closing_note") or ""
        assert len(hit.highlights.closing_note) == _words_in_order(note).count("commande")
    found = synced.service.highlights("commande", page.hits[0].conversation.id)
    assert found == page.hits[0].highlights


def _texts(record: Record) -> list[str]:
    return (
        [m["text"] for m in record["messages"]]
        + [record.get("closing_note") or ""]
        + [record["contact"]["name"]]
    )


def _words_in_order(text: str) -> list[str]:
    return words(text)


def test_the_page_says_the_index_is_complete(synced: Synced) -> None:
    page = search(synced, "merci", limit=1)
    assert page.index_complete
    assert isinstance(page.hits[0].conversation.closed_at, datetime)
