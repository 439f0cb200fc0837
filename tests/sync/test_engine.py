"""The sync engine against the demo platform: complete, incremental, moving between lists."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from agentdesk.domain.models import ConversationStatus
from agentdesk.errors import CancelledError
from agentdesk.platform.http import RetryPolicy
from agentdesk.store import Store, SyncState
from agentdesk.sync import SyncEngine, SyncProgress
from tests.sync.conftest import assert_store_equals_server

FAST = RetryPolicy(backoff_factor=0.0, backoff_jitter=0.0, retry_after_max=0.0)


def test_first_sync_copies_the_server_and_the_second_fetches_nothing(
    demo_server, store: Store, client_for
) -> None:
    client = client_for(demo_server)
    first = SyncEngine(client, store, page_size=50).run()
    closed = len(demo_server.snapshot("closed"))
    paused = len(demo_server.snapshot("paused"))
    assert first.new == closed + paused
    assert first.skipped == []
    assert_store_equals_server(store, demo_server)
    assert store.load_profile() is not None
    assert store.load_settings() is not None

    second = SyncEngine(client, store, page_size=50).run()
    assert (second.new, second.updated, second.removed) == (0, 0, 0)
    assert "nothing new" in second.summary()


def test_a_new_admin_setting_is_a_change_even_without_new_conversations(
    demo_server, store: Store, client_for
) -> None:
    client = client_for(demo_server)
    SyncEngine(client, store, page_size=50).run()
    demo_server.workspace.settings["indicators"] = ["csat", "nps"]
    report = SyncEngine(client, store, page_size=50).run()
    assert not report.changed
    settings = store.load_settings()
    assert settings is not None
    assert settings.indicators == ("csat", "nps")


def test_changes_on_the_server_reach_the_right_list(demo_server, store: Store, client_for) -> None:
    client = client_for(demo_server)
    SyncEngine(client, store, page_size=40).run()
    paused = demo_server.snapshot("paused")
    closed_one, reopened_one = paused[0]["id"], paused[1]["id"]
    demo_server.touch(closed_one, status="closed")
    demo_server.touch(reopened_one, status="open")
    edited = demo_server.snapshot("closed")[3]["id"]
    demo_server.touch(edited, csat=5)

    report = SyncEngine(client, store, page_size=40).run()

    assert report.removed >= 1
    assert store.conversation(closed_one).status is ConversationStatus.CLOSED
    assert store.conversation(reopened_one) is None
    assert store.conversation(edited).csat == 5
    assert_store_equals_server(store, demo_server)


def test_full_sync_starts_over_without_duplicating(demo_server, store: Store, client_for) -> None:
    client = client_for(demo_server)
    SyncEngine(client, store, page_size=100).run()
    report = SyncEngine(client, store, page_size=100).run(full=True)
    assert report.new == 0
    assert report.fetched >= len(demo_server.snapshot("closed"))
    assert_store_equals_server(store, demo_server)


def test_progress_reaches_the_end_and_cancel_keeps_what_was_written(
    demo_server, store: Store, client_for
) -> None:
    ticks: list[SyncProgress] = []
    cancel = threading.Event()

    def on_progress(tick: SyncProgress) -> None:
        ticks.append(tick)
        if tick.phase == "closed" and tick.fetched >= 100:
            cancel.set()

    engine = SyncEngine(
        client_for(demo_server), store, page_size=25, on_progress=on_progress, cancel=cancel
    )
    with pytest.raises(CancelledError):
        engine.run()
    kept = store.counts().closed
    assert 100 <= kept < len(demo_server.snapshot("closed"))

    finished = SyncEngine(
        client_for(demo_server), store, page_size=25, on_progress=ticks.append
    ).run()
    assert finished.new == len(demo_server.snapshot("closed")) - kept
    assert ticks[-1].fraction == 1.0
    assert_store_equals_server(store, demo_server)


def test_records_changing_between_pages_are_neither_lost_nor_duplicated(
    demo_server, store: Store, client_for
) -> None:
    """Touch records the sync has already passed and records still ahead of it, mid-sync."""
    closed = [r["id"] for r in demo_server.snapshot("closed")]
    behind, ahead = closed[5], closed[-5]
    touched = False

    def on_progress(tick: SyncProgress) -> None:
        nonlocal touched
        if tick.phase == "closed" and tick.fetched >= 60 and not touched:
            touched = True
            demo_server.touch(behind, closing_note="Edited after it was synced.")
            demo_server.touch(ahead, nps=0)

    SyncEngine(client_for(demo_server), store, page_size=30, on_progress=on_progress).run()
    assert touched
    assert store.conversation(behind).closing_note == "Edited after it was synced."
    assert store.conversation(ahead).nps == 0
    assert_store_equals_server(store, demo_server)


def test_faults_at_twenty_percent_still_complete_and_report_skipped_ids(
    make_demo_server, store: Store, client_for
) -> None:
    server = make_demo_server(
        faults="429:0.2,503:0.2,truncate:0.2,invalid:0.2,seed=11,retry_after=0"
    )
    client = client_for(server, retry=FAST, timeout=(2.0, 5.0))
    report = SyncEngine(client, store, page_size=20).run()
    assert len(report.skipped) >= 20, "the plan corrupts about 1 record in 5"
    skipped_ids = {s.id for s in report.skipped}
    assert all(s.reason for s in report.skipped)
    served = {r["id"] for r in server.snapshot("closed")} | {
        r["id"] for r in server.snapshot("paused")
    }
    assert skipped_ids <= served
    stored = store.all_conversation_ids()
    # Every record is either stored or reported skipped, never silently dropped.
    assert served - stored <= skipped_ids
    assert report.new == len(stored)


def test_a_change_in_the_watermarks_second_is_not_lost(
    demo_server, store: Store, client_for
) -> None:
    """B changes in the same second as the watermark record A, and sorts before it."""
    client = client_for(demo_server)
    SyncEngine(client, store, page_size=50).run()
    closed = demo_server.snapshot("closed")
    smallest = min(r["id"] for r in closed)
    largest = max(r["id"] for r in closed)
    stamped = demo_server.touch(largest, tags=["first"])
    SyncEngine(client, store, page_size=50).run()
    demo_server.touch(smallest, tags=["second"], updated_at=stamped["updated_at"])
    report = SyncEngine(client, store, page_size=50).run()
    assert report.updated == 1
    assert store.conversation(smallest).tags == ("second",)
    assert_store_equals_server(store, demo_server)


def test_another_server_or_agent_replaces_what_the_store_held(
    make_demo_server, store: Store, client_for
) -> None:
    first = make_demo_server(seed=7, conversations=120)
    SyncEngine(client_for(first), store).run()
    second = make_demo_server(seed=8, conversations=40)
    report = SyncEngine(client_for(second), store).run()
    assert report.removed >= 120
    assert_store_equals_server(store, second)
    ids = {e.conversation_id for e in store.outbox_batch(limit=10_000) if e.op == "delete"}
    assert {r["id"] for r in first.snapshot("closed")} - ids <= {
        r["id"] for r in second.snapshot("closed")
    }


def test_full_sync_drops_what_the_server_no_longer_has(
    make_demo_server, store: Store, client_for
) -> None:
    server = make_demo_server(conversations=80)
    client = client_for(server)
    SyncEngine(client, store).run()
    ghost = server.snapshot("closed")[0]
    # The platform purged it: a conversation we hold that no page will ever mention again.
    store.apply_conversation(replace(store.conversation(ghost["id"]), id="c-999999"))
    report = SyncEngine(client, store).run(full=True)
    assert "c-999999" not in store.all_conversation_ids()
    assert report.removed == 1
    assert_store_equals_server(store, server)


def test_a_skipped_record_is_asked_for_again_next_time(
    make_demo_server, store: Store, client_for
) -> None:
    # Requests: 1 /me, 2 settings, 3 paused page, 4 first closed page (its first record spoiled).
    server = make_demo_server(faults="invalid@4")
    client = client_for(server)
    first = SyncEngine(client, store).run()
    assert len(first.skipped) == 1
    spoiled = first.skipped[0].id
    assert store.conversation(spoiled) is None
    second = SyncEngine(client, store).run()
    assert second.skipped == []
    assert second.new == 1
    assert_store_equals_server(store, server)


def test_a_refused_saved_cursor_resumes_from_the_watermark(
    demo_server, store: Store, client_for
) -> None:
    client = client_for(demo_server)
    SyncEngine(client, store, page_size=50).run()
    state = store.sync_state(ConversationStatus.CLOSED)
    store.write_page(ConversationStatus.CLOSED, [], SyncState(state.since, state.since_id, "bogus"))
    report = SyncEngine(client, store, page_size=50).run()
    assert (report.new, report.updated) == (0, 0)
    assert_store_equals_server(store, demo_server)
