"""``run_window`` end to end: the first-run dialog, the window, sign-out, and the demo flag."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from agentdesk.demo.workspace import DEMO_LOGIN, DEMO_PASSWORD
from agentdesk.services.context import AppContext
from agentdesk.services.paths import AppPaths
from agentdesk.ui.app import run_window
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.sign_in import SignInDialog
from tests.conftest import DEMO_TOKEN

Step = tuple[str, Callable[[], QWidget | None], Callable[[QWidget], None]]


def _visible(kind: type[QWidget], name: str) -> Callable[[], QWidget | None]:
    def find() -> QWidget | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.objectName() == name and widget.isVisible():
                return widget
        return None

    return find


class Script:
    """Plays steps inside the application's own event loops (``exec()`` blocks the test): each
    step waits until its widget is visible, then acts on it. On timeout, closes everything."""

    def __init__(self, steps: list[Step], timeout_s: float = 60) -> None:
        self.steps = list(steps)
        self.done: list[str] = []
        self.deadline = time.monotonic() + timeout_s
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        if not self.steps:
            self.timer.stop()
            return
        if time.monotonic() > self.deadline:
            self.timer.stop()
            for widget in QApplication.topLevelWidgets():
                widget.close()
            return
        name, find, act = self.steps[0]
        widget = find()
        if widget is not None:
            self.steps.pop(0)
            self.done.append(name)
            act(widget)


def _sign_in(server: str) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, SignInDialog)
        dialog.server.setText(server)
        dialog.login.setText(DEMO_LOGIN)
        dialog.password.setText(DEMO_PASSWORD)
        dialog.sign_in_button.click()

    return act


def test_first_run_signs_in_then_signs_out(qapp, demo_server, memory_keyring) -> None:
    ctx = AppContext(paths=AppPaths.from_environment().ensure())
    tokens_while_open: list[int] = []

    def sign_out(window: QWidget) -> None:
        assert isinstance(window, MainWindow)
        tokens_while_open.append(len(memory_keyring.passwords))
        window.menus.sign_out_action.trigger()

    script = Script(
        [
            ("dialog", _visible(SignInDialog, "signInDialog"), _sign_in(demo_server.url)),
            ("window", _visible(MainWindow, "mainWindow"), sign_out),
            ("dialog again", _visible(SignInDialog, "signInDialog"), lambda d: d.reject()),
        ]
    )
    try:
        assert run_window(ctx, open_demo=None) == 0
    finally:
        ctx.close()
    assert script.done == ["dialog", "window", "dialog again"]
    assert tokens_while_open == [1]
    assert memory_keyring.passwords == {}, "sign-out forgets the token"


def test_the_demo_flag_opens_the_window_without_asking(qapp, demo_server) -> None:
    ctx = AppContext(
        paths=AppPaths.from_environment().ensure(),
        server_override=demo_server.url,
        token_override=DEMO_TOKEN,
    )
    titles: list[str] = []

    def close(window: QWidget) -> None:
        titles.append(window.windowTitle())
        window.close()

    script = Script([("window", _visible(MainWindow, "mainWindow"), close)])
    try:
        assert run_window(ctx, demo=True) == 0
    finally:
        ctx.close()
    assert script.done == ["window"]
    assert titles == ["AgentDesk — demo workspace"]


@pytest.mark.slow
def test_without_a_display_the_command_says_so(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)
    env["AGENTDESK_HOME"] = str(tmp_path / "home")
    result = subprocess.run(
        [sys.executable, "-m", "agentdesk.cli"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "needs a desktop session" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_the_command_line_loads_qt_only_for_the_window() -> None:
    """The CLI reaches the window by name (importlib), which the layer contracts cannot see:
    check that importing and parsing for a headless command never loads Qt."""
    code = (
        "import sys; from agentdesk.cli.main import build_parser; "
        "build_parser().parse_args(['indicators']); "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'agentdesk.ui'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"
