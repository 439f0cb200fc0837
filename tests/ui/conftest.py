"""Fixtures for the window's tests (tests/ui and tests/ui/indicators).

- ``app_context``: an ``AppContext`` signed in to the test's demo server (in-memory token),
  nothing synced yet; ``synced_context``: the same after one sync.
- ``make_ui_context(ctx)``: a ``UiContext`` (runner, events, light theme, clock fixed at
  ``DEMO_NOW``) whose runner is shut down after the test; ``ui_context``: one over
  ``synced_context``.
- ``make_window(ctx)``: the real main window over ``ctx``, shown and started;
  ``memory_keyring`` and ``failing_keyring`` come from ``tests/conftest.py``.
- Autouse: a test fails if it leaves a window open or work running on a thread pool, like
  napari's ``_dangling_qthread_pool`` (``napari/napari:src/napari/conftest.py``).
"""

from __future__ import annotations

import socket
import weakref
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from agentdesk.demo import DemoServer
from agentdesk.services.context import AppContext
from agentdesk.services.paths import AppPaths
from agentdesk.services.sync_service import run_sync
from agentdesk.ui.context import UiContext
from agentdesk.ui.events import AppEvents
from agentdesk.ui.i18n import SourcePlurals
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.pages import PageSpec
from agentdesk.ui.tasks import TaskRunner
from agentdesk.ui.theme import ThemeManager
from tests.conftest import DEMO_NOW, DEMO_TOKEN, MakeDemoServer

MakeUiContext = Callable[..., UiContext]

# Qt's own helper windows, created lazily and kept for the application's life.
_QT_INTERNAL_WINDOWS = {"QTipLabel", "QComboBoxPrivateContainer", "QMenu"}


@pytest.fixture(scope="session", autouse=True)
def _source_plurals(qapp: QApplication) -> Iterator[None]:
    """What ``make_application`` installs: English plurals for "%n answer(s)" sources."""
    plurals = SourcePlurals(qapp)
    qapp.installTranslator(plurals)
    yield
    qapp.removeTranslator(plurals)


@pytest.fixture(autouse=True)
def _no_leftovers(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    pools: weakref.WeakSet[QThreadPool] = weakref.WeakSet()
    real_start = QThreadPool.start

    def recording_start(self: QThreadPool, *args: Any, **kwargs: Any) -> None:
        pools.add(self)
        real_start(self, *args, **kwargs)

    monkeypatch.setattr(QThreadPool, "start", recording_start)
    before = {id(w) for w in qapp.topLevelWidgets()}
    yield
    qapp.processEvents()
    # A deleted pool joined its threads when it was destroyed.
    busy = [p for p in pools if shiboken6.isValid(p) and not p.waitForDone(50)]
    for pool in busy:
        pool.clear()
        pool.waitForDone(5000)
    left: list[QWidget] = [
        w
        for w in qapp.topLevelWidgets()
        if id(w) not in before
        and type(w).__name__ not in _QT_INTERNAL_WINDOWS
        and w.metaObject().className() not in _QT_INTERNAL_WINDOWS
        and w.isVisible()
    ]
    names = [f"{type(w).__name__}({w.objectName()!r})" for w in left]
    for widget in left:
        widget.close()
    qapp.processEvents()
    assert not busy, "the test left background work running on a thread pool"
    assert not names, f"the test left windows behind: {names}"


@pytest.fixture
def app_context(demo_server: DemoServer) -> Iterator[AppContext]:
    ctx = AppContext(
        paths=AppPaths.from_environment().ensure(),
        server_override=demo_server.url,
        token_override=DEMO_TOKEN,
    )
    yield ctx
    ctx.close()


@pytest.fixture
def synced_context(app_context: AppContext) -> AppContext:
    run_sync(app_context)
    return app_context


@pytest.fixture
def make_ui_context(qapp: QApplication) -> Iterator[MakeUiContext]:
    made: list[UiContext] = []

    def make(ctx: AppContext, *, theme: str = "light", clock: Any = None) -> UiContext:
        events = AppEvents()
        manager = ThemeManager(events, theme)
        manager.apply(qapp)
        runner = TaskRunner(log_path=ctx.paths.log_file)
        ui = UiContext(
            app=ctx, runner=runner, events=events, theme=manager, clock=clock or (lambda: DEMO_NOW)
        )
        made.append(ui)
        return ui

    yield make
    for ui in made:
        ui.runner.shutdown(5000)
        qapp.processEvents()
        for obj in (ui.runner, ui.theme, ui.events):
            obj.deleteLater()
    qapp.processEvents()


@pytest.fixture
def ui_context(make_ui_context: MakeUiContext, synced_context: AppContext) -> UiContext:
    return make_ui_context(synced_context)


@pytest.fixture
def make_window(
    qtbot: QtBot, make_ui_context: MakeUiContext, make_demo_server: MakeDemoServer
) -> Iterator[Callable[..., MainWindow]]:
    """``make_window(ctx, start=True, demo=False, pages=None, clock=None)``: the real main
    window, shown, closed by qtbot after the test (which saves its settings, as a user's close
    would).

    It asks for ``make_demo_server`` so that the demo servers outlive it: a sync still in flight
    when the test ends is stopped and waited for here, while its server still answers, instead
    of retrying against a closed port on a loaded machine."""
    contexts: list[UiContext] = []

    def make(
        ctx: AppContext,
        *,
        start: bool = True,
        demo: bool = False,
        pages: list[PageSpec] | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> MainWindow:
        ui = make_ui_context(ctx, clock=clock)
        ctx.store()
        window = MainWindow(ui, demo=demo, pages=pages)
        qtbot.addWidget(window)
        contexts.append(ui)
        window.show()
        if start:
            window.start()
        return window

    yield make
    for ui in contexts:
        if shiboken6.isValid(ui.runner):
            ui.runner.cancel_all()
            ui.runner.wait_for_idle(30_000)


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (it was free a moment ago)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port
