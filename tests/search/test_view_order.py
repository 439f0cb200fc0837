"""The newest-first order kept beside a generation: read back equal, ignored when it does not
fit, never a wrong answer, never a failure when it cannot be written."""

from __future__ import annotations

import os
from array import array
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.domain.search_query import NO_FILTERS
from agentdesk.search import view as view_module
from agentdesk.search.index import SearchIndex
from agentdesk.search.query_parser import parse_query
from agentdesk.search.view_order import PREFIX, OrderFile, ViewOrder
from tests.search.conftest import MakeIndex, demo_records, searchable


def _answer(index: SearchIndex, text: str = "commande") -> tuple[int, tuple[str, ...]]:
    found = index.search(parse_query(text), NO_FILTERS, start=0, stop=500)
    return found.total, found.ids


def _kept(index: SearchIndex) -> list[Path]:
    folder = index.home.current()
    assert folder is not None
    return sorted(folder.glob(f"{PREFIX}*"))


def _computing_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_view: object) -> ViewOrder:
        raise AssertionError("the order was computed again")

    monkeypatch.setattr(view_module.IndexView, "_compute_order", refuse)


@pytest.fixture
def index(make_index: MakeIndex) -> SearchIndex:
    return make_index([searchable(r) for r in demo_records()[:120]])


def test_the_first_search_keeps_the_order_and_the_next_process_reads_it(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _answer(index)
    assert first[0] > 0
    assert len(_kept(index)) == 1
    _computing_fails(monkeypatch)
    again = SearchIndex(index.home.root)  # as another process would open it
    try:
        assert _answer(again) == first
        assert _answer(again, "") == _answer(index, "")
    finally:
        again.close()


def test_a_damaged_order_is_computed_again_and_answers_the_same(index: SearchIndex) -> None:
    first = _answer(index)
    (kept,) = _kept(index)
    data = bytearray(kept.read_bytes())
    data[-3] ^= 0xFF
    kept.write_bytes(bytes(data))
    again = SearchIndex(index.home.root)
    try:
        assert _answer(again) == first
    finally:
        again.close()
    assert kept.read_bytes() != bytes(data)  # written again, whole


def test_a_commit_gets_an_order_of_its_own_and_the_old_one_goes(index: SearchIndex) -> None:
    _answer(index)
    (before,) = _kept(index)
    total, ids = _answer(index)
    with index.updater() as updater:
        updater.delete([ids[0]])
    assert _answer(index) == (total - 1, ids[1:])
    (after,) = _kept(index)
    assert after != before


def test_an_order_that_cannot_be_written_only_costs_time(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(_source: object, _target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    assert _answer(index)[0] > 0
    folder = index.home.current()
    assert folder is not None
    assert not [p for p in folder.iterdir() if PREFIX in p.name]  # no temporary left


_ranks = st.lists(st.integers(0, 2**31 - 1), max_size=40)


@given(order=_ranks, rank=_ranks, descending=st.lists(st.integers(-(2**62), 2**62), max_size=40))
def test_what_is_saved_reads_back_only_for_its_own_sizes(
    tmp_path_factory: pytest.TempPathFactory,
    order: list[int],
    rank: list[int],
    descending: list[int],
) -> None:
    folder = tmp_path_factory.mktemp("order")
    descending = (descending + [0] * len(order))[: len(order)]
    saved = ViewOrder(array("i", order), array("i", rank), array("q", descending))
    OrderFile(folder, 3).save(saved)
    assert OrderFile(folder, 3).load(len(rank)) == saved
    assert OrderFile(folder, 4).load(len(rank)) is None  # another table of contents
    assert OrderFile(folder, 3).load(len(rank) + 1) is None  # other documents
    kept = OrderFile(folder, 3).path
    kept.write_bytes(kept.read_bytes()[:-1])  # torn
    assert OrderFile(folder, 3).load(len(rank)) is None
