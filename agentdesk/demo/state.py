"""The demo platform's current data: the workspace as generated, plus what changed since.

Changes (reopen, ``DemoServer.touch``) live in an overlay ``id → record`` merged with the base
lists on every read. A changed record is stamped with an ``updated_at`` strictly after every
``updated_at`` already in the data (a second after the latest if the clock lags behind it), so
it sorts after every cursor already handed out: a client paging through a list while records
change never misses one, and sees a changed record again (its new version) later in the pass.
"""

from __future__ import annotations

import copy
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from agentdesk.demo.isotime import format_time, parse_time
from agentdesk.demo.texts import SYSTEM_REOPENED
from agentdesk.demo.workspace import OLDEST, Key, OrderedRecords, Workspace, record_key

_STEP = timedelta(seconds=1)


class ApiError(Exception):
    """The platform says no: an HTTP status, an error code and a sentence."""

    def __init__(
        self, status: int, code: str, message: str, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})


class _Keys:
    """The keys of ``OrderedRecords`` as a sequence, for ``bisect``."""

    def __init__(self, records: OrderedRecords) -> None:
        self._records = records

    def __len__(self) -> int:
        return len(self._records)

    def __getitem__(self, position: int) -> Key:
        return self._records.key_at(position)


class PlatformState:
    def __init__(self, workspace: Workspace, clock: Callable[[], datetime]) -> None:
        self.workspace = workspace
        self.clock = clock
        self.agent_id = str(workspace.me["id"])
        self._lock = threading.Lock()
        self._overlay: dict[str, tuple[Key, dict[str, Any]]] = {}
        self._high = workspace.source.latest_update() or OLDEST
        self.version = 0
        """Counts changes, so a view over the lists (the Chatwoot shapes) knows when to redo."""

    def _stamp(self) -> datetime:
        """Now to the second, or the second after the latest ``updated_at`` if the clock has not
        passed it yet (whole seconds keep every time the same shape, which sorts as text)."""
        moment = self.clock().replace(microsecond=0)
        if moment <= self._high:
            moment = self._high.replace(microsecond=0) + _STEP
        self._high = moment
        return moment

    def _current(self, conversation_id: str) -> dict[str, Any] | None:
        if conversation_id in self._overlay:
            return copy.deepcopy(self._overlay[conversation_id][1])
        return self.workspace.conversation(conversation_id)

    def _store(self, record: dict[str, Any]) -> dict[str, Any]:
        key = record_key(record)
        self._high = max(self._high, key[0])
        self._overlay[key[1]] = (key, record)
        self.version += 1
        return copy.deepcopy(record)

    def get(self, conversation_id: str) -> dict[str, Any] | None:
        with self._lock:
            return self._current(conversation_id)

    def page(
        self, status: str, *, since: datetime | None, after: Key | None, limit: int
    ) -> tuple[list[dict[str, Any]], Key | None]:
        """Up to ``limit`` records of ``status`` with ``updated_at >= since`` and key after
        ``after``, and the key to continue from (None when nothing is left)."""
        floor: Key = (since, "") if since is not None else (OLDEST, "")
        with self._lock:
            overlay = dict(self._overlay)
        changed = sorted(
            (entry for entry in overlay.values() if entry[1].get("status") == status),
            key=lambda entry: entry[0],
        )
        changed = [e for e in changed if e[0] >= floor and (after is None or e[0] > after)]
        base = self.workspace.ordered(status)
        keys = _Keys(base)
        position = bisect_left(keys, floor)
        if after is not None:
            position = max(position, bisect_right(keys, after))
        served: list[tuple[Key, dict[str, Any]]] = []
        next_change = 0
        while len(served) <= limit:
            while position < len(base) and base.id_at(position) in overlay:
                position += 1
            base_key = base.key_at(position) if position < len(base) else None
            change = changed[next_change] if next_change < len(changed) else None
            if base_key is not None and (change is None or base_key < change[0]):
                served.append((base_key, base.record_at(position)))
                position += 1
            elif change is not None:
                served.append((change[0], copy.deepcopy(change[1])))
                next_change += 1
            else:
                break
        more = len(served) > limit
        records = [record for _, record in served[:limit]]
        return records, (served[limit - 1][0] if more else None)

    def snapshot(self, status: str) -> list[dict[str, Any]]:
        """Every record of ``status`` as the lists would serve it, in list order."""
        records: list[dict[str, Any]] = []
        after: Key | None = None
        while True:
            page, after = self.page(status, since=None, after=after, limit=10_000)
            records.extend(page)
            if after is None:
                return records

    def changed(self, conversation_id: str) -> bool:
        """Whether the conversation differs from the workspace as generated or loaded."""
        with self._lock:
            return conversation_id in self._overlay

    def changes(self, status: str) -> tuple[frozenset[str], list[Key]]:
        """The ids changed since the data was made, and the keys of those now in ``status``:
        with the workspace's own (unchanging) order, enough to list ``status`` as served."""
        with self._lock:
            overlay = dict(self._overlay)
        keys = [key for key, record in overlay.values() if record.get("status") == status]
        return frozenset(overlay), keys

    def touch(self, conversation_id: str, **changes: Any) -> dict[str, Any]:
        """Change a conversation as the platform would and stamp it ``updated_at`` now.

        Becoming ``closed`` sets ``closed_at`` to that stamp and leaving ``paused`` clears
        ``pause_deadline``, unless ``changes`` gives them; an explicit ``updated_at`` wins.
        """
        with self._lock:
            record = self._current(conversation_id)
            if record is None:
                raise KeyError(conversation_id)
            before = record.get("status")
            record.update(copy.deepcopy(changes))
            stamp = format_time(self._stamp())
            after = record.get("status")
            if "updated_at" not in changes:
                record["updated_at"] = stamp
            if after == "closed" and before != "closed" and "closed_at" not in changes:
                record["closed_at"] = stamp
            if before == "paused" and after != "paused" and "pause_deadline" not in changes:
                record["pause_deadline"] = None
            return self._store(record)

    def reopen(self, conversation_id: str, *, assign_to_me: bool) -> dict[str, Any]:
        """The agent desk's rule: paused, before the deadline, and the agent's (already, or
        taken with ``assign_to_me`` when unassigned)."""
        with self._lock:
            record = self._current(conversation_id)
            if record is None:
                raise ApiError(404, "not_found", f"No conversation {conversation_id}.")
            self._check_reopen(record, assign_to_me=assign_to_me)
            stamp = self._stamp()
            record.update(
                status="open",
                assignee_id=self.agent_id,
                pause_deadline=None,
                updated_at=format_time(stamp),
            )
            messages = record.setdefault("messages", [])
            messages.append(
                {
                    "id": f"m-{conversation_id}-reopened-{len(messages) + 1}",
                    "at": format_time(stamp),
                    "sender_type": "system",
                    "sender_id": None,
                    "type": "text",
                    "text": SYSTEM_REOPENED.format(agent=self.workspace.me.get("name", "")),
                }
            )
            return self._store(record)

    def _check_reopen(self, record: dict[str, Any], *, assign_to_me: bool) -> None:
        conversation_id = record.get("id")
        if record.get("status") != "paused":
            status = record.get("status")
            raise ApiError(409, "not_paused", f"Conversation {conversation_id} is {status}.")
        deadline = record.get("pause_deadline")
        if isinstance(deadline, str):
            try:
                passed = self.clock() >= parse_time(deadline)
            except ValueError:
                passed = False
            if passed:
                raise ApiError(
                    409,
                    "deadline_passed",
                    f"The pause deadline of {conversation_id} passed at {deadline}.",
                )
        assignee = record.get("assignee_id")
        if assignee == self.agent_id or (assignee is None and assign_to_me):
            return
        if assignee is None:
            message = f"Conversation {conversation_id} is unassigned: reopen it with assign_to_me."
        else:
            message = f"Conversation {conversation_id} is assigned to someone else."
        raise ApiError(409, "not_assigned", message)
