"""Python's full garbage collections kept out of the window's frames.

A full collection walks every object the cyclic collector tracks. With the window built (Qt
wrappers, the modules of the store, the index, the services) that is ~50,000 objects and
23-30 ms on the benchmark machine: a scroll frame's budget twice over, landing on whichever
thread allocates when it is due — the GUI thread painting, or a worker holding the GIL that
the paint then waits for (the slowest frames of the closed list's scroll, 30-60 ms, were
these). The objects alive once the window is up live as long as it does; ``settle`` moves them
out of the collector's sight (``gc.freeze``), so that later collections walk only what was
made since (0.01 ms instead of 28 ms, measured on the 100k benchmark store).

The collector stays on: cycles made afterwards are collected as before. Only cycles among the
frozen objects that become garbage later (a window replaced by a language change) wait for the
next ``settle``, which unfreezes first.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Once the window is up (and again when it is rebuilt): collect, then freeze what
    survived. ``gc.freeze`` is what the Python documentation offers for long-lived objects
    made at start-up; ``gc.disable`` was measured worse (the collections it postponed came
    later, larger)."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
