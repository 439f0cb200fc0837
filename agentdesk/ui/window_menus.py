"""The main window's menus and shortcuts: pages (Ctrl+1…), refresh (F5), sign out, quit
(Ctrl+Q), theme, sync interval, language, the today widget and About."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from agentdesk.ui.context import UiContext
from agentdesk.ui.i18n import language_choices, set_language
from agentdesk.ui.pages import PageSpec
from agentdesk.ui.today_host import TodayHost

if TYPE_CHECKING:
    from agentdesk.ui.main_window import MainWindow

SYNC_INTERVALS = (1, 5, 15, 30, 60)


class WindowMenus(QObject):
    def __init__(self, window: MainWindow, ui: UiContext, today: TodayHost) -> None:
        super().__init__(window)
        self.setObjectName("windowMenus")
        self._window = window
        self._ui = ui
        bar = window.menuBar()
        bar.setObjectName("menuBar")

        self.file_menu = self._menu(bar.addMenu(self.tr("&File")), "fileMenu")
        self.refresh_action = self._action(
            self.file_menu, "refreshAction", self.tr("&Refresh and sync"), window.refresh
        )
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.file_menu.addSeparator()
        self.sign_out_action = self._action(
            self.file_menu, "signOutAction", self.tr("Sign &out"), window.sign_out
        )
        self.sign_out_action.setVisible(not window.demo)
        self.quit_action = self._action(
            self.file_menu, "quitAction", self.tr("&Quit"), window.close
        )
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))

        self.view_menu = self._menu(bar.addMenu(self.tr("&View")), "viewMenu")
        self._pages_end = self.view_menu.addSeparator()
        self.view_menu.addAction(today.action)
        self.theme_menu = self._menu(self.view_menu.addMenu(self.tr("&Theme")), "themeMenu")
        self.theme_actions = self._choices(
            self.theme_menu,
            [
                ("system", self.tr("Follow the &system")),
                ("light", self.tr("&Light")),
                ("dark", self.tr("&Dark")),
            ],
            ui.theme.mode,
            self._set_theme,
        )
        self.interval_menu = self._menu(
            self.view_menu.addMenu(self.tr("&Sync every")), "syncIntervalMenu"
        )
        self.interval_actions = self._choices(
            self.interval_menu,
            [(str(m), self.tr("%n minute(s)", "", m)) for m in SYNC_INTERVALS],
            str(ui.app.settings().sync_interval_minutes),
            self._set_interval,
        )
        self.language_menu = self._menu(
            self.view_menu.addMenu(self.tr("&Language")), "languageMenu"
        )
        self.language_actions = self._choices(
            self.language_menu,
            [("", self.tr("Follow the &system")), *language_choices()],
            ui.app.settings().language or "",
            self._set_language,
        )

        self.help_menu = self._menu(bar.addMenu(self.tr("&Help")), "helpMenu")
        self.about_action = self._action(
            self.help_menu, "aboutAction", self.tr("&About AgentDesk"), window.open_about
        )

    def _menu(self, menu: QMenu, name: str) -> QMenu:
        menu.setObjectName(name)
        return menu

    def _action(self, menu: QMenu, name: str, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _choices(
        self,
        menu: QMenu,
        choices: list[tuple[str, str]],
        current: str,
        choose: Callable[[str], None],
    ) -> dict[str, QAction]:
        group = QActionGroup(menu)
        group.setExclusive(True)
        actions: dict[str, QAction] = {}
        for value, text in choices:
            action = QAction(text, menu)
            action.setObjectName(f"{menu.objectName()}_{value}")
            action.setCheckable(True)
            action.setChecked(value == current)
            action.triggered.connect(lambda _checked=False, v=value: choose(v))
            group.addAction(action)
            menu.addAction(action)
            actions[value] = action
        return actions

    def add_page_action(self, spec: PageSpec, show: Callable[[], None]) -> QAction:
        action = QAction(spec.title(), self._window)
        action.setObjectName(f"pageAction_{spec.key}")
        action.setShortcut(QKeySequence(spec.shortcut))
        action.triggered.connect(lambda _checked=False: show())
        self.view_menu.insertAction(self._pages_end, action)
        return action

    def _set_theme(self, mode: str) -> None:
        self._ui.theme.set_mode(mode)
        self._window.save_settings(theme=mode)

    def _set_interval(self, minutes: str) -> None:
        self._window.save_settings(sync_interval_minutes=int(minutes))

    def _set_language(self, code: str) -> None:
        """Saved, installed, then the window is rebuilt in it (``ui/language.py``)."""
        self._window.save_settings(language=code or None)
        app = QCoreApplication.instance()
        if app is not None:
            set_language(app, code or None)
        self._window.language_changed.emit()
