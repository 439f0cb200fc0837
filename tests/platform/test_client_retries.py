"""How many attempts each kind of failure costs, and what the user hears when they run out."""

from __future__ import annotations

import time

import pytest

from agentdesk.errors import ServerError, ServerUnreachableError
from agentdesk.platform import PlatformClient, RetryPolicy
from tests.platform.samples import conversation_json
from tests.platform.scripted_server import Reply, ScriptedServer

PROFILE = {"id": "u-7", "name": "Ana", "email": "a@b.c", "timezone": "Europe/Paris", "locale": "fr"}
ME = "/api/v1/me"
TIMEOUT = (0.5, 0.5)
LOADED_MACHINE_BOUND_S = 20
"""Upper bounds on elapsed time prove that nothing waits as the bugs would (an uncapped
Retry-After: an hour; the production back-off: minutes), not that this machine is fast: a
loaded two-core CI machine took over 2 s for what takes 0.2 s alone."""


def client_for(
    server: ScriptedServer, retry: RetryPolicy, timeout: tuple[float, float] = TIMEOUT
) -> PlatformClient:
    return PlatformClient(server.url, "tok", timeout=timeout, retry=retry)


def test_busy_and_failing_answers_are_retried_until_one_succeeds(
    scripted_server: ScriptedServer, fast_retry: RetryPolicy
) -> None:
    scripted_server.play(
        Reply(503, {"error": "unavailable"}, headers={"Retry-After": "0"}),
        Reply(429, {"error": "rate_limited"}, headers={"Retry-After": "0"}),
        Reply(502, b"<html>Bad gateway</html>"),
        Reply(200, PROFILE),
    )
    with client_for(scripted_server, fast_retry) as client:
        assert client.me().id == "u-7"
    assert scripted_server.count(ME) == 4


def test_a_server_that_keeps_failing_is_reported_after_the_retries(
    scripted_server: ScriptedServer, fast_retry: RetryPolicy
) -> None:
    scripted_server.default = Reply(503, {"error": "unavailable"}, headers={"Retry-After": "0"})
    with client_for(scripted_server, fast_retry) as client, pytest.raises(ServerError) as caught:
        client.me()
    assert (
        str(caught.value)
        == f"The server at {scripted_server.url[7:]} is failing (HTTP 503); try again later."
    )
    assert scripted_server.count(ME) == 1 + fast_retry.total


def test_a_server_that_keeps_rate_limiting_says_so(
    scripted_server: ScriptedServer, fast_retry: RetryPolicy
) -> None:
    scripted_server.default = Reply(429, {"error": "rate_limited"}, headers={"Retry-After": "0"})
    with (
        client_for(scripted_server, fast_retry) as client,
        pytest.raises(ServerError, match="too busy"),
    ):
        client.me()
    assert scripted_server.count(ME) == 1 + fast_retry.total


def test_retry_after_is_honoured(scripted_server: ScriptedServer, fast_retry: RetryPolicy) -> None:
    scripted_server.play(Reply(503, {}, headers={"Retry-After": "1"}), Reply(200, PROFILE))
    started = time.monotonic()
    with client_for(scripted_server, fast_retry) as client:
        client.me()
    assert time.monotonic() - started >= 1.0


def test_a_huge_retry_after_is_capped(scripted_server: ScriptedServer) -> None:
    policy = RetryPolicy(
        backoff_factor=0.01, backoff_max=0.05, backoff_jitter=0, retry_after_max=0.2
    )
    scripted_server.play(Reply(429, {}, headers={"Retry-After": "3600"}), Reply(200, PROFILE))
    started = time.monotonic()
    with client_for(scripted_server, policy) as client:
        client.me()
    assert 0.2 <= time.monotonic() - started < LOADED_MACHINE_BOUND_S


def test_a_truncated_answer_is_asked_again(
    scripted_server: ScriptedServer, fast_retry: RetryPolicy
) -> None:
    scripted_server.play(
        Reply(200, PROFILE, cut_at=20), Reply(200, b'{"id": "u-7", "na'), Reply(200, PROFILE)
    )
    with client_for(scripted_server, fast_retry) as client:
        assert client.me().timezone == "Europe/Paris"
    assert scripted_server.count(ME) == 3


def test_an_answer_that_is_always_broken_becomes_a_server_error(
    scripted_server: ScriptedServer, fast_retry: RetryPolicy
) -> None:
    scripted_server.default = Reply(200, PROFILE, cut_at=10)
    with client_for(scripted_server, fast_retry) as client, pytest.raises(ServerError) as caught:
        client.me()
    assert "sent an incomplete answer" in str(caught.value)
    assert scripted_server.count(ME) == 1 + fast_retry.answer_retries


def test_a_200_that_is_not_json_is_asked_again_then_reported(
    scripted_server: ScriptedServer, fast_retry: RetryPolicy
) -> None:
    scripted_server.default = Reply(200, b"<html>maintenance</html>")
    with (
        client_for(scripted_server, fast_retry) as client,
        pytest.raises(ServerError, match="incomplete answer"),
    ):
        client.settings()
    assert scripted_server.count("/api/v1/me/settings") == 1 + fast_retry.answer_retries


