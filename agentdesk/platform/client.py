"""Platform API v1 (DESIGN.md): one method per endpoint, typed results, errors as sentences.

The token is held privately and sent only in the ``Authorization`` header: it never appears in
an exception, a log line or this object's repr. A client is not shared between threads (one
``requests.Session`` each); making one is cheap.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Final, Self
from urllib.parse import quote

import requests

from agentdesk.domain.models import AdminSettings, AgentProfile, Conversation, ConversationStatus
from agentdesk.errors import (
    ErrorKind,
    InvalidRecordError,
    NotFoundError,
    NotSignedInError,
    ReopenRefusedError,
    ServerError,
    UsageError,
)
from agentdesk.platform.http import (
    DEFAULT_LIMITS,
    DEFAULT_TIMEOUT,
    AnswerLimits,
    BearerAuth,
    RetryPolicy,
    build_session,
)
from agentdesk.platform.kinds import PlatformKind
from agentdesk.platform.records import parse_conversation, parse_profile, parse_settings
from agentdesk.platform.server_urls import check_server_url
from agentdesk.platform.transport import Answer, Call, Transport

log = logging.getLogger(__name__)

MAX_PAGE_SIZE: Final = 500
_LISTED_STATUSES = (ConversationStatus.CLOSED, ConversationStatus.PAUSED)


@dataclass(frozen=True, slots=True)
class ConversationPage:
    """One page of ``GET /conversations``: the valid records, the skipped ones, what's next."""

    records: tuple[Conversation, ...]
    invalid: tuple[InvalidRecordError, ...]
    next_cursor: str | None
    server_time: datetime | None = None
    """The server's clock when it sent the page (its ``Date``): no record changed since can
    be stamped earlier, which bounds the sync's watermark."""


