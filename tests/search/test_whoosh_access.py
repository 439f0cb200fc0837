"""The fence around Whoosh's internals: the self-check, the fallback, and our bugs as bugs."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import whoosh
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.filedb.filestore import RamStorage
from whoosh.index import FileIndex, open_dir

from agentdesk.domain.search_query import NO_FILTERS
from agentdesk.search import view as view_module
from agentdesk.search import whoosh_access
from agentdesk.search.errors import is_our_bug
from agentdesk.search.fields import build_schema
from agentdesk.search.index import SearchIndex
from agentdesk.search.query_parser import parse_query
from tests.search.conftest import MakeIndex, demo_records, searchable

QUERIES = ("commande", "refund", '"merci pour"', "ines cafetiere")


def _found(index: SearchIndex) -> list[tuple[int, tuple[str, ...]]]:
    results = [index.search(parse_query(q), NO_FILTERS, start=0, stop=500) for q in QUERIES]
    return [(result.total, result.ids) for result in results]


@pytest.fixture
def fresh_self_check() -> Iterator[None]:
    """The read check run again, with no recorded verdict to lean on."""
    whoosh_access._self_check.cache_clear()
    whoosh_access.remember_verdicts_in(None)
    yield
    whoosh_access.remember_verdicts_in(None)
    whoosh_access._self_check.cache_clear()


def test_the_pinned_whoosh_passes_the_self_check(fresh_self_check: None) -> None:
    assert whoosh_access._self_check() is None


def _counting_probes(monkeypatch: pytest.MonkeyPatch) -> list[None]:
    """Each run of the read probe (which still runs) appends to the list returned."""
    runs: list[None] = []
    probe = whoosh_access._compare_on_probe

    def counted() -> str | None:
        runs.append(None)
        return probe()

    monkeypatch.setattr(whoosh_access, "_compare_on_probe", counted)
    return runs


def _check_again() -> str | None:
    """The read check as a new process runs it."""
    whoosh_access._self_check.cache_clear()
    return whoosh_access._self_check()


def test_a_passed_probe_is_recorded_and_trusted_by_the_next_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_self_check: None
) -> None:
    runs = _counting_probes(monkeypatch)
    whoosh_access.remember_verdicts_in(tmp_path)
    assert _check_again() is None
    assert len(runs) == 1
    assert (tmp_path / whoosh_access.VERDICTS_FILE).is_file()
    assert _check_again() is None
    assert _check_again() is None
    assert len(runs) == 1, "a recorded pass should spare the probe"


@pytest.mark.parametrize("change", ["whoosh", "python", "check"])
def test_another_whoosh_python_or_check_probes_again(
    change: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_self_check: None
) -> None:
    runs = _counting_probes(monkeypatch)
    whoosh_access.remember_verdicts_in(tmp_path)
    assert _check_again() is None
    if change == "whoosh":
        monkeypatch.setattr(whoosh, "__version__", (2, 7, 99))
    elif change == "python":
        monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    else:
        monkeypatch.setattr(whoosh_access, "CHECK_VERSION", whoosh_access.CHECK_VERSION + 1)
    assert _check_again() is None
    assert len(runs) == 2
    assert _check_again() is None
    assert len(runs) == 2, "the new pass should be recorded in turn"


def test_a_missing_attribute_falls_back_despite_a_recorded_pass(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    fresh_self_check: None,
) -> None:
    monkeypatch.delenv(whoosh_access.PUBLIC_API_ENV, raising=False)
    whoosh_access.remember_verdicts_in(tmp_path)
    assert _check_again() is None
    monkeypatch.delattr(W3LeafMatcher, "_goto")  # a Whoosh that renamed it, same version
    whoosh_access._self_check.cache_clear()
    with caplog.at_level(logging.WARNING, logger=whoosh_access.__name__):
        assert not whoosh_access.internals_in_use()
        assert not whoosh_access.internals_in_use()
    warnings = [r for r in caplog.records if r.name == whoosh_access.__name__]
    assert len(warnings) == 1
    assert "W3LeafMatcher._goto() is missing" in warnings[0].getMessage()
    assert "using Whoosh's public API instead" in warnings[0].getMessage()


def test_a_failed_probe_is_not_recorded(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    fresh_self_check: None,
) -> None:
    monkeypatch.delenv(whoosh_access.PUBLIC_API_ENV, raising=False)
    monkeypatch.setattr(whoosh_access, "_compare_on_probe", lambda: "postings blocks differ")
    whoosh_access.remember_verdicts_in(tmp_path)
    with caplog.at_level(logging.WARNING, logger=whoosh_access.__name__):
        assert not whoosh_access.internals_in_use()
    assert "postings blocks differ" in caplog.text
    assert not (tmp_path / whoosh_access.VERDICTS_FILE).exists()
    monkeypatch.undo()  # the pinned Whoosh again: it probes, passes and records
    whoosh_access.remember_verdicts_in(tmp_path)
    assert _check_again() is None
    assert (tmp_path / whoosh_access.VERDICTS_FILE).is_file()


def test_an_unreadable_record_means_probing_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_self_check: None
) -> None:
    runs = _counting_probes(monkeypatch)
    whoosh_access.remember_verdicts_in(tmp_path)
    (tmp_path / whoosh_access.VERDICTS_FILE).write_text('{"key": [', encoding="utf-8")
    assert _check_again() is None
    assert len(runs) == 1
    assert _check_again() is None
    assert len(runs) == 1, "the damaged record should have been replaced"


class _Matcher:
    shared = 1

    def __init__(self) -> None:
        self._found = [x for x in range(3) if self._lookup(x)]  # a name inside a comprehension

    def _lookup(self, x: int) -> bool:
        self._maxid = x
        return True


class _RenamedMatcher:
    def __init__(self) -> None:
        self._max_id = 0


def test_the_attribute_look_ups_see_instance_attributes_and_miss_absent_ones() -> None:
    has = whoosh_access._has
    assert has(_Matcher, "_maxid")  # set by a method only
    assert has(_Matcher, "_lookup")
    assert has(_Matcher, "_lookup()")
    assert has(_Matcher, "shared")
    assert not has(_Matcher, "shared()")  # not callable
    assert not has(_RenamedMatcher, "_maxid")
    assert not has(_RenamedMatcher, "_lookup()")
    assert has(W3LeafMatcher, "_maxid")  # set in __init__ only
    assert not has(W3LeafMatcher, "_next_block_offset")
    assert whoosh_access._missing(whoosh_access.READ_ATTRIBUTES) is None
    assert whoosh_access._missing(whoosh_access.WRITE_ATTRIBUTES) is None
    assert whoosh_access._missing({_RenamedMatcher: ("_max_id", "_maxid")}) == (
        "_RenamedMatcher._maxid is missing"
    )


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
    # Another Whoosh has another version: the pass the index above recorded is not trusted.
    monkeypatch.setattr(whoosh, "__version__", (2, 7, 99))
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


def test_a_bulk_build_reads_back_as_a_public_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(whoosh_access, "_verdicts_folder", None)  # probe, whatever is recorded
    whoosh_access._bulk_check.cache_clear()
    try:
        assert whoosh_access._bulk_check() is None
    finally:
        whoosh_access._bulk_check.cache_clear()


def test_a_whoosh_the_bulk_writes_do_not_fit_builds_through_add_document(
    make_index: MakeIndex,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    whoosh_path: str,
) -> None:
    records = [searchable(r) for r in demo_records()]
    expected = _found(make_index(records))

    def another_whoosh(rows: object, *_args: object) -> None:
        rows._fieldwriter._postwriter._pending = []  # type: ignore[attr-defined]  # not here
        raise AttributeError("_pending")

    monkeypatch.setattr(whoosh_access._TermRows, "add", another_whoosh)
    monkeypatch.setattr(whoosh, "__version__", (2, 7, 99))  # as above
    whoosh_access._bulk_check.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger=whoosh_access.__name__):
            assert not whoosh_access.bulk_build_in_use()
        if whoosh_path == "internals":  # the public path never runs the check
            assert "building through Whoosh's public API instead" in caplog.text
        assert _found(make_index(records)) == expected
    finally:
        whoosh_access._bulk_check.cache_clear()


def test_a_bulk_build_writes_small_blocks_plain_and_big_ones_compressed(
    make_index: MakeIndex, whoosh_path: str
) -> None:
    """Both kinds are read back by every search test; this makes sure both are there."""
    if whoosh_path != "internals":
        pytest.skip("the public path writes every block through Whoosh's own writer")
    index = make_index([searchable(r) for r in demo_records()])
    folder = index.home.current()
    assert folder is not None
    compressions: set[int] = set()
    with open_dir(str(folder), schema=build_schema()).reader() as reader:
        for term in (b"commande", b"de", b"merci", b"cafetiere", b"ines"):
            matcher = reader.postings("text", term)
            assert isinstance(matcher, W3LeafMatcher)
            while True:
                compressions.add(matcher._compression)
                if matcher._lastblock:
                    break
                matcher._goto(matcher._nextoffset)
    assert compressions == {0, 3}


def test_probes_keep_their_temporary_files_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """A ``RamStorage`` writer's temporary folder is named after its index, in the machine's
    temporary directory: probes under one name removed each other's files when two processes
    probed at once (a build and its helper, another AgentDesk), and one fell back for nothing."""
    names: list[str] = []
    temp_storage = RamStorage.temp_storage

    def recorded(self: RamStorage, name: str | None = None) -> object:
        names.append(str(name))
        return temp_storage(self, name)

    monkeypatch.setattr(RamStorage, "temp_storage", recorded)
    used: list[set[str]] = []
    for probe in (whoosh_access._compare_on_probe, whoosh_access._compare_bulk_probe) * 2:
        names.clear()
        assert probe() is None
        assert names
        used.append(set(names))
    assert all(a.isdisjoint(b) for n, a in enumerate(used) for b in used[n + 1 :])
