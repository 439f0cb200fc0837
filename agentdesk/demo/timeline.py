"""When each generated conversation was last updated, as a pure function of its index.

The server binary-searches the lists by ``(updated_at, id)``, so ``updated_at`` must be known
without building the conversation and must grow strictly with the index. Closed conversations
fill the agent's working days backwards from ``now``: 20–60 on a weekday (3 % of weekdays off),
0–12 on a Saturday morning, none on Sunday, and at least three today. Past about five years
(≈ 52,000 conversations) the days get busier instead of reaching further back, so a
million-conversation workspace spans five years, not eighty.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

MAX_SPAN_DAYS = 5 * 365
MEAN_PER_DAY = (5 * 40 * 0.97 + 6) / 7
"""The mean of ``base_count`` over a week, used to choose how busy days must be."""
MAX_CONVERSATIONS = 2_000_000
"""Beyond this, slots would get too short for ``updated_at`` to grow by whole seconds."""

_MASK = (1 << 64) - 1
_WORK_HOURS = {0: (8, 19), 1: (8, 19), 2: (8, 19), 3: (8, 19), 4: (8, 19), 5: (9, 13), 6: (10, 16)}
_TODAY_MIN = 3
_PAUSED_SPAN = (timedelta(days=7), timedelta(hours=1))


def mix(*values: int) -> int:
    """A fast, stable 64-bit hash of integers (splitmix64 rounds); ``hash()`` is salted."""
    state = 0x9E3779B97F4A7C15
    for value in values:
        state = (state ^ (value & _MASK)) & _MASK
        state = (state + 0x9E3779B97F4A7C15) & _MASK
        state = ((state ^ (state >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
        state = ((state ^ (state >> 27)) * 0x94D049BB133111EB) & _MASK
        state ^= state >> 31
    return state


def base_count(seed: int, day: date) -> int:
    """How many conversations the agent closes on ``day`` at the normal density."""
    h = mix(seed, day.toordinal(), 1)
    weekday = day.weekday()
    if weekday < 5:
        return 0 if h % 100 < 3 else 20 + (h >> 8) % 41
    if weekday == 5:
        return (h >> 8) % 13
    return 0


def _place(start: int, length: int, count: int, position: int, jitter: int) -> int:
    """Second of the ``position``-th of ``count`` slots in ``[start, start + length)``."""
    slot = length / count
    offset = 0.15 + 0.7 * (jitter % 10_000) / 10_000
    return start + int(slot * (position + offset))


class ClosedTimeline:
    """``updated_at`` of closed conversation ``index`` (0 is the oldest) in O(log days)."""

    def __init__(self, seed: int, count: int, now: datetime, tz: ZoneInfo) -> None:
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware")
        if not 0 <= count <= MAX_CONVERSATIONS:
            raise ValueError(f"the demo generates 0 to {MAX_CONVERSATIONS:,} conversations")
        self._seed = seed
        self._count = count
        self._tz = tz
        self._now = now.astimezone(UTC)
        self._today = self._now.astimezone(tz).date()
        self._scale = max(1.0, count / (MEAN_PER_DAY * MAX_SPAN_DAYS))
        self._counts = array("q")
        self._starts = array("q", [0])
        while self._starts[-1] < count:
            n = self._day_count(len(self._counts))
            self._counts.append(n)
            self._starts.append(self._starts[-1] + n)

    def epoch(self, index: int) -> int:
        if not 0 <= index < self._count:
            raise IndexError(index)
        from_newest = self._count - 1 - index
        day = bisect_right(self._starts, from_newest) - 1
        count = self._counts[day]
        position = count - 1 - (from_newest - self._starts[day])
        start, length = self._window(day)
        return _place(start, length, count, position, mix(self._seed, index, 2))

    def updated_at(self, index: int) -> datetime:
        return datetime.fromtimestamp(self.epoch(index), UTC)

    def _day_count(self, days_ago: int) -> int:
        day = self._today - timedelta(days=days_ago)
        base = base_count(self._seed, day)
        if days_ago > 0:
            return round(base * self._scale)
        start, length = self._window(0)
        nominal_start, nominal_length = self._nominal(day)
        elapsed = (start + length - nominal_start) / nominal_length if start == nominal_start else 0
        return max(_TODAY_MIN, round(base * self._scale * min(1.0, elapsed)))

    def _nominal(self, day: date) -> tuple[int, int]:
        first, last = _WORK_HOURS[day.weekday()]
        start = datetime.combine(day, time(first), tzinfo=self._tz)
        end = datetime.combine(day, time(last), tzinfo=self._tz)
        return int(start.timestamp()), int(end.timestamp()) - int(start.timestamp())

    def _window(self, days_ago: int) -> tuple[int, int]:
        """Working hours of that day; today's end at ``now`` (or two hours before it, early)."""
        start, length = self._nominal(self._today - timedelta(days=days_ago))
        if days_ago > 0:
            return start, length
        end = min(start + length, int(self._now.timestamp()) - 60)
        if end - start >= 30 * 60:
            return start, end - start
        return end - 2 * 3600, 2 * 3600


class PausedTimeline:
    """``updated_at`` of paused conversation ``index``: spread over the week before ``now``."""

    def __init__(self, seed: int, count: int, now: datetime) -> None:
        self._seed = seed
        self._count = count
        oldest, newest = _PAUSED_SPAN
        self._start = int((now - oldest).timestamp())
        self._length = int((oldest - newest).total_seconds())

    def updated_at(self, index: int) -> datetime:
        if not 0 <= index < self._count:
            raise IndexError(index)
        jitter = mix(self._seed, index, 3)
        second = _place(self._start, self._length, self._count, index, jitter)
        return datetime.fromtimestamp(second, UTC)
