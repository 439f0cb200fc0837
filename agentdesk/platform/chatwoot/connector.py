"""``ChatwootConnector``: the ``Connector`` boundary over Chatwoot's Application API.

**Lists.** ``GET /api/v1/accounts/{a}/conversations?status=resolved|snoozed&assignee_type=me
&page=N`` answers 25 conversations a page, most recent activity first, with the counts in
``data.meta``. The cursor handed to the engine is ``page:N:SINCE:WHO``: the page, the Unix
seconds of the watermark the pass started from (``-`` for a backfill) and the assignee type, so
a resumed sync goes on paging exactly as it was, whatever watermark the engine reached since.

**Incremental.** With a recent watermark, one ``updated_within=S`` request answers every
conversation changed in the last S seconds, unpaginated; the window is the time since the
watermark plus a minute, and only used up to ``window_max_s``. A longer gap, or a server that
ignored the parameter (it then answers an ordinary page with older conversations in it), falls
back to paging newest first, stopping at the first page where everything is older than the
watermark.

**Each conversation** then needs its messages: ``/messages`` answers the latest 20 and
``before=ID`` the 20 before those; the transcript is what search, reply times and CSAT come from.
The conversations of one list answer ask for theirs on ``FETCHERS`` threads at once: an
incremental sync is otherwise fifty round trips in a row, each mostly waiting for the server.
Every request still takes its turn from the one pacer, so the rate stays what it was; only the
waits overlap. The records come back in the list's order.
"""

from __future__ import annotations

import logging
import math
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Final, Self

from agentdesk.domain.models import (
    AdminSettings,
    AgentProfile,
    Conversation,
    ConversationStatus,
    WeekStart,
)
from agentdesk.errors import (
    AuthenticationError,
    InvalidRecordError,
    ReopenRefusedError,
    ServerError,
    UsageError,
)
from agentdesk.platform.chatwoot.api import ChatwootApi
from agentdesk.platform.chatwoot.mapping import LISTED, STATUSES, build_conversation
from agentdesk.platform.chatwoot.paging import changed_at as _changed_at
from agentdesk.platform.chatwoot.paging import cursor as _cursor
from agentdesk.platform.chatwoot.paging import parse_cursor as _parse_cursor
from agentdesk.platform.client import ConversationPage
from agentdesk.platform.kinds import PlatformKind

log = logging.getLogger(__name__)

PAGE_SIZE: Final = 25
MESSAGES_PAGE: Final = 20
WINDOW_MAX_S: Final = 6 * 3600
WINDOW_MARGIN_S: Final = 60
FETCHERS: Final = 4
"""Message requests in flight at once (the pacer, shared, keeps their rate)."""
_SLACK_S: Final = 0.001
"""Float seconds round-trip through datetime: a record at the watermark must not look older."""
DEFAULT_INDICATORS: Final = (
    "conversations",
    "handling_time",
    "first_response_time",
    "response_time",
    "csat",
)
"""The local stand-in for the admin's list: everything Chatwoot can supply."""