class PlatformClient:
    """Talks to one platform server. ``retry`` is used only when no ``session`` is given."""

    kind = PlatformKind.V1

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        session: requests.Session | None = None,
        limits: AnswerLimits = DEFAULT_LIMITS,
    ) -> None:
        self.base_url = check_server_url(base_url)
        self._auth = BearerAuth(token) if token else None
        policy = retry or RetryPolicy()
        self._owns_session = session is None
        self._session = session if session is not None else build_session(policy)
        self._transport = Transport(
            self.base_url, session=self._session, timeout=timeout, retry=policy, limits=limits
        )

    def __repr__(self) -> str:
        token = "<hidden>" if self._auth else None
        return f"PlatformClient({self.base_url!r}, token={token})"

    @property
    def signed_in(self) -> bool:
        """Whether this client has a token to send (not whether the server still accepts it)."""
        return self._auth is not None

    def close(self) -> None:
        if self._owns_session:
            self._session.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # --- endpoints -------------------------------------------------------------------------

    def authenticate(self, login: str, password: str) -> str:
        """Exchange a login and password for a token; this client keeps and uses it too.

        Not retried once sent (a POST without an Idempotency-Key), only when no connection
        could be made.
        """
        answer = self._send(
            Call(
                "POST",
                "/api/v1/auth/token",
                json_body={"login": login, "password": password},
                authenticated=False,
                unauthorised="The server refused this login and password.",
                unauthorised_kind=ErrorKind.LOGIN_REFUSED,
            )
        )
        body = answer.body
        token = body.get("access_token") if isinstance(body, Mapping) else None
        token_type = body.get("token_type", "Bearer") if isinstance(body, Mapping) else None
        if not isinstance(token, str) or not token.strip():
            raise ServerError(
                f"The server at {self._transport.server} accepted the sign-in but sent no token."
            )
        if not isinstance(token_type, str) or token_type.lower() != "bearer":
            raise ServerError(
                f"The server at {self._transport.server} sent a kind of token AgentDesk "
                "does not know."
            )
        self._auth = BearerAuth(token)
        return token

    def me(self) -> AgentProfile:
        body = self._send(Call("GET", "/api/v1/me")).body
        try:
            return parse_profile(body)
        except InvalidRecordError as error:
            raise self._unusable("agent profile", error) from error

    def settings(self) -> AdminSettings:
        body = self._send(Call("GET", "/api/v1/me/settings")).body
        try:
            return parse_settings(body)
        except InvalidRecordError as error:
            raise self._unusable("admin settings", error) from error

    def conversations_page(
        self,
        status: ConversationStatus,
        *,
        updated_since: datetime | None = None,
        cursor: str | None = None,
        limit: int = MAX_PAGE_SIZE,
    ) -> ConversationPage:
        """One page, oldest change first. Invalid records are skipped, logged and returned."""
        if status not in _LISTED_STATUSES:
            raise ValueError(f"the platform lists closed or paused conversations, not {status}")
        if not 1 <= limit <= MAX_PAGE_SIZE:
            raise ValueError(f"limit must be within 1–{MAX_PAGE_SIZE}, not {limit}")
        params = {"status": status.value, "limit": str(limit)}
        if updated_since is not None:
            params["updated_since"] = iso_utc(updated_since)
        if cursor:
            params["cursor"] = cursor
        answer = self._send(Call("GET", "/api/v1/conversations", params=params))
        body = answer.body
        data = body.get("data") if isinstance(body, Mapping) else None
        next_cursor = body.get("next_cursor") if isinstance(body, Mapping) else None
        if not isinstance(data, list):
            raise self._unexpected("the conversation list has no data list")
        if next_cursor is not None and (not isinstance(next_cursor, str) or not next_cursor):
            raise self._unexpected("the conversation list's next_cursor is not a string")
        records: list[Conversation] = []
        invalid: list[InvalidRecordError] = []
        for item in data:
            try:
                records.append(parse_conversation(item))
            except InvalidRecordError as error:
                log.warning(
                    "Skipped conversation %s from the server: %s",
                    error.record_id or "(no id)",
                    error.reason,
                )
                invalid.append(error)
        return ConversationPage(tuple(records), tuple(invalid), next_cursor, answer.date)

    def conversation_pages(
        self,
        status: ConversationStatus,
        *,
        updated_since: datetime | None = None,
        cursor: str | None = None,
        limit: int = MAX_PAGE_SIZE,
    ) -> Iterator[ConversationPage]:
        """Every page from ``cursor`` on, following ``next_cursor`` until the server has no more."""
        seen: set[str] = set()
        while True:
            page = self.conversations_page(
                status, updated_since=updated_since, cursor=cursor, limit=limit
            )
            yield page
            if page.next_cursor is None:
                return
            if page.next_cursor in seen:
                raise self._unexpected("the conversation list went round in a circle")
            seen.add(page.next_cursor)
            cursor = page.next_cursor

    def conversation(self, conversation_id: str) -> Conversation:
        """One of the agent's conversations; ``NotFoundError`` if it is not theirs.

        A record that fails validation raises its ``InvalidRecordError``."""
        answer = self._send(
            Call("GET", _conversation_path(conversation_id), passed_statuses=frozenset({404}))
        )
        if answer.status == 404:
            raise _not_found(conversation_id)
        return parse_conversation(answer.body)

    def reopen(
        self, conversation_id: str, *, assign_to_me: bool, idempotency_key: str | None = None
    ) -> Conversation:
        """Reopen a paused conversation; the key makes a repeated request harmless, so the
        request is retried like a GET. ``ReopenRefusedError`` says why the platform refused."""
        answer = self._send(
            Call(
                "POST",
                _conversation_path(conversation_id) + "/reopen",
                json_body={"assign_to_me": assign_to_me},
                idempotency_key=idempotency_key or str(uuid.uuid4()),
                passed_statuses=frozenset({404, 409}),
            )
        )
        if answer.status == 404:
            raise _not_found(conversation_id)
        if answer.status == 409:
            raise reopen_refusal(conversation_id, answer)
        return parse_conversation(answer.body)

    # --- plumbing --------------------------------------------------------------------------

    def _send(self, call: Call) -> Answer:
        if call.authenticated and self._auth is None:
            raise NotSignedInError(
                f"You are not signed in to {self.base_url}; run `agentdesk login` "
                "or set AGENTDESK_TOKEN."
            )
        return self._transport.send(call, self._auth if call.authenticated else None)

    def _unusable(self, what: str, error: InvalidRecordError) -> ServerError:
        return ServerError(
            f"The server at {self._transport.server} sent {what} AgentDesk cannot use: "
            f"{error.reason}."
        )

    def _unexpected(self, what: str) -> ServerError:
        return ServerError(
            f"The server at {self._transport.server} sent an answer AgentDesk does not "
            f"understand: {what}."
        )


def reopen_refusal(conversation_id: str, answer: Answer) -> ReopenRefusedError:
    """The 409's error code as a sentence that tells the agent what they can do."""
    code = answer.error_code or "refused"
    sentences = {
        "deadline_passed": (
            f"The pause deadline of {conversation_id} has passed; "
            "it can no longer be reopened from here."
        ),
        "not_assigned": (
            f"{conversation_id} is not assigned to you: another agent has it, or it is "
            "unassigned and can be taken with “assign to me” (--assign-to-me)."
        ),
        "not_paused": f"{conversation_id} is not paused any more.",
    }
    sentence = sentences.get(code)
    if sentence is None:
        said = f" ({answer.error_message})" if answer.error_message else ""
        sentence = f"The platform refused to reopen {conversation_id}{said}."
    return ReopenRefusedError(sentence, reason=code, details=answer.error_message)


def iso_utc(moment: datetime) -> str:
    """``2026-11-16T09:31:41Z``: how AgentDesk writes a time in a query."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a naive datetime has no place in a query; give an aware one")
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _conversation_path(conversation_id: str) -> str:
    if not conversation_id.strip():
        raise UsageError("Give the id of a conversation, like c-000123.")
    return f"/api/v1/conversations/{quote(conversation_id, safe='')}"


def _not_found(conversation_id: str) -> NotFoundError:
    return NotFoundError(f"Conversation {conversation_id} was not found, or it is not yours.")
