"""One API call over the session: send, read the whole answer, decode JSON, re-ask if broken.

urllib3 already retried connections, timeouts and 429/5xx statuses by the time a response comes
back. What it cannot see is a body cut short or a 200 that is not JSON: for calls that are safe
to repeat (GET, or POST with an Idempotency-Key) this module asks again a few times with back-off.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import urlsplit

import requests

from agentdesk.errors import (
    AuthenticationError,
    PlatformError,
    ServerError,
)
from agentdesk.platform.failures import incomplete_answer, transport_failure
from agentdesk.platform.http import (
    IDEMPOTENCY_KEY,
    BearerAuth,
    RetryPolicy,
    is_loopback_host,
    server_label,
)

log = logging.getLogger(__name__)

_STALE_SIGN_IN = "The server no longer accepts your sign-in; run `agentdesk login` again."
_SHOWN_MESSAGE_CHARS = 200
_NOT_JSON = object()
_CUT_SHORT = (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError)


@dataclass(frozen=True, slots=True)
class Answer:
    """A complete HTTP answer: its status and its JSON (``None`` when an error had none)."""

    status: int
    body: object

    @property
    def error_code(self) -> str | None:
        """The API's ``{"error": code}``, if the answer carries one."""
        code = self.body.get("error") if isinstance(self.body, Mapping) else None
        return code if isinstance(code, str) else None

    @property
    def error_message(self) -> str | None:
        text = self.body.get("message") if isinstance(self.body, Mapping) else None
        if not isinstance(text, str) or not text.strip():
            return None
        text = " ".join(text.split())
        return text if len(text) <= _SHOWN_MESSAGE_CHARS else text[:_SHOWN_MESSAGE_CHARS] + "…"


class _BrokenAnswer(Exception):  # noqa: N818 - internal signal, never leaves this module
    def __init__(self, failure: PlatformError, what: str) -> None:
        super().__init__(what)
        self.failure = failure
        self.what = what


@dataclass(frozen=True, slots=True)
class Call:
    method: str
    path: str
    params: Mapping[str, str] | None = None
    json_body: Mapping[str, object] | None = None
    idempotency_key: str | None = None
    authenticated: bool = True
    passed_statuses: frozenset[int] = frozenset()
    """Error statuses the caller turns into its own sentence (404, 409…)."""
    unauthorised: str = _STALE_SIGN_IN

    @property
    def repeatable(self) -> bool:
        return self.method == "GET" or self.idempotency_key is not None


class Transport:
    """Sends ``Call``s to one checked server URL. Not shared between threads."""

    def __init__(
        self,
        base_url: str,
        *,
        session: requests.Session,
        timeout: tuple[float, float],
        retry: RetryPolicy,
    ) -> None:
        self.base_url = base_url
        self.server = server_label(base_url)
        self._session = session
        self._timeout = timeout
        self._retry = retry
        host = urlsplit(base_url).hostname or ""
        # A proxy from the environment cannot reach this computer's loopback: go direct.
        self._proxies = {"no_proxy": host} if is_loopback_host(host) else None

    def send(self, call: Call, auth: BearerAuth | None) -> Answer:
        """The answer, with a 2xx JSON body or a status in ``call.passed_statuses``; or raise."""
        attempts = 1 + (self._retry.answer_retries if call.repeatable else 0)
        for attempt in range(1, attempts + 1):
            try:
                answer = self._attempt(call, auth)
            except _BrokenAnswer as broken:
                if attempt == attempts:
                    raise broken.failure from broken.__cause__
                delay = self._retry.answer_backoff(attempt)
                log.warning(
                    "%s %s: %s; asking again in %.2f s", call.method, call.path, broken.what, delay
                )
                time.sleep(delay)
                continue
            return self._checked(call, answer)
        raise AssertionError("unreachable: the loop returns or raises")  # pragma: no cover

    def _attempt(self, call: Call, auth: BearerAuth | None) -> Answer:
        headers = {IDEMPOTENCY_KEY: call.idempotency_key} if call.idempotency_key else {}
        started = time.monotonic()
        try:
            response = self._session.request(
                call.method,
                self.base_url + call.path,
                params=dict(call.params) if call.params else None,
                json=dict(call.json_body) if call.json_body is not None else None,
                headers=headers,
                auth=auth,
                timeout=self._timeout,
                allow_redirects=False,  # never carry the token somewhere else
                verify=True,
                proxies=self._proxies,
                stream=True,
            )
        except requests.RequestException as error:
            raise transport_failure(error, self.server) from error
        with response:
            try:
                content = response.content
            except _CUT_SHORT as error:
                failure: PlatformError = incomplete_answer(self.server, error)
                raise _BrokenAnswer(failure, "answer cut short") from error
            except requests.RequestException as error:
                failure = transport_failure(error, self.server)
                raise _BrokenAnswer(failure, "answer stalled") from error
        status = response.status_code
        log.debug(
            "%s %s -> %d in %.0f ms",
            call.method,
            call.path,
            status,
            (time.monotonic() - started) * 1000,
        )
        body = _decode(content)
        # A 409's error code is the answer (why a reopen was refused); other refusals may come
        # from a proxy's HTML page and are understood from their status alone.
        needs_json = 200 <= status < 300 or (status == 409 and status in call.passed_statuses)
        if needs_json and body is _NOT_JSON:
            raise _BrokenAnswer(incomplete_answer(self.server), f"HTTP {status} body is not JSON")
        return Answer(status, None if body is _NOT_JSON else body)

    def _checked(self, call: Call, answer: Answer) -> Answer:
        status = answer.status
        if 200 <= status < 300 or status in call.passed_statuses:
            return answer
        server = self.server
        if status == 401:
            raise AuthenticationError(call.unauthorised)
        if status == 429:
            raise ServerError(
                f"The server at {server} is too busy and asked AgentDesk to slow down "
                "(HTTP 429); try again in a minute."
            )
        if status >= 500:
            raise ServerError(
                f"The server at {server} is failing (HTTP {status}); try again later.",
                details=answer.error_message,
            )
        if 300 <= status < 400:
            raise ServerError(
                f"The server at {server} answered with a redirect (HTTP {status}) instead of "
                "the AgentDesk API; check the server URL."
            )
        message = answer.error_message
        said = f"HTTP {status}: {message}" if message else f"HTTP {status}"
        raise PlatformError(f"The server at {server} refused the request ({said}).")


def _decode(content: bytes) -> object:
    if not content:
        return _NOT_JSON
    try:
        return json.loads(content, parse_float=Decimal)
    except (ValueError, RecursionError):
        return _NOT_JSON
