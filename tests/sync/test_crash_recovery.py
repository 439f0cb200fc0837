"""A sync killed with SIGKILL at an arbitrary point loses and duplicates nothing once rerun."""

from __future__ import annotations

import signal
import time

import pytest

from agentdesk.domain.models import ConversationStatus
from agentdesk.store import Store
from agentdesk.sync import SyncEngine
from tests.sync.conftest import assert_store_equals_server

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("kill_after_closed", [1, 1200])
def test_sync_killed_mid_way_resumes_to_an_exact_copy(
    make_demo_server, cli_for, client_for, kill_after_closed: int
) -> None:
    # Every conversations page after the first few answers slowly, so the kill lands mid-sync.
    server = make_demo_server(conversations=3000, faults="slow@5-,slow_seconds=0.4")
    cli = cli_for(server)
    process = cli.popen("sync")
    database = cli.home / "agentdesk.sqlite"
    deadline = time.monotonic() + 60
    killed_at = 0
    while time.monotonic() < deadline and process.poll() is None:
        if database.exists():
            with Store.open(database) as peek:
                killed_at = peek.counts().closed
            if killed_at >= kill_after_closed:
                process.send_signal(signal.SIGKILL)
                break
        time.sleep(0.05)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL, stderr
    total = len(server.snapshot("closed"))
    with Store.open(database) as store:
        assert 0 < store.counts().closed < total, "the kill should land mid-sync"
        SyncEngine(client_for(server), store).run()
        assert_store_equals_server(store, server)
        # Every closed conversation waits in the index outbox, exactly once per write.
        pending = {entry.conversation_id for entry in store.outbox_batch(limit=100_000)}
        assert pending == store.all_conversation_ids(ConversationStatus.CLOSED)
