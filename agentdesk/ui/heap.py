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
next ``settle``, which unfreezes first. While a view scrolls, full collections wait for the
scroll's end (``ScrollCollections``).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

FULL_AFTER = gc.get_threshold()[2]
"""Python's third threshold, as the process started with it (10)."""


def settle() -> None:
    """Once the window is up (and again when it is rebuilt): collect, then freeze what
    survived. ``gc.freeze`` is what the Python documentation offers for long-lived objects
    made at start-up; ``gc.disable`` was measured worse (the collections it postponed came
    later, larger)."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


NEVER = 1 << 30
"""A third collector threshold no count reaches: no automatic full collection."""
SCROLL_OVER_MS = 300
"""A scroll is over when no frame came for this long."""


class ScrollCollections:
    """No full collection while a view scrolls; the one that came due runs when it stops.

    After ``settle`` a full collection still walks what was made since (the list's ids, the
    rows it holds, modules imported later): 9-24 ms of CPU each in the whole-list benchmark,
    eight times in 100,000 rows, with the GIL held — in the GUI thread a frame pays it, in
    the fetch's worker the paint waits for it. Python collects a generation when its count
    passes its threshold, so raising the third threshold (``gc.set_threshold``) while frames
    come and putting it back once ``SCROLL_OVER_MS`` passed without one moves those walks to
    the end of the scroll; young collections go on as before, and so does refcounting, which
    frees everything that is not a cycle. A view calls ``frame`` for each of its frames."""

    _holding = 0
    """Views scrolling now, in every instance (the threshold is the process's)."""

    def __init__(self, parent: QObject) -> None:
        self._held = False
        self._over = QTimer(parent)
        self._over.setSingleShot(True)
        self._over.setInterval(SCROLL_OVER_MS)
        self._over.timeout.connect(self.release)
        parent.destroyed.connect(self.release)

    @property
    def held(self) -> bool:
        return self._held

    def frame(self) -> None:
        """A frame of the view: full collections wait until the scroll is over."""
        if not self._held:
            self._held = True
            if ScrollCollections._holding == 0:
                young, middle, _full = gc.get_threshold()
                gc.set_threshold(young, middle, NEVER)
            ScrollCollections._holding += 1
        self._over.start()

    def release(self, *_destroyed: object) -> None:
        """The scroll is over (or the view gone): the threshold back, and the full collection
        that came due meanwhile, if one did."""
        if not self._held:
            return
        self._held = False
        ScrollCollections._holding -= 1
        if ScrollCollections._holding == 0:
            young, middle, _never = gc.get_threshold()
            gc.set_threshold(young, middle, FULL_AFTER)
            if gc.get_count()[2] > FULL_AFTER:
                gc.collect()
