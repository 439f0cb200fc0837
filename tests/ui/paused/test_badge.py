"""The navigation's badge on the real window: how many paused conversations can still be
reopened, kept current by reopening, by syncing, and by time passing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QListWidgetItem
from pytestqt.qtbot import QtBot

from agentdesk.demo import DemoServer
from agentdesk.services.context import AppContext
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.nav_badge import BADGE_ROLE
from agentdesk.ui.paused.page import PausedPage
from tests.support.paused import deadline_of
from tests.ui.paused.conftest import TIMEOUT_MS


def _item(window: MainWindow, key: str) -> QListWidgetItem:
    for row in range(window.navigation.count()):
        item = window.navigation.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            return item
    raise AssertionError(f"no navigation item for {key}")


def test_the_badge_counts_what_can_still_be_reopened(  # noqa: PLR0917 - fixtures
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    paused_ctx: AppContext,
    paused_server: DemoServer,
    kinds: dict[str, list[str]],
    ui_now: list[datetime],
) -> None:
    window = make_window(paused_ctx, clock=lambda: ui_now[0])
    page = window.pages["paused"]
    assert isinstance(page, PausedPage)
    item = _item(window, "paused")
    expected = len(kinds["mine"]) + len(kinds["unassigned"])
    qtbot.waitUntil(lambda: item.data(BADGE_ROLE) == str(expected), timeout=TIMEOUT_MS)
    assert f"Paused conversations you can still reopen: {expected}" in item.toolTip()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=TIMEOUT_MS)

    action = window.findChild(QAction, "pageAction_paused")
    assert action is not None
    assert action.shortcut().toString() == "Ctrl+3"
    action.trigger()
    assert window.current_key == "paused"

    # A colleague takes one: the next sync brings it, and the badge follows.
    paused_server.touch(kinds["unassigned"][0], assignee_id="u-3")
    window.sync.sync_now()
    qtbot.waitUntil(lambda: item.data(BADGE_ROLE) == str(expected - 1), timeout=TIMEOUT_MS)

    # Time passes, with no sync: the earliest of the agent's own deadlines goes by.
    mine = min(kinds["mine"], key=lambda i: deadline_of(paused_server, i))
    ui_now[0] = deadline_of(paused_server, mine) + timedelta(seconds=1)
    page.tick()
    assert int(item.data(BADGE_ROLE) or 0) < expected - 1

    # Reopening one takes it off the count at once.
    before = int(item.data(BADGE_ROLE) or 0)
    reachable = next(i for i in page.vm.items if i.eligibility.can_reopen)
    page.select(reachable.conversation.id)
    page.reopen_box.assign_box.setChecked(True)
    with qtbot.waitSignal(page.reopen_finished, timeout=TIMEOUT_MS) as finished:
        page.reopen_box.button.click()
    assert finished.args == [reachable.conversation.id, "reopened"]
    assert int(item.data(BADGE_ROLE) or 0) == before - 1
