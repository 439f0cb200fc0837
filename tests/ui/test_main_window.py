"""The shell against the demo server: pages, remembered geometry/page/period, shortcuts, About."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel

from agentdesk import __version__
from agentdesk.services.context import AppContext
from agentdesk.ui.events import SyncStatus
from agentdesk.ui.main_window import MINIMUM_SIZE


def _indicators_shown(window) -> bool:
    page = window.pages["indicators"]
    tiles = page.tiles()
    return bool(tiles) and all(t.value_label.text() not in ("", "…") for t in tiles.values())


def test_the_window_opens_on_the_indicators_page(qtbot, make_window, synced_context):
    window = make_window(synced_context)
    navigation = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert navigation[:2] == ["Indicators", "Closed"]
    assert "Paused" in navigation
    assert window.stack.count() == len(navigation)
    assert window.stack.currentWidget().objectName() == "indicatorsPage"
    qtbot.waitUntil(lambda: _indicators_shown(window), timeout=10_000)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)
    assert window.status_area.label.text() == "Up to date"


def test_geometry_page_and_period_are_remembered(qtbot, make_window, synced_context):
    window = make_window(synced_context, start=False)
    window.resize(760, 540)
    window.pages["indicators"].set_period("month")
    assert synced_context.settings().period == "month"
    window.close()
    settings = synced_context.settings()
    assert settings.window_geometry
    assert settings.page == "indicators"

    again = make_window(synced_context, start=False)
    assert again.pages["indicators"].period() == "month"
    assert (again.width(), again.height()) == (760, 540)


def test_shortcuts_switch_pages_refresh_and_quit(qtbot, make_window, synced_context):
    window = make_window(synced_context, start=False)
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window.findChildren(QAction)}
    assert shortcuts["pageAction_indicators"] == "Ctrl+1"
    assert shortcuts["refreshAction"] == "F5"
    assert shortcuts["quitAction"] == "Ctrl+Q"
    window.activateWindow()
    with qtbot.waitSignal(window.ui.events.sync_status_changed, timeout=5000):
        window.menus.refresh_action.trigger()
    assert window.sync.running or window.sync.status.last_synced_at is not None
    qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)
    window.menus.quit_action.trigger()
    assert not window.isVisible()


def test_about_names_the_version(qtbot, make_window, synced_context):
    window = make_window(synced_context, start=False)
    dialog = window.open_about()
    title = dialog.findChild(QLabel, "aboutTitle")
    assert title.text() == f"AgentDesk {__version__}"
    assert str(synced_context.paths.home) in dialog.findChild(QLabel, "aboutFacts").text()
    dialog.reject()


def test_no_sign_out_in_the_demo_workspace(make_window, synced_context):
    assert not make_window(synced_context, start=False, demo=True).menus.sign_out_action.isVisible()
    assert make_window(synced_context, start=False).menus.sign_out_action.isVisible()


def test_the_theme_menu_switches_and_remembers_dark(qtbot, make_window, synced_context):
    window = make_window(synced_context, start=False)
    with qtbot.waitSignal(window.ui.events.theme_changed, timeout=1000):
        window.menus.theme_actions["dark"].trigger()
    assert window.ui.theme.is_dark
    assert QApplication.palette().window().color().name() == window.ui.theme.colors.window
    assert synced_context.settings().theme == "dark"


def test_the_minimum_size_clips_no_text(qtbot, make_window, synced_context: AppContext):
    window = make_window(synced_context)
    qtbot.waitUntil(lambda: _indicators_shown(window), timeout=10_000)
    window.resize(MINIMUM_SIZE)
    qtbot.waitUntil(lambda: window.size() == MINIMUM_SIZE, timeout=2000)
    QApplication.processEvents()
    clipped = [
        label.objectName()
        for label in window.findChildren(QLabel)
        if label.isVisible()
        and label.text()
        and not label.wordWrap()
        and label.width() < label.sizeHint().width()
    ]
    assert clipped == []


def test_ctrl_q_is_a_window_shortcut(make_window, synced_context):
    window = make_window(synced_context, start=False)
    assert window.menus.quit_action.shortcutContext() == Qt.ShortcutContext.WindowShortcut


def test_errors_are_sentences_with_details_never_tracebacks(qtbot, make_window, synced_context):
    window = make_window(synced_context, start=False)
    banner = window.error_banner

    def crashes(_cancel):
        raise KeyError("the bug's own words")

    with qtbot.waitSignal(window.ui.runner.bug, timeout=5000):
        window.ui.runner.run(crashes, lambda _: None)
    assert banner.sentence.startswith("AgentDesk hit an unexpected error (a bug")
    assert str(synced_context.paths.log_file) in banner.sentence
    assert "Traceback" not in banner.sentence
    assert banner.details.isHidden()
    banner.details_button.click()
    assert banner.details.isVisible()
    assert "KeyError" in banner.details.toPlainText()
    banner.close_button.click()
    assert banner.isHidden()


def test_a_sync_error_banner_goes_when_a_sync_works_again(make_window, synced_context):
    window = make_window(synced_context, start=False)
    events = window.ui.events
    events.sync_status_changed.emit(SyncStatus(error="The server answered with an error."))
    assert window.error_banner.sentence == "The server answered with an error."
    events.sync_status_changed.emit(SyncStatus(running=True))
    assert not window.error_banner.isHidden()
    events.sync_status_changed.emit(SyncStatus())
    assert window.error_banner.isHidden()
    assert window.offline_banner.isHidden()


def test_the_today_widget_follows_the_admins_setting(
    qtbot, make_window, synced_context, demo_server
):
    window = make_window(synced_context)
    qtbot.waitUntil(lambda: window.today.widget is not None, timeout=10_000)
    assert window.today.widget.isVisible(), "on the first time it is on, it opens by itself"
    assert window.today.action.isVisible()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)

    demo_server.workspace.settings["daily_widget"] = False
    window.refresh()
    qtbot.waitUntil(lambda: window.today.widget is None, timeout=20_000)
    assert not window.today.action.isVisible(), "when it is off, nothing in the menus names it"
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)


def test_a_read_that_ends_after_the_window_closed_opens_nothing(qtbot, make_window, synced_context):
    window = make_window(synced_context, start=False)
    window.start(sync=False)  # the workspace read is now on the runner
    window.close()
    assert window.ui.runner.wait_for_idle(10_000)
    qtbot.wait(50)  # let a queued answer arrive, if one was going to
    assert window.today.widget is None
