"""What the closed page's scroll benchmark records beside each frame's time: the GUI thread's
context switches (it waited, or it was preempted) and Python's full collections in any thread."""

from __future__ import annotations

import resource
import threading
import time


class FullCollections:
    """Python's full garbage collections during the scroll, in any thread: the GIL is held for
    each, so one in the fetch's worker stops the GUI thread's paint as one in the GUI thread
    does. Kept: each one's CPU time in the thread that ran it."""

    def __init__(self) -> None:
        self.cpu_ms: list[float] = []
        self._started: dict[int, float] = {}

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        thread = threading.get_ident()
        if phase == "start":
            self._started[thread] = time.thread_time()
        elif thread in self._started:
            self.cpu_ms.append((time.thread_time() - self._started.pop(thread)) * 1000)


def switches() -> tuple[int, int]:
    """The GUI thread's context switches so far: voluntary (it waited: for the GIL, since a
    frame reads no disk and waits for no lock of its own) and involuntary (the machine gave its
    core to another thread or process). A frame's wall time minus its CPU time is one or the
    other; these tell which."""
    usage = resource.getrusage(resource.RUSAGE_THREAD)
    return usage.ru_nvcsw, usage.ru_nivcsw