class ChatwootConnector:
    kind = PlatformKind.CHATWOOT

    def __init__(
        self,
        api: ChatwootApi,
        *,
        timezone: str = "UTC",
        indicators: tuple[str, ...] = DEFAULT_INDICATORS,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        window_max_s: int = WINDOW_MAX_S,
        fetchers: int = FETCHERS,
    ) -> None:
        self.api = api
        self._timezone = timezone
        self._indicators = indicators
        self._clock = clock
        self._window_max_s = window_max_s
        self._profile: AgentProfile | None = None
        self._fetchers = max(1, fetchers)
        self._pool: ThreadPoolExecutor | None = None

    def __repr__(self) -> str:
        return f"ChatwootConnector({self.api.server_url!r}, account={self.api.account_id})"

    @property
    def base_url(self) -> str:
        """The account is part of the workspace: another account is another store."""
        return f"{self.api.server_url}/app/accounts/{self.api.account_id}"

    def close(self) -> None:
        """Logs what the requests cost: a slow sync says whether the server or the pace was it."""
        if self.api.requests:
            log.info(
                "Chatwoot: %d requests, %.2f s on the network (summed over threads), "
                "%.2f s waiting for the pace",
                self.api.requests,
                self.api.in_flight_s,
                self.api.pacer.waited,
            )
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self.api.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # --- who and what ------------------------------------------------------------------------

    def accounts(self) -> dict[int, str]:
        """The agent's accounts, id → name, from ``GET /api/v1/profile``."""
        body = self.api.get("/api/v1/profile")
        accounts = body.get("accounts") if isinstance(body, dict) else None
        if not isinstance(accounts, list):
            raise ServerError(f"Chatwoot at {self.api.server} sent a profile without accounts.")
        return {
            a["id"]: str(a.get("name") or a["id"])
            for a in accounts
            if isinstance(a, dict) and isinstance(a.get("id"), int)
        }

    def me(self) -> AgentProfile:
        body = self.api.get("/api/v1/profile")
        if not isinstance(body, dict) or not isinstance(body.get("id"), int):
            raise ServerError(f"Chatwoot at {self.api.server} sent a profile without an id.")
        accounts = [a.get("id") for a in body.get("accounts") or [] if isinstance(a, dict)]
        if self.api.account_id not in accounts:
            listed = ", ".join(str(a) for a in accounts) or "none"
            raise AuthenticationError(
                f"Your Chatwoot user is not a member of account {self.api.account_id} "
                f"(your accounts: {listed}); sign in again with --account ID."
            )
        name = body.get("name") or body.get("available_name") or ""
        self._profile = AgentProfile(
            id=str(body["id"]),
            name=str(name),
            email=str(body.get("email") or ""),
            timezone=self._timezone,
            locale="en",
            week_start=WeekStart.MONDAY,
        )
        return self._profile

    def settings(self) -> AdminSettings:
        """Chatwoot has no indicator list for agents: the local setting stands in for it."""
        return AdminSettings(indicators=self._indicators, daily_widget=True)

    # --- lists -------------------------------------------------------------------------------

    def conversations_page(
        self,
        status: ConversationStatus,
        *,
        updated_since: datetime | None = None,
        cursor: str | None = None,
        limit: int = PAGE_SIZE,
    ) -> ConversationPage:
        """``limit`` is ignored: Chatwoot's pages are 25 long."""
        if status not in LISTED:
            raise ValueError(f"Chatwoot lists resolved or snoozed conversations, not {status}")
        if cursor is not None:
            page, since, assignee = _parse_cursor(cursor)
            return self._paged(status, page, since, assignee)
        if updated_since is not None:
            gap = (self._clock() - updated_since).total_seconds()
            if gap + WINDOW_MARGIN_S <= self._window_max_s:
                window = self._window(status, updated_since, max(0, math.ceil(gap)))
                if window is not None:
                    return window
        return self._paged(status, 1, updated_since, "me")

    def _params(self, status: ConversationStatus, assignee: str = "me") -> dict[str, str]:
        return {"status": LISTED[status], "assignee_type": assignee}

    def _list(self, params: dict[str, str]) -> _Listed:
        """One list answer; its ``Date`` bounds the watermark (``sync/watermark.py``): the
        list's, not the later messages', since its records were stamped before it was sent."""
        answer = self.api.get_answer(self.api.account_path("/conversations"), params)
        body = answer.body
        data = body.get("data") if isinstance(body, dict) else None
        payload = data.get("payload") if isinstance(data, dict) else None
        if not isinstance(payload, list):
            raise ServerError(
                f"Chatwoot at {self.api.server} sent a conversation list AgentDesk does not "
                "understand (no data.payload list)."
            )
        meta = data.get("meta") if isinstance(data, dict) else None
        name = "unassigned_count" if params.get("assignee_type") == "unassigned" else "mine_count"
        count = meta.get(name) if isinstance(meta, dict) else None
        return _Listed(payload, count if isinstance(count, int) else None, answer.date)

    def _window(
        self, status: ConversationStatus, since: datetime, gap_s: int
    ) -> ConversationPage | None:
        params = {**self._params(status), "updated_within": str(gap_s + WINDOW_MARGIN_S)}
        listed = self._list(params)
        items = listed.items
        floor = since.timestamp() - gap_s - 2 * WINDOW_MARGIN_S
        if len(items) == PAGE_SIZE or any(_changed_at(item) < floor for item in items):
            # Older conversations in it, or exactly a page: an ordinary first page, the
            # parameter ignored; paging is slower but misses nothing.
            log.info("Chatwoot ignored updated_within; paging instead")
            return None
        return self._build(status, listed, since, None)

    def _paged(
        self, status: ConversationStatus, page: int, since: datetime | None, assignee: str
    ) -> ConversationPage:
        """Resolved: the agent's own. Snoozed: the agent's, then the unassigned ones, which
        "assign to me" can take (assignee_type has no "mine or nobody's")."""
        listed = self._list({**self._params(status, assignee), "page": str(page)})
        items, count = listed.items, listed.count
        last = not items or (count is not None and page * PAGE_SIZE >= count)
        if (
            since is not None
            and items
            and all(_changed_at(item) < since.timestamp() - _SLACK_S for item in items)
        ):
            last = True  # newest first: every later page is older still
        next_cursor = None if last else _cursor(page + 1, since, assignee)
        if last and status is ConversationStatus.PAUSED and assignee == "me":
            next_cursor = _cursor(1, since, "unassigned")
        return self._build(status, listed, since, next_cursor)

    def _build(
        self,
        status: ConversationStatus,
        listed: _Listed,
        since: datetime | None,
        next_cursor: str | None,
    ) -> ConversationPage:
        wanted = LISTED[status]
        items = [
            item
            for item in listed.items
            if isinstance(item, dict)
            and item.get("status") == wanted
            and (since is None or _changed_at(item) >= since.timestamp() - _SLACK_S)
        ]
        records: list[Conversation] = []
        invalid: list[InvalidRecordError] = []
        for item, messages in zip(items, self._all_messages(items), strict=True):
            try:
                records.append(build_conversation(item, messages))
            except InvalidRecordError as error:
                log.warning(
                    "Skipped Chatwoot conversation %s: %s", error.record_id or "?", error.reason
                )
                invalid.append(error)
        return ConversationPage(tuple(records), tuple(invalid), next_cursor, listed.date)

    def _all_messages(self, items: list[dict[str, object]]) -> list[list[object]]:
        """Each item's messages, in order; several conversations' requests in flight at once.
        The first failure is raised once the others in flight have ended, and the ones not
        started yet are dropped: the page is not written, the sync resumes before it."""
        ids = [item.get("id") for item in items]
        if self._fetchers == 1 or len(ids) < 2:
            return [self._messages(i) for i in ids]
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self._fetchers, thread_name_prefix="chatwoot")
        futures = [self._pool.submit(self._messages, i) for i in ids]
        try:
            return [future.result() for future in futures]
        finally:
            for future in futures:
                future.cancel()
            wait(futures)

    def _messages(self, display_id: object) -> list[object]:
        if not isinstance(display_id, int):
            return []
        path = self.api.account_path(f"/conversations/{display_id}/messages")
        collected: list[object] = []
        params: dict[str, str] = {}
        while True:
            body = self.api.get(path, params)
            payload = body.get("payload") if isinstance(body, dict) else None
            if not isinstance(payload, list):
                raise ServerError(
                    f"Chatwoot at {self.api.server} sent messages without a payload list."
                )
            collected[:0] = payload
            ids = [m["id"] for m in payload if isinstance(m, dict) and isinstance(m.get("id"), int)]
            if len(payload) < MESSAGES_PAGE or not ids:
                return collected
            params = {"before": str(min(ids))}

    # --- one conversation --------------------------------------------------------------------

    def _entry(self, conversation_id: str) -> dict[str, object]:
        if not conversation_id.strip().isdecimal():
            raise UsageError(
                f"“{conversation_id}” is not a Chatwoot conversation id; give its number, like 123."
            )
        body = self.api.get(self.api.account_path(f"/conversations/{int(conversation_id)}"))
        if not isinstance(body, dict):
            raise ServerError(f"Chatwoot at {self.api.server} sent an unreadable conversation.")
        return body

    def conversation(self, conversation_id: str) -> Conversation:
        entry = self._entry(conversation_id)
        return build_conversation(entry, self._messages(entry.get("id")))

    def reopen(
        self, conversation_id: str, *, assign_to_me: bool, idempotency_key: str | None = None
    ) -> Conversation:
        """Chatwoot reopens anything; the agent desk's rule (before the deadline, the agent's
        or taken with "assign to me") is checked here first, on the server's current state."""
        entry = self._entry(conversation_id)
        current = build_conversation(entry, [])
        me = self._profile or self.me()
        key = idempotency_key or str(uuid.uuid4())
        refusal = _refusal(current, me.id, assign_to_me, self._clock())
        if refusal is not None:
            raise refusal
        base = self.api.account_path(f"/conversations/{int(conversation_id)}")
        if current.assignee_id is None:
            self.api.post(f"{base}/assignments", {"assignee_id": int(me.id)}, key + "-assign")
        answer = self.api.post(f"{base}/toggle_status", {"status": "open"}, key)
        payload = answer.get("payload") if isinstance(answer, dict) else None
        now = payload.get("current_status") if isinstance(payload, dict) else None
        if STATUSES.get(str(now)) is not ConversationStatus.OPEN:
            raise ServerError(f"Chatwoot did not reopen {conversation_id} (it says {now!r}).")
        return self.conversation(conversation_id)


def _refusal(
    current: Conversation, agent_id: str, assign_to_me: bool, now: datetime
) -> ReopenRefusedError | None:
    cid = current.id
    if current.status is not ConversationStatus.PAUSED:
        return ReopenRefusedError(f"{cid} is not snoozed any more.", reason="not_paused")
    if current.pause_deadline is not None and now >= current.pause_deadline:
        return ReopenRefusedError(
            f"The snooze of {cid} ended; it can no longer be reopened from here.",
            reason="deadline_passed",
        )
    if current.assignee_id == agent_id or (current.assignee_id is None and assign_to_me):
        return None
    return ReopenRefusedError(
        f"{cid} is not assigned to you: another agent has it, or it is unassigned and can be "
        "taken with “assign to me” (--assign-to-me).",
        reason="not_assigned",
    )


@dataclass(frozen=True, slots=True)
class _Listed:
    """One conversation list answer: its entries, the count Chatwoot gives, its ``Date``."""

    items: list[object]
    count: int | None
    date: datetime | None
