"""POST /conversations/{id}/reopen follows the agent desk's rule and is idempotent by key."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from agentdesk.demo import DemoServer
from agentdesk.demo.isotime import format_time
from tests.conftest import DEMO_NOW, MakeDemoServer
from tests.demo.wire import Reply, call, get, list_page

AGENT = "u-7"


@pytest.fixture
def server(make_demo_server: MakeDemoServer) -> DemoServer:
    return make_demo_server(clock=lambda: DEMO_NOW)


def _paused(server: DemoServer, *, assignee: str, deadline_passed: bool) -> str:
    for record in server.snapshot("paused"):
        owner = {AGENT: "me", None: "none"}.get(record["assignee_id"], "other")
        passed = datetime.fromisoformat(record["pause_deadline"]) <= DEMO_NOW
        if owner == assignee and passed == deadline_passed:
            return str(record["id"])
    raise AssertionError(f"no paused conversation for {assignee}, passed={deadline_passed}")


def _reopen(
    server: DemoServer,
    conversation_id: str,
    body: object = None,
    *,
    key: str | None = None,
    token: str | None = "test-token",
) -> Reply:
    path = f"/api/v1/conversations/{conversation_id}/reopen"
    headers = {"Idempotency-Key": key} if key else None
    return call(server.url, "POST", path, body=body, headers=headers, token=token)


def _current(server: DemoServer, conversation_id: str) -> dict[str, Any]:
    record = server.conversation(conversation_id)
    assert record is not None
    return record


def test_reopen_my_conversation_before_its_deadline(server: DemoServer) -> None:
    conversation_id = _paused(server, assignee="me", deadline_passed=False)
    reply = _reopen(server, conversation_id, {"assign_to_me": False})
    assert reply.status == 200
    record = reply.json()
    assert record["id"] == conversation_id
    assert record["status"] == "open"
    assert record["assignee_id"] == AGENT
    assert record["updated_at"] == format_time(DEMO_NOW)
    assert record["messages"][-1]["sender_type"] == "system"
    assert get(server.url, f"/api/v1/conversations/{conversation_id}").json() == record
    for status in ("paused", "closed"):
        ids = {r["id"] for r in list_page(server.url, status, limit=500).json()["data"]}
        assert conversation_id not in ids


def test_assign_to_me_takes_an_unassigned_conversation(server: DemoServer) -> None:
    conversation_id = _paused(server, assignee="none", deadline_passed=False)
    refused = _reopen(server, conversation_id, {"assign_to_me": False})
    assert refused.status == 409
    assert refused.json()["error"] == "not_assigned"
    assert _reopen(server, conversation_id).json()["error"] == "not_assigned"
    taken = _reopen(server, conversation_id, {"assign_to_me": True})
    assert taken.status == 200
    assert taken.json()["assignee_id"] == AGENT


@pytest.mark.parametrize("assign_to_me", [False, True])
def test_someone_elses_conversation_is_not_assigned(server: DemoServer, assign_to_me: bool) -> None:
    conversation_id = _paused(server, assignee="other", deadline_passed=False)
    reply = _reopen(server, conversation_id, {"assign_to_me": assign_to_me})
    assert reply.status == 409
    assert reply.json()["error"] == "not_assigned"
    assert reply.json()["message"]
    assert _current(server, conversation_id)["status"] == "paused"


@pytest.mark.parametrize("assignee", ["me", "none"])
def test_deadline_passed(server: DemoServer, assignee: str) -> None:
    conversation_id = _paused(server, assignee=assignee, deadline_passed=True)
    reply = _reopen(server, conversation_id, {"assign_to_me": True})
    assert reply.status == 409
    assert reply.json()["error"] == "deadline_passed"


def test_the_deadline_is_judged_by_the_server_clock(make_demo_server: MakeDemoServer) -> None:
    now = [DEMO_NOW]
    server = make_demo_server(clock=lambda: now[0])
    conversation_id = _paused(server, assignee="me", deadline_passed=False)
    deadline = datetime.fromisoformat(_current(server, conversation_id)["pause_deadline"])
    now[0] = deadline
    assert _reopen(server, conversation_id).json()["error"] == "deadline_passed"
    now[0] = deadline - timedelta(seconds=1)
    assert _reopen(server, conversation_id).status == 200


def test_only_paused_conversations_reopen(server: DemoServer) -> None:
    closed_id = server.snapshot("closed")[0]["id"]
    reply = _reopen(server, closed_id, {"assign_to_me": True})
    assert reply.status == 409
    assert reply.json()["error"] == "not_paused"
    mine = _paused(server, assignee="me", deadline_passed=False)
    assert _reopen(server, mine).status == 200
    assert _reopen(server, mine).json()["error"] == "not_paused"


def test_idempotency_key_replays_the_first_answer(server: DemoServer) -> None:
    conversation_id = _paused(server, assignee="none", deadline_passed=False)
    first = _reopen(server, conversation_id, {"assign_to_me": True}, key="reopen-1")
    again = _reopen(server, conversation_id, {"assign_to_me": True}, key="reopen-1")
    assert first.status == again.status == 200
    assert again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    other_key = _reopen(server, conversation_id, {"assign_to_me": True}, key="reopen-2")
    assert other_key.status == 409
    assert other_key.json()["error"] == "not_paused"


def test_idempotency_key_replays_a_refusal_too(server: DemoServer) -> None:
    conversation_id = _paused(server, assignee="none", deadline_passed=False)
    refused = _reopen(server, conversation_id, {"assign_to_me": False}, key="k")
    assert refused.json()["error"] == "not_assigned"
    replayed = _reopen(server, conversation_id, {"assign_to_me": True}, key="k")
    assert replayed.status == 409
    assert replayed.json() == refused.json()


@pytest.mark.parametrize("body", [{"assign_to_me": "yes"}, b"[1, 2]", b"{oops"])
def test_bad_reopen_body_is_400(server: DemoServer, body: object) -> None:
    conversation_id = _paused(server, assignee="none", deadline_passed=False)
    reply = _reopen(server, conversation_id, body)
    assert reply.status == 400
    assert _current(server, conversation_id)["status"] == "paused"


def test_reopen_unknown_is_404_and_needs_a_token(server: DemoServer) -> None:
    assert _reopen(server, "c-999999", {"assign_to_me": True}).status == 404
    mine = _paused(server, assignee="me", deadline_passed=False)
    assert _reopen(server, mine, token=None).status == 401
