"""The background-work helper: answers on the GUI thread, sorts errors from bugs, drops late
answers for widgets that are gone."""

from __future__ import annotations

import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QLabel

from agentdesk.errors import UsageError
from agentdesk.ui.tasks import TaskRunner


@pytest.fixture
def runner(qapp: QApplication, tmp_path):
    runner = TaskRunner(log_path=tmp_path / "agentdesk.log")
    yield runner
    runner.shutdown(5000)
    runner.deleteLater()


def test_success_is_called_back_on_the_gui_thread(qtbot, runner: TaskRunner) -> None:
    seen: list[tuple[int, bool]] = []

    def work(cancel: threading.Event) -> int:
        assert QThread.currentThread() is not QApplication.instance().thread()
        return 42

    runner.run(work, lambda v: seen.append((v, QThread.currentThread() is qtbot_thread())))
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=5000)
    assert seen == [(42, True)]


def qtbot_thread() -> QThread:
    return QApplication.instance().thread()


def test_a_known_error_goes_to_on_failure_or_else_to_the_failed_signal(qtbot, runner) -> None:
    def fails(cancel: threading.Event) -> None:
        raise UsageError("Nothing has been synced yet.")

    errors: list[str] = []
    runner.run(fails, lambda _: None, lambda e: errors.append(e.sentence))
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=5000)
    assert errors == ["Nothing has been synced yet."]
    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.run(fails, lambda _: None)
    assert blocker.args[0].sentence == "Nothing has been synced yet."


def test_a_bug_is_logged_and_announced_with_the_log_path(qtbot, runner, caplog) -> None:
    def crashes(cancel: threading.Event) -> None:
        raise ZeroDivisionError("division by zero")

    with qtbot.waitSignal(runner.bug, timeout=5000) as blocker:
        runner.run(crashes, lambda _: None)
    sentence = blocker.args[0]
    assert sentence.startswith("AgentDesk hit an unexpected error")
    assert str(runner.log_path) in sentence
    assert "ZeroDivisionError" in caplog.text


def test_a_callback_of_a_deleted_widget_is_dropped(qtbot, runner) -> None:
    label = QLabel()
    release = threading.Event()
    runner.run(lambda cancel: release.wait(5) and "late", label.setText)
    label.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label), timeout=2000)
    release.set()
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=5000)


def _alive(widget: QLabel) -> bool:
    return shiboken6.isValid(widget)


def test_cancel_sets_the_flag_and_drops_the_answer(qtbot, runner) -> None:
    seen: list[object] = []

    def loops(cancel: threading.Event) -> str:
        deadline = time.monotonic() + 5
        while not cancel.is_set() and time.monotonic() < deadline:
            time.sleep(0.01)
        return "stopped" if cancel.is_set() else "timed out"

    handle = runner.run(loops, seen.append)
    handle.cancel()
    assert runner.wait_for_idle(5000)
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=5000)
    assert seen == []
    assert handle.cancelled
