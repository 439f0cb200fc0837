"""Generations on disk: a rebuild swaps in whole or not at all; damage is found, never raised."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from agentdesk.domain.search_query import NO_FILTERS
from agentdesk.search.errors import IndexBusyError, IndexProblem, IndexUnavailableError
from agentdesk.search.home import CURRENT
from agentdesk.search.index import SearchIndex
from agentdesk.search.manifest import MANIFEST, read_manifest, restamp
from agentdesk.search.query_parser import parse_query
from tests.search.conftest import MakeIndex, demo_records, searchable


def _generations(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.name.startswith("gen-"))


def _count(index: SearchIndex, text: str = "bonjour") -> int:
    return index.search(parse_query(text), NO_FILTERS, start=0, stop=1).total


def _biggest_postings(index: SearchIndex) -> Path:
    folder = index.home.current()
    assert folder is not None
    return max(folder.glob("*.pst"), key=lambda p: p.stat().st_size)


def test_no_index_is_missing_not_an_error(tmp_path: Path) -> None:
    index = SearchIndex(tmp_path / "index")
    assert index.check().problem is IndexProblem.MISSING
    with pytest.raises(IndexUnavailableError) as missing:
        index.search(parse_query("bonjour"), NO_FILTERS, start=0, stop=10)
    assert missing.value.problem is IndexProblem.MISSING


def test_an_empty_index_answers_nothing(tmp_path: Path) -> None:
    index = SearchIndex(tmp_path / "index")
    assert index.build([]) == 0
    assert index.check().ok
    assert _count(index) == 0
    assert index.inventory() == {}
    index.close()


def test_a_rebuild_replaces_the_generation_and_removes_the_old_one(make_index: MakeIndex) -> None:
    conversations = [searchable(r) for r in demo_records()[:60]]
    index = make_index(conversations[:30])
    first = index.home.current()
    before = _count(index)
    index.build([conversations])
    assert index.home.current() != first
    assert _generations(index.home.root) == [index.home.current()]
    assert _count(index) > before


def test_a_rebuild_that_fails_half_way_leaves_the_previous_index_answering(
    make_index: MakeIndex,
) -> None:
    conversations = [searchable(r) for r in demo_records()[:60]]
    index = make_index(conversations[:30])
    live = index.home.current()
    before = _count(index)

    def batches():
        yield conversations[:20]
        raise OSError(28, "No space left on device")

    with pytest.raises(Exception, match=r"full|space"):
        index.build(batches())
    assert index.home.current() == live
    assert _generations(index.home.root) == [live]
    assert _count(index) == before


def test_a_crash_that_left_a_half_built_generation_is_cleaned_by_the_next_build(
    make_index: MakeIndex,
) -> None:
    conversations = [searchable(r) for r in demo_records()[:30]]
    index = make_index(conversations)
    leftover = index.home.root / "gen-19990101T000000-dead00"
    leftover.mkdir()
    (leftover / "MAIN_half.pst").write_bytes(b"\0" * 100)
    assert _count(index) > 0  # the leftover is ignored
    index.build([conversations])
    assert not leftover.exists()


def test_a_truncated_file_is_found_on_open(make_index: MakeIndex) -> None:
    index = make_index([searchable(r) for r in demo_records()[:50]])
    postings = _biggest_postings(index)
    index.close()
    postings.write_bytes(postings.read_bytes()[:100])
    check = index.check()
    assert check.problem is IndexProblem.DAMAGED
    assert postings.name in check.reason


def test_changed_bytes_are_found_by_verify_and_by_the_query_that_reads_them(
    make_index: MakeIndex,
) -> None:
    index = make_index([searchable(r) for r in demo_records()[:50]])
    postings = _biggest_postings(index)
    index.close()
    stamped = postings.stat().st_mtime_ns
    data = bytearray(postings.read_bytes())
    for at in range(8, len(data) - 8, 64):
        data[at] ^= 0x5A
    postings.write_bytes(bytes(data))
    # Written since its stamp: the check on open reads that file again and finds it.
    opened = index.check()
    assert opened.problem is IndexProblem.DAMAGED
    assert "checksum" in opened.reason
    # Bytes that rot without a write keep size and time: only verify (doctor) can tell.
    os.utime(postings, ns=(stamped, stamped))
    assert index.check().ok
    verified = index.verify()
    assert verified.problem is IndexProblem.DAMAGED
    assert "checksum" in verified.reason
    query = parse_query("bonjour commande merci de la")
    with pytest.raises(IndexUnavailableError) as damaged:
        index.search(query, NO_FILTERS, start=0, stop=50)
    assert damaged.value.problem is IndexProblem.DAMAGED


def test_a_lost_manifest_or_a_garbled_current_pointer(make_index: MakeIndex) -> None:
    index = make_index([searchable(r) for r in demo_records()[:20]])
    folder = index.home.current()
    assert folder is not None
    index.close()
    (folder / MANIFEST).unlink()
    assert index.check().problem is IndexProblem.DAMAGED
    (index.home.root / CURRENT).write_text("../../etc\n")
    assert index.check().problem is IndexProblem.MISSING


def test_an_index_from_another_version_is_outdated(make_index: MakeIndex) -> None:
    index = make_index([searchable(r) for r in demo_records()[:20]])
    folder = index.home.current()
    assert folder is not None
    index.close()
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest["schema"] = "0.1"
    (folder / MANIFEST).write_text(json.dumps(manifest))
    assert index.check().problem is IndexProblem.OUTDATED


def test_one_writer_at_a_time(make_index: MakeIndex) -> None:
    conversations = [searchable(r) for r in demo_records()[:20]]
    index = make_index(conversations)
    other = SearchIndex(index.home.root)  # as another process would
    with index.updater():
        assert other.home.is_busy()
        with pytest.raises(IndexBusyError):
            other.build([conversations])
    assert not other.home.is_busy()
    other.close()


def test_a_reader_sees_another_writers_commit(make_index: MakeIndex) -> None:
    conversations = [searchable(r) for r in demo_records()[:40]]
    index = make_index(conversations[:20])
    reader = SearchIndex(index.home.root)
    before = _count(reader)
    with index.updater() as updater:
        updater.upsert(conversations[20:])
    assert _count(reader) > before
    index.build([conversations[:5]])
    assert _count(reader) <= 5
    reader.close()


def test_the_quick_check_trusts_only_a_manifest_whose_files_are_as_stamped(
    make_index: MakeIndex,
) -> None:
    """``quick_check`` (no Whoosh) says ready only where ``check`` would; anything it cannot
    vouch for is None, never a verdict of its own."""
    index = make_index([searchable(r) for r in demo_records()[:40]])
    quick = index.quick_check()
    assert quick is not None
    assert quick.ok
    assert quick.documents == index.check().documents == 40
    biggest = _biggest_postings(index)
    with open(biggest, "ab") as out:
        out.write(b"\0")
    assert index.quick_check() is None
    index.close()  # what another process would find
    assert index.check().problem is IndexProblem.DAMAGED


@pytest.mark.parametrize("damage", ["no table of contents", "another format", "no manifest"])
def test_the_quick_check_leaves_the_verdict_to_check(make_index: MakeIndex, damage: str) -> None:
    index = make_index([searchable(r) for r in demo_records()[:20]])
    folder = index.home.current()
    assert folder is not None
    if damage == "no table of contents":
        for toc in folder.glob("*.toc"):
            toc.unlink()
    elif damage == "another format":
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        manifest["schema"] = "0.0"
        (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    else:
        (folder / MANIFEST).unlink()
    assert index.quick_check() is None
    index.close()
    assert not index.check().ok


def test_no_index_has_no_quick_verdict(tmp_path: Path) -> None:
    assert SearchIndex(tmp_path / "index").quick_check() is None


def test_files_whose_times_moved_are_stamped_again_only_when_their_bytes_match(
    make_index: MakeIndex,
) -> None:
    """A data folder copied without its times: the next commit takes the new times of the
    files whose bytes still match (opening stops re-reading them), never of a damaged one."""
    conversations = [searchable(r) for r in demo_records()[:60]]
    index = make_index(conversations[:50])
    folder = index.home.current()
    assert folder is not None
    moved = _biggest_postings(index)
    later = moved.stat().st_mtime_ns + 5_000_000_000
    os.utime(moved, ns=(later, later))
    with index.updater() as updater:
        updater.upsert(conversations[50:55])
    manifest = read_manifest(folder)
    assert manifest is not None
    assert manifest.files[moved.name].mtime_ns == later
    assert index.quick_check() is not None

    data = bytearray(moved.read_bytes())
    data[len(data) // 2] ^= 0x5A
    moved.write_bytes(bytes(data))  # a commit would refuse this index: stamp it directly
    again = restamp(folder, manifest.schema, sorted(manifest.files), manifest.documents, manifest)
    assert again.files[moved.name] == manifest.files[moved.name]  # the old stamp stays
    index.close()
    assert index.check().problem is IndexProblem.DAMAGED
