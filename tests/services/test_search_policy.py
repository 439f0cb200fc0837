"""The policy both front ends share (``SearchService.prepare/needs_rebuild/rebuild/answer``):
words bring the index up to date first, a damaged index is rebuilt and the search asked again,
and the measured-conversation filter of the drill-down agrees with a plain scan."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from agentdesk.domain.search_query import Measured, SearchFilters, SearchQuery
from agentdesk.search.index import SearchIndex
from agentdesk.services.search import IndexState, SearchService
from tests.search.reference import has_word, moment, newest_first
from tests.search.synced import Synced, synced_search

EVERYTHING = 10_000


@pytest.fixture(scope="module")
def synced(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synced]:
    with synced_search(Path(tmp_path_factory.mktemp("synced")), 200) as ready:
        yield ready


def _damaged_copy(synced: Synced, tmp_path: Path, *, same_size: bool) -> SearchIndex:
    copy = tmp_path / "index"
    shutil.copytree(synced.folder / "index", copy)
    index = SearchIndex(copy)
    folder = index.home.current()
    assert folder is not None
    for postings in folder.glob("*.pst"):
        size = postings.stat().st_size
        postings.write_bytes(b"\xff" * size if same_size else postings.read_bytes()[:64])
    return index


def test_a_truncated_index_is_rebuilt_before_the_search(synced: Synced, tmp_path: Path) -> None:
    index = _damaged_copy(synced, tmp_path, same_size=False)
    with SearchService(synced.store, index) as service:
        page = service.answer(SearchQuery("commande"), on_rebuild=pytest.fail)
    assert page.index_state is IndexState.READY
    assert page.total == sum(has_word(r, "commande") for r in synced.records)


def test_damage_met_by_the_search_rebuilds_and_asks_again(synced: Synced, tmp_path: Path) -> None:
    rebuilt: list[bool] = []
    index = _damaged_copy(synced, tmp_path, same_size=True)  # the file-level check passes
    with SearchService(synced.store, index) as service:
        assert service.needs_rebuild(service.search(SearchQuery("commande")))
        page = service.answer(SearchQuery("commande"), on_rebuild=lambda: rebuilt.append(True))
    assert rebuilt == [True]
    assert page.index_state is IndexState.READY
    assert page.total == sum(has_word(r, "commande") for r in synced.records)


def test_a_missing_index_is_built_before_a_word_search(synced: Synced, tmp_path: Path) -> None:
    with SearchService(synced.store, SearchIndex(tmp_path / "none")) as service:
        assert service.prepare(SearchQuery("")) is None  # no words: the store answers
        assert service.coverage().state is IndexState.MISSING
        page = service.answer(SearchQuery("merci", limit=EVERYTHING))
        assert page.index_complete
        coverage = service.coverage()
    assert coverage.indexed == coverage.stored == len(synced.records)
    assert page.total == sum(has_word(r, "merci") for r in synced.records)


def test_a_search_with_no_problem_never_rebuilds(synced: Synced) -> None:
    page = synced.service.answer(SearchQuery("merci"), on_rebuild=pytest.fail)
    assert not synced.service.needs_rebuild(page)


@pytest.mark.parametrize("text", ["", "commande"])
def test_the_measured_filter_keeps_the_conversations_with_transactions(
    synced: Synced, text: str
) -> None:
    start = datetime(2026, 11, 9, tzinfo=UTC)
    end = datetime(2026, 11, 18, 14, tzinfo=UTC)
    filters = SearchFilters(closed_from=start, closed_until=end, measured=Measured.TRANSACTIONS)
    page = synced.service.search(SearchQuery(text, filters, limit=EVERYTHING))
    expected = newest_first(
        r
        for r in synced.records
        if start <= moment(r["closed_at"]) < end
        and r["transactions"]
        and (not text or has_word(r, text))
    )
    assert expected
    assert [hit.conversation.id for hit in page.hits] == expected
    assert page.total == len(expected)
    second = synced.service.search(SearchQuery(text, filters, limit=5, offset=5))
    assert [hit.conversation.id for hit in second.hits] == expected[5:10]
