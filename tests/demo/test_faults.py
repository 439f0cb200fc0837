"""Fault injection: each kind is observable by a client, targeted or drawn reproducibly, and the
SPEC syntax explains its mistakes."""

from __future__ import annotations

import http.client
import json
import time
from datetime import datetime
from typing import Any

import pytest

from agentdesk.demo import FAULTS_HELP, FaultPlan
from agentdesk.demo.faults import FaultKind, RequestRange
from tests.conftest import DEMO_NOW, MakeDemoServer
from tests.demo.wire import call, get, list_page

LOGIN = {"login": "agent@demo.agentdesk", "password": "demo"}


def _status_sequence(url: str, count: int) -> list[int]:
    return [get(url, "/api/v1/me").status for _ in range(count)]


def test_parse_the_documented_example() -> None:
    plan = FaultPlan.parse(
        "429:0.05, 503:0.05,slow:0.02,drop:0.02,truncate:0.05,invalid:0.05,"
        "503@3,slow@2-4,invalid@7-,seed=9,slow_seconds=2.5,retry_after=0,token=on"
    )
    assert plan.probabilities[FaultKind.TOO_MANY_REQUESTS] == 0.05
    assert plan.probabilities[FaultKind.INVALID] == 0.05
    assert plan.targets[FaultKind.UNAVAILABLE] == (RequestRange(3, 3),)
    assert plan.targets[FaultKind.SLOW] == (RequestRange(2, 4),)
    assert plan.targeted(FaultKind.INVALID, 1000)
    assert not plan.targeted(FaultKind.SLOW, 5)
    assert (plan.seed, plan.slow_seconds, plan.retry_after, plan.token) == (9, 2.5, 0, True)
    assert FaultPlan.parse(str(plan)) == plan
    assert not FaultPlan.parse("").active
    assert FaultPlan().slow_seconds > 10


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        ("404:0.1", "Unknown fault '404'"),
        ("429:1.5", "from 0 to 1"),
        ("429:often", "from 0 to 1"),
        ("503@0", "request number"),
        ("503@5-2", "request number"),
        ("503@three", "request number"),
        ("slow", "needs a probability"),
        ("@3", "does not say which fault"),
        ("seed=abc", "whole number"),
        ("retry_after=-1", "from 0 to 3600"),
        ("token=maybe", "on or off"),
        ("speed=3", "Unknown fault option 'speed'"),
        ("429:0.1,429:0.2", "given twice"),
        ("seed=1,seed=2", "given twice"),
    ],
)
def test_parse_errors_say_what_is_wrong(spec: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        FaultPlan.parse(spec)


def test_help_documents_every_kind_and_option() -> None:
    for word in ("429", "503", "slow", "drop", "truncate", "invalid", "seed=", "slow_seconds="):
        assert word in FAULTS_HELP
    assert "retry_after=" in FAULTS_HELP
    assert "@N-M" in FAULTS_HELP


def test_429_and_503_carry_retry_after(make_demo_server: MakeDemoServer) -> None:
    server = make_demo_server(conversations=20, faults="429@1,503@2-3,retry_after=0")
    first, second = get(server.url, "/api/v1/me"), get(server.url, "/api/v1/me/settings")
    assert first.status == 429
    assert first.headers["retry-after"] == "0"
    assert first.json()["error"] == "rate_limited"
    assert second.status == 503
    assert second.json()["error"] == "unavailable"
    assert "retry-after" in second.headers
    assert _status_sequence(server.url, 3) == [503, 200, 200]


def test_a_refused_request_did_nothing(make_demo_server: MakeDemoServer) -> None:
    server = make_demo_server(conversations=60, faults="503@1", clock=lambda: DEMO_NOW)
    mine = next(
        r["id"]
        for r in server.snapshot("paused")
        if r["assignee_id"] == "u-7" and datetime.fromisoformat(r["pause_deadline"]) > DEMO_NOW
    )
    path = f"/api/v1/conversations/{mine}/reopen"
    assert call(server.url, "POST", path, body={}).status == 503
    record = server.conversation(mine)
    assert record is not None
    assert record["status"] == "paused"


def test_the_token_endpoint_is_not_faulted_unless_asked(make_demo_server: MakeDemoServer) -> None:
    quiet = make_demo_server(conversations=20, faults="503@1-2")
    assert call(quiet.url, "POST", "/api/v1/auth/token", token=None, body=LOGIN).status == 200
    assert quiet.requests == 0
    assert _status_sequence(quiet.url, 3) == [503, 503, 200]
    loud = make_demo_server(conversations=20, faults="503@1,token=on")
    assert call(loud.url, "POST", "/api/v1/auth/token", token=None, body=LOGIN).status == 503
    assert call(loud.url, "POST", "/api/v1/auth/token", token=None, body=LOGIN).status == 200


def test_slow_waits_past_the_client_timeout(make_demo_server: MakeDemoServer) -> None:
    server = make_demo_server(conversations=20, faults="slow@1-2,slow_seconds=1")
    with pytest.raises(TimeoutError):
        get(server.url, "/api/v1/me", timeout=0.3)
    started = time.perf_counter()
    reply = get(server.url, "/api/v1/me", timeout=5)
    assert time.perf_counter() - started >= 0.9
    assert reply.status == 200
    assert reply.headers["x-demo-faults"] == "slow"


def test_stopping_does_not_wait_for_a_slow_answer(make_demo_server: MakeDemoServer) -> None:
    server = make_demo_server(conversations=20, faults="slow@1,slow_seconds=60")
    with pytest.raises(TimeoutError):
        get(server.url, "/api/v1/me", timeout=0.2)
    started = time.perf_counter()
    server.stop()
    assert time.perf_counter() - started < 3


def test_drop_closes_the_connection_without_an_answer(make_demo_server: MakeDemoServer) -> None:
    server = make_demo_server(conversations=20, faults="drop@1")
    with pytest.raises(http.client.RemoteDisconnected):
        get(server.url, "/api/v1/me")
    assert get(server.url, "/api/v1/me").status == 200


def test_a_dropped_reopen_was_done_and_replays_by_key(make_demo_server: MakeDemoServer) -> None:
    server = make_demo_server(conversations=60, faults="drop@1", clock=lambda: DEMO_NOW)
    unassigned = next(
        r["id"]
        for r in server.snapshot("paused")
        if r["assignee_id"] is None and datetime.fromisoformat(r["pause_deadline"]) > DEMO_NOW
    )
    path, key = f"/api/v1/conversations/{unassigned}/reopen", {"Idempotency-Key": "once"}
    with pytest.raises(http.client.RemoteDisconnected):
        call(server.url, "POST", path, body={"assign_to_me": True}, headers=key)
    retried = call(server.url, "POST", path, body={"assign_to_me": True}, headers=key)
    assert retried.status == 200
    assert retried.json()["status"] == "open"
    assert retried.headers["idempotent-replayed"] == "true"


def test_truncate_cuts_the_json_with_a_matching_length(make_demo_server: MakeDemoServer) -> None:
    server = make_demo_server(conversations=40, faults="truncate@1")
    reply = list_page(server.url, "closed", limit=5)
    assert reply.status == 200
    assert int(reply.headers["content-length"]) == len(reply.body)
    with pytest.raises(json.JSONDecodeError):
        json.loads(reply.body)
    whole = list_page(server.url, "closed", limit=5)
    assert whole.body.startswith(reply.body)
    assert len(whole.body) // 2 == len(reply.body)


def _problems(record: dict[str, Any]) -> list[str]:
    problems = []
    if record.get("csat") not in {None, 1, 2, 3, 4, 5}:
        problems.append("csat")
    if record.get("nps") not in {None, *range(11)}:
        problems.append("nps")
    try:
        datetime.fromisoformat(record["started_at"])
    except (KeyError, ValueError):
        problems.append("started_at")
    return problems


def test_invalid_at_n_spoils_the_first_record_only(make_demo_server: MakeDemoServer) -> None:
    server = make_demo_server(conversations=40, faults="invalid@2")
    clean = list_page(server.url, "closed", limit=5).json()["data"]
    reply = list_page(server.url, "closed", limit=5)
    spoiled = reply.json()["data"]
    assert reply.headers["x-demo-faults"] == "invalid=1"
    assert [r["id"] for r in spoiled] == [r["id"] for r in clean]
    assert _problems(spoiled[0])
    assert spoiled[1:] == clean[1:]
    assert not any(_problems(r) for r in clean)
    assert server.snapshot("closed")[:5] == clean


def test_invalid_probability_is_per_record(make_demo_server: MakeDemoServer) -> None:
    server = make_demo_server(conversations=200, faults="invalid:0.2,seed=4")
    records = list_page(server.url, "closed", limit=100).json()["data"]
    spoiled = [r for r in records if _problems(r)]
    assert 5 < len(spoiled) < 40
    kinds = {p for r in spoiled for p in _problems(r)}
    assert kinds == {"csat", "nps", "started_at"}
    one = get(
        make_demo_server(conversations=20, faults="invalid:1").url, "/api/v1/conversations/c-000001"
    )
    assert _problems(one.json())


def test_drawn_faults_are_reproducible_by_seed(make_demo_server: MakeDemoServer) -> None:
    spec = "429:0.2,503:0.2,seed={}"
    runs = [
        _status_sequence(make_demo_server(conversations=10, faults=spec.format(seed)).url, 30)
        for seed in (1, 1, 2)
    ]
    assert runs[0] == runs[1]
    assert runs[0] != runs[2]
    assert {429, 503, 200} <= set(runs[0])
