"""A rebuild shared with a helper process (``agentdesk.search.helper``): the same index as one
process builds, and nothing left behind when the helper or the build stops half-way."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from agentdesk.domain.search_query import NO_FILTERS
from agentdesk.domain.search_records import SearchableConversation
from agentdesk.errors import CancelledError
from agentdesk.search.errors import SearchIndexError
from agentdesk.search.helper import HELPER_FOLDER
from agentdesk.search.index import SearchIndex
from agentdesk.search.query_parser import parse_query
from tests.search.conftest import build, demo_records, searchable

QUERIES = ("commande", "refund", '"merci pour"', "ines cafetiere", "cmd", '"de retour"')


def _answers(index: SearchIndex) -> list[tuple[int, tuple[str, ...]]]:
    results = [index.search(parse_query(q), NO_FILTERS, start=0, stop=1000) for q in QUERIES]
    return [(result.total, result.ids) for result in results]


def _batches(conversations: list[SearchableConversation]) -> list[list[SearchableConversation]]:
    return [conversations[i : i + 50] for i in range(0, len(conversations), 50)]


def _helpers() -> list[multiprocessing.process.BaseProcess]:
    return [p for p in multiprocessing.active_children() if p.name == "agentdesk-index-helper"]


def test_a_build_shared_with_a_helper_is_the_index_one_process_builds(tmp_path: Path) -> None:
    conversations = [searchable(r) for r in demo_records()]
    alone = build(tmp_path / "alone", conversations)
    shared = build(tmp_path / "shared", conversations, parallel_from=50)
    try:
        assert _answers(shared) == _answers(alone)
        assert any(total for total, _ids in _answers(alone))
        assert shared.inventory() == alone.inventory()
        check = shared.verify()
        assert check.ok, check.reason
        assert check.documents == len(conversations)
        assert check.segments >= 2, "the helper's segments should be part of the index"
        folder = shared.home.current()
        assert folder is not None
        assert not (folder / HELPER_FOLDER).exists()
        assert not _helpers()
    finally:
        alone.close()
        shared.close()


def test_a_helper_killed_half_way_fails_the_build_and_keeps_the_previous_index(
    tmp_path: Path,
) -> None:
    conversations = [searchable(r) for r in demo_records()]
    index = build(tmp_path / "index", conversations[:100])
    before = _answers(index)
    generation = index.home.current()

    def batches() -> Iterator[Sequence[SearchableConversation]]:
        for number, batch in enumerate(_batches(conversations)):
            if number == 3:
                for helper in _helpers():
                    os.kill(helper.pid or 0, signal.SIGKILL)
                    helper.join()
            yield batch

    with pytest.raises(SearchIndexError, match="helping to build the search index"):
        index.build(batches(), parallel_from=50)
    try:
        assert index.home.current() == generation
        assert _answers(index) == before
        assert [p.name for p in (tmp_path / "index").iterdir() if p.is_dir()] == [
            generation.name if generation else ""
        ]
        assert not _helpers()
    finally:
        index.close()


def test_a_cancelled_build_stops_its_helper(tmp_path: Path) -> None:
    conversations = [searchable(r) for r in demo_records()]
    index = SearchIndex(tmp_path / "index")
    cancel = threading.Event()

    def batches() -> Iterator[Sequence[SearchableConversation]]:
        for number, batch in enumerate(_batches(conversations)):
            if number == 4:
                assert _helpers(), "the helper should be running by now"
                cancel.set()
            yield batch

    with pytest.raises(CancelledError):
        index.build(batches(), cancel=cancel, parallel_from=50)
    assert index.home.current() is None
    assert not _helpers()
    assert not [p for p in (tmp_path / "index").iterdir() if p.is_dir()]
