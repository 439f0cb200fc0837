"""``doctor`` finds the states in which a sync lost conversations without a word, and
``sync --full`` repairs each (issue 9, acceptance 3)."""

from __future__ import annotations

import json

import pytest

from agentdesk.domain.models import ConversationStatus
from agentdesk.store import Store, SyncState
from agentdesk.store.folder_lock import sync_lock
from agentdesk.sync.meta_keys import SKIPPED
from tests.sync.conftest import assert_store_equals_server

pytestmark = pytest.mark.slow


def _sync_check(cli) -> dict:
    result = cli.run("doctor", "--json")
    checks = {c["name"]: c for c in json.loads(result.stdout)["checks"]}
    return checks["sync"]


def _lose_conversations(store: Store, server) -> None:
    """What an older AgentDesk left: conversations gone, the skipped list emptied."""
    lost = [r["id"] for r in server.snapshot("closed")[10:15]]
    store.remove_closed(lost)
    store.set_meta(SKIPPED, "[]")


def _future_watermark(store: Store, server) -> None:
    store.remove_closed([server.snapshot("closed")[-1]["id"]])
    since = store.sync_state(ConversationStatus.CLOSED).since
    assert since is not None
    store.write_page(ConversationStatus.CLOSED, [], SyncState(since.replace(year=2099), None, None))


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (_lose_conversations, "5 conversations the server lists are missing"),
        (_future_watermark, "watermark is in the future"),
    ],
    ids=["conversations lost", "watermark in the future"],
)
def test_doctor_finds_a_silent_loss_and_sync_full_repairs_it(
    demo_server, cli_for, damage, words: str
) -> None:
    cli = cli_for(demo_server)
    assert cli.run("sync").returncode == 0
    assert _sync_check(cli)["health"] == "ok"
    with Store.open(cli.home / "agentdesk.sqlite") as store:
        damage(store, demo_server)

    check = _sync_check(cli)
    assert check["health"] == "problem"
    assert words in check["message"]
    assert "sync --full" in check["message"]

    repaired = cli.run("sync", "--full")
    assert repaired.returncode == 0, repaired.stderr
    assert _sync_check(cli)["health"] == "ok"
    with Store.open(cli.home / "agentdesk.sqlite") as store:
        assert_store_equals_server(store, demo_server)


def test_doctor_does_not_audit_while_a_sync_runs(demo_server, cli_for) -> None:
    cli = cli_for(demo_server)
    assert cli.run("sync").returncode == 0
    with sync_lock(cli.home / "agentdesk.sqlite"):
        check = _sync_check(cli)
    assert check["health"] == "warning"
    assert "A sync is running" in check["message"]
