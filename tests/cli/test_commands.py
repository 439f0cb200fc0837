"""The ``agentdesk`` command end to end, in a subprocess, against the demo platform."""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise

import pytest

from tests.cli.conftest import output_json as _json
from tests.conftest import DEMO_NOW
from tests.support.paused import paused_by_kind

AT = DEMO_NOW.isoformat()

pytestmark = pytest.mark.slow


def test_sync_reports_then_finds_nothing_new(synced) -> None:
    again = synced.run("sync", "--json")
    report = _json(again)
    assert (report["new"], report["updated"], report["removed"]) == (0, 0, 0)
    plain = synced.run("sync")
    assert "nothing new" in plain.stdout


@pytest.mark.parametrize("period", ["day", "week", "month"])
def test_indicators_json_has_the_designs_shape(synced, demo_server, period: str) -> None:
    doc = _json(synced.run("indicators", "--period", period, "--at", AT, "--json"))
    assert doc["period"] == period
    for key in ("start", "end", "previous_start", "previous_end"):
        assert datetime.fromisoformat(doc[key]).tzinfo is not None
    assert datetime.fromisoformat(doc["end"]) == DEMO_NOW
    wanted = [k for k in demo_server.workspace.settings["indicators"]][:10]
    assert [i["key"] for i in doc["indicators"]] == wanted
    for indicator in doc["indicators"]:
        assert {"key", "category", "value", "previous", "change", "trend", "tooltip"} <= set(
            indicator
        )
        assert indicator["trend"] in {"up", "down", "stable", "none"}
        assert indicator["tooltip"]


def test_indicators_count_what_the_server_closed_in_the_span(synced, demo_server) -> None:
    doc = _json(synced.run("indicators", "--period", "week", "--at", AT, "--json"))
    start, end = datetime.fromisoformat(doc["start"]), datetime.fromisoformat(doc["end"])
    expected = sum(
        1
        for record in demo_server.snapshot("closed")
        if start <= datetime.fromisoformat(record["closed_at"].replace("Z", "+00:00")) < end
    )
    by_key = {i["key"]: i for i in doc["indicators"]}
    assert by_key["conversations"]["value"] == expected


def test_evolution_json_has_daily_points_for_a_week(synced) -> None:
    doc = _json(synced.run("evolution", "conversations", "--period", "week", "--at", AT, "--json"))
    assert doc["key"] == "conversations"
    assert doc["period"] == "week"
    starts = [datetime.fromisoformat(p["start"]) for p in doc["points"]]
    assert len(starts) == 3, "Monday, Tuesday and Wednesday so far"
    assert all((b - a).days == 1 for a, b in pairwise(starts))
    total = _json(synced.run("indicators", "--period", "week", "--at", AT, "--json"))
    conversations = next(i for i in total["indicators"] if i["key"] == "conversations")
    assert sum(p["value"] for p in doc["points"]) == conversations["value"]


def _paused_by_kind(demo_server) -> dict[str, str]:
    """The first id of each kind, as the server has them at DEMO_NOW."""
    return {kind: ids[0] for kind, ids in paused_by_kind(demo_server, DEMO_NOW).items() if ids}


def test_paused_and_reopen_rules(synced, demo_server) -> None:
    kinds = _paused_by_kind(demo_server)
    assert set(kinds) == {"late", "mine", "unassigned", "other"}
    listed = {r["id"]: r for r in _json(synced.run("paused", "--at", AT, "--json"))["results"]}
    assert listed[kinds["late"]]["can_reopen"] is False
    assert listed[kinds["other"]]["can_reopen"] is False
    assert listed[kinds["mine"]]["can_reopen"] is True
    assert listed[kinds["unassigned"]]["requires_assign_to_me"] is True

    refusals = {
        "late": "deadline",
        "other": "not assigned to you",
        "unassigned": "not assigned to you",
    }
    for kind, words in refusals.items():
        refused = synced.run("reopen", kinds[kind])
        assert refused.returncode != 0
        assert words in refused.stderr
        assert "Traceback" not in refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1

    for conversation_id, extra in ((kinds["mine"], ()), (kinds["unassigned"], ("--assign-to-me",))):
        done = synced.run("reopen", conversation_id, *extra)
        assert done.returncode == 0, done.stderr
        again = synced.run("reopen", conversation_id)
        assert again.returncode != 0
        assert "not paused" in again.stderr
    remaining = {r["id"] for r in _json(synced.run("paused", "--json"))["results"]}
    assert kinds["mine"] not in remaining
    assert kinds["unassigned"] not in remaining
    assert kinds["late"] in remaining


def test_failures_are_one_sentence_without_traceback(cli_for, make_demo_server) -> None:
    unconfigured = cli_for(None).run("sync")
    assert unconfigured.returncode == 2
    assert "No server is configured" in unconfigured.stderr

    server = make_demo_server()
    port = server.port
    server.stop()
    cli = cli_for(None)
    cli.env["AGENTDESK_SERVER"] = f"http://127.0.0.1:{port}"
    cli.env["AGENTDESK_TOKEN"] = "whatever"
    unreachable = cli.run("sync")
    assert unreachable.returncode != 0
    assert "Cannot reach the server" in unreachable.stderr
    assert "Traceback" not in unreachable.stderr

    cli.env["AGENTDESK_SERVER"] = "http://example.com"
    insecure = cli.run("sync")
    assert insecure.returncode != 0
    assert "http" in insecure.stderr.lower()

    not_synced = cli_for(None)
    not_synced.env["AGENTDESK_SERVER"] = "http://127.0.0.1:9"
    nothing = not_synced.run("indicators")
    assert nothing.returncode != 0
    assert "agentdesk sync" in nothing.stderr

    bad_at = not_synced.run("paused", "--at", "yesterday")
    assert bad_at.returncode == 2
    assert "ISO 8601" in bad_at.stderr


def test_login_without_a_keyring_says_what_to_do_and_writes_no_token(demo_server, cli_for) -> None:
    cli = cli_for(None)
    cli.env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    result = cli.run(
        "login",
        "--server",
        demo_server.url,
        "--user",
        demo_server.workspace.login,
        "--password-stdin",
        stdin=demo_server.workspace.password + "\n",
    )
    assert result.returncode != 0
    assert "AGENTDESK_TOKEN" in result.stderr
    assert "Traceback" not in result.stderr
    for path in cli.home.rglob("*"):
        if path.is_file():
            assert demo_server.token.encode() not in path.read_bytes(), path


def test_twenty_percent_faults_complete_and_never_leak_the_token(make_demo_server, cli_for) -> None:
    server = make_demo_server(
        conversations=600,
        token="s3cr3t-t0ken-never-shown",
        faults="429:0.2,503:0.2,truncate:0.2,invalid:0.2,seed=5,retry_after=0",
    )
    cli = cli_for(server)
    result = cli.run("sync", "--debug")
    assert result.returncode == 0, result.stderr
    assert "skipped" in result.stdout
    skipped_lines = [
        line for line in result.stdout.splitlines() if line.strip().startswith("skipped c-")
    ]
    assert skipped_lines, result.stdout
    outputs = result.stdout + result.stderr
    assert server.token not in outputs
    files = [p for p in cli.home.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in files)
    for path in files:
        assert server.token.encode() not in path.read_bytes(), path


def test_demo_server_refuses_a_port_out_of_range_in_one_sentence(cli_for) -> None:
    result = cli_for(None).run("demo-server", "--port", "99999")
    assert result.returncode == 2
    assert "is not a port" in result.stderr
    assert "Traceback" not in result.stderr
