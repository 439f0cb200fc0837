"""Requests spaced so that a server limiting each client to N a minute never has to refuse.

Chatwoot throttles every client address with Rack::Attack (``RACK_ATTACK_LIMIT``, 3,000 a
minute by default, counted in fixed one-minute buckets). A sync that asks as fast as it can
(20,000 conversations are 20,000 message requests) would hit it within seconds and then live on
429 answers. Spacing requests at least ``60 / rate`` seconds apart keeps *any* sixty-second
window, aligned to the server's buckets or not, at or under ``rate`` requests.

The clock and the sleeper are injected so that tests check the spacing without waiting.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Final

DEFAULT_RATE_PER_MINUTE: Final = 2_400
"""80 % of Chatwoot's default 3,000: room for the agent's own web console on the same address."""


class Pacer:
    def __init__(
        self,
        rate_per_minute: float = DEFAULT_RATE_PER_MINUTE,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate_per_minute <= 0:
            raise ValueError("the rate must be positive")
        # A hair over 60/rate: summed in floating point, exact spacing put rate + 1 requests
        # into some sixty-second windows (the test found it).
        self.interval = 60.0 / rate_per_minute * (1 + 1e-9)
        self._clock = clock
        self._sleep = sleep
        self._next: float | None = None
        self._lock = threading.Lock()
        self.waited = 0.0
        """Seconds slept so far, for the benchmark's report."""

    def wait(self) -> None:
        """Block until the next request may go, and book its slot."""
        with self._lock:
            now = self._clock()
            slot = now if self._next is None else max(now, self._next)
            self._next = slot + self.interval
        delay = slot - now
        if delay > 0:
            self.waited += delay
            self._sleep(delay)

    def hold_off(self, seconds: float) -> None:
        """A 429 said the server's bucket is full: nothing leaves before ``seconds`` from now."""
        with self._lock:
            later = self._clock() + seconds
            self._next = later if self._next is None else max(self._next, later)
