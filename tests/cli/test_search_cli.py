"""``agentdesk search``, ``reindex`` and the doctor's index check, as a user runs them."""

from __future__ import annotations

import json
import signal
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from agentdesk.search.fields import build_schema
from agentdesk.search.home import IndexHome
from agentdesk.store import Store
from tests.cli.conftest import output_json as _json
from tests.search.reference import has_word, newest_first

pytestmark = pytest.mark.slow


def _generation(cli) -> Path:
    folder = IndexHome(cli.home / "index").current()
    assert folder is not None
    return folder


def test_search_json_has_the_designs_shape(synced, demo_server) -> None:
    doc = _json(synced.run("search", "cafetiere", "--limit", "5", "--json"))
    expected = newest_first(r for r in demo_server.snapshot("closed") if has_word(r, "cafetiere"))
    assert doc["total"] == len(expected)
    assert [r["id"] for r in doc["results"]] == expected[:5]
    first = doc["results"][0]
    assert {"id", "closed_at", "channel", "contact", "csat", "nps", "snippet"} <= set(first)
    assert "<mark>" in first["snippet"]
    assert doc["index_complete"] is True
    server_record = demo_server.conversation(first["id"])
    closed = datetime.fromisoformat(first["closed_at"])
    assert closed == datetime.fromisoformat(server_record["closed_at"]), "the same instant"
    assert closed.utcoffset() == timedelta(hours=1), "on the agent's clock (Paris in November)"


def test_filters_from_the_command_line(synced, demo_server) -> None:
    records = demo_server.snapshot("closed")
    doc = _json(synced.run("search", "--channel", "chat,email", "--csat", "4,5", "--json"))
    expected = newest_first(
        r for r in records if r["channel"] in ("chat", "email") and r["csat"] in (4, 5)
    )
    assert doc["total"] == len(expected)
    assert [r["id"] for r in doc["results"]] == expected[:50]
    nps = _json(synced.run("search", "--nps-min", "9", "--nps-max", "10", "--limit", "1", "--json"))
    assert nps["total"] == sum(r["nps"] in (9, 10) for r in records)
    month = _json(synced.run("search", "--month", "2026-11", "--from", "2026-11-10", "--json"))
    assert all(r["closed_at"] >= "2026-11-10" for r in month["results"]), "agent's days"


def test_plain_output_lists_newest_first(synced) -> None:
    result = synced.run("search", '"étiquette de retour"', "--limit", "3")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "found" in lines[0]
    assert lines[1].startswith("ID")
    assert len(lines) == 5
    assert (
        "*étiquette de retour*" in result.stdout.lower() or "*Étiquette de retour*" in result.stdout
    )


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["--month", "2026-13"], "is not a month"),
        (["--csat", "7"], "CSAT is rated 1 to 5"),
        (["--csat", "one"], "--csat takes numbers"),
        (["--from", "2026-11-20", "--to", "2026-11-01"], "is after the last day"),
        (["--from", "yesterday"], "is not a day"),
        (["--nps-min", "9", "--nps-max", "3"], "above the maximum"),
        (["--limit", "0"], "--limit must be between"),
    ],
)
def test_bad_arguments_are_one_sentence(cli_for, args: list[str], sentence: str) -> None:
    result = cli_for(None).run("search", "refund", *args)
    assert result.returncode == 2
    assert sentence in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_index_is_rebuilt_by_the_next_search(synced, demo_server) -> None:
    for folder in (synced.home / "index").iterdir():
        if folder.is_dir():
            for file in folder.iterdir():
                file.unlink()
            folder.rmdir()
    doc = _json(synced.run("search", "merci", "--limit", "1", "--json"))
    assert doc["total"] == sum(has_word(r, "merci") for r in demo_server.snapshot("closed"))
    assert doc["index_complete"] is True


def test_doctor_finds_a_deleted_document_and_reindex_fixes_it(synced) -> None:
    ix = whoosh_index.open_dir(str(_generation(synced)), schema=build_schema())
    writer = ix.writer()
    writer.delete_by_term("id", "c-000042")
    writer.commit()
    sick = synced.run("doctor")
    assert sick.returncode == 1
    assert "[FAIL] search index: The search index disagrees with the store" in sick.stdout
    assert "1 missing (c-000042)" in sick.stdout
    assert "agentdesk reindex" in sick.stdout

    fixed = synced.run("reindex")
    assert fixed.returncode == 0, fixed.stderr
    assert "Indexed" in fixed.stdout
    healthy = synced.run("doctor")
    assert "[ok  ] search index:" in healthy.stdout, healthy.stdout


def test_doctor_finds_a_corrupted_file_and_reindex_fixes_it(synced) -> None:
    postings = max(_generation(synced).glob("*.pst"), key=lambda p: p.stat().st_size)
    data = bytearray(postings.read_bytes())
    data[len(data) // 2] ^= 0xFF
    postings.write_bytes(bytes(data))
    sick = synced.run("doctor")
    assert sick.returncode == 1
    assert "[FAIL] search index: The search index is damaged" in sick.stdout
    assert f"{postings.name} does not match its checksum" in sick.stdout
    assert "Traceback" not in sick.stdout + sick.stderr

    assert synced.run("reindex").returncode == 0
    healthy = synced.run("doctor", "--json")
    checks = {c["name"]: c for c in json.loads(healthy.stdout)["checks"]}
    assert checks["search index"]["health"] == "ok", checks["search index"]


def test_a_sync_killed_before_indexing_is_searchable_after_the_restart(
    make_demo_server, cli_for
) -> None:
    server = make_demo_server(conversations=1500, faults="slow@3-,slow_seconds=0.3")
    cli = cli_for(server)
    process = cli.popen("sync")
    database = cli.home / "agentdesk.sqlite"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if database.exists():
            with Store.open(database) as peek:
                if peek.counts().closed >= 500:
                    process.send_signal(signal.SIGKILL)
                    break
        time.sleep(0.05)
    process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    with Store.open(database) as store:
        stored = store.counts().closed
        assert stored >= 500
        assert store.outbox_pending() >= stored

    # The restart (any search with words) finishes the outbox first.
    doc = _json(cli.run("search", "bonjour", "--limit", "1", "--json"))
    assert doc["index_complete"] is True
    doctor = cli.run("doctor", "--json")
    checks = {c["name"]: c for c in json.loads(doctor.stdout)["checks"]}
    assert checks["search index"]["health"] == "ok", checks["search index"]
    assert f"{stored} conversations indexed" in checks["search index"]["message"]
