"""The fence around Whoosh's internals: the self-check, the fallback, and our bugs as bugs."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.index import FileIndex

from agentdesk.domain.search_query import NO_FILTERS
from agentdesk.search import view as view_module
from agentdesk.search import whoosh_access
from agentdesk.search.errors import is_our_bug
from agentdesk.search.index import SearchIndex
from agentdesk.search.query_parser import parse_query
from tests.search.conftest import MakeIndex, demo_records, searchable

QUERIES = ("commande", "refund", '"merci pour"', "ines cafetiere")


def _found(index: SearchIndex) -> list[tuple[int, tuple[str, ...]]]:
    results = [index.search(parse_query(q), NO_FILTERS, start=0, stop=500) for q in QUERIES]
    return [(result.total, result.ids) for result in results]


@pytest.fixture
def fresh_self_check() -> Iterator[None]:
    whoosh_access._self_check.cache_clear()
    yield
    whoosh_access._self_check.cache_clear()


def test_the_pinned_whoosh_passes_the_self_check(fresh_self_check: None) -> None:
    assert whoosh_access._self_check() is None


def test_a_whoosh_without_the_internals_is_read_through_the_public_api(
    make_index: MakeIndex,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    fresh_self_check: None,
) -> None:
    monkeypatch.delenv(whoosh_access.PUBLIC_API_ENV, raising=False)
    records = [searchable(r) for r in demo_records()]
    expected = _found(make_index(records))
    assert any(total for total, _ids in expected), "the queries should find something"

    def another_whoosh(matcher: W3LeafMatcher, wanted: object, values: bool) -> Iterator[object]:
        yield matcher._next_block_offset  # type: ignore[attr-defined]  # renamed in this one

    monkeypatch.setattr(whoosh_access, "_w3_blocks", another_whoosh)
    whoosh_access._self_check.cache_clear()
    with caplog.at_level(logging.WARNING, logger=whoosh_access.__name__):
        assert not whoosh_access.internals_in_use()
    assert "using Whoosh's public API instead" in caplog.text
    assert _found(make_index(records)) == expected


def test_an_attribute_error_of_ours_is_a_bug_not_a_damaged_index(
    make_index: MakeIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = make_index([searchable(r) for r in demo_records()[:50]])

    def broken(column: object, size: int) -> object:
        return column.values_as_array  # type: ignore[attr-defined]  # a typo of ours

    monkeypatch.setattr(view_module, "numbers", broken)
    with pytest.raises(AttributeError, match="values_as_array"):
        index.search(parse_query("commande"), NO_FILTERS, start=0, stop=10)
    monkeypatch.undo()
    assert index.check().ok
    assert index.search(parse_query("commande"), NO_FILTERS, start=0, stop=10).total >= 0


def test_an_error_raised_inside_whoosh_is_not_called_our_bug() -> None:
    with pytest.raises(AttributeError) as inside_whoosh:
        FileIndex.latest_generation(object())  # type: ignore[arg-type]
    assert not is_our_bug(inside_whoosh.value)
    assert not is_our_bug(ValueError("a damaged block"))
    with pytest.raises(AttributeError) as ours:
        _ = object().segments  # type: ignore[attr-defined]
    assert is_our_bug(ours.value)


def test_a_bulk_build_reads_back_as_a_public_one() -> None:
    whoosh_access._bulk_check.cache_clear()
    assert whoosh_access._bulk_check() is None


def test_a_whoosh_the_bulk_writes_do_not_fit_builds_through_add_document(
    make_index: MakeIndex,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    whoosh_path: str,
) -> None:
    records = [searchable(r) for r in demo_records()]
    expected = _found(make_index(records))

    def another_whoosh(fieldwriter: object, *_args: object) -> None:
        fieldwriter._postwriter._pending = []  # type: ignore[attr-defined]  # not in this one
        raise AttributeError("_pending")

    monkeypatch.setattr(whoosh_access, "_write_term", another_whoosh)
    whoosh_access._bulk_check.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger=whoosh_access.__name__):
            assert not whoosh_access.bulk_build_in_use()
        if whoosh_path == "internals":  # the public path never runs the check
            assert "building through Whoosh's public API instead" in caplog.text
        assert _found(make_index(records)) == expected
    finally:
        whoosh_access._bulk_check.cache_clear()
