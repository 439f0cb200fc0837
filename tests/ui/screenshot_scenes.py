"""The scenes ``tests.ui.screenshots`` photographs: the real window over the demo workspace."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, QMessageLogContext, QtMsgType
from PySide6.QtWidgets import QApplication, QWidget

from agentdesk.cli.demo_cmds import DEMO_CONVERSATIONS, DEMO_SEED
from agentdesk.demo import DemoServer, generate_workspace
from agentdesk.services.context import AppContext
from agentdesk.services.paths import AppPaths
from agentdesk.sync import SyncEngine
from agentdesk.ui.app import build_ui_context, dispose, make_application
from agentdesk.ui.context import UiContext
from agentdesk.ui.main_window import MINIMUM_SIZE, MainWindow
from tests.conftest import DEMO_NOW
from tests.ui.screenshot_scenes_closed import closed_scaled, closed_scenes
from tests.ui.screenshot_scenes_conversation import conversation_scenes
from tests.ui.screenshot_scenes_first_run import (
    chatwoot_scene,
    first_sync_scene,
    no_keyring,
    wrong_password,
)
from tests.ui.screenshot_scenes_languages import language_scenes

TOKEN = "screenshots"
SYNCED_AT = DEMO_NOW - timedelta(minutes=18)
WINDOW_SIZE = (1040, 720)
WIDE_SIZE = (1600, 900)


_OFFSCREEN_NOISE = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
)


def quiet_offscreen(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's messages, minus what the offscreen platform says it cannot do (no window manager)."""
    if not message.startswith(_OFFSCREEN_NOISE):
        print(f"Qt {kind.name}: {message}", file=sys.stderr)


def wait_until(predicate: Callable[[], object], timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the state to photograph in time")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def settle() -> None:
    """Let layouts, style polish and repaints run after the last change."""
    end = time.monotonic() + 0.3
    while time.monotonic() < end:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


class SceneRunner:
    def __init__(self, out: Path, wanted: set[str] | None, *, scaled: bool) -> None:
        self.out = out
        self.wanted = wanted
        self.scaled = scaled
        self.written: list[Path] = []

    def want(self, *names: str) -> bool:
        return self.wanted is None or any(n in self.wanted for n in names)

    def save(self, name: str, widget: QWidget) -> None:
        if not self.want(name):
            return
        settle()
        path = self.out / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.written.append(path)

    def run(self) -> list[Path]:
        app = make_application()
        workspace = generate_workspace(DEMO_SEED, DEMO_CONVERSATIONS, DEMO_NOW)
        with DemoServer(workspace, token=TOKEN) as server:
            ctx = AppContext(
                paths=AppPaths.from_environment().ensure(),
                server_override=server.url,
                token_override=TOKEN,
            )
            SyncEngine(ctx.client(), ctx.store(), clock=lambda: SYNCED_AT).run()
            if self.scaled:
                self._scaled(app, ctx)
                self._first_run(app, ctx, server.url, scaled=True)
            else:
                self._dashboard(app, ctx)
                closed_scenes(self, app, ctx)
                conversation_scenes(self, app, ctx)
                from tests.ui.screenshot_scenes_paused import paused_scenes  # noqa: PLC0415

                paused_scenes(self, app, ctx, server)
                self._first_run(app, ctx, server.url, scaled=False)
                server.stop()
                self._offline(app, ctx)
                language_scenes(self, app, ctx)
            ctx.close()
        return self.written

    def _window(self, app: QApplication, ctx: AppContext, *, sync: bool) -> MainWindow:
        ui = build_ui_context(ctx, app, clock=lambda: DEMO_NOW)
        window = MainWindow(ui, demo=True)
        # The window reopens on the page the previous scene closed on (settings.json): every
        # scene starts on the indicators page, so no picture depends on the scenes' order.
        window.show_page("indicators")
        window.resize(*WINDOW_SIZE)
        window.show()
        window.start(sync=sync)
        return window

    def _close(self, window: MainWindow) -> None:
        ui: UiContext = window.ui
        window.close()
        window.deleteLater()
        dispose(ui)
        settle()

    def _show_period(self, window: MainWindow, kind: str) -> None:
        page = window.pages["indicators"]
        if page.period() != kind:
            shown: list[str] = []
            page.report_shown.connect(shown.append)
            page.set_period(kind)
            wait_until(lambda: kind in shown)
            page.report_shown.disconnect(shown.append)
        tiles = page.tiles
        wait_until(lambda: tiles() and all(t.value_label.text() != "…" for t in tiles().values()))

    def _dashboard(self, app: QApplication, ctx: AppContext) -> None:
        window = self._window(app, ctx, sync=False)
        wait_until(lambda: window.status_area.label.text() != "Not synced yet")
        for mode in ("light", "dark"):
            window.ui.theme.set_mode(mode)
            for kind in ("day", "month", "week"):
                self._show_period(window, kind)
                self.save(f"indicators-{kind}-{mode}", window)
            if self.want(f"evolution-chart-{mode}"):
                chart = window.pages["indicators"].open_chart("handling_time")
                wait_until(lambda c=chart: c.key is not None and c.series() is not None)
                self.save(f"evolution-chart-{mode}", chart)
                chart.close()
            today = window.today.widget
            if today is not None and self.want(f"today-widget-{mode}"):
                wait_until(lambda t=today: bool(t.states))
                self.save(f"today-widget-{mode}", today)
        window.ui.theme.set_mode("light")
        if self.want("indicators-week-light-1600"):
            window.resize(*WIDE_SIZE)
            self.save("indicators-week-light-1600", window)
        if self.want("indicators-minimum-size"):
            window.resize(MINIMUM_SIZE)
            self.save("indicators-minimum-size", window)
        self._close(window)

    def _first_run(self, app: QApplication, ctx: AppContext, url: str, *, scaled: bool) -> None:
        """The sign-in dialog (a wrong password; no keyring, at 100 % and 150 %) and a first
        sync in progress on an empty store of its own."""
        paths = ctx.paths
        if scaled:
            if self.want("sign-in-no-keyring-150"):
                no_keyring(app, paths, url, self.save, wait_until, name="sign-in-no-keyring-150")
            return
        if self.want("sign-in-error"):
            wrong_password(app, paths, url, self.save, wait_until)
        if self.want("sign-in-no-keyring"):
            no_keyring(app, paths, url, self.save, wait_until, name="sign-in-no-keyring")
        if self.want("sign-in-chatwoot"):
            chatwoot_scene(
                app, AppPaths(home=paths.home / "sign-in-chatwoot"), self.save, wait_until
            )
        if self.want("first-sync"):
            empty = AppPaths(home=paths.home / "first-sync")
            first_sync_scene(app, empty, self.save, wait_until, WINDOW_SIZE)

    def _offline(self, app: QApplication, ctx: AppContext) -> None:
        if not self.want("offline-banner"):
            return
        window = self._window(app, ctx, sync=True)
        wait_until(lambda: not window.offline_banner.isHidden())
        self._show_period(window, "week")
        self.save("offline-banner", window)
        self._close(window)

    def _scaled(self, app: QApplication, ctx: AppContext) -> None:
        window = self._window(app, ctx, sync=False)
        wait_until(lambda: window.status_area.label.text() != "Not synced yet")
        self._show_period(window, "week")
        self.save("indicators-week-light-150", window)
        closed_scaled(self, window)
        self._close(window)
