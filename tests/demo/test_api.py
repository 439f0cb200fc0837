"""Every Platform API v1 endpoint of the demo server, as a client sees it over HTTP."""

from __future__ import annotations

import re
import threading
from datetime import datetime

import pytest

from agentdesk.demo import DemoServer, Workspace
from tests.conftest import MakeDemoServer
from tests.demo.wire import call, get, list_page

ISO_Z = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$")
TIME_FIELDS = ("started_at", "first_response_at", "closed_at", "paused_at", "pause_deadline")


def test_token_for_the_demo_credentials(demo_server: DemoServer) -> None:
    body = {"login": "agent@demo.agentdesk", "password": "demo"}
    reply = call(demo_server.url, "POST", "/api/v1/auth/token", token=None, body=body)
    assert reply.status == 200
    assert reply.json() == {
        "access_token": "test-token",
        "token_type": "Bearer",
        "expires_in": 86400,
    }


@pytest.mark.parametrize(
    ("body", "status", "error"),
    [
        ({"login": "agent@demo.agentdesk", "password": "wrong"}, 401, "invalid_credentials"),
        ({"login": "someone@else", "password": "demo"}, 401, "invalid_credentials"),
        ({"login": "agent@demo.agentdesk"}, 400, "bad_request"),
        (b"{not json", 400, "bad_request"),
    ],
)
def test_token_refused(demo_server: DemoServer, body: object, status: int, error: str) -> None:
    reply = call(demo_server.url, "POST", "/api/v1/auth/token", token=None, body=body)
    assert reply.status == status
    assert reply.json()["error"] == error
    assert reply.json()["message"]


def test_a_random_token_when_none_is_configured(make_demo_server: MakeDemoServer) -> None:
    server = make_demo_server(token=None, conversations=20)
    body = {"login": "agent@demo.agentdesk", "password": "demo"}
    issued = call(server.url, "POST", "/api/v1/auth/token", token=None, body=body).json()
    assert issued["access_token"] == server.token
    assert len(server.token) >= 20
    assert get(server.url, "/api/v1/me", token=issued["access_token"]).status == 200
    assert get(server.url, "/api/v1/me", token="test-token").status == 401


@pytest.mark.parametrize(
    "path", ["/api/v1/me", "/api/v1/me/settings", "/api/v1/conversations?status=closed"]
)
@pytest.mark.parametrize("token", [None, "wrong-token"])
def test_bearer_token_required(demo_server: DemoServer, path: str, token: str | None) -> None:
    reply = get(demo_server.url, path, token=token)
    assert reply.status == 401
    assert reply.json()["error"] == "unauthorized"
    assert reply.headers["www-authenticate"] == "Bearer"


def test_me_and_settings(demo_server: DemoServer) -> None:
    me = get(demo_server.url, "/api/v1/me").json()
    assert set(me) == {"id", "name", "email", "timezone", "locale", "week_start"}
    assert me["timezone"] == "Europe/Paris"
    settings = get(demo_server.url, "/api/v1/me/settings").json()
    assert set(settings) == {"indicators", "daily_widget", "show_transactions"}
    assert settings["indicators"][0] == "conversations"


def test_one_conversation(demo_server: DemoServer) -> None:
    reply = get(demo_server.url, "/api/v1/conversations/c-000123")
    assert reply.status == 200
    assert reply.headers["content-type"] == "application/json; charset=utf-8"
    record = reply.json()
    assert record == demo_server.workspace.conversation("c-000123")
    assert ISO_Z.match(record["updated_at"])
    for name in TIME_FIELDS:
        assert record[name] is None or ISO_Z.match(record[name])
    assert all(ISO_Z.match(m["at"]) for m in record["messages"])


@pytest.mark.parametrize("conversation_id", ["c-999999", "c-000000", "nope", "c-000001x"])
def test_unknown_conversation_is_404(demo_server: DemoServer, conversation_id: str) -> None:
    reply = get(demo_server.url, f"/api/v1/conversations/{conversation_id}")
    assert reply.status == 404
    assert reply.json()["error"] == "not_found"


def test_unknown_endpoint_and_wrong_method(demo_server: DemoServer) -> None:
    assert get(demo_server.url, "/api/v2/me").status == 404
    assert get(demo_server.url, "/api/v1/conversations/c-000001/messages").status == 404
    reply = call(demo_server.url, "DELETE", "/api/v1/conversations/c-000001")
    assert reply.status == 405
    assert reply.headers["allow"] == "GET"
    assert call(demo_server.url, "GET", "/api/v1/conversations/c-000290/reopen").status == 405


def test_list_defaults_to_a_hundred_in_order(demo_server: DemoServer) -> None:
    page = list_page(demo_server.url, "closed").json()
    assert len(page["data"]) == 100
    keys = [(r["updated_at"], r["id"]) for r in page["data"]]
    assert keys == sorted(keys)
    assert {r["status"] for r in page["data"]} == {"closed"}
    assert isinstance(page["next_cursor"], str)


def test_paused_list_fits_one_page(demo_server: DemoServer) -> None:
    page = list_page(demo_server.url, "paused", limit=500).json()
    assert page["next_cursor"] is None
    assert {r["status"] for r in page["data"]} == {"paused"}
    assert page["data"] == demo_server.snapshot("paused")


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"status": "open"},
        {"status": "closed", "limit": 0},
        {"status": "closed", "limit": 501},
        {"status": "closed", "limit": "ten"},
        {"status": "closed", "limit": -1},
        {"status": "closed", "updated_since": "yesterday"},
        {"status": "closed", "updated_since": "2026-11-18T14:00:00"},
        {"status": "closed", "cursor": "not-a-cursor"},
    ],
)
def test_bad_parameters_are_400(demo_server: DemoServer, params: dict[str, object]) -> None:
    reply = get(demo_server.url, "/api/v1/conversations", params=params)
    assert reply.status == 400
    assert reply.json()["error"] == "bad_request"
    assert reply.json()["message"]


def test_a_cursor_only_works_for_its_own_list(demo_server: DemoServer) -> None:
    cursor = list_page(demo_server.url, "closed", limit=5).json()["next_cursor"]
    reply = list_page(demo_server.url, "paused", cursor=cursor)
    assert reply.status == 400
    assert "closed" in reply.json()["message"]


def test_updated_since_accepts_any_offset(demo_server: DemoServer) -> None:
    records = demo_server.snapshot("closed")
    pivot = records[-10]["updated_at"]
    moment = datetime.fromisoformat(pivot)
    paris = moment.astimezone().isoformat()  # same instant, another offset
    for since in (pivot, paris):
        page = list_page(demo_server.url, "closed", updated_since=since).json()
        assert [r["id"] for r in page["data"]] == [r["id"] for r in records[-10:]]


def test_binds_only_the_given_host(make_demo_server: MakeDemoServer) -> None:
    server = make_demo_server(conversations=10)
    assert server.address == ("127.0.0.1", server.port)
    assert server.url == f"http://127.0.0.1:{server.port}"
    server.stop()
    with pytest.raises(RuntimeError):
        _ = server.url
    assert server.start().startswith("http://127.0.0.1:")
    with pytest.raises(RuntimeError, match="already started"):
        server.start()


def test_context_manager_starts_and_stops(demo_workspace: Workspace) -> None:
    with DemoServer(demo_workspace, token="test-token") as server:
        assert get(server.url, "/api/v1/me").status == 200
    assert not [t for t in threading.enumerate() if t.name.startswith("agentdesk-demo")]
