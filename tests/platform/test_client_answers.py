"""Each endpoint's answers become typed values, and each refusal one sentence a user can act on."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qs, urlsplit

import pytest

from agentdesk.domain.models import ConversationStatus
from agentdesk.errors import (
    AuthenticationError,
    NotFoundError,
    NotSignedInError,
    PlatformError,
    ReopenRefusedError,
    ServerError,
    UsageError,
)
from agentdesk.platform import PlatformClient, RetryPolicy
from tests.platform.samples import conversation_json
from tests.platform.scripted_server import Reply, ScriptedServer

TIMEOUT = (0.5, 0.5)


@pytest.fixture
def client(scripted_server: ScriptedServer, fast_retry: RetryPolicy) -> Iterator[PlatformClient]:
    with PlatformClient(scripted_server.url, "tok", timeout=TIMEOUT, retry=fast_retry) as client:
        yield client


def test_authenticate_returns_and_keeps_the_token(
    scripted_server: ScriptedServer, fast_retry: RetryPolicy
) -> None:
    scripted_server.play(
        Reply(200, {"access_token": "new-token", "token_type": "Bearer", "expires_in": 3600}),
        Reply(200, {"indicators": ["csat"]}),
    )
    with PlatformClient(scripted_server.url, retry=fast_retry, timeout=TIMEOUT) as client:
        assert not client.signed_in
        assert client.authenticate("agent@demo.agentdesk", "demo") == "new-token"
        assert client.signed_in
        client.settings()
    sign_in, settings = scripted_server.seen
    assert sign_in.body == b'{"login": "agent@demo.agentdesk", "password": "demo"}'
    assert "Authorization" not in sign_in.headers
    assert settings.headers["Authorization"] == "Bearer new-token"


def test_a_refused_login_says_so(scripted_server: ScriptedServer, fast_retry: RetryPolicy) -> None:
    scripted_server.play(Reply(401, {"error": "invalid_credentials", "message": "Bad login"}))
    with (
        PlatformClient(scripted_server.url, retry=fast_retry, timeout=TIMEOUT) as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        client.authenticate("agent@demo.agentdesk", "wrong")
    assert str(caught.value) == "The server refused this login and password."


@pytest.mark.parametrize(
    "body",
    [
        {"token_type": "Bearer"},
        {"access_token": ""},
        {"access_token": "t", "token_type": "MAC"},
        ["t"],
    ],
)
def test_a_sign_in_answer_without_a_bearer_token_is_a_server_error(
    scripted_server: ScriptedServer, fast_retry: RetryPolicy, body: object
) -> None:
    scripted_server.play(Reply(200, body))
    with (
        PlatformClient(scripted_server.url, retry=fast_retry, timeout=TIMEOUT) as client,
        pytest.raises(ServerError),
    ):
        client.authenticate("a", "b")
    assert not client.signed_in


def test_a_token_the_server_no_longer_accepts(
    client: PlatformClient, scripted_server: ScriptedServer
) -> None:
    scripted_server.play(Reply(401, {"error": "invalid_token"}))
    with pytest.raises(AuthenticationError) as caught:
        client.me()
    assert (
        str(caught.value)
        == "The server no longer accepts your sign-in; run `agentdesk login` again."
    )


def test_without_a_token_nothing_is_sent(
    scripted_server: ScriptedServer, fast_retry: RetryPolicy
) -> None:
    with (
        PlatformClient(scripted_server.url, retry=fast_retry) as client,
        pytest.raises(NotSignedInError) as caught,
    ):
        client.me()
    assert "agentdesk login" in str(caught.value)
    assert scripted_server.seen == []


def test_me_and_settings(client: PlatformClient, scripted_server: ScriptedServer) -> None:
    scripted_server.play(
        Reply(
            200,
            {
                "id": "u-7",
                "name": "Ana",
                "email": "a@b.c",
                "timezone": "America/Sao_Paulo",
                "locale": "pt-BR",
                "week_start": "sunday",
            },
        ),
        Reply(
            200,
            {"indicators": ["revenue", "csat"], "daily_widget": True, "show_transactions": False},
        ),
    )
    assert client.me().week_start == "sunday"
    assert client.settings().indicators == ("revenue", "csat")
    assert [seen.headers["Authorization"] for seen in scripted_server.seen] == ["Bearer tok"] * 2


def test_an_unusable_profile_is_a_server_error_with_the_reason(
    client: PlatformClient, scripted_server: ScriptedServer
) -> None:
    scripted_server.play(
        Reply(
            200, {"id": "u-7", "name": "A", "email": "e", "timezone": "Mars/Base", "locale": "fr"}
        )
    )
    with pytest.raises(ServerError) as caught:
        client.me()
    assert str(caught.value).endswith(
        "sent agent profile AgentDesk cannot use: "
        "timezone 'Mars/Base' is not a known IANA time zone."
    )


def test_a_page_asks_with_the_right_query(
    client: PlatformClient, scripted_server: ScriptedServer
) -> None:
    scripted_server.play(Reply(200, {"data": [conversation_json()], "next_cursor": "abc"}))
    since = datetime(2026, 11, 16, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    page = client.conversations_page(
        ConversationStatus.CLOSED, updated_since=since, cursor="xyz", limit=50
    )
    assert [c.id for c in page.records] == ["c-000123"]
    assert page.next_cursor == "abc"
    query = parse_qs(urlsplit(scripted_server.seen[0].path).query)
    assert query == {
        "status": ["closed"],
        "updated_since": ["2026-11-16T09:00:00Z"],
        "cursor": ["xyz"],
        "limit": ["50"],
    }


def test_invalid_records_are_skipped_logged_and_returned(
    client: PlatformClient, scripted_server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    secret_text = "my card number is 4970 1234"
    broken_message = {
        "id": "m-1",
        "at": "2026-11-16T09:12:00Z",
        "sender_type": "robot",
        "type": "text",
        "text": secret_text,
    }
    scripted_server.play(
        Reply(
            200,
            {
                "data": [
                    conversation_json(id="c-1"),
                    conversation_json(id="c-2", csat=9),
                    conversation_json(id="c-3", messages=[broken_message]),
                    "not a record",
                    conversation_json(id="c-4", channel="telegram"),
                ],
                "next_cursor": None,
            },
        )
    )
    with caplog.at_level(logging.DEBUG):
        page = client.conversations_page(ConversationStatus.CLOSED)
    assert [c.id for c in page.records] == ["c-1", "c-4"]
    assert [(e.record_id, e.reason) for e in page.invalid] == [
        ("c-2", "csat 9 is outside 1–5"),
        ("c-3", "messages[0].sender_type 'robot' is not one of contact, agent, bot, system"),
        (None, "the record is not a JSON object"),
    ]
    assert page.next_cursor is None
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert "Skipped conversation c-2 from the server: csat 9 is outside 1–5" in warnings
    assert len(warnings) == 3
    assert "4970" not in caplog.text


@pytest.mark.parametrize(
    "body",
    [
        [],
        {"next_cursor": None},
        {"data": {}, "next_cursor": None},
        {"data": [], "next_cursor": 5},
        {"data": [], "next_cursor": ""},
    ],
)
def test_a_page_of_the_wrong_shape_is_a_server_error(
    client: PlatformClient, scripted_server: ScriptedServer, body: object
) -> None:
    scripted_server.play(Reply(200, body))
    with pytest.raises(ServerError, match="does not understand"):
        client.conversations_page(ConversationStatus.PAUSED)


def test_pages_are_followed_to_the_end(
    client: PlatformClient, scripted_server: ScriptedServer
) -> None:
    scripted_server.play(
        Reply(200, {"data": [conversation_json(id="c-1")], "next_cursor": "p2"}),
        Reply(200, {"data": [conversation_json(id="c-2")], "next_cursor": None}),
    )
    pages = list(client.conversation_pages(ConversationStatus.CLOSED, limit=1))
    assert [c.id for page in pages for c in page.records] == ["c-1", "c-2"]


def test_a_cursor_that_goes_round_in_a_circle_stops(
    client: PlatformClient, scripted_server: ScriptedServer
) -> None:
    scripted_server.default = Reply(200, {"data": [], "next_cursor": "same"})
    with pytest.raises(ServerError, match="circle"):
        list(client.conversation_pages(ConversationStatus.CLOSED))
    assert len(scripted_server.seen) == 2


def test_arguments_a_caller_gets_wrong(client: PlatformClient) -> None:
    with pytest.raises(ValueError, match="limit"):
        client.conversations_page(ConversationStatus.CLOSED, limit=501)
    with pytest.raises(ValueError, match="limit"):
        client.conversations_page(ConversationStatus.CLOSED, limit=0)
    with pytest.raises(ValueError, match="closed or paused"):
        client.conversations_page(ConversationStatus.OPEN)
    with pytest.raises(ValueError, match="naive"):
        client.conversations_page(ConversationStatus.CLOSED, updated_since=datetime(2026, 1, 1))  # noqa: DTZ001
    with pytest.raises(UsageError, match="Give the id of a conversation"):
        client.conversation(" ")


def test_one_conversation_and_a_missing_one(
    client: PlatformClient, scripted_server: ScriptedServer
) -> None:
    scripted_server.play(Reply(200, conversation_json()), Reply(404, {"error": "not_found"}))
    assert client.conversation("c-000123").closed_at == datetime(
        2026, 11, 16, 9, 31, 40, tzinfo=UTC
    )
    with pytest.raises(NotFoundError) as caught:
        client.conversation("c-404")
    assert str(caught.value) == "Conversation c-404 was not found, or it is not yours."


def test_an_id_cannot_escape_its_path(
    client: PlatformClient, scripted_server: ScriptedServer
) -> None:
    scripted_server.play(Reply(404, {"error": "not_found"}))
    with pytest.raises(NotFoundError):
        client.conversation("../me?x=1")
    assert scripted_server.seen[0].path == "/api/v1/conversations/..%2Fme%3Fx%3D1"


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        (
            "deadline_passed",
            "The pause deadline of c-9 has passed; it can no longer be reopened from here.",
        ),
        (
            "not_assigned",
            "c-9 is not assigned to you: another agent has it, or it is unassigned and can "
            "be taken with “assign to me” (--assign-to-me).",
        ),
        ("not_paused", "c-9 is not paused any more."),
        ("frozen", "The platform refused to reopen c-9 (Frozen by a supervisor)."),
    ],
)
def test_reopen_refusals_say_why(
    client: PlatformClient, scripted_server: ScriptedServer, code: str, sentence: str
) -> None:
    message = "Frozen by a supervisor" if code == "frozen" else "whatever the server says"
    scripted_server.play(Reply(409, {"error": code, "message": message}))
    with pytest.raises(ReopenRefusedError) as caught:
        client.reopen("c-9", assign_to_me=False)
    assert str(caught.value) == sentence
    assert caught.value.reason == code


def test_a_404_page_from_a_proxy_is_still_not_found(
    client: PlatformClient, scripted_server: ScriptedServer
) -> None:
    scripted_server.play(Reply(404, b"<html>Not Found</html>"))
    with pytest.raises(NotFoundError):
        client.conversation("c-9")
    assert len(scripted_server.seen) == 1


def test_a_truncated_refusal_is_asked_again(
    client: PlatformClient, scripted_server: ScriptedServer
) -> None:
    scripted_server.play(
        Reply(409, {"error": "not_paused"}, cut_at=8), Reply(409, {"error": "not_paused"})
    )
    with pytest.raises(ReopenRefusedError, match="is not paused any more"):
        client.reopen("c-9", assign_to_me=False)
    assert len(scripted_server.seen) == 2


def test_reopening_a_conversation_that_is_not_yours(
    client: PlatformClient, scripted_server: ScriptedServer
) -> None:
    scripted_server.play(Reply(404, {"error": "not_found"}))
    with pytest.raises(NotFoundError):
        client.reopen("c-9", assign_to_me=True)


def test_other_refusals_carry_the_servers_words(
    client: PlatformClient, scripted_server: ScriptedServer
) -> None:
    scripted_server.play(
        Reply(400, {"error": "bad_request", "message": "limit must be at most 500"})
    )
    with pytest.raises(PlatformError) as caught:
        client.me()
    assert str(caught.value).endswith("refused the request (HTTP 400: limit must be at most 500).")


def test_a_redirect_is_not_followed(
    client: PlatformClient, scripted_server: ScriptedServer
) -> None:
    scripted_server.play(Reply(302, {}, headers={"Location": scripted_server.url + "/elsewhere"}))
    with pytest.raises(ServerError, match="redirect"):
        client.me()
    assert len(scripted_server.seen) == 1
