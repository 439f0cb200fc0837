"""The demo generator: deterministic, any size without memory, realistic enough to exercise
every feature (channels, languages, ratings, sales, bots, paused deadlines)."""

from __future__ import annotations

import json
import re
import time
import tracemalloc
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from agentdesk.demo import generate_workspace
from agentdesk.demo.workspace import Workspace
from tests.conftest import DEMO_NOW

CHANNELS = {"chat", "whatsapp", "messenger", "instagram", "email", "sms", "voice", "apple_messages"}
PARIS = ZoneInfo("Europe/Paris")
KNOWN_INDICATORS = {
    "conversations",
    "handling_time",
    "response_time",
    "first_response_time",
    "csat",
    "nps",
    "revenue",
    "transactions",
    "average_basket",
    "conversion_rate",
}


def _all(workspace: Workspace, status: str) -> list[dict[str, Any]]:
    ordered = workspace.ordered(status)
    return [ordered.record_at(i) for i in range(len(ordered))]


def _parse(text: str) -> datetime:
    assert text.endswith("Z"), text
    return datetime.fromisoformat(text)


@pytest.fixture(scope="module")
def big_sample() -> list[dict[str, Any]]:
    """2,000 conversations: enough for the rare cases (unknown channel, no agent reply)."""
    workspace = generate_workspace(3, 2000, DEMO_NOW)
    return list(workspace.conversations())


def test_same_seed_same_workspace_other_seed_other_data() -> None:
    one = generate_workspace(11, 150, DEMO_NOW).to_dataset_json()
    again = generate_workspace(11, 150, DEMO_NOW).to_dataset_json()
    other = generate_workspace(12, 150, DEMO_NOW).to_dataset_json()
    assert one == again
    assert one != other


def test_the_agent_and_the_admin_settings(demo_workspace: Workspace) -> None:
    me = demo_workspace.me
    assert me["timezone"] == "Europe/Paris"
    assert me["week_start"] in {"monday", "sunday"}
    assert me["locale"] == "fr-FR"
    assert me["name"]
    assert me["email"] == demo_workspace.login
    settings = demo_workspace.settings
    assert 6 <= len(settings["indicators"]) <= 10
    assert set(settings["indicators"]) <= KNOWN_INDICATORS
    assert settings["daily_widget"] is True
    assert settings["show_transactions"] is True


def test_ten_conversations() -> None:
    workspace = generate_workspace(1, 10, DEMO_NOW)
    records = list(workspace.conversations())
    assert len(workspace) == len(records) == 10
    assert [r["id"] for r in records] == [f"c-{n:06d}" for n in range(1, 11)]
    statuses = Counter(r["status"] for r in records)
    assert statuses["closed"] >= 5
    assert statuses["paused"] >= 1


def test_a_million_conversations_cost_nothing_until_read() -> None:
    tracemalloc.start()
    try:
        started = time.perf_counter()
        workspace = generate_workspace(5, 1_000_000, DEMO_NOW)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 5, "generating a million records eagerly takes minutes"
    assert peak < 2_000_000
    assert len(workspace) == 1_000_000
    last = workspace.conversation("c-1000000")
    assert last is not None
    assert last["status"] == "paused"
    closed = workspace.ordered("closed")
    newest = closed.record_at(len(closed) - 1)
    assert _parse(newest["updated_at"]) <= DEMO_NOW
    oldest = _parse(closed.record_at(0)["updated_at"])
    assert timedelta(days=4 * 365) < DEMO_NOW - oldest < timedelta(days=6 * 365)


def test_updated_at_grows_strictly_with_the_index_so_lists_can_be_searched() -> None:
    small = generate_workspace(7, 3000, DEMO_NOW).ordered("closed")
    keys = [small.key_at(i) for i in range(len(small))]
    assert keys == sorted(set(keys))
    assert all(small.key_at(i)[0] == _parse(small.record_at(i)["updated_at"]) for i in range(50))
    huge = generate_workspace(7, 1_000_000, DEMO_NOW).ordered("closed")
    for start in range(0, len(huge) - 1, 9973):
        window = [huge.key_at(i)[0] for i in range(start, min(start + 60, len(huge)))]
        assert window == sorted(set(window))


def test_ids_and_lookup(demo_workspace: Workspace) -> None:
    record = demo_workspace.conversation("c-000042")
    assert record is not None
    assert record["id"] == "c-000042"
    assert record == demo_workspace.conversation("c-000042")
    for unknown in ("c-000000", "c-000301", "c-42", "x-000042", "c-00004a", ""):
        assert demo_workspace.conversation(unknown) is None


def test_closed_conversations_follow_working_days_up_to_now(demo_workspace: Workspace) -> None:
    closed = _all(demo_workspace, "closed")
    closed_at = [_parse(r["closed_at"]) for r in closed]
    assert max(_parse(r["updated_at"]) for r in closed) <= DEMO_NOW
    local_today = DEMO_NOW.astimezone(PARIS).date()
    today = [t for t in closed_at if t.astimezone(PARIS).date() == local_today]
    monday = local_today - timedelta(days=local_today.weekday())
    this_week = [t for t in closed_at if t.astimezone(PARIS).date() >= monday]
    assert len(today) >= 3
    assert len(this_week) > len(today)
    per_day = Counter(t.astimezone(PARIS).date() for t in closed_at)
    full_weekdays = [n for d, n in per_day.items() if d.weekday() < 5 and d != local_today]
    assert full_weekdays
    assert all(15 <= n <= 65 for n in full_weekdays[1:])


