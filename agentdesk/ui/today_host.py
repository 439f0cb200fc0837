"""Where the admin's "today" widget lives: its own small window, beside the web console.

It exists only while the workspace's ``daily_widget`` setting is on (read from the store after
each sync); when the admin turns it off it is closed and its menu entry disappears.

Where it opens: where the agent last put it (``Settings.today_position``) when that is still on a
screen, else beside the main window — never over its menu bar, which a tool window placed by
the window manager used to cover.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QWidget

from agentdesk.errors import AgentDeskError
from agentdesk.ui.context import UiContext
from agentdesk.ui.events import SyncStatus

GAP = 12
"""Pixels between the main window and the widget placed beside it."""

log = logging.getLogger(__name__)


class TodayHost(QObject):
    open_dashboard = Signal()
    visibility_changed = Signal(bool)

    def __init__(self, ui: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayHost")
        self._ui = ui
        self.enabled = False
        self.widget: QWidget | None = None
        self.action = QAction(self.tr("&Today widget"), self)
        self.action.setObjectName("todayAction")
        self.action.setShortcut("Ctrl+T")
        self.action.setCheckable(True)
        self.action.setVisible(False)
        self.action.toggled.connect(self._on_action)
        self._status: SyncStatus | None = None
        self._workspace: object = None
        ui.events.sync_status_changed.connect(self._remember_status)
        ui.events.workspace_loaded.connect(self._remember_workspace)

    def _remember_status(self, status: SyncStatus) -> None:
        self._status = status

    def _remember_workspace(self, workspace: object) -> None:
        self._workspace = workspace

    def set_enabled(self, enabled: bool) -> None:
        """The admin's setting; the first time it is on, the widget opens by itself."""
        if enabled == self.enabled:
            return
        self.enabled = enabled
        self.action.setVisible(enabled)
        if enabled:
            self.show()
        else:
            self.close()

    def show(self) -> None:
        if not self.enabled:
            return
        if self.widget is None:
            self.widget = self._make()
            self.widget.adjustSize()
            self.widget.move(self._position_for(self.widget))
        self.widget.show()
        self.widget.raise_()
        self._sync_action(True)

    def close(self) -> None:
        widget, self.widget = self.widget, None
        if widget is not None:
            self._remember_position(widget)
            widget.removeEventFilter(self)
            widget.close()
            widget.deleteLater()
        self._sync_action(False)

    def _make(self) -> QWidget:
        from agentdesk.ui.indicators.today import TodayWidget  # noqa: PLC0415

        widget = TodayWidget(self._ui)  # a tool window of its own, with a "keep on top" pin
        widget.open_dashboard.connect(self.open_dashboard)
        # The window fits its rows once they are laid out (the next turn of the loop).
        widget.report_shown.connect(lambda: QTimer.singleShot(0, self._fit))
        widget.installEventFilter(self)
        if self._workspace is not None:
            widget.set_workspace(self._workspace)
        if self._status is not None:
            widget.show_sync_status(self._status)
        return widget

    # where it goes ----------------------------------------------------------------------------
    def _position_for(self, widget: QWidget) -> QPoint:
        saved = self._ui.app.settings().today_position
        if saved is not None:
            spot = QPoint(*saved)
            if _on_a_screen(QRect(spot, widget.size())):
                return spot
        return self._beside_window(widget)

    def _beside_window(self, widget: QWidget) -> QPoint:
        """Right of the main window, level with its pages (below its menu bar); inside it, at
        its top right under the menu bar, when the screen has no room beside it."""
        window = self.parent()
        if not isinstance(window, QWidget):
            return widget.pos()
        frame, inner = window.frameGeometry(), window.geometry()
        menu = window.findChild(QWidget, "menuBar")
        top = inner.top() + (menu.height() if menu is not None else 0) + GAP
        beside = QPoint(frame.right() + GAP, top)
        if _on_a_screen(QRect(beside, widget.size())):
            return beside
        return QPoint(inner.right() - widget.width() - GAP, top)

    def _remember_position(self, widget: QWidget) -> None:
        spot = widget.pos()
        position = (spot.x(), spot.y())
        if self._ui.app.settings().today_position == position:
            return
        try:
            self._ui.app.settings_file.update(today_position=position)
        except AgentDeskError as error:  # a settings file that cannot be written: not fatal
            log.warning("The today widget's position was not saved: %s", error.sentence)

    def _fit(self) -> None:
        if self.widget is not None:
            self.widget.adjustSize()

    def _on_action(self, checked: bool) -> None:
        if checked:
            self.show()
        elif self.widget is not None:
            self.widget.hide()

    def _sync_action(self, shown: bool) -> None:
        if self.action.isChecked() != shown:
            self.action.blockSignals(True)
            self.action.setChecked(shown)
            self.action.blockSignals(False)
        self.visibility_changed.emit(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Hide:
            self._remember_position(self.widget)
            self._sync_action(False)
        return False


def _on_a_screen(rect: QRect) -> bool:
    """Whether ``rect`` lies whole on one screen's available area (a remembered spot on a screen
    since unplugged is not)."""
    return any(s.availableGeometry().contains(rect) for s in QGuiApplication.screens())
