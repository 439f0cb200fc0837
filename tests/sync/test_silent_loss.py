"""The three ways a sync lost conversations without a word (issue 9), each compared with the
server's data exactly: the same ids, and every conversation equal, ``updated_at`` included."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from agentdesk.demo.faults import FaultPlan
from agentdesk.domain.models import ConversationStatus
from agentdesk.errors import SyncBusyError
from agentdesk.store import Store, SyncState
from agentdesk.store.folder_lock import sync_lock
from agentdesk.sync import SyncEngine, SyncProgress
from agentdesk.sync.engine import MAX_RETRIED_SKIPS
from agentdesk.sync.meta_keys import SKIPPED
from tests.sync.conftest import assert_store_equals_server


def _closed_versions(store: Store) -> dict[str, str]:
    found = {}
    for conversation_id in store.all_conversation_ids(ConversationStatus.CLOSED):
        conversation = store.conversation(conversation_id)
        assert conversation is not None
        found[conversation_id] = conversation.updated_at.isoformat()
    return found


# --- 1. sync --full beside another sync


def test_a_full_sync_never_starts_where_another_sync_moved_the_watermark(
    demo_server, store: Store, client_for
) -> None:
    """Another process moves the saved state on while this full sync runs its paused pass:
    the full pass must still list from the beginning and delete nothing it did not see."""
    client = client_for(demo_server)
    SyncEngine(client, store, page_size=50).run()
    closed = sorted(demo_server.snapshot("closed"), key=lambda r: (r["updated_at"], r["id"]))
    middle = closed[len(closed) // 2]
    moved = False

    def other_process_moves_on(tick: SyncProgress) -> None:
        nonlocal moved
        if tick.phase == "paused" and not moved:
            moved = True
            stamp = store.conversation(middle["id"]).updated_at  # type: ignore[union-attr]
            store.write_page(ConversationStatus.CLOSED, [], SyncState(stamp, middle["id"], None))

    report = SyncEngine(client, store, page_size=50, on_progress=other_process_moves_on).run(
        full=True
    )
    assert moved
    assert report.removed == 0
    assert_store_equals_server(store, demo_server)


def test_a_second_sync_of_the_same_store_refuses_with_a_sentence(
    demo_server, store: Store, client_for
) -> None:
    SyncEngine(client_for(demo_server), store, page_size=50).run()
    before = _closed_versions(store)
    with sync_lock(store.path), pytest.raises(SyncBusyError, match="Another AgentDesk"):
        SyncEngine(client_for(demo_server), store, page_size=50).run(full=True)
    assert _closed_versions(store) == before


def test_sync_full_from_the_command_line_refuses_while_another_process_syncs(
    demo_server, cli_for
) -> None:
    """The window's background sync holds the lock in its own process: a CLI ``--full`` run
    then says so and changes nothing."""
    cli = cli_for(demo_server)
    assert cli.run("sync").returncode == 0
    database = cli.home / "agentdesk.sqlite"
    with sync_lock(database):
        refused = cli.run("sync", "--full")
    assert refused.returncode == 1
    assert "Another AgentDesk" in refused.stderr
    with Store.open(database) as store:
        assert_store_equals_server(store, demo_server)


# --- 2. more than 500 skipped records


@pytest.mark.slow
def test_every_skipped_record_is_asked_for_again_even_past_the_five_hundredth(
    make_demo_server, store: Store, client_for
) -> None:
    server = make_demo_server(conversations=1200, faults="invalid:0.6,seed=3")
    client = client_for(server)
    first = SyncEngine(client, store).run()
    assert len(first.skipped) > MAX_RETRIED_SKIPS + 50
    server.faults.plan = FaultPlan()  # the platform fixes its records (same updated_at)

    second = SyncEngine(client, store).run()
    assert second.new >= MAX_RETRIED_SKIPS  # and the paused ones, listed whole each time
    waiting = json.loads(store.get_meta(SKIPPED) or "[]")
    assert len(waiting) > 50
    assert len(second.skipped) == len(waiting)
    assert "nothing new" not in second.summary()

    third = SyncEngine(client, store).run()
    assert third.new == len(waiting)
    assert json.loads(store.get_meta(SKIPPED) or "[]") == []
    assert_store_equals_server(store, server)


# --- 3. one record stamped in the future


def test_a_record_stamped_in_the_future_does_not_stop_later_updates(
    demo_server, store: Store, client_for
) -> None:
    client = client_for(demo_server)
    closed = [r["id"] for r in demo_server.snapshot("closed")]
    demo_server.touch(closed[0], updated_at="2099-01-01T00:00:00Z", tags=["from-the-future"])
    SyncEngine(client, store, page_size=50).run()
    assert store.conversation(closed[0]).tags == ("from-the-future",)  # type: ignore[union-attr]
    since = store.sync_state(ConversationStatus.CLOSED).since
    assert since is not None
    assert since.year < 2099

    # Changes the platform makes afterwards, stamped with its clock (the one its Date uses).
    now = (datetime.now(UTC) + timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    for conversation_id in closed[1:51]:
        demo_server.touch(conversation_id, csat=1, updated_at=now)
    newly_closed = demo_server.snapshot("paused")[0]["id"]
    demo_server.touch(newly_closed, status="closed", updated_at=now, closed_at=now)

    report = SyncEngine(client, store, page_size=50).run()
    assert report.updated == 50
    assert newly_closed in store.all_conversation_ids(ConversationStatus.CLOSED)
    assert_store_equals_server(store, demo_server)


def test_a_watermark_saved_in_the_future_is_not_trusted(
    demo_server, store: Store, client_for
) -> None:
    """What the old rule left in users' stores: the next sync lists everything again."""
    client = client_for(demo_server)
    SyncEngine(client, store, page_size=50).run()
    lost = demo_server.snapshot("closed")[7]["id"]
    store.remove_closed([lost])
    future = store.sync_state(ConversationStatus.CLOSED).since.replace(year=2099)  # type: ignore[union-attr]
    store.write_page(ConversationStatus.CLOSED, [], SyncState(future, "c-x", None))
    report = SyncEngine(client, store, page_size=50).run()
    assert report.new == 1
    assert_store_equals_server(store, demo_server)
