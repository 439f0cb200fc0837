"""The Chatwoot-shaped demo, seen on the wire: routes, paging and counts, the window of
``updated_within``, and the error bodies and headers Chatwoot sends."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests

from agentdesk.demo import DemoServer, FaultPlan, generate_workspace
from tests.conftest import DEMO_NOW, DEMO_TOKEN

ACCOUNT = "/api/v1/accounts/1"


@pytest.fixture
def server() -> Iterator[DemoServer]:
    workspace = generate_workspace(7, 130, DEMO_NOW)
    with DemoServer(workspace, token=DEMO_TOKEN, platform="chatwoot") as running:
        yield running


def _get(
    server: DemoServer, path: str, token: str = DEMO_TOKEN, **params: str
) -> requests.Response:
    return requests.get(
        server.url + path, params=params, headers={"api_access_token": token}, timeout=30
    )


def test_health_needs_no_token_and_says_chatwoot(server: DemoServer) -> None:
    body = requests.get(server.url + "/api", timeout=30).json()
    assert set(body) == {"version", "timestamp", "queue_services", "data_services"}


def test_pages_of_25_newest_first_with_counts_and_an_empty_end(server: DemoServer) -> None:
    resolved = [r for r in server.snapshot("closed")]
    seen: list[int] = []
    page = 1
    while True:
        data = _get(
            server,
            f"{ACCOUNT}/conversations",
            status="resolved",
            assignee_type="me",
            page=str(page),
        ).json()["data"]
        assert data["meta"]["mine_count"] == len(resolved)
        assert data["meta"]["all_count"] == len(resolved)
        if not data["payload"]:
            break
        assert len(data["payload"]) <= 25
        seen.extend(entry["id"] for entry in data["payload"])
        stamps = [entry["updated_at"] for entry in data["payload"]]
        assert stamps == sorted(stamps, reverse=True)
        assert {entry["status"] for entry in data["payload"]} == {"resolved"}
        page += 1
    assert len(seen) == len(set(seen)) == len(resolved)


def test_updated_within_answers_only_what_changed_unpaginated(server: DemoServer) -> None:
    touched = [server.touch(r["id"], tags=["late"]) for r in server.snapshot("closed")[:30]]
    data = _get(
        server,
        f"{ACCOUNT}/conversations",
        status="resolved",
        assignee_type="me",
        updated_within="60",
    ).json()["data"]
    assert sorted(e["id"] for e in data["payload"]) == sorted(int(t["id"][2:]) for t in touched)


def test_messages_page_back_with_before(server: DemoServer) -> None:
    record = max(server.snapshot("closed"), key=lambda r: len(r["messages"]))
    number = int(record["id"][2:])
    latest = _get(server, f"{ACCOUNT}/conversations/{number}/messages").json()["payload"]
    every = list(latest)
    while len(latest) == 20:
        latest = _get(
            server, f"{ACCOUNT}/conversations/{number}/messages", before=str(every[0]["id"])
        ).json()["payload"]
        every[:0] = latest
    ids = [m["id"] for m in every]
    assert ids == sorted(ids)
    assert len(every) >= len(record["messages"]) + 1  # the resolution activity is added
    if record.get("csat") is not None:
        survey = next(m for m in every if m["content_type"] == "input_csat")
        rating = survey["content_attributes"]["submitted_values"]["csat_survey_response"]["rating"]
        assert rating == record["csat"]


@pytest.mark.parametrize(
    ("path", "token", "status", "error"),
    [
        (f"{ACCOUNT}/conversations", "wrong", 401, "Invalid Access Token"),
        (
            "/api/v1/accounts/2/conversations",
            DEMO_TOKEN,
            401,
            "You are not authorized to access this account",
        ),
        (
            "/api/v2/accounts/1/reports/summary",
            DEMO_TOKEN,
            401,
            "You are not authorized to do this action",
        ),
        (f"{ACCOUNT}/conversations/999999", DEMO_TOKEN, 404, "Resource could not be found"),
    ],
)
def test_refusals_have_chatwoots_bodies(
    server: DemoServer, path: str, token: str, status: int, error: str
) -> None:
    answer = _get(server, path, token=token)
    assert answer.status_code == status
    assert answer.json() == {"error": error}


def test_a_message_update_outside_an_api_inbox_is_forbidden(server: DemoServer) -> None:
    number = int(server.snapshot("closed")[0]["id"][2:])
    answer = requests.patch(
        f"{server.url}{ACCOUNT}/conversations/{number}/messages/{number * 1000 + 1}",
        json={"status": "read"},
        headers={"api_access_token": DEMO_TOKEN},
        timeout=30,
    )
    assert answer.status_code == 403
    assert "API inboxes" in answer.json()["error"]


def test_429_is_rack_attacks_plain_answer_with_retry_after() -> None:
    workspace = generate_workspace(7, 20, DEMO_NOW)
    plan = FaultPlan.parse("429@1,retry_after=7")
    with DemoServer(workspace, token=DEMO_TOKEN, platform="chatwoot", faults=plan) as server:
        answer = _get(server, "/api/v1/profile")
        assert answer.status_code == 429
        assert answer.text == "Retry later\n"
        assert answer.headers["Retry-After"] == "7"
        assert answer.headers["Content-Type"].startswith("text/plain")
        assert _get(server, "/api/v1/profile").json()["id"] == 7


def test_reopen_through_toggle_status_makes_the_agent_the_assignee(server: DemoServer) -> None:
    snoozed: dict[str, Any] = next(p for p in server.snapshot("paused") if p["assignee_id"] is None)
    number = int(snoozed["id"][2:])
    answer = requests.post(
        f"{server.url}{ACCOUNT}/conversations/{number}/toggle_status",
        json={"status": "open"},
        headers={"api_access_token": DEMO_TOKEN},
        timeout=30,
    ).json()
    assert answer["payload"] == {
        "success": True,
        "current_status": "open",
        "conversation_id": number,
    }
    entry = _get(server, f"{ACCOUNT}/conversations/{number}").json()
    assert entry["status"] == "open"
    assert entry["meta"]["assignee"]["id"] == 7
