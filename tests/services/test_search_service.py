"""The search service as the front ends use it: any text gives a page, from any thread, with or
without an index, and a search can be cancelled."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentdesk.domain.search_query import ListPosition, SearchFilters, SearchQuery
from agentdesk.errors import CancelledError
from agentdesk.search.index import SearchIndex
from agentdesk.services.indexing import update_index
from agentdesk.services.search import IndexState, SearchPage, SearchService
from tests.search.reference import has_word
from tests.search.synced import Synced, synced_search

MAX_ROWS = 500
MALFORMED = ["AND OR NOT", "((", "*", "field:", '"', "\\", "ñ" * 300, "c-", "-1", "0", "'"]


@pytest.fixture(scope="module")
def synced(tmp_path_factory: pytest.TempPathFactory, whoosh_path: str) -> Iterator[Synced]:
    """One per Whoosh path (tests/search/whoosh_paths.py): nothing read is shared across them."""
    with synced_search(Path(tmp_path_factory.mktemp("synced")), 150) as ready:
        yield ready


def _valid(page: SearchPage) -> None:
    assert isinstance(page, SearchPage)
    assert page.total >= len(page.hits)
    assert len({hit.conversation.id for hit in page.hits}) == len(page.hits)
    closed = [hit.conversation.closed_at for hit in page.hits if not hit.id_match]
    assert closed == sorted(closed, reverse=True)


texts = st.one_of(
    st.text(max_size=400),
    st.sampled_from(MALFORMED),
    st.lists(st.sampled_from([*MALFORMED, "commande", "de", "la", "123", '"merci'])).map(" ".join),
)
filters = st.builds(
    SearchFilters,
    csat=st.frozensets(st.integers(1, 5), max_size=2),
    nps_min=st.none() | st.integers(0, 5),
    nps_max=st.none() | st.integers(5, 10),
    channels=st.frozensets(st.sampled_from(["chat", "email", "sms", "nowhere"]), max_size=2),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, chosen=filters, limit=st.integers(1, 60), offset=st.integers(0, 30))
def test_any_text_and_filters_give_a_page(
    synced: Synced, text: str, chosen: SearchFilters, limit: int, offset: int
) -> None:
    _valid(synced.service.search(SearchQuery(text, chosen, limit=limit, offset=offset)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.sampled_from(["", "commande", "c-000012"]),
    chosen=filters,
    limit=st.integers(1, 40),
    offset=st.integers(1, 120),
)
def test_a_page_read_on_from_the_row_before_is_the_page_at_its_offset(
    synced: Synced, text: str, chosen: SearchFilters, limit: int, offset: int
) -> None:
    """``SearchQuery.after`` (the window's list fetching its next rows) reads the same rows as
    the offset; with words it is ignored."""
    before = synced.service.search(SearchQuery(text, chosen, limit=MAX_ROWS, offset=0))
    if len(before.hits) < offset:
        return
    row = before.hits[offset - 1].conversation
    by_offset = synced.service.search(SearchQuery(text, chosen, limit=limit, offset=offset))
    read_on = synced.service.search(
        SearchQuery(
            text, chosen, limit=limit, offset=offset, after=ListPosition(row.closed_at, row.id)
        )
    )
    assert [hit.conversation.id for hit in read_on.hits] == [
        hit.conversation.id for hit in by_offset.hits
    ]
    assert read_on.total == by_offset.total
    assert SearchService.reads_on(read_on.query) == (text == "")  # an id is words too
    counted = synced.service.search(read_on.query, total=by_offset.total)  # a later part
    assert [hit.conversation.id for hit in counted.hits] == [
        hit.conversation.id for hit in by_offset.hits
    ]
    assert counted.total == by_offset.total


@pytest.mark.parametrize("text", MALFORMED)
def test_malformed_syntax_is_searched_as_plain_words(synced: Synced, text: str) -> None:
    page = synced.service.search(SearchQuery(text))
    _valid(page)
    assert page.index_state is IndexState.READY


def test_a_search_runs_on_a_worker_thread(synced: Synced) -> None:
    with ThreadPoolExecutor(max_workers=3) as pool:
        pages = list(pool.map(lambda t: synced.service.search(SearchQuery(t)), ["merci"] * 6))
    expected = sum(has_word(r, "merci") for r in synced.records)
    assert {page.total for page in pages} == {expected}


def test_a_cancelled_search_stops(synced: Synced) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(CancelledError):
        synced.service.search(SearchQuery("commande"), cancel)


def test_without_an_index_lists_filters_and_ids_still_work(synced: Synced, tmp_path: Path) -> None:
    with SearchService(synced.store, SearchIndex(tmp_path / "no-index")) as service:
        words = service.search(SearchQuery("commande"))
        assert (words.total, words.index_state, words.index_complete) == (
            0,
            IndexState.MISSING,
            False,
        )
        listed = service.search(SearchQuery("", SearchFilters(channels=frozenset({"chat"}))))
        assert listed.total == sum(r["channel"] == "chat" for r in synced.records)
        by_id = service.search(SearchQuery("c-000042"))
        assert [hit.conversation.id for hit in by_id.hits] == ["c-000042"]


def test_a_damaged_index_is_a_page_that_says_so_then_is_rebuilt(
    synced: Synced, tmp_path: Path
) -> None:
    copy = tmp_path / "index"
    shutil.copytree(synced.folder / "index", copy)
    index = SearchIndex(copy)
    folder = index.home.current()
    assert folder is not None
    for postings in folder.glob("*.pst"):
        postings.write_bytes(postings.read_bytes()[:64])
    with SearchService(synced.store, index) as service:
        page = service.search(SearchQuery("commande"))
        assert page.index_state is IndexState.DAMAGED
        assert not page.index_complete
        report = update_index(synced.store, index)
        assert report.rebuilt
        again = service.search(SearchQuery("commande"))
        assert again.index_complete
        assert again.total == sum(has_word(r, "commande") for r in synced.records)


def test_while_a_first_index_is_built_words_say_so_and_filters_work(
    synced: Synced, tmp_path: Path
) -> None:
    builder = SearchIndex(tmp_path / "index")  # as the window building it in another process
    with (
        builder.home.maintenance(),
        SearchService(synced.store, SearchIndex(tmp_path / "index")) as service,
    ):
        words = service.search(SearchQuery("merci"))
        assert words.index_state is IndexState.BUILDING
        assert not words.index_complete
        listed = service.search(SearchQuery("", SearchFilters(csat=frozenset({5}))))
        assert listed.total == sum(r["csat"] == 5 for r in synced.records)
        assert [hit.conversation.closed_at for hit in listed.hits] == sorted(
            (hit.conversation.closed_at for hit in listed.hits), reverse=True
        )