def test_a_slow_answer_is_retried(scripted_server: ScriptedServer, fast_retry: RetryPolicy) -> None:
    scripted_server.play(Reply(200, PROFILE, delay=0.6))
    scripted_server.default = Reply(200, PROFILE)
    with client_for(scripted_server, fast_retry, timeout=(0.5, 0.2)) as client:
        assert client.me().id == "u-7"
    assert scripted_server.count(ME) == 2


def test_a_server_that_never_answers_in_time_is_unreachable(
    scripted_server: ScriptedServer, fast_retry: RetryPolicy
) -> None:
    scripted_server.default = Reply(200, PROFILE, delay=0.6)
    started = time.monotonic()
    with (
        client_for(scripted_server, fast_retry, timeout=(0.5, 0.2)) as client,
        pytest.raises(ServerUnreachableError) as caught,
    ):
        client.me()
    assert (
        str(caught.value)
        == f"Cannot reach the server at {scripted_server.url[7:]}: it did not answer in time."
    )
    assert scripted_server.count(ME) == 1 + fast_retry.read
    assert time.monotonic() - started < LOADED_MACHINE_BOUND_S


def test_a_dropped_connection_is_retried(
    scripted_server: ScriptedServer, fast_retry: RetryPolicy
) -> None:
    scripted_server.play(Reply(drop=True), Reply(drop=True), Reply(200, PROFILE))
    with client_for(scripted_server, fast_retry) as client:
        assert client.me().id == "u-7"
    assert scripted_server.count(ME) == 3


def test_connections_that_always_drop_are_reported(
    scripted_server: ScriptedServer, fast_retry: RetryPolicy
) -> None:
    scripted_server.default = Reply(drop=True)
    with (
        client_for(scripted_server, fast_retry) as client,
        pytest.raises(ServerUnreachableError) as caught,
    ):
        client.me()
    assert str(caught.value).endswith(": the connection was dropped.")
    assert scripted_server.count(ME) == 1 + fast_retry.read


def test_a_closed_port_is_unreachable_quickly(closed_port: int, fast_retry: RetryPolicy) -> None:
    started = time.monotonic()
    with (
        PlatformClient(f"http://127.0.0.1:{closed_port}", "tok", retry=fast_retry) as client,
        pytest.raises(ServerUnreachableError) as caught,
    ):
        client.me()
    assert (
        str(caught.value)
        == f"Cannot reach the server at 127.0.0.1:{closed_port}: the connection was refused."
    )
    assert time.monotonic() - started < LOADED_MACHINE_BOUND_S


def test_a_sign_in_is_not_sent_twice(
    scripted_server: ScriptedServer, fast_retry: RetryPolicy
) -> None:
    """A POST without an Idempotency-Key is never repeated once it may have reached the server."""
    scripted_server.play(Reply(503, {}, headers={"Retry-After": "0"}))
    scripted_server.default = Reply(200, {"access_token": "t"})
    with PlatformClient(scripted_server.url, retry=fast_retry, timeout=TIMEOUT) as client:
        with pytest.raises(ServerError, match="HTTP 503"):
            client.authenticate("agent@demo.agentdesk", "demo")
        scripted_server.play(Reply(drop=True))
        with pytest.raises(ServerUnreachableError, match="dropped"):
            client.authenticate("agent@demo.agentdesk", "demo")
    assert scripted_server.count("/api/v1/auth/token") == 2


def test_a_reopen_is_retried_with_the_same_idempotency_key(
    scripted_server: ScriptedServer, fast_retry: RetryPolicy
) -> None:
    reopened = conversation_json(status="open", closed_at=None)
    scripted_server.play(
        Reply(503, {}, headers={"Retry-After": "0"}),
        Reply(drop=True),
        Reply(200, reopened, cut_at=30),
        Reply(200, reopened),
    )
    with client_for(scripted_server, fast_retry) as client:
        conversation = client.reopen("c-000123", assign_to_me=True)
    assert conversation.status == "open"
    keys = {seen.headers["Idempotency-Key"] for seen in scripted_server.seen}
    assert len(scripted_server.seen) == 4
    assert len(keys) == 1
    assert all(seen.body == b'{"assign_to_me": true}' for seen in scripted_server.seen)


def test_a_given_idempotency_key_is_sent_as_is(
    scripted_server: ScriptedServer, fast_retry: RetryPolicy
) -> None:
    scripted_server.play(Reply(200, conversation_json(status="open", closed_at=None)))
    with client_for(scripted_server, fast_retry) as client:
        client.reopen("c-000123", assign_to_me=False, idempotency_key="reopen-c-000123-1")
    assert scripted_server.seen[0].headers["Idempotency-Key"] == "reopen-c-000123-1"
    assert scripted_server.seen[0].body == b'{"assign_to_me": false}'
