"""Chatwoot's Application API as the demo serves it to one agent with one access token.

Routes, parameters and error bodies follow Chatwoot's controllers (``docs/platforms.md``):
``{"error": "Invalid Access Token"}`` (401) for a wrong token, ``{"error": "You are not
authorized to access this account"}`` (401) for an account the agent is not in, ``{"error":
"You are not authorized to do this action"}`` (401) for the admin-only reports, 403 for a
message status update outside an API inbox, ``{"error": "Resource could not be found"}`` (404).
Rate limiting (429) comes from ``--faults``, with Rack::Attack's plain-text body.
"""

from __future__ import annotations

import hmac
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from agentdesk.demo.api import ApiAnswer, ApiRequest
from agentdesk.demo.chatwoot import shapes
from agentdesk.demo.chatwoot.listing import Listing
from agentdesk.demo.conversations import COLLEAGUES
from agentdesk.demo.state import PlatformState

VERSION: Final = "4.1.0"
MESSAGES_PAGE: Final = 20
_ACCOUNT = re.compile(r"^/api/v(?P<v>[12])/accounts/(?P<account>\d+)(?P<rest>/.*)?$")
_CONVERSATION = re.compile(r"^/conversations/(?P<id>\d+)(?P<rest>/[a-z_]+)?$")
_LISTED = {"resolved": "closed", "snoozed": "paused", "open": "open", "pending": "open"}


class RefusedError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.answer = ApiAnswer(status, {"error": message})


def _not_found() -> RefusedError:
    return RefusedError(404, "Resource could not be found")


