"""Platform API v1 as the demo serves it: routing, bearer auth, parameters, idempotent reopen.

No sockets here: ``DemoApi.handle`` turns an ``ApiRequest`` into an ``ApiAnswer`` (status, JSON
payload, headers) and says which conversation records it carries, so fault injection can spoil
them on the way out.
"""

from __future__ import annotations

import hmac
import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from agentdesk.demo.cursor import decode_cursor, encode_cursor
from agentdesk.demo.isotime import parse_time
from agentdesk.demo.state import ApiError, PlatformState
from agentdesk.demo.workspace import LISTED_STATUSES, Key

PREFIX = "/api/v1"
TOKEN_PATH = f"{PREFIX}/auth/token"
DEFAULT_LIMIT = 100
MAX_LIMIT = 500
TOKEN_LIFETIME_S = 86_400


@dataclass(frozen=True, slots=True)
class ApiRequest:
    method: str
    path: str
    query: Mapping[str, list[str]] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    """Names in lower case."""
    body: bytes = b""


@dataclass(frozen=True, slots=True)
class ApiAnswer:
    status: int
    payload: Any
    headers: Mapping[str, str] = field(default_factory=dict)
    records: str | None = None
    """Where conversation records are in ``payload``: ``"data"`` (a list), ``"self"``, or None."""


def error_answer(error: ApiError) -> ApiAnswer:
    payload = {"error": error.code, "message": error.message}
    return ApiAnswer(error.status, payload, error.headers)


def _bad(message: str) -> ApiError:
    return ApiError(400, "bad_request", message)


def _json_body(body: bytes) -> dict[str, Any]:
    if not body.strip():
        return {}
    try:
        value = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _bad("The request body is not valid JSON.") from error
    if not isinstance(value, dict):
        raise _bad("The request body must be a JSON object.")
    return value


def _param(query: Mapping[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    return values[-1] if values else None


class DemoApi:
    def __init__(self, state: PlatformState, token: str) -> None:
        self.state = state
        self.token = token
        self._replays: dict[tuple[str, str], ApiAnswer] = {}
        self._reopen_lock = threading.Lock()

    def handle(self, request: ApiRequest) -> ApiAnswer:
        path = request.path.rstrip("/") or "/"
        try:
            if path == TOKEN_PATH:
                self._allow(request, "POST")
                return self._token(request)
            self._authorize(request)
            return self._route(request, path)
        except ApiError as error:
            return error_answer(error)

    def _route(self, request: ApiRequest, path: str) -> ApiAnswer:
        if path == f"{PREFIX}/me":
            self._allow(request, "GET")
            return ApiAnswer(200, dict(self.state.workspace.me))
        if path == f"{PREFIX}/me/settings":
            self._allow(request, "GET")
            return ApiAnswer(200, dict(self.state.workspace.settings))
        if path == f"{PREFIX}/conversations":
            self._allow(request, "GET")
            return self._list(request)
        parts = path.removeprefix(f"{PREFIX}/conversations/").split("/")
        if path.startswith(f"{PREFIX}/conversations/") and parts[0]:
            if len(parts) == 1:
                self._allow(request, "GET")
                return self._conversation(parts[0])
            if len(parts) == 2 and parts[1] == "reopen":
                self._allow(request, "POST")
                return self._reopen(request, parts[0])
        raise ApiError(404, "not_found", f"No such endpoint: {request.method} {path}.")

    @staticmethod
    def _allow(request: ApiRequest, method: str) -> None:
        if request.method != method:
            message = f"This endpoint only answers {method}."
            raise ApiError(405, "method_not_allowed", message, {"Allow": method})

    def _authorize(self, request: ApiRequest) -> None:
        scheme, _, token = (request.headers.get("authorization") or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            token.strip().encode(), self.token.encode()
        ):
            message = "A valid bearer token is required."
            raise ApiError(401, "unauthorized", message, {"WWW-Authenticate": "Bearer"})

    def _token(self, request: ApiRequest) -> ApiAnswer:
        body = _json_body(request.body)
        workspace = self.state.workspace
        login, password = body.get("login"), body.get("password")
        if not isinstance(login, str) or not isinstance(password, str):
            raise _bad("Send a JSON object with a login and a password.")
        good_login = hmac.compare_digest(login.encode(), workspace.login.encode())
        good_password = hmac.compare_digest(password.encode(), workspace.password.encode())
        if not (good_login and good_password):
            raise ApiError(401, "invalid_credentials", "Wrong login or password.")
        payload = {
            "access_token": self.token,
            "token_type": "Bearer",
            "expires_in": TOKEN_LIFETIME_S,
        }
        return ApiAnswer(200, payload)

    def _list(self, request: ApiRequest) -> ApiAnswer:
        status = _param(request.query, "status")
        if status not in LISTED_STATUSES:
            raise _bad("status must be closed or paused.")
        limit_text = _param(request.query, "limit")
        limit = DEFAULT_LIMIT
        if limit_text is not None:
            if not limit_text.isdecimal() or not 1 <= int(limit_text) <= MAX_LIMIT:
                raise _bad(f"limit must be a whole number from 1 to {MAX_LIMIT}.")
            limit = int(limit_text)
        since = None
        since_text = _param(request.query, "updated_since")
        if since_text is not None:
            try:  # an unencoded "+02:00" arrives as " 02:00"
                since = parse_time(since_text.replace(" ", "+"))
            except ValueError as error:
                raise _bad("updated_since must be an ISO 8601 time with an offset.") from error
        after: Key | None = None
        cursor = _param(request.query, "cursor")
        if cursor:
            try:
                after = decode_cursor(cursor, status)
            except ValueError as error:
                raise _bad(f"Bad cursor: {error}.") from error
        records, last = self.state.page(status, since=since, after=after, limit=limit)
        next_cursor = encode_cursor(status, last) if last is not None else None
        return ApiAnswer(200, {"data": records, "next_cursor": next_cursor}, records="data")

    def _conversation(self, conversation_id: str) -> ApiAnswer:
        record = self.state.get(conversation_id)
        if record is None:
            raise ApiError(404, "not_found", f"No conversation {conversation_id}.")
        return ApiAnswer(200, record, records="self")

    def _reopen(self, request: ApiRequest, conversation_id: str) -> ApiAnswer:
        key = request.headers.get("idempotency-key")
        with self._reopen_lock:
            if key and (conversation_id, key) in self._replays:
                answer = self._replays[(conversation_id, key)]
                return ApiAnswer(answer.status, answer.payload, {"Idempotent-Replayed": "true"})
            try:
                assign = _json_body(request.body).get("assign_to_me", False)
                if not isinstance(assign, bool):
                    raise _bad("assign_to_me must be true or false.")
                answer = ApiAnswer(200, self.state.reopen(conversation_id, assign_to_me=assign))
            except ApiError as error:
                if error.status == 400:
                    raise
                answer = error_answer(error)
            if key:
                self._replays[(conversation_id, key)] = answer
            return answer
