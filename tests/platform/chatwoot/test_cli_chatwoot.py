"""The real ``agentdesk`` command against the Chatwoot-shaped demo: sign-in with the platform
detected, then every command an agent uses; and a sync killed with SIGKILL mid-backfill."""

from __future__ import annotations

import json
import signal
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from agentdesk.demo import FaultPlan
from agentdesk.domain.models import ConversationStatus
from agentdesk.store import Store
from agentdesk.sync import SyncEngine
from tests.cli.conftest import output_json
from tests.platform.chatwoot.conftest import Connect, MakeServer

pytestmark = pytest.mark.slow


def _chatwoot_cli(cli_for, server, tmp_path: Path):
    cli = cli_for(None)
    cli.env["PYTHON_KEYRING_BACKEND"] = "tests.support.file_keyring.FileKeyring"
    cli.env["AGENTDESK_TEST_KEYRING"] = str(tmp_path / "keyring.json")
    return cli


def test_login_detects_chatwoot_and_every_command_works(
    cli_for, make_chatwoot_server: MakeServer, tmp_path: Path
) -> None:
    # Chatwoot's reopen rule is checked on this computer's clock: the data is anchored to now.
    chatwoot_server = make_chatwoot_server(now=datetime.now(UTC))
    cli = _chatwoot_cli(cli_for, chatwoot_server, tmp_path)
    refused = cli.run("login", "--server", chatwoot_server.url, "--password-stdin", stdin="nope\n")
    assert refused.returncode != 0
    assert "refused this access token" in refused.stderr
    signed = cli.run(
        "login",
        "--server",
        chatwoot_server.url,
        "--password-stdin",
        "--timezone",
        "Europe/Paris",
        stdin=chatwoot_server.token + "\n",
    )
    assert signed.returncode == 0, signed.stderr
    assert "Chatwoot" in signed.stdout
    settings = json.loads((cli.home / "settings.json").read_text())
    assert (settings["platform"], settings["account"]) == ("chatwoot", 1)
    assert chatwoot_server.token not in json.dumps(settings)

    synced = cli.run("sync")
    assert synced.returncode == 0, synced.stderr
    indicators = output_json(cli.run("indicators", "--json", "--period", "month"))
    keys = [item["key"] for item in indicators["indicators"]]
    assert keys == [
        "conversations",
        "handling_time",
        "first_response_time",
        "response_time",
        "csat",
    ]
    assert indicators["indicators"][0]["value"] > 0
    found = output_json(cli.run("search", "remboursement", "--json"))
    assert found["total"] > 0
    assert "<mark>" in found["results"][0]["snippet"]
    paused = output_json(cli.run("paused", "--json"))["results"]
    mine = next(p for p in paused if p["can_reopen"] and p["assignee_id"] == "7")
    late = next(p for p in paused if p["reason"] == "deadline_passed")
    reopened = cli.run("reopen", mine["id"])
    assert reopened.returncode == 0, reopened.stderr
    refused_reopen = cli.run("reopen", late["id"])
    assert refused_reopen.returncode != 0
    assert "snooze" in refused_reopen.stderr
    out = tmp_path / "conversations.csv"
    exported = cli.run(
        "export", "conversations", "--from", "2000-01-01", "--to", "2100-01-01", "--out", str(out)
    )
    assert exported.returncode == 0, exported.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) > 10


def test_kill_mid_backfill_then_a_second_sync_equals_a_clean_one(
    make_chatwoot_server: MakeServer, connect: Connect, cli_for, tmp_path: Path
) -> None:
    server = make_chatwoot_server(conversations=400, faults="slow@40-,slow_seconds=0.2")
    cli = _chatwoot_cli(cli_for, server, tmp_path)
    cli.env["AGENTDESK_SERVER"], cli.env["AGENTDESK_TOKEN"] = server.url, server.token
    cli.home.mkdir(parents=True, exist_ok=True)
    settings = {
        "schema_version": 1,
        "platform": "chatwoot",
        "account": 1,
        "timezone": "Europe/Paris",
    }
    (cli.home / "settings.json").write_text(json.dumps(settings))
    process = cli.popen("sync")
    database = cli.home / "agentdesk.sqlite"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if database.exists():
            with Store.open(database) as peek:
                if peek.counts().closed >= 30:
                    process.send_signal(signal.SIGKILL)
                    break
        time.sleep(0.05)
    process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    server.faults.plan = FaultPlan()
    with Store.open(database) as resumed, Store.open(tmp_path / "clean.sqlite") as clean:
        assert 0 < resumed.counts().closed < 380, "the kill should land mid-backfill"
        SyncEngine(connect(server), resumed).run()
        SyncEngine(connect(server), clean).run()
        for status in (ConversationStatus.CLOSED, ConversationStatus.PAUSED):
            ids = clean.all_conversation_ids(status)
            assert resumed.all_conversation_ids(status) == ids
            for conversation_id in ids:
                assert resumed.conversation(conversation_id) == clean.conversation(conversation_id)
