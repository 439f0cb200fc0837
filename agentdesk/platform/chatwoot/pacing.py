"""Requests paced so that a server allowing each client N a minute never has to refuse.

Chatwoot throttles every client address with Rack::Attack (``RACK_ATTACK_LIMIT``, 3,000 a
minute by default, counted in fixed one-minute buckets). A backfill that asks as fast as it can
(20,000 conversations are 20,000 message requests) would hit it within seconds and then live on
429 answers.

A token bucket: ``burst`` requests may go at once, then one every ``60 / rate`` seconds. Any
sixty-second window, aligned to the server's buckets or not, then holds at most ``burst + rate``
requests: 300 + 2,400 = 2,700 by default, under 3,000 with room for the agent's own browser on
the same address. The burst keeps a small incremental sync (a window and fifty message
requests) from waiting at all.

The clock and the sleeper are injected so that tests check the pacing without waiting.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Final

DEFAULT_RATE_PER_MINUTE: Final = 2_400
DEFAULT_BURST: Final = 300


class Pacer:
    def __init__(
        self,
        rate_per_minute: float = DEFAULT_RATE_PER_MINUTE,
        *,
        burst: int = DEFAULT_BURST,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate_per_minute <= 0 or burst < 1:
            raise ValueError("the rate must be positive and the burst at least one request")
        # A hair under the rate: summed in floating point, exact refills let one request too
        # many into some sixty-second windows (the test found it).
        self._per_second = rate_per_minute / 60.0 * (1 - 1e-9)
        self._burst = float(burst)
        self._tokens = float(burst)
        self._clock = clock
        self._sleep = sleep
        self._last: float | None = None
        self._not_before = float("-inf")
        self._lock = threading.Lock()
        self.waited = 0.0
        """Seconds slept so far, summed over the threads that slept (several may wait at once)."""

    def wait(self) -> None:
        """Block until the next request may go, and take its token."""
        with self._lock:
            now = self._clock()
            if self._last is not None:
                self._tokens = min(
                    self._burst, self._tokens + (now - self._last) * self._per_second
                )
            self._last = now
            delay = max(0.0, self._not_before - now)
            if self._tokens < 1.0:
                delay = max(delay, (1.0 - self._tokens) / self._per_second)
            # The request goes after ``delay``: book its token now, refilled up to that moment.
            self._tokens += delay * self._per_second - 1.0
            self._last = now + delay
        if delay > 0:
            self.waited += delay
            self._sleep(delay)

    def hold_off(self, seconds: float) -> None:
        """A 429 said the server's bucket is full: nothing leaves before ``seconds`` from now,
        and no burst follows the pause."""
        with self._lock:
            now = self._clock()
            self._not_before = max(self._not_before, now + seconds)
            self._tokens = 0.0
            self._last = now + seconds
