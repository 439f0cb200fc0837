"""One helper for background work: run a service call on a thread pool, answer on the GUI thread.

Learnt from anki's ``CollectionOp``/``QueryOp``: the work function runs off the GUI thread and gets
a cancel flag it may check; its result goes to ``on_success`` and a known error (an
``AgentDeskError``, a sentence for the user) to ``on_failure`` — or, when the caller gave none, to
the runner's ``failed`` signal, which the window shows in its banner. Anything else is a bug: it is
logged with its traceback and announced on ``bug`` with a sentence naming the log file.

Callbacks are delivered through a queued signal, so they always run on the GUI thread. A callback
that is a bound method of a QObject (or any callback given with ``receiver=``) is dropped when that
object has been deleted in the meantime, and a cancelled task delivers nothing.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from agentdesk.errors import AgentDeskError, CancelledError

log = logging.getLogger(__name__)

T = TypeVar("T")

GIL_SWITCH_S = 0.001
"""How long a thread waiting for the GIL lets its holder run before asking for it (Python's
default: 5 ms). PySide lets go of the GIL around Qt's C++ calls and takes it back for each
Python call Qt makes, such as the closed list's delegate painting a cell (~120 a frame): when
a worker runs Python meanwhile (a fetch of the next rows, building its answer), each of those
takebacks could cost the GUI thread up to the whole interval. Measured: a repaint of the list
that takes 5.3 ms alone took 26 ms (median) beside a busy Python thread at 5 ms, 16 ms at 1 ms;
the scroll's slowest frame during a fetch, 91 ms at 5 ms and 26 ms at 1 ms, then 71 and 49 ms
(two pairs of runs, loaded machine). Workers give up a little throughput for it (more
switches)."""


def prefer_gui_thread() -> None:
    """Shortens the GIL's switch interval (``GIL_SWITCH_S``): the window's process calls it
    once, when its QApplication is made."""
    sys.setswitchinterval(GIL_SWITCH_S)


def bug_sentence(log_path: Path | None) -> str:
    sentence = QCoreApplication.translate(
        "TaskRunner", "AgentDesk hit an unexpected error (a bug, not something you did)."
    )
    if log_path is None:
        return sentence
    where = QCoreApplication.translate("TaskRunner", "The details are in %1.")
    return f"{sentence} {where.replace('%1', str(log_path))}"


class TaskHandle:
    """What ``TaskRunner.run`` gives back: cancel the task, or ask whether it is still pending."""

    def __init__(self, task_id: int, name: str) -> None:
        self.id = task_id
        self.name = name
        self.cancel_event = threading.Event()
        self.done = False

    def cancel(self) -> None:
        """Ask the work to stop (it sees the flag) and drop its callbacks whatever it returns."""
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def __repr__(self) -> str:
        state = "done" if self.done else "cancelled" if self.cancelled else "pending"
        return f"TaskHandle({self.id}, {self.name!r}, {state})"


@dataclass(frozen=True, slots=True)
class _Outcome:
    task_id: int
    value: object = None
    error: AgentDeskError | None = None
    bug: str | None = None


class _Job(QRunnable, Generic[T]):
    def __init__(
        self,
        handle: TaskHandle,
        work: Callable[[threading.Event], T],
        deliver: Callable[[_Outcome], None],
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps the Python object until delivery
        self._handle = handle
        self._work = work
        self._deliver = deliver

    def run(self) -> None:
        handle = self._handle
        try:
            outcome = _Outcome(handle.id, value=self._work(handle.cancel_event))
        except AgentDeskError as error:
            outcome = _Outcome(handle.id, error=error)
        except Exception as error:
            log.exception("Background task %r failed", handle.name)
            outcome = _Outcome(handle.id, bug=f"{type(error).__name__}: {error}")
        try:
            self._deliver(outcome)
        except RuntimeError:
            # The runner itself was deleted (the window closed without waiting): nobody listens.
            log.debug("Task %r finished after its runner was deleted", handle.name)


@dataclass(slots=True)
class _Pending:
    handle: TaskHandle
    job: _Job[Any]
    on_success: Callable[[Any], None]
    on_failure: Callable[[AgentDeskError], None] | None
    receivers: tuple[QObject, ...]


def _receivers_of(*callbacks: object, extra: QObject | None) -> tuple[QObject, ...]:
    found = [extra] if extra is not None else []
    for callback in callbacks:
        owner = getattr(callback, "__self__", None)
        if isinstance(owner, QObject):
            found.append(owner)
    return tuple(found)


class TaskRunner(QObject):
    """Runs work on its own ``QThreadPool`` and calls back on the GUI thread."""

    failed = Signal(object)
    """An ``AgentDeskError`` from a task that had no ``on_failure``: for the window's banner."""
    bug = Signal(str)
    """An unexpected exception: a sentence for the user, naming the log file."""
    _finished = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        log_path: Path | None = None,
        max_threads: int = 3,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("taskRunner")
        self.log_path = log_path
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._pool.setExpiryTimeout(2000)
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        self._finished.connect(self._on_finished)

    @property
    def active_count(self) -> int:
        """Tasks started whose callbacks have not been delivered (or dropped) yet."""
        return len(self._pending)

    def run(
        self,
        work: Callable[[threading.Event], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[AgentDeskError], None] | None = None,
        *,
        receiver: QObject | None = None,
        name: str = "",
    ) -> TaskHandle:
        handle = TaskHandle(next(self._ids), name or getattr(work, "__name__", "task"))
        job: _Job[T] = _Job(handle, work, self._finished.emit)
        self._pending[handle.id] = _Pending(
            handle,
            job,
            on_success,
            on_failure,
            _receivers_of(on_success, on_failure, extra=receiver),
        )
        self._pool.start(job)
        return handle

    def cancel_all(self) -> None:
        for pending in self._pending.values():
            pending.handle.cancel()

    def wait_for_idle(self, timeout_ms: int) -> bool:
        """Block until no work runs (shutdown, tests); True if the pool emptied in time.
        Callbacks of finished work are still delivered by the event loop afterwards."""
        return bool(self._pool.waitForDone(timeout_ms))

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel everything and wait: the window calls this when it closes."""
        self.cancel_all()
        idle = self.wait_for_idle(timeout_ms)
        self._pending.clear()
        if not idle:
            log.warning("Background work still running after %d ms at shutdown", timeout_ms)
        return idle

    @Slot(object)
    def _on_finished(self, outcome: _Outcome) -> None:
        pending = self._pending.pop(outcome.task_id, None)
        if pending is None:
            return
        pending.handle.done = True
        if pending.handle.cancelled:
            log.debug("Dropping the result of cancelled task %r", pending.handle.name)
            return
        if not all(shiboken6.isValid(r) for r in pending.receivers):
            log.debug("Dropping the result of task %r: its receiver is gone", pending.handle.name)
            return
        try:
            self._dispatch(pending, outcome)
        except Exception as error:
            log.exception("Callback of task %r failed", pending.handle.name)
            self.bug.emit(bug_sentence(self.log_path) + f"\n\n{type(error).__name__}: {error}")

    def _dispatch(self, pending: _Pending, outcome: _Outcome) -> None:
        if outcome.bug is not None:
            self.bug.emit(bug_sentence(self.log_path) + f"\n\n{outcome.bug}")
        elif outcome.error is not None:
            if pending.on_failure is not None:
                pending.on_failure(outcome.error)
            elif not isinstance(outcome.error, CancelledError):
                self.failed.emit(outcome.error)
        else:
            pending.on_success(outcome.value)
