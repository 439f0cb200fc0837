"""The sign-in stays safe: verified TLS, no plain http off this computer, a token nobody sees."""

from __future__ import annotations

import logging
import socket
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest

from agentdesk.errors import (
    AgentDeskError,
    AuthenticationError,
    InsecureServerError,
    NotFoundError,
    ReopenRefusedError,
    ServerError,
    ServerUnreachableError,
)
from agentdesk.platform import PlatformClient, RetryPolicy
from agentdesk.platform.http import BearerAuth
from tests.platform.scripted_server import Reply, ScriptedServer

TOKEN = "s3cr3t-T0KEN-do-not-leak"
PROFILE = {"id": "u-7", "name": "Ana", "email": "a@b.c", "timezone": "Europe/Paris", "locale": "fr"}


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[ScriptedServer, Path]]:
    pytest.importorskip("cryptography")
    from tests.platform.certificates import self_signed_for_loopback  # noqa: PLC0415

    cert, key = self_signed_for_loopback(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = ScriptedServer(tls=context).start()
    try:
        yield server, cert
    finally:
        server.stop()


def test_an_unverifiable_certificate_is_refused(
    tls_server: tuple[ScriptedServer, Path], fast_retry: RetryPolicy
) -> None:
    server, _ = tls_server
    server.default = Reply(200, PROFILE)
    with (
        PlatformClient(server.url, TOKEN, retry=fast_retry, timeout=(1, 1)) as client,
        pytest.raises(InsecureServerError) as caught,
    ):
        client.me()
    assert str(caught.value).startswith("The server's certificate could not be verified")
    assert "REQUESTS_CA_BUNDLE" in str(caught.value)
    assert server.seen == []


def test_an_organisation_ca_bundle_is_honoured(
    tls_server: tuple[ScriptedServer, Path],
    fast_retry: RetryPolicy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, cert = tls_server
    server.default = Reply(200, PROFILE)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(cert))
    with PlatformClient(server.url, TOKEN, retry=fast_retry, timeout=(1, 1)) as client:
        assert client.me().id == "u-7"
    assert server.seen[0].headers["Authorization"] == f"Bearer {TOKEN}"


def test_plain_http_elsewhere_is_refused_before_any_traffic(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the client touched the network")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    with pytest.raises(InsecureServerError) as caught:
        PlatformClient("http://example.com", TOKEN)
    assert "refuses plain http:// to example.com" in str(caught.value)


def test_a_proxy_in_the_environment_is_not_used_for_this_computer(
    scripted_server: ScriptedServer,
    fast_retry: RetryPolicy,
    closed_port: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for variable in ("HTTP_PROXY", "http_proxy", "ALL_PROXY"):
        monkeypatch.setenv(variable, f"http://127.0.0.1:{closed_port}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    scripted_server.default = Reply(200, PROFILE)
    with PlatformClient(scripted_server.url, TOKEN, retry=fast_retry, timeout=(1, 1)) as client:
        assert client.me().id == "u-7"


def test_the_token_is_never_shown(
    scripted_server: ScriptedServer,
    fast_retry: RetryPolicy,
    closed_port: int,
    caplog: pytest.LogCaptureFixture,
) -> None:
    scripted_server.play(
        Reply(503, {}, headers={"Retry-After": "0"}),
        Reply(200, PROFILE, cut_at=5),
        Reply(drop=True),
        Reply(200, PROFILE),
        Reply(401, {"error": "invalid_token", "message": "token expired"}),
        Reply(404, {"error": "not_found"}),
        Reply(409, {"error": "not_assigned"}),
    )
    scripted_server.default = Reply(500, {"error": "boom"})
    errors: list[BaseException] = []
    caplog.set_level(logging.DEBUG)
    with PlatformClient(scripted_server.url, TOKEN, retry=fast_retry, timeout=(0.5, 0.5)) as client:
        assert TOKEN not in repr(client)
        assert TOKEN not in str(vars(client))
        client.me()
        for call, kind in (
            (client.me, AuthenticationError),
            (lambda: client.conversation("c-1"), NotFoundError),
            (lambda: client.reopen("c-1", assign_to_me=False), ReopenRefusedError),
            (client.settings, ServerError),
        ):
            with pytest.raises(kind) as caught:
                call()
            errors.append(caught.value)
    with (
        PlatformClient(f"http://127.0.0.1:{closed_port}", TOKEN, retry=fast_retry) as offline,
        pytest.raises(ServerUnreachableError) as caught_offline,
    ):
        offline.me()
    errors.append(caught_offline.value)
    assert len(scripted_server.seen) > 5
    assert all(seen.headers["Authorization"] == f"Bearer {TOKEN}" for seen in scripted_server.seen)
    assert TOKEN not in caplog.text
    assert "Bearer" not in caplog.text
    for error in _chain(errors):
        assert TOKEN not in str(error)
        assert TOKEN not in repr(error)
        if isinstance(error, AgentDeskError):
            assert TOKEN not in (error.details or "")


def test_bearer_auth_hides_its_token() -> None:
    assert TOKEN not in repr(BearerAuth(TOKEN))


def _chain(errors: list[BaseException]) -> Iterator[BaseException]:
    pending = list(errors)
    while pending:
        error = pending.pop()
        yield error
        pending.extend(arg for arg in error.args if isinstance(arg, BaseException))
        pending.extend(
            linked for linked in (error.__cause__, error.__context__) if linked is not None
        )
