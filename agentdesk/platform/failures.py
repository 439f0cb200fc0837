"""What went wrong on the way to the server, in one sentence a user understands.

requests wraps urllib3 which wraps the socket error, so the cause is found by walking the chain.
The sentences name the server (``host:port``) and never carry the token, a header or a body.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from http.client import RemoteDisconnected

import requests
from urllib3.exceptions import (
    ConnectTimeoutError,
    MaxRetryError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
)

from agentdesk.errors import (
    ErrorKind,
    InsecureServerError,
    PlatformError,
    ServerError,
    ServerUnreachableError,
)

CERTIFICATE_SENTENCE = (
    "The server's certificate could not be verified, so AgentDesk did not send it your sign-in. "
    "If your organisation uses its own certificate authority, set REQUESTS_CA_BUNDLE to the "
    "path of its certificate file."
)


def transport_failure(error: requests.RequestException, server: str) -> PlatformError:
    """The user's sentence for a request that got no usable HTTP answer from ``server``."""
    if isinstance(error, requests.exceptions.SSLError):
        return InsecureServerError(
            CERTIFICATE_SENTENCE, details=str(error), kind=ErrorKind.BAD_CERTIFICATE
        )
    if isinstance(error, requests.exceptions.ProxyError):
        return ServerUnreachableError(
            f"Cannot reach the server at {server}: the proxy in your settings refused the "
            "connection.",
            details=str(error),
        )
    reason = _short_reason(error)
    if reason is None:
        return ServerError(
            f"The server at {server} sent an answer AgentDesk cannot read.", details=str(error)
        )
    return ServerUnreachableError(
        f"Cannot reach the server at {server}: {reason}.", details=str(error)
    )


def incomplete_answer(server: str, error: BaseException | None = None) -> ServerError:
    return ServerError(
        f"The server at {server} sent an incomplete answer, several times; try again in a moment.",
        details=None if error is None else str(error),
    )


def _short_reason(error: BaseException) -> str | None:
    """The first cause in the chain that says why no answer came, or None if none does."""
    causes = list(_causes(error))
    checks: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
        ((NameResolutionError, socket.gaierror), "its name could not be found"),
        ((ConnectionRefusedError,), "the connection was refused"),
        ((requests.exceptions.ConnectTimeout,), "it did not accept a connection in time"),
        ((ReadTimeoutError, requests.exceptions.ReadTimeout), "it did not answer in time"),
        ((NewConnectionError,), "no connection could be made"),
        ((ConnectTimeoutError,), "it did not accept a connection in time"),
        ((TimeoutError,), "it did not answer in time"),
        (
            (ProtocolError, RemoteDisconnected, ConnectionResetError, ConnectionAbortedError),
            "the connection was dropped",
        ),
        ((requests.exceptions.ChunkedEncodingError,), "the connection was dropped"),
        ((OSError,), "the network failed"),
    )
    for kinds, reason in checks:
        if any(isinstance(cause, kinds) for cause in causes):
            return reason
    if isinstance(error, requests.exceptions.ConnectionError):
        return "the connection failed"
    return None


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error, what it wraps (``args[0]``, ``MaxRetryError.reason``) and its causes."""
    seen: set[int] = set()
    pending: list[BaseException] = [error]
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        if isinstance(current, MaxRetryError) and current.reason is not None:
            pending.append(current.reason)
        pending.extend(arg for arg in current.args if isinstance(arg, BaseException))
        for linked in (current.__cause__, current.__context__):
            if linked is not None:
                pending.append(linked)
