"""``FrameGate``: a worker asking for its turn waits while a frame is painted and goes when it
is over, when the window waits for it, when it is cancelled, or when a frame is never painted.
The clock is a test's own: nothing here depends on how fast the machine is."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from agentdesk.ui.frame_gate import MOST_WAIT_S, FrameGate


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _asking(gate: FrameGate, cancel: threading.Event | None = None) -> threading.Thread:
    worker = threading.Thread(target=gate.wait_turn, args=(cancel,), daemon=True)
    worker.start()
    return worker


def _waits(qtbot: QtBot, gate: FrameGate, worker: threading.Thread) -> None:
    qtbot.waitUntil(lambda: gate.waiting == 1, timeout=10_000)
    assert worker.is_alive()


def test_between_frames_a_worker_goes_at_once() -> None:
    gate = FrameGate(_Clock())
    gate.wait_turn()
    gate.begin()
    gate.end()
    gate.wait_turn()
    assert gate.waiting == 0


def test_a_worker_waits_for_the_frame_to_be_over(qtbot: QtBot) -> None:
    gate = FrameGate(_Clock())
    gate.begin()
    gate.begin()  # the scroll, then its paint: one frame
    assert gate.in_frame
    worker = _asking(gate)
    _waits(qtbot, gate, worker)
    gate.end()
    worker.join(timeout=10)
    assert not worker.is_alive()
    assert not gate.in_frame


def test_a_worker_goes_when_the_window_waits_for_it(qtbot: QtBot) -> None:
    gate = FrameGate(_Clock())
    gate.begin()
    worker = _asking(gate)
    _waits(qtbot, gate, worker)
    gate.set_waited_for(True)
    worker.join(timeout=10)
    assert not worker.is_alive()
    gate.wait_turn()  # still in the frame, still waited for
    gate.set_waited_for(False)
    assert gate.in_frame


def test_a_frame_never_painted_holds_a_worker_back_only_so_long(qtbot: QtBot) -> None:
    clock = _Clock()
    gate = FrameGate(clock)
    gate.begin()  # a scroll whose paint never comes
    worker = _asking(gate)
    _waits(qtbot, gate, worker)
    clock.now += 2 * MOST_WAIT_S  # the worker sees it when it wakes to look
    worker.join(timeout=10)
    assert not worker.is_alive()


def test_a_cancelled_worker_does_not_wait() -> None:
    gate = FrameGate(_Clock())
    gate.begin()
    cancel = threading.Event()
    cancel.set()
    gate.wait_turn(cancel)
    assert gate.waiting == 0


def test_a_frame_waits_for_the_piece_running_and_no_piece_starts_in_it(qtbot: QtBot) -> None:
    """``turn``: a piece that began before the frame ends before the frame goes on (instead of
    sharing the GIL with it); a piece asked during the frame waits for its end."""
    gate = FrameGate(_Clock())
    inside, release, order = threading.Event(), threading.Event(), []

    def piece() -> None:
        with gate.turn():
            inside.set()
            release.wait(10)
            order.append("piece")

    worker = threading.Thread(target=piece, daemon=True)
    worker.start()
    assert inside.wait(10)

    def frame() -> None:
        gate.begin()
        order.append("frame")

    framing = threading.Thread(target=frame, daemon=True)
    framing.start()
    release.set()
    framing.join(timeout=10)
    worker.join(timeout=10)
    assert order == ["piece", "frame"]
    second = threading.Thread(target=piece, daemon=True)
    release.clear()
    inside.clear()
    second.start()
    _waits(qtbot, gate, second)
    assert not inside.is_set()
    gate.end()
    assert inside.wait(10)
    release.set()
    second.join(timeout=10)
