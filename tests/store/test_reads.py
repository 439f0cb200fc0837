"""Reading conversations, profile, settings and meta back: exact values, aware UTC times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

from agentdesk.domain.facts import from_milli
from agentdesk.domain.models import AdminSettings, AgentProfile, SenderType, WeekStart
from agentdesk.store import Store, StoreCounts, SyncState
from tests.store.conftest import CLOSED, PAUSED, T0, conversation, message, paused, transaction

STATE = SyncState()


def test_a_conversation_round_trips_exactly(store: Store) -> None:
    original = conversation(
        "c-1",
        category="billing",
        tags=("refund", "vip", "refund"),
        first_response_at=T0 + timedelta(seconds=70),
        handling_time_s=1180,
        csat=4,
        nps=9,
        closing_note="Remboursement effectué — commande 5521.",
        transactions=(transaction("t-1", "59.90"), transaction("t-2", "0.001", "USD")),
    )
    store.write_page(CLOSED, [original], STATE)
    assert store.conversation("c-1") == original
    assert store.conversation("nope") is None


def test_messages_come_back_in_time_order(store: Store) -> None:
    late = message("m-late", T0 + timedelta(minutes=5), SenderType.AGENT)
    early = message("m-early", T0, SenderType.CONTACT)
    tie = message("m-tie", T0, SenderType.BOT)
    store.write_page(CLOSED, [conversation("c-1", messages=(late, early, tie))], STATE)
    stored = store.conversation("c-1")
    assert stored is not None
    assert [m.id for m in stored.messages] == ["m-early", "m-tie", "m-late"]


def test_datetimes_come_back_aware_utc(store: Store) -> None:
    paris = timezone(timedelta(hours=1))
    local_start = datetime(2026, 11, 16, 10, 12, 0, 123456, tzinfo=paris)
    store.write_page(CLOSED, [conversation("c-1", started_at=local_start)], STATE)
    stored = store.conversation("c-1")
    assert stored is not None
    stamps = [stored.started_at, stored.updated_at, stored.closed_at]
    stamps += [m.at for m in stored.messages]
    assert all(s is not None and s.tzinfo is UTC for s in stamps)
    assert stored.started_at == local_start  # the same instant
    assert (stored.started_at.hour, stored.started_at.microsecond) == (9, 123456)
    state = SyncState(since=local_start, since_id="c-1", cursor=None)
    store.write_page(CLOSED, [], state)
    since = store.sync_state(CLOSED).since
    assert since == local_start
    assert since is not None
    assert since.tzinfo is UTC


def test_money_is_exact(store: Store) -> None:
    page = [
        conversation("c-1", transactions=(transaction("t-1", "0.1"),)),
        conversation("c-2", transactions=(transaction("t-2", "0.2"),)),
    ]
    store.write_page(CLOSED, page, STATE)
    total = store.aggregate(T0, T0 + timedelta(days=1))
    assert total.revenue_milli == 300
    assert from_milli(total.revenue_milli) == Decimal("0.3")
    stored = store.conversation("c-1")
    assert stored is not None
    assert stored.transactions[0].amount == Decimal("0.1")


def test_paused_earliest_deadline_first_without_messages(store: Store) -> None:
    store.write_page(
        PAUSED,
        [
            paused("p-late", deadline=T0 + timedelta(days=3), tags=("vip",)),
            paused("p-soon", deadline=T0 + timedelta(hours=2)),
            paused("p-mid", deadline=T0 + timedelta(days=1)),
        ],
        STATE,
    )
    store.write_page(CLOSED, [conversation("c-1")], STATE)
    listed = store.paused()
    assert [c.id for c in listed] == ["p-soon", "p-mid", "p-late"]
    assert all(c.messages == () for c in listed)
    assert listed[-1].tags == ("vip",)


def test_ids_and_counts(store: Store) -> None:
    store.write_page(CLOSED, [conversation("c-1"), conversation("c-2")], STATE)
    store.write_page(PAUSED, [paused("p-1")], STATE)
    assert store.all_conversation_ids() == {"c-1", "c-2", "p-1"}
    assert store.all_conversation_ids(CLOSED) == {"c-1", "c-2"}
    assert store.all_conversation_ids(PAUSED) == {"p-1"}
    assert store.counts() == StoreCounts(closed=2, paused=1, messages=6, outbox_pending=2)


def test_profile_and_settings_round_trip(store: Store) -> None:
    assert store.load_profile() is None
    assert store.load_settings() is None
    profile = AgentProfile(
        "u-7", "Inès", "ines@example.com", "Europe/Paris", "fr", WeekStart.SUNDAY
    )
    store.save_profile(profile)
    store.save_profile(profile)
    assert store.load_profile() == profile
    settings = AdminSettings(("csat", "revenue", "unknown"), daily_widget=True)
    store.save_settings(settings)
    changed = AdminSettings(("nps",), show_transactions=True)
    store.save_settings(changed)
    assert store.load_settings() == changed


def test_meta(store: Store) -> None:
    assert store.get_meta("last_sync_at") is None
    store.set_meta("last_sync_at", "2026-11-16T09:00:00Z")
    store.set_meta("last_sync_at", "2026-11-17T09:00:00Z")
    assert store.get_meta("last_sync_at") == "2026-11-17T09:00:00Z"
