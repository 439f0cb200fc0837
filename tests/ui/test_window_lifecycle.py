"""The window's life around signing in and out and its background sync: signing in again after
the server refused the token, signing out while a sync waits on a slow server, one sync at a
time, a timer that only runs while syncing should, and pages that follow the clock past
midnight even when a sync brings nothing new."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from agentdesk.demo.workspace import DEMO_LOGIN, DEMO_PASSWORD
from agentdesk.services import sync_service
from agentdesk.services.context import AppContext
from agentdesk.services.paths import AppPaths
from agentdesk.ui.app import run_window
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.sign_in import SignInDialog
from tests.conftest import DEMO_NOW, DEMO_TOKEN

SIGNED_IN_AGAIN = "The server no longer accepts your sign-in; sign in again to keep syncing."
SIGNING_OUT = "Signing out…"
AFTER_MIDNIGHT = DEMO_NOW + timedelta(hours=9, minutes=30)
"""Thursday 19 November, 00:30 in Paris: DEMO_NOW is Wednesday 15:00."""


def _shown(kind: type[QWidget]) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None


class Driver:
    """Calls ``tick`` every 20 ms inside the application's own event loops (``run_window``
    blocks the test); past ``timeout_s`` it closes every window, so a regression ends the run
    and fails the test's assertions instead of hanging it."""

    def __init__(self, tick: Callable[[], None], timeout_s: float = 20) -> None:
        self.ticks: list[float] = []
        self.timed_out = False
        self._tick = tick
        self._deadline = time.monotonic() + timeout_s
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._on_timeout)

    def __enter__(self) -> Driver:
        self.timer.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.timer.stop()

    def _on_timeout(self) -> None:
        self.ticks.append(time.monotonic())
        if time.monotonic() > self._deadline:
            self.timed_out = True
            for widget in QApplication.topLevelWidgets():
                widget.close()
            return
        self._tick()

    def longest_stall(self) -> float:
        return max(b - a for a, b in itertools.pairwise(self.ticks))


def _signed_in_context(server_url: str, token: str) -> AppContext:
    """What a previous sign-in left: the server and login in settings, a token in the keyring."""
    ctx = AppContext(paths=AppPaths.from_environment().ensure())
    ctx.settings_file.update(server_url=server_url, login=DEMO_LOGIN)
    ctx.tokens.set(server_url, token)
    return ctx


# -- signing in again, signing out ------------------------------------------------------------


def test_sign_in_again_after_a_refused_token_asks_for_credentials(
    qapp, demo_server, memory_keyring
):
    """The "Sign in again…" button closed the window without forgetting the refused token, so
    the application reopened a window on the same token, refused again, forever."""
    ctx = _signed_in_context(demo_server.url, "revoked-token")
    seen: list[str] = []
    banners: list[str] = []
    clicked: list[QWidget] = []

    def tick() -> None:
        dialog = _shown(SignInDialog)
        if dialog is not None:
            seen.append("sign-in dialog")
            dialog.reject()
            return
        window = _shown(MainWindow)
        if not isinstance(window, MainWindow) or any(window is w for w in clicked):
            return  # the window that was told to sign in again may take a moment to close
        button = window.error_banner.action_button
        if button.isVisible() and button.text() == "Sign in again…":
            if clicked:
                seen.append("a window on the same token")
                window.close()
                return
            seen.append("window")
            banners.append(window.error_banner.sentence)
            clicked.append(window)
            button.click()

    try:
        with Driver(tick) as driver:
            assert run_window(ctx, open_demo=None) == 0
    finally:
        ctx.close()
    assert not driver.timed_out, seen
    assert seen == ["window", "sign-in dialog"]
    assert banners == [SIGNED_IN_AGAIN]
    assert memory_keyring.passwords == {}, "the refused token was forgotten"


# Long enough that a GUI thread waiting for the request (a stall of nearly the whole request)
# stands far above the longest honest pause: 1.0 s was seen once in a full run at load 9 beside
# two CPU burners, against the first bound of 1 s (a third of a 3 s request).
SLOW_SECONDS = 6


