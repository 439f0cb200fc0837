"""A realistic, seeded demo workspace of any size, built one conversation at a time on demand.

Conversation ``index`` (0-based, id ``c-{index + 1:06d}``) is a pure function of
``(seed, index)`` and the anchor ``now``: nothing is held in memory but a few numbers per working
day, so a million conversations cost what ten do until they are read. Closed conversations take
the first indexes, oldest first, and paused ones the last, so each list is one run of indexes
whose ``updated_at`` (``timeline``) grows with the index.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from agentdesk.demo.conversations import (
    AGENT_ID,
    AGENT_NAME,
    PausePlan,
    build_closed,
    build_paused,
)
from agentdesk.demo.conversations import (
    conversation_id as make_id,
)
from agentdesk.demo.timeline import ClosedTimeline, PausedTimeline
from agentdesk.demo.workspace import DEMO_LOGIN, Key, OrderedRecords, Workspace

DEFAULT_TIMEZONE = "Europe/Paris"
DEFAULT_INDICATORS = (
    "conversations",
    "handling_time",
    "first_response_time",
    "response_time",
    "csat",
    "nps",
    "revenue",
    "conversion_rate",
)


def paused_count(total: int) -> int:
    """12 for a hundred conversations, 20 for two thousand, 30 from fifty thousand; at most a
    third of a tiny workspace."""
    if total < 2:
        return 0
    return min(30, total // 3, 12 + max(0, int(math.log2(total / 100)) * 2))


def pause_plans(seed: int, count: int) -> list[PausePlan]:
    """Every mix of (mine, unassigned, someone else's) × (deadline past, to come) first, so
    even a small workspace shows them all; then half mine, a quarter each of the others, with a
    third of the deadlines past."""
    rng = random.Random(f"{seed}:pauses")
    plans = [PausePlan(who, passed) for who in ("me", "none", "other") for passed in (False, True)]
    rng.shuffle(plans)
    while len(plans) < count:
        who = rng.choices(("me", "none", "other"), (50, 25, 25))[0]
        plans.append(PausePlan(who, rng.random() < 0.35))
    return plans[:count]


class _IndexRun:
    """A run of generated indexes seen as ``OrderedRecords``."""

    def __init__(
        self,
        first: int,
        count: int,
        updated_at: Callable[[int], datetime],
        build: Callable[[int], dict[str, Any]],
    ) -> None:
        self._first = first
        self._count = count
        self._updated_at = updated_at
        self._build = build

    def __len__(self) -> int:
        return self._count

    def _check(self, position: int) -> None:
        if not 0 <= position < self._count:
            raise IndexError(position)

    def key_at(self, position: int) -> Key:
        self._check(position)
        return self._updated_at(position), make_id(self._first + position)

    def id_at(self, position: int) -> str:
        self._check(position)
        return make_id(self._first + position)

    def record_at(self, position: int) -> dict[str, Any]:
        self._check(position)
        return self._build(position)


class GeneratedSource:
    def __init__(self, seed: int, total: int, now: datetime, timezone: str) -> None:
        self.seed = seed
        self.total = total
        self.now = now
        self.paused = paused_count(total)
        self.closed = total - self.paused
        self._contacts = max(25, total // 3)
        self._closed_times = ClosedTimeline(seed, self.closed, now, ZoneInfo(timezone))
        self._paused_times = PausedTimeline(seed, self.paused, now)
        self._plans = pause_plans(seed, self.paused)
        self._runs: dict[str, OrderedRecords] = {
            "closed": _IndexRun(0, self.closed, self._closed_times.updated_at, self._closed),
            "paused": _IndexRun(
                self.closed, self.paused, self._paused_times.updated_at, self._paused
            ),
        }

    def _closed(self, position: int) -> dict[str, Any]:
        updated_at = self._closed_times.updated_at(position)
        return build_closed(self.seed, position, updated_at, self._contacts)

    def _paused(self, position: int) -> dict[str, Any]:
        return build_paused(
            self.seed,
            self.closed + position,
            self._paused_times.updated_at(position),
            now=self.now,
            contacts=self._contacts,
            plan=self._plans[position],
        )

    def __len__(self) -> int:
        return self.total

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for index in range(self.total):
            yield self._build(index)

    def _build(self, index: int) -> dict[str, Any]:
        if index < self.closed:
            return self._closed(index)
        return self._paused(index - self.closed)

    def ordered(self, status: str) -> OrderedRecords:
        return self._runs.get(status) or _IndexRun(0, 0, self._closed_times.updated_at, self._build)

    def get(self, conversation_id: str) -> dict[str, Any] | None:
        prefix, _, digits = conversation_id.partition("-")
        if prefix != "c" or not digits.isdecimal():
            return None
        index = int(digits) - 1
        if not 0 <= index < self.total or make_id(index) != conversation_id:
            return None
        return self._build(index)

    def latest_update(self) -> datetime | None:
        candidates = [run.key_at(len(run) - 1)[0] for run in self._runs.values() if len(run)]
        return max(candidates, default=None)


def generate_workspace(
    seed: int, conversations: int, now: datetime, *, timezone: str = DEFAULT_TIMEZONE
) -> Workspace:
    """The demo agent's workspace: ``conversations`` in all (a dozen to thirty of them paused,
    the rest closed over the agent's working days up to ``now``), deterministic for ``seed``."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware (UTC)")
    me = {
        "id": AGENT_ID,
        "name": AGENT_NAME,
        "email": DEMO_LOGIN,
        "timezone": timezone,
        "locale": "fr-FR",
        "week_start": "monday",
    }
    settings = {
        "indicators": list(DEFAULT_INDICATORS),
        "daily_widget": True,
        "show_transactions": True,
    }
    source = GeneratedSource(seed, conversations, now, timezone)
    return Workspace(me=me, settings=settings, source=source, now=now)
