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
from datetime import UTC, datetime
from decimal import Decimal
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import requests

from agentdesk.errors import (
    AuthenticationError,
    ErrorKind,
    PlatformError,
    ServerError,
)
from agentdesk.platform.deadline import Deadline
from agentdesk.platform.failures import incomplete_answer, transport_failure
from agentdesk.platform.http import (
    DEFAULT_LIMITS,
    IDEMPOTENCY_KEY,
    AnswerLimits,
    BearerAuth,
    RetryPolicy,
)
from agentdesk.platform.server_urls import is_loopback_host, server_label

log = logging.getLogger(__name__)

_STALE_SIGN_IN = "The server no longer accepts your sign-in; run `agentdesk login` again."
_SHOWN_MESSAGE_CHARS = 200
_NOT_JSON = object()
_CUT_SHORT = (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError)
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Answer:
    """A complete HTTP answer: its status and its JSON (``None`` when an error had none)."""

    status: int
    body: object
    date: datetime | None = None
    """The server's clock when it answered (its ``Date`` header), if it sent a readable one."""

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
    unauthorised_kind: ErrorKind = ErrorKind.SIGN_IN_EXPIRED

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
        limits: AnswerLimits = DEFAULT_LIMITS,
    ) -> None:
        self.base_url = base_url
        self.server = server_label(base_url)
        self._session = session
        self._timeout = timeout
        self._retry = retry
        self._limits = limits
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
        started = time.monotonic()
        with Deadline(self._limits.deadline_s) as deadline:
            try:
                status, content, date = self._exchange(call, auth)
            except (_BrokenAnswer, PlatformError):
                if deadline.expired:
                    raise self._too_slow() from None
                raise
            if deadline.expired:  # cut where the answer may simply end (no Content-Length)
                raise self._too_slow()
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
        return Answer(status, None if body is _NOT_JSON else body, date)

    def _exchange(self, call: Call, auth: BearerAuth | None) -> tuple[int, bytes, datetime | None]:
        headers = {IDEMPOTENCY_KEY: call.idempotency_key} if call.idempotency_key else {}
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
                content = self._body(response)
            except _CUT_SHORT as error:
                failure: PlatformError = incomplete_answer(self.server, error)
                raise _BrokenAnswer(failure, "answer cut short") from error
            except requests.RequestException as error:
                failure = transport_failure(error, self.server)
                raise _BrokenAnswer(failure, "answer stalled") from error
        return response.status_code, content, _server_date(response.headers.get("Date"))

    def _body(self, response: requests.Response) -> bytes:
        """The whole (decompressed) body, refused past ``max_bytes`` on the wire or decoded.
        urllib3 (2.6+) decompresses at most a chunk's worth per read, so a gzip bomb is stopped
        after ``max_bytes`` of output, not after it has filled the memory."""
        limit = self._limits.max_bytes
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise self._too_large()
        parts: list[bytes] = []
        size = 0
        for chunk in response.iter_content(_CHUNK):
            size += len(chunk)
            if size > limit or response.raw.tell() > limit:
                raise self._too_large()
            parts.append(chunk)
        return b"".join(parts)

    def _too_large(self) -> ServerError:
        megabytes = self._limits.max_bytes // (1024 * 1024)
        return ServerError(
            f"The server at {self.server} sent an answer larger than {megabytes} MB; "
            "AgentDesk stopped reading it. Try again later, or tell your administrator."
        )

    def _too_slow(self) -> ServerError:
        return ServerError(
            f"The server at {self.server} took more than {self._limits.deadline_s:.0f} s to "
            "send one answer; AgentDesk gave up on it. Try again later."
        )

    def _checked(self, call: Call, answer: Answer) -> Answer:
        status = answer.status
        if 200 <= status < 300 or status in call.passed_statuses:
            return answer
        server = self.server
        if status == 401:
            raise AuthenticationError(call.unauthorised, kind=call.unauthorised_kind)
        if status == 429:
            raise ServerError(
                f"The server at {server} is too busy and asked AgentDesk to slow down "
                "(HTTP 429); try again in a minute.",
                kind=ErrorKind.SERVER_BUSY,
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


def _server_date(header: str | None) -> datetime | None:
    if not header:
        return None
    try:
        moment = parsedate_to_datetime(header)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:  # "-0000": RFC 5322's UTC of unknown origin
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _decode(content: bytes) -> object:
    if not content:
        return _NOT_JSON
    try:
        return json.loads(content, parse_float=Decimal)
    except (ValueError, RecursionError):
        return _NOT_JSON
