"""Chatwoot's Application API as AgentDesk calls it: one ``GET``/``POST`` with the agent's
``api_access_token`` header, paced, backed off on 429, its refusals turned into sentences.

urllib3 (``platform.http``) already retries a 429 a few times, honouring ``Retry-After`` when
the server sends one. Chatwoot's Rack::Attack answers 429 with a bare "Retry later" and, by
default, no ``Retry-After``; a sync of thousands of requests must outlast a storm of them, so
this layer adds rounds of its own with a growing pause and tells the pacer to hold everything
back meanwhile.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from typing import Final, Self

import requests

from agentdesk.errors import (
    AuthenticationError,
    ErrorKind,
    NotFoundError,
    PlatformError,
    ServerError,
)
from agentdesk.platform.chatwoot.pacing import Pacer
from agentdesk.platform.http import DEFAULT_TIMEOUT, BearerAuth, RetryPolicy, build_session
from agentdesk.platform.transport import Answer, Call, Transport

log = logging.getLogger(__name__)

TOKEN_HEADER: Final = "api_access_token"  # noqa: S105 - a header name, not a secret
ROUNDS_429: Final = 8
"""Rounds of our own after urllib3 gave up on a 429, pausing 2, 4 … 60 s between them."""
_PASSED = frozenset({401, 403, 404, 422, 429})


class AccessTokenAuth(BearerAuth):
    """Chatwoot's user tokens travel in the ``api_access_token`` header, not ``Authorization``;
    like ``BearerAuth`` its repr never shows the token."""

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers[TOKEN_HEADER] = self._token
        return request

    def __repr__(self) -> str:
        return "AccessTokenAuth(<hidden>)"


class ChatwootApi:
    def __init__(
        self,
        server_url: str,
        token: str,
        *,
        account_id: int | None,
        pacer: Pacer | None = None,
        retry: RetryPolicy | None = None,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.server_url = server_url
        self.account_id = account_id
        self.pacer = pacer or Pacer()
        self.requests = 0
        """Requests sent, retries by urllib3 not included (the benchmark reads the server's)."""
        self.in_flight_s = 0.0
        """Seconds requests spent on the network, summed over the threads that sent them."""
        self._count_lock = threading.Lock()
        policy = retry or RetryPolicy()
        self._owns_session = session is None
        self._session = session if session is not None else build_session(policy)
        self._transport = Transport(
            server_url, session=self._session, timeout=DEFAULT_TIMEOUT, retry=policy
        )
        self._auth = AccessTokenAuth(token)
        self._sleep = sleep

    @property
    def server(self) -> str:
        return self._transport.server

    def close(self) -> None:
        if self._owns_session:
            self._session.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def account_path(self, tail: str) -> str:
        if self.account_id is None:
            raise PlatformError("No Chatwoot account is chosen: sign in with --account ID.")
        return f"/api/v1/accounts/{self.account_id}{tail}"

    def get(self, path: str, params: Mapping[str, str] | None = None) -> object:
        return self.get_answer(path, params).body

    def get_answer(self, path: str, params: Mapping[str, str] | None = None) -> Answer:
        """The whole answer, for its ``Date``: the clock that stamps Chatwoot's records."""
        return self._call(Call("GET", path, params=params, passed_statuses=_PASSED))

    def post(self, path: str, body: Mapping[str, object], key: str) -> object:
        """Only for requests that are harmless to repeat (setting a status, an assignee): the
        key lets the transport retry them like a GET."""
        call = Call("POST", path, json_body=body, idempotency_key=key, passed_statuses=_PASSED)
        return self._call(call).body

    def _call(self, call: Call) -> Answer:
        for attempt in range(ROUNDS_429 + 1):
            self.pacer.wait()
            sent = time.perf_counter()
            answer = self._transport.send(call, self._auth)
            with self._count_lock:  # the connector's message fetchers share these counters
                self.requests += 1
                self.in_flight_s += time.perf_counter() - sent
            if answer.status != 429:
                return self._checked(call, answer)
            if attempt == ROUNDS_429:
                break
            pause = min(60.0, 2.0 * 2**attempt)
            log.warning("Chatwoot asked to slow down (429) on %s; pausing %.0f s", call.path, pause)
            self.pacer.hold_off(pause)
        raise ServerError(
            f"Chatwoot at {self.server} kept refusing requests as too many (HTTP 429) for "
            "several minutes; what was synced is kept, try again later."
        )

    def _checked(self, call: Call, answer: Answer) -> Answer:
        said = _said(answer)
        if answer.status == 403 or (answer.status == 401 and "this action" in said):
            raise PlatformError(
                f"Chatwoot at {self.server} allows {call.path} to administrators only; "
                "AgentDesk uses only what an agent may see, so this is a bug to report."
            )
        if answer.status == 401:
            if "account" in said.lower():
                raise AuthenticationError(
                    f"Your Chatwoot user is not a member of account {self.account_id} on "
                    f"{self.server}; sign in again with the --account of one of your accounts."
                )
            raise AuthenticationError(
                f"Chatwoot at {self.server} refused this access token; copy it again from "
                "your profile settings and run `agentdesk login`.",
                kind=ErrorKind.TOKEN_REFUSED,
            )
        if answer.status == 404:
            raise NotFoundError(f"Chatwoot at {self.server} has no {call.path}.")
        if answer.status == 422:
            raise PlatformError(f"Chatwoot at {self.server} refused the request ({said}).")
        return answer


def _said(answer: Answer) -> str:
    body = answer.body
    if isinstance(body, Mapping):
        for key in ("error", "message", "errors"):
            value = body.get(key)
            if isinstance(value, str):
                return value
            if isinstance(value, list) and value and isinstance(value[0], str):
                return value[0]
    return ""
