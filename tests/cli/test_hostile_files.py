"""Files and outputs that refuse: each is a sentence, never "a bug" (issue 9, point 14)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow


def _garble(database, column: str, value: object, conversation_id: str) -> None:
    """Bytes are written as TEXT that is not UTF-8, as a damaged page reads."""
    cast = "CAST(? AS TEXT)" if isinstance(value, bytes) else "?"
    with sqlite3.connect(database) as connection:
        connection.execute(
            f"UPDATE conversations SET {column} = {cast} WHERE id = ?",
            (value, conversation_id),
        )


@pytest.mark.parametrize(
    ("column", "value"),
    [("closed_at", "garbled"), ("closed_at", 2**62), ("contact_name", b"\xff\xfe garbled")],
    ids=["time as text", "time past year 9999", "text not UTF-8"],
)
def test_an_id_search_in_a_garbled_database_is_the_damaged_database_sentence(
    synced, demo_server, column: str, value: object
) -> None:
    target = demo_server.snapshot("closed")[3]["id"]
    _garble(synced.home / "agentdesk.sqlite", column, value, target)
    result = synced.run("search", target)
    assert result.returncode == 1, result.stderr
    assert "is not an AgentDesk database or it is damaged" in result.stderr


def test_an_export_file_name_too_long_is_a_sentence(synced, tmp_path) -> None:
    result = synced.run("export", "messages", "--out", str(tmp_path / ("x" * 300 + ".csv")))
    assert result.returncode == 1, result.stderr
    assert "too long" in result.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_output_to_a_full_disk_is_a_sentence(synced) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "agentdesk.cli", "search", "--limit", "50"],
            env=synced.env,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 1, result.stderr
    assert "could not write its output" in result.stderr
    assert "bug" not in result.stderr


def _generation(home) -> str:
    return (home / "index" / "CURRENT").read_text().strip()


def test_an_index_damaged_in_place_is_rebuilt_not_used(synced) -> None:
    """Bytes changed inside a segment file, its size kept: the next search rebuilds."""
    before = _generation(synced.home)
    folder = synced.home / "index" / before
    postings = max(folder.glob("*.pst"), key=lambda p: p.stat().st_size)
    data = bytearray(postings.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    postings.write_bytes(bytes(data))
    result = synced.run("search", "bonjour", "--json")
    assert result.returncode == 0, result.stderr
    assert _generation(synced.home) != before
    found = json.loads(result.stdout)["results"]
    closed = [r["closed_at"] for r in found]
    assert closed == sorted(closed, reverse=True)


def test_an_index_left_beside_another_store_is_discarded(synced) -> None:
    """The damaged-database sentence says to move the store away: the index must follow."""
    assert json.loads(synced.run("search", "bonjour", "--json").stdout)["total"] > 0
    for stored in synced.home.glob("agentdesk.sqlite*"):
        stored.rename(stored.with_name("moved-" + stored.name))
    result = synced.run("search", "bonjour", "--json")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert (answer["total"], answer["results"]) == (0, [])
