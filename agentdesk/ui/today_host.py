"""Where the admin's "today" widget lives: its own small window, beside the web console.

It exists only while the workspace's ``daily_widget`` setting is on (read from the store after
each sync); when the admin turns it off it is closed and its menu entry disappears.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from agentdesk.ui.context import UiContext

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
        self.widget.show()
        self.widget.raise_()
        self._sync_action(True)

    def close(self) -> None:
        widget, self.widget = self.widget, None
        if widget is not None:
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
        return widget

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
            self._sync_action(False)
        return False