class ChatwootDemoApi:
    def __init__(self, state: PlatformState, token: str) -> None:
        self.state = state
        self.token = token
        self.listing = Listing(state)
        me = state.workspace.me
        self.names = {str(me["id"]): str(me.get("name", "")), **dict(COLLEAGUES)}
        self.agent_number = shapes.number(me["id"])

    def handle(self, request: ApiRequest) -> ApiAnswer:
        path = request.path.rstrip("/") or "/"
        try:
            if path == "/api":
                return ApiAnswer(200, self._health())
            self._authorize(request)
            if path == "/api/v1/profile":
                return ApiAnswer(200, self._profile())
            found = _ACCOUNT.match(path)
            if found is None:
                raise _not_found()
            if int(found["account"]) != shapes.ACCOUNT_ID:
                raise RefusedError(401, "You are not authorized to access this account")
            if found["v"] == "2":
                raise RefusedError(401, "You are not authorized to do this action")
            return self._account(request, found["rest"] or "/")
        except RefusedError as refusal:
            return refusal.answer

    def _health(self) -> dict[str, Any]:
        stamp = self.state.clock().astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
        return {
            "version": VERSION,
            "timestamp": stamp,
            "queue_services": "ok",
            "data_services": "ok",
        }

    def _authorize(self, request: ApiRequest) -> None:
        given = request.headers.get("api_access_token") or ""
        if not hmac.compare_digest(given.encode(), self.token.encode()):
            raise RefusedError(401, "Invalid Access Token")

    def _profile(self) -> dict[str, Any]:
        me = self.state.workspace.me
        name = str(me.get("name", ""))
        return {
            "id": self.agent_number,
            "name": name,
            "available_name": name,
            "display_name": name,
            "email": me.get("email"),
            "account_id": shapes.ACCOUNT_ID,
            "role": "agent",
            "confirmed": True,
            "type": "User",
            "ui_settings": {},
            "accounts": [
                {
                    "id": shapes.ACCOUNT_ID,
                    "name": "AgentDesk demo",
                    "status": "active",
                    "role": "agent",
                    "availability": "online",
                    "availability_status": "online",
                    "auto_offline": True,
                }
            ],
        }

    def _account(self, request: ApiRequest, rest: str) -> ApiAnswer:
        if rest == "/conversations" and request.method == "GET":
            return self._list(request.query)
        found = _CONVERSATION.match(rest)
        if found is None:
            if re.fullmatch(r"/conversations/\d+/messages/\d+", rest) and request.method in (
                "PATCH",
                "PUT",
            ):
                raise RefusedError(403, "Message status update is only allowed for API inboxes")
            raise _not_found()
        record_id = self._record_id(int(found["id"]))
        action = found["rest"] or ""
        if action == "" and request.method == "GET":
            return ApiAnswer(200, self._entry(record_id))
        if action == "/messages" and request.method == "GET":
            return ApiAnswer(200, self._messages(record_id, request.query))
        if action == "/toggle_status" and request.method == "POST":
            return ApiAnswer(200, self._toggle(record_id, _body(request.body)))
        if action == "/assignments" and request.method == "POST":
            return ApiAnswer(200, self._assign(record_id, _body(request.body)))
        raise _not_found()

    def _record_id(self, number: int) -> str:
        generated = f"c-{number:06d}"
        if self.state.get(generated) is not None:
            return generated
        for record in self.state.workspace.conversations():
            if shapes.number(record.get("id")) == number:
                return str(record["id"])
        raise _not_found()

    def _entry(self, record_id: str) -> dict[str, Any]:
        record = self.state.get(record_id)
        if record is None:
            raise _not_found()
        return shapes.conversation(record, self.names)

    def _list(self, query: Mapping[str, list[str]]) -> ApiAnswer:
        status = _param(query, "status") or "open"
        assignee_type = _param(query, "assignee_type") or "all"
        listed = _LISTED.get(status)
        if listed is None:
            raise RefusedError(422, f"'{status}' is not a valid status")
        within = _param(query, "updated_within")
        if within is not None and within.isdecimal():
            since = self.state.clock() - timedelta(seconds=int(within))
            ids, counts = self.listing.changed_within(listed, assignee_type, since)
        else:
            page_text = _param(query, "page") or "1"
            page = int(page_text) if page_text.isdecimal() and int(page_text) > 0 else 1
            ids, counts = self.listing.page(listed, assignee_type, page)
        payload = [self._entry(i) for i in ids]
        body = {"data": {"meta": counts.to_json(), "payload": payload}}
        return ApiAnswer(200, body, records="chatwoot-list")

    def _messages(self, record_id: str, query: Mapping[str, list[str]]) -> dict[str, Any]:
        record = self.state.get(record_id)
        if record is None:
            raise _not_found()
        every = shapes.messages_of(record, self.names)
        before = _param(query, "before")
        if before is not None and before.isdecimal():
            every = [m for m in every if m["id"] < int(before)]
        entry = shapes.conversation(record, self.names)
        meta = {
            "labels": entry["labels"],
            "additional_attributes": {},
            "contact_id": entry["meta"]["sender"]["id"],
        }
        return {"meta": meta, "payload": every[-MESSAGES_PAGE:]}

    def _toggle(self, record_id: str, body: Mapping[str, Any]) -> dict[str, Any]:
        status = body.get("status")
        listed = _LISTED.get(str(status))
        if listed is None:
            raise RefusedError(422, "Status is not included in the list")
        changes: dict[str, Any] = {"status": listed}
        if status == "open":
            # toggle_status → handle_human_open: an agent opening it becomes its assignee.
            changes.update(assignee_id=self.state.agent_id, pause_deadline=None)
        if status == "snoozed":
            until = body.get("snoozed_until")
            moment = datetime.fromtimestamp(int(until), UTC) if isinstance(until, int) else None
            changes.update(
                paused_at=_iso(self.state.clock()), pause_deadline=_iso(moment) if moment else None
            )
        record = self.state.touch(record_id, **changes)
        return {
            "meta": {},
            "payload": {
                "success": True,
                "current_status": shapes.STATUS_NAMES[record["status"]],
                "conversation_id": shapes.number(record_id),
            },
        }

    def _assign(self, record_id: str, body: Mapping[str, Any]) -> dict[str, Any]:
        assignee = body.get("assignee_id")
        if not isinstance(assignee, int):
            raise RefusedError(422, "assignee_id is required")
        known = {shapes.number(k): k for k in self.names}
        if assignee not in known:
            raise _not_found()
        self.state.touch(record_id, assignee_id=known[assignee])
        return shapes.person(known[assignee], self.names[known[assignee]], "user", role="agent")


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _param(query: Mapping[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    return values[-1] if values else None


def _body(raw: bytes) -> dict[str, Any]:
    try:
        value = json.loads(raw or b"{}")
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise RefusedError(400, "The request body is not valid JSON.") from None
    return value if isinstance(value, dict) else {}