def test_twenty_thousand_conversations_span_one_and_a_half_to_two_years() -> None:
    closed = generate_workspace(2, 20_000, DEMO_NOW).ordered("closed")
    span = DEMO_NOW - closed.key_at(0)[0]
    assert timedelta(days=int(1.4 * 365)) < span < timedelta(days=int(2.1 * 365))


def test_every_channel_language_and_shape_of_record_is_there(
    big_sample: list[dict[str, Any]],
) -> None:
    closed = [r for r in big_sample if r["status"] == "closed"]
    channels = Counter(r["channel"] for r in big_sample)
    assert set(channels) >= CHANNELS
    assert set(channels) - CHANNELS, "an undocumented channel such as 'line' appears"
    text = json.dumps(big_sample, ensure_ascii=False)
    for word in ("Inès", "cafetière", "señora", "teléfono", "pengembalian dana"):
        assert word in text
    assert re.search(r"CMD-\d{4,5}", text)
    assert any(r["csat"] is None for r in closed)
    assert any(r["nps"] is None for r in closed)
    assert {r["csat"] for r in closed} - {None} == {1, 2, 3, 4, 5}
    assert {r["nps"] for r in closed} - {None} <= set(range(11))
    assert any(r["handling_time_s"] is None for r in closed)
    assert all(r["tags"] is not None and r["category"] for r in big_sample)
    assert any(len(r["tags"]) >= 2 for r in big_sample)


def test_transactions_are_euros_with_cents(big_sample: list[dict[str, Any]]) -> None:
    transactions = [t for r in big_sample for t in r["transactions"]]
    assert 0.1 < sum(1 for r in big_sample if r["transactions"]) / len(big_sample) < 0.35
    assert {t["currency"] for t in transactions} == {"EUR"}
    assert any(round(t["amount"] * 100) % 100 for t in transactions)
    assert all(t["amount"] > 0 for t in transactions)
    assert len({t["id"] for t in transactions}) == len(transactions)


def test_messages_bots_systems_and_silent_conversations(big_sample: list[dict[str, Any]]) -> None:
    senders = Counter(m["sender_type"] for r in big_sample for m in r["messages"])
    assert set(senders) == {"contact", "agent", "bot", "system"}
    assert all(4 <= len(r["messages"]) <= 20 for r in big_sample)
    silent = [r for r in big_sample if not any(m["sender_type"] == "agent" for m in r["messages"])]
    assert silent
    assert all(r["first_response_at"] is None for r in silent)
    message_ids = [m["id"] for r in big_sample for m in r["messages"]]
    assert len(set(message_ids)) == len(message_ids)


def test_times_are_consistent(big_sample: list[dict[str, Any]]) -> None:
    for record in big_sample:
        at = [_parse(m["at"]) for m in record["messages"]]
        assert at == sorted(at)
        assert _parse(record["started_at"]) == at[0]
        end = record["closed_at"] or record["paused_at"]
        assert at[-1] <= _parse(end) <= _parse(record["updated_at"])
        if record["first_response_at"]:
            first_agent = next(m for m in record["messages"] if m["sender_type"] == "agent")
            assert record["first_response_at"] == first_agent["at"]


def test_paused_conversations_cover_every_reopen_case(demo_workspace: Workspace) -> None:
    paused = _all(demo_workspace, "paused")
    assert 12 <= len(paused) <= 30
    me = demo_workspace.me["id"]
    deadlines = [_parse(r["pause_deadline"]) for r in paused]
    assert any(d < DEMO_NOW for d in deadlines)
    assert any(d > DEMO_NOW for d in deadlines)
    assignees = {r["assignee_id"] for r in paused}
    assert me in assignees
    assert None in assignees
    assert assignees - {me, None}
    future = [r for r, d in zip(paused, deadlines, strict=True) if d > DEMO_NOW]
    assert any(r["assignee_id"] == me for r in future)
    assert any(r["assignee_id"] is None for r in future)
    for record in paused:
        assert record["closed_at"] is None
        assert _parse(record["paused_at"]) < _parse(record["pause_deadline"])
        assert _parse(record["paused_at"]) < DEMO_NOW


def test_paused_count_scales_mildly() -> None:
    sizes = {n: len(generate_workspace(1, n, DEMO_NOW).ordered("paused")) for n in (100, 2000)}
    assert 12 <= sizes[100] <= sizes[2000] <= 30
    assert len(generate_workspace(1, 1_000_000, DEMO_NOW).ordered("paused")) == 30


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError, match="aware"):
        generate_workspace(1, 10, datetime(2026, 11, 18, 14, 0))  # noqa: DTZ001
    assert generate_workspace(1, 10, datetime(2026, 11, 18, 14, 0, tzinfo=UTC)).now == DEMO_NOW
