"""The demo's conversation lists in Chatwoot's order: most recent first, 25 a page, per
assignee type, with the counts Chatwoot puts in ``data.meta``.

Chatwoot sorts by last activity; the demo's records change only by being stamped (a sync saw
them or a test touched them), so it sorts by ``updated_at``, newest first, which is the same
order for its data. Who a conversation is assigned to is learnt once per conversation (building
a generated record is the costly part) and kept; the order is rebuilt only when the data changed.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from agentdesk.demo.state import PlatformState
from agentdesk.demo.workspace import Key

PAGE_SIZE: Final = 25


@dataclass(frozen=True, slots=True)
class Counts:
    mine: int
    unassigned: int
    all: int

    def to_json(self) -> dict[str, int]:
        return {
            "mine_count": self.mine,
            "assigned_count": self.all - self.unassigned,
            "unassigned_count": self.unassigned,
            "all_count": self.all,
        }


class Listing:
    def __init__(self, state: PlatformState) -> None:
        self._state = state
        self._agent = state.agent_id
        self._base_assignees: dict[str, str | None] = {}
        self._lists: dict[str, tuple[int, list[Key], list[str], list[str]]] = {}
        self._base: dict[str, list[Key]] = {}
        self._lock = threading.Lock()

    def _owner(self, conversation_id: str) -> str | None:
        """A changed conversation is read afresh; an untouched one once, then remembered."""
        if self._state.changed(conversation_id):
            return (self._state.get(conversation_id) or {}).get("assignee_id")
        if conversation_id not in self._base_assignees:
            record = self._state.get(conversation_id) or {}
            self._base_assignees[conversation_id] = record.get("assignee_id")
        return self._base_assignees[conversation_id]

    def _built(self, status: str) -> tuple[list[Key], list[str], list[str]]:
        """Keys oldest first; mine and unassigned ids newest first; redone after a change."""
        with self._lock:
            version = self._state.version
            cached = self._lists.get(status)
            if cached is None or cached[0] != version:
                keys = self._keys(status)
                mine: list[str] = []
                unassigned: list[str] = []
                for _, conversation_id in reversed(keys):
                    owner = self._owner(conversation_id)
                    if owner == self._agent:
                        mine.append(conversation_id)
                    elif owner is None:
                        unassigned.append(conversation_id)
                cached = (version, keys, mine, unassigned)
                self._lists[status] = cached
            return cached[1], cached[2], cached[3]

    def _keys(self, status: str) -> list[Key]:
        if status not in self._base:
            ordered = self._state.workspace.ordered(status)
            self._base[status] = [ordered.key_at(i) for i in range(len(ordered))]
        changed, keys = self._state.changes(status)
        merged = [key for key in self._base[status] if key[1] not in changed] if changed else []
        if not changed:
            return self._base[status]
        merged.extend(keys)
        merged.sort()
        return merged

    def _matching(self, status: str, assignee_type: str) -> tuple[list[str], Counts]:
        keys, mine, unassigned = self._built(status)
        counts = Counts(len(mine), len(unassigned), len(keys))
        if assignee_type == "me":
            return mine, counts
        if assignee_type == "unassigned":
            return unassigned, counts
        return [key[1] for key in reversed(keys)], counts

    def page(self, status: str, assignee_type: str, page: int) -> tuple[list[str], Counts]:
        ids, counts = self._matching(status, assignee_type)
        start = (page - 1) * PAGE_SIZE
        return ids[start : start + PAGE_SIZE], counts

    def changed_within(
        self, status: str, assignee_type: str, since: datetime
    ) -> tuple[list[str], Counts]:
        """Every id updated after ``since``, newest first, unpaginated (``updated_within``)."""
        ids, counts = self._matching(status, assignee_type)
        keys, _, _ = self._built(status)
        recent = {key[1] for key in keys[bisect_right(keys, (since, "\U0010ffff")) :]}
        return [i for i in ids if i in recent], counts
