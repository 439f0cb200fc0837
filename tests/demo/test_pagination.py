"""Keyset pagination: every record exactly once, in (updated_at, id) order, even while records
change between pages; updated_since is inclusive; a million records page as fast as three
hundred."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from agentdesk.demo import DemoServer
from agentdesk.demo.isotime import format_time
from tests.conftest import DEMO_NOW, MakeDemoServer
from tests.demo.wire import fetch_all, list_page


def _keys(records: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["updated_at"], r["id"]) for r in records]


def test_limit_7_walks_every_closed_conversation_once_in_order(demo_server: DemoServer) -> None:
    records = fetch_all(demo_server.url, "closed", limit=7)
    expected = demo_server.snapshot("closed")
    assert len(expected) == 286
    assert records == expected
    assert _keys(records) == sorted(_keys(records))
    assert len({r["id"] for r in records}) == len(records)


def test_updated_since_is_inclusive(demo_server: DemoServer) -> None:
    everything = demo_server.snapshot("closed")
    pivot = everything[200]["updated_at"]
    records = fetch_all(demo_server.url, "closed", limit=13, updated_since=pivot)
    assert records[0]["id"] == everything[200]["id"]
    assert records == everything[200:]
    after_all = format_time(DEMO_NOW + timedelta(days=1))
    page = list_page(demo_server.url, "closed", updated_since=after_all).json()
    assert page == {"data": [], "next_cursor": None}


def test_changes_between_pages_are_neither_skipped_nor_repeated(
    make_demo_server: MakeDemoServer,
) -> None:
    server = make_demo_server(clock=lambda: DEMO_NOW)
    before = {r["id"]: r for r in server.snapshot("closed")}
    ids = list(before)
    paused_id = server.snapshot("paused")[0]["id"]
    touched: list[str] = []

    def meddle(page: int) -> None:
        # one record already served, one not yet served, and (once) one that joins the list
        if page > 10:
            return
        served, ahead = ids[page * 7 - 3], ids[min(page * 7 + 20, len(ids) - 1)]
        for conversation_id in (served, ahead):
            server.touch(conversation_id, tags=["changed", str(page)])
            touched.append(conversation_id)
        if page == 3:
            server.touch(paused_id, status="closed")

    records = fetch_all(server.url, "closed", limit=7, between_pages=meddle)
    versions = _keys(records)
    assert len(set(versions)) == len(versions), "the same version was served twice"
    assert {r["id"] for r in records} == set(ids) | {paused_id}
    final = {r["id"]: r for r in server.snapshot("closed")}
    latest = {}
    for record in records:
        latest[record["id"]] = record
    assert latest == final, "the last version seen of each record is its current one"
    for conversation_id in touched:
        assert final[conversation_id]["updated_at"] > before[conversation_id]["updated_at"]
    assert final[paused_id]["closed_at"] == final[paused_id]["updated_at"]
    assert paused_id not in {r["id"] for r in server.snapshot("paused")}


def test_changes_sort_after_every_cursor_even_with_a_stopped_clock(
    make_demo_server: MakeDemoServer,
) -> None:
    server = make_demo_server(conversations=40, clock=lambda: DEMO_NOW)
    first = server.touch("c-000001", tags=["a"])
    second = server.touch("c-000002", tags=["b"])
    assert first["updated_at"] == format_time(DEMO_NOW)
    assert second["updated_at"] > first["updated_at"]
    assert server.snapshot("closed")[-2:] == [first, second]


def test_the_end_of_a_million_pages_fast(make_demo_server: MakeDemoServer) -> None:
    started = time.perf_counter()
    server = make_demo_server(conversations=1_000_000, seed=9)
    since = format_time(DEMO_NOW - timedelta(days=1))
    records = fetch_all(server.url, "closed", updated_since=since, limit=500)
    paused = list_page(server.url, "paused", limit=500).json()
    elapsed = time.perf_counter() - started
    assert elapsed < 30, "paging a million records from the start takes minutes"
    assert len(records) > 100
    assert all(r["updated_at"] >= since for r in records)
    assert _keys(records) == sorted(_keys(records))
    assert records[-1]["id"] == "c-999970"
    assert len(paused["data"]) == 30
    assert paused["data"][-1]["id"] == "c-1000000"