def test_signing_out_during_a_slow_sync_never_freezes_the_window(
    qapp, make_demo_server, memory_keyring
):
    """Every request takes 6 s; sign-out comes once the sync's first one has reached the
    server. The window used to close at once and the application then waited, on the GUI
    thread, for that request to end. Now it stays, disabled and saying "Signing out…", until
    its work has stopped, and the event loop keeps turning (the bound is a third of the
    request, as in test_sync_ui)."""
    server = make_demo_server(faults=f"slow@1-,slow_seconds={SLOW_SECONDS}")
    ctx = _signed_in_context(server.url, DEMO_TOKEN)
    seen: list[str] = []
    while_signing_out: list[tuple[float, str, bool]] = []

    def tick() -> None:
        dialog = _shown(SignInDialog)
        if dialog is not None:
            seen.append("sign-in dialog")
            dialog.reject()
            return
        window = _shown(MainWindow)
        if not isinstance(window, MainWindow):
            return
        if "sign out" in seen:
            label = window.status_area.label.text()
            enabled = window.centralWidget().isEnabled()
            while_signing_out.append((time.monotonic(), label, enabled))
        elif window.sync.running and server.requests >= 1:
            seen.append("sign out")
            window.menus.sign_out_action.trigger()

    try:
        with Driver(tick, timeout_s=4 * SLOW_SECONDS) as driver:
            assert run_window(ctx, open_demo=None) == 0
    finally:
        ctx.close()
    assert not driver.timed_out, seen
    assert seen == ["sign out", "sign-in dialog"]
    assert driver.longest_stall() < SLOW_SECONDS / 3, "the GUI thread waited for the request"
    assert memory_keyring.passwords == {}
    # Once it says so, the window says "Signing out…", disabled, until it closes.
    labels = [label for _, label, _ in while_signing_out]
    assert SIGNING_OUT in labels, labels
    last_words = while_signing_out[labels.index(SIGNING_OUT) :]
    assert {(label, enabled) for _, label, enabled in last_words} == {(SIGNING_OUT, False)}
    assert last_words[-1][0] - last_words[0][0] > 1, "it waited for the slow request, saying so"


def test_a_failed_sign_out_keeps_syncing(qtbot, make_window, synced_context, failing_keyring):
    """Sign-out stops the sync first; when the keyring then refuses, the user is still signed
    in, and background sync must start again rather than stop for good."""
    window = make_window(synced_context)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
    window.menus.sign_out_action.trigger()
    qtbot.waitUntil(lambda: not window.error_banner.isHidden(), timeout=10_000)
    assert window.isVisible()
    assert window.sync._timer.isActive(), "background sync stopped for good"
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)  # the sync it started again


# -- one sync at a time, and the timer --------------------------------------------------------


def _slow_context(make_demo_server, slow_seconds: float) -> AppContext:
    server = make_demo_server(conversations=40, faults=f"slow@1-,slow_seconds={slow_seconds}")
    return AppContext(
        paths=AppPaths.from_environment().ensure(),
        server_override=server.url,
        token_override=DEMO_TOKEN,
    )


def test_stop_then_sync_now_never_runs_two_syncs_at_once(
    qtbot, make_window, make_demo_server, monkeypatch
):
    """A stopped sync only ends at its next page: when a new one started meanwhile (F5 after a
    failed sign-out), both shared the store and the HTTP session. The new one now waits."""
    inside = [0]
    most = [0]
    lock = threading.Lock()
    real_run_sync = sync_service.run_sync  # the controller imports it when a sync runs

    def counting_run_sync(*args: Any, **kwargs: Any) -> Any:
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        try:
            return real_run_sync(*args, **kwargs)
        finally:
            with lock:
                inside[0] -= 1

    monkeypatch.setattr(sync_service, "run_sync", counting_run_sync)
    ctx = _slow_context(make_demo_server, 0.5)
    window = make_window(ctx)
    qtbot.waitUntil(lambda: inside[0] == 1, timeout=5000)  # its first request under way
    window.sync.stop()
    window.sync.sync_now()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30_000)
    assert window.ui.runner.wait_for_idle(10_000)
    assert most[0] == 1
    assert window.status_area.label.text().startswith("Up to date"), "the second sync did run"
    ctx.close()


def test_stop_ends_syncing_in_the_status_bar(qtbot, make_window, make_demo_server):
    """stop() cancels the running sync, whose outcome is then never heard of: the status bar
    used to say "Syncing…" for good."""
    ctx = _slow_context(make_demo_server, 1)
    window = make_window(ctx)
    qtbot.waitUntil(lambda: window.status_area.label.text().startswith("Syncing…"), timeout=5000)
    window.sync.stop()
    assert not window.sync.status.running
    assert not window.status_area.label.text().startswith("Syncing")
    assert window.status_area.progress.isHidden()
    assert window.ui.runner.wait_for_idle(10_000)
    qtbot.wait(50)  # whatever the cancelled sync's end posts
    assert not window.status_area.label.text().startswith("Syncing")
    ctx.close()


