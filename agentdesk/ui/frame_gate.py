"""GUI first: a worker's Python waits while the window paints a frame.

Python runs one thread at a time (the GIL). A scroll frame of the closed list makes ~120 calls
from Qt into Python (its delegate), and each has to take the GIL back; when a worker runs
Python meanwhile (fetching the next rows), each takeback can wait for the worker's turn to end
(``tasks.GIL_SWITCH_S``). Measured on the 100k benchmark: a frame that costs 4-5 ms of
GUI-thread CPU alone cost 11 ms, with 16 context switches, beside a busy worker, and the frames
during a fetch were the slowest. Python has no thread priorities, so the worker makes room
itself: it does its work in short pieces (~1 ms) and, before each, asks this gate for its
turn, which waits while a frame is being painted.

The GUI thread says when a frame begins (the list scrolls, or paints) and when it is over: when
its event loop turns after the paint (``ClosedTable``), not when the paint returns — what
follows a paint in the same turn (the flush to the screen, a ``repaint``'s caller) is the
frame's too. A frame that never ends (a view hidden between its scroll and its paint) holds a
worker back at most ``MOST_WAIT_S``; when the window waits for the worker (the list shows the
last of its loaded rows: ``set_waited_for``), the worker does not wait at all.

A piece already running when a frame begins is not stopped, but the frame waits for it to end
(``begin``) instead of sharing the GIL with it: a worker's Python and a frame's take the GIL
from each other at every call that lets it go (SQLite's steps, Qt's calls), and a frame that
ran beside a piece switched threads dozens of times, 30-50 ms in all, where the piece alone
takes about a millisecond (``turn`` holds a lock for the piece; ``begin`` waits on it, at most
``PIECE_WAIT_S``: a piece reading pages of the store from disk for the first time can take
tens of milliseconds, and the frame then goes ahead beside it). The GUI thread also begins
and ends a "frame" around work of its own between frames that the worker should keep out of
(the rows painted ahead, ``row_images``).

Measured (whole-list benchmark, 40,000 rows, loaded 2-core machine, same minutes): the slowest
frame during a fetch 20-21 ms with the gate against 32-37 ms without; see ``docs/benchmarks.md``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

MOST_WAIT_S = 0.05
"""The longest a worker waits for a frame to end (three frames at 60 Hz)."""
PIECE_WAIT_S = 0.004
"""The longest a frame waits for a worker's piece to end (a quarter of a 60 Hz frame); a piece
takes ~1 ms (median, whole-list benchmark)."""


class FrameGate:
    """Shared by the GUI thread (``begin``/``end``/``set_waited_for``) and workers
    (``wait_turn``)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._changed = threading.Condition()
        self._began_at: float | None = None
        """When the frame in progress began; None between frames."""
        self._waited_for = False
        self._piece = threading.Lock()
        """Held by a worker while it runs a piece (``turn``)."""
        self._pieces = 0
        """Pieces begun so far."""
        self._outwaited = -1
        """The piece a frame last stopped waiting for: later frames do not wait for it again."""
        self.waiting = 0
        """Workers waiting for their turn now (tests)."""

    def begin(self) -> None:
        """A frame starts (the GUI thread): workers asking now wait for its end. A second
        ``begin`` before the ``end`` (a scroll, then its paint) is the same frame."""
        with self._changed:
            if self._began_at is not None:
                return
            self._began_at = self._clock()
            if self._waited_for:
                return  # the window waits for the worker: nothing to wait for here
        running = self._pieces
        if running == self._outwaited:
            return  # a long piece (a page read whole): waited for once already
        if self._piece.acquire(timeout=PIECE_WAIT_S):  # a piece running: its end
            self._piece.release()
        else:
            self._outwaited = running

    def end(self) -> None:
        """The frame is over (the GUI thread, back in its event loop): waiting workers go."""
        with self._changed:
            self._began_at = None
            self._changed.notify_all()

    @property
    def waited_for(self) -> bool:
        """Whether the window waits for a worker (``set_waited_for``)."""
        with self._changed:
            return self._waited_for

    def set_waited_for(self, waited: bool) -> None:
        """Whether the GUI thread has nothing new to show until a worker's answer comes (the
        list shows the last of its loaded rows): workers then go at once, without waiting
        for the end of frames that only that answer would make worth painting."""
        with self._changed:
            self._waited_for = waited
            if waited:
                self._changed.notify_all()

    @contextmanager
    def turn(self, cancel: threading.Event | None = None) -> Iterator[None]:
        """A worker's piece: runs once no frame is being painted, with no frame beginning
        before it ends without waiting for it (see the module docstring)."""
        while True:
            self.wait_turn(cancel)
            self._piece.acquire()
            with self._changed:
                if self._may_run() or (cancel is not None and cancel.is_set()):
                    break
            self._piece.release()  # a frame began in between: its turn first
        self._pieces += 1
        try:
            yield
        finally:
            self._piece.release()

    def wait_turn(self, cancel: threading.Event | None = None) -> None:
        """Returns once no frame is being painted (see the module docstring); at once if
        ``cancel`` is set: the caller then stops on its own check."""
        with self._changed:
            if self._may_run() or (cancel is not None and cancel.is_set()):
                return
            self.waiting += 1
            try:
                while not self._may_run():  # woken by ``end``, or to see if the frame is stale
                    self._changed.wait(MOST_WAIT_S)
            finally:
                self.waiting -= 1

    @property
    def in_frame(self) -> bool:
        """A frame has begun and is not over."""
        with self._changed:
            return self._began_at is not None

    def _may_run(self) -> bool:
        if self._waited_for or self._began_at is None:
            return True
        return self._clock() - self._began_at >= MOST_WAIT_S  # a frame that was never painted