def test_saving_a_setting_does_not_start_background_sync(qtbot, make_window, synced_context):
    """A window started without sync (screenshots, benchmarks) stays without: choosing a period
    saves the settings, which used to arm the sync timer."""
    window = make_window(synced_context, start=False)
    window.start(sync=False)
    window.pages["indicators"].set_period("day")
    assert synced_context.settings().period == "day"
    assert not window.sync._timer.isActive()


def test_closing_the_window_stops_the_sync_timer(qtbot, make_window, synced_context):
    """Closing saves the geometry, which used to re-arm the timer of the closed window: a sync
    would start minutes later, behind the sign-in dialog."""
    window = make_window(synced_context)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
    assert window.sync._timer.isActive()
    window.close()
    assert not window.sync._timer.isActive()


# -- signing in, cancelled --------------------------------------------------------------------


def test_cancel_while_signing_in_changes_nothing(
    qtbot, make_ui_context, make_demo_server, memory_keyring
):
    """Cancel during "Signing in…" brings the form back; the sign-in that was under way must not
    then go through behind the user's back (token kept, server and login saved)."""
    server = make_demo_server(faults="slow@1-,slow_seconds=1")
    ctx = AppContext(paths=AppPaths.from_environment().ensure())
    ui = make_ui_context(ctx)
    dialog = SignInDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server.setText(server.url)
    dialog.login.setText(DEMO_LOGIN)
    dialog.password.setText(DEMO_PASSWORD)
    dialog.sign_in_button.click()
    assert dialog.busy
    dialog.cancel_button.click()
    assert not dialog.busy
    assert dialog.isVisible(), "Cancel while busy stops the sign-in, not the dialog"
    assert ui.runner.wait_for_idle(20_000)
    qtbot.wait(50)  # whatever the cancelled sign-in's end posts
    assert memory_keyring.passwords == {}
    settings = ctx.settings()
    assert (settings.server_url, settings.login) == (None, None)
    ctx.close()


# -- past midnight ----------------------------------------------------------------------------


def _window_at_demo_now(qtbot, make_window, synced_context):  # type: ignore[no-untyped-def]
    """The window over the synced store, on a clock the test moves; its first sync done."""
    now = [DEMO_NOW]
    window = make_window(synced_context, clock=lambda: now[0])
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
    qtbot.waitUntil(
        lambda: (
            window.today.widget is not None
            and window.today.widget.value_texts().get("conversations") not in (None, "", "…")
        ),
        timeout=10_000,
    )
    return now, window


def _sync_with_nothing_new(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.sync.sync_now()  # what the timer does every few minutes
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
    status = window.sync.status
    assert (status.online, status.new, status.updated) == (True, 0, 0)


def test_after_midnight_a_sync_with_nothing_new_refreshes_the_today_widget(
    qtbot, make_window, synced_context
):
    """The platform has nothing new, yet today is a new day: the widget must not keep showing
    yesterday's figures until the next conversation is synced."""
    now, window = _window_at_demo_now(qtbot, make_window, synced_context)
    today = window.today.widget
    assert today.value_texts()["conversations"] != "0", "there were conversations on Wednesday"
    now[0] = AFTER_MIDNIGHT
    _sync_with_nothing_new(qtbot, window)
    qtbot.waitUntil(lambda: today.value_texts()["conversations"] == "0", timeout=5000)


def test_after_midnight_an_offline_attempt_refreshes_the_today_widget(
    qtbot, make_window, synced_context, demo_server
):
    """Offline, the store is all there is, and it still has to be read on the new day's clock."""
    now, window = _window_at_demo_now(qtbot, make_window, synced_context)
    today = window.today.widget
    assert today.value_texts()["conversations"] != "0"
    demo_server.stop()
    now[0] = AFTER_MIDNIGHT
    window.sync.sync_now()
    qtbot.waitUntil(lambda: not window.offline_banner.isHidden(), timeout=20_000)
    qtbot.waitUntil(lambda: today.value_texts()["conversations"] == "0", timeout=5000)


def test_after_midnight_a_sync_with_nothing_new_moves_the_dashboards_day(
    qtbot, make_window, synced_context
):
    """The day tiles and their "Today, …" label follow the clock, not only new conversations."""
    now, window = _window_at_demo_now(qtbot, make_window, synced_context)
    page = window.pages["indicators"]
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.set_period("day")
    assert page.period_label.text() == "Today, Wed 18 Nov – now"
    now[0] = AFTER_MIDNIGHT
    _sync_with_nothing_new(qtbot, window)
    qtbot.waitUntil(lambda: page.period_label.text() == "Today, Thu 19 Nov – now", timeout=5000)
