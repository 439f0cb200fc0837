"""The compact "today" window an agent keeps beside the web console.

Today's indicators (the day period), one line each: name, value, trend arrow coloured by verdict,
the comparison sentence as tooltip. A "Keep on top" check box — a real toggle, its state plain
to see — keeps it above other windows (``Qt.WindowStaysOnTopHint``). Offline, its header says
so: the figures are the store's, as of the last sync. A click anywhere, or Enter, asks for the
full dashboard
(``open_dashboard``); the window decides what that means. Whether it exists at all is the
window's call (the admin's ``daily_widget``).
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from agentdesk.domain.periods import PeriodKind
from agentdesk.errors import AgentDeskError
from agentdesk.ui.context import UiContext
from agentdesk.ui.error_words import plain_sentence
from agentdesk.ui.events import SyncStatus
from agentdesk.ui.indicators.data import PageData, report_work
from agentdesk.ui.indicators.format import ValueFormatter
from agentdesk.ui.indicators.presentation import TileState, tile_state
from agentdesk.ui.indicators.style import today_style
from agentdesk.ui.indicators.tile import set_role
from agentdesk.ui.time_words import agent_zone, at_words


class TodayWidget(QWidget):
    open_dashboard = Signal()
    report_shown = Signal()

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool)
        self.setObjectName("todayWidget")
        self.setWindowTitle(self.tr("Today — AgentDesk"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._ui = ui
        self._generation = 0
        self._rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        self.states: list[TileState] = []
        layout = self._outer = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        # The window fits its rows with adjustSize(); a layout-driven minimum would change the
        # window's size hints each time the rows change.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.frame = QFrame(self)
        self.frame.setObjectName("todayFrame")
        self.frame.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.frame.setCursor(Qt.CursorShape.PointingHandCursor)
        self.frame.setToolTip(self.tr("Open the dashboard"))
        layout.addWidget(self.frame)
        inner = self._inner = QVBoxLayout(self.frame)
        inner.setContentsMargins(10, 6, 8, 8)
        inner.setSpacing(4)
        inner.addLayout(self._header())
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(10)
        self.rows.setVerticalSpacing(2)
        self.rows.setColumnStretch(0, 1)
        inner.addLayout(self.rows)
        self.empty_label = QLabel(self.frame)
        self.empty_label.setObjectName("todayEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        inner.addWidget(self.empty_label)
        self.apply_theme()
        ui.events.data_changed.connect(self.refresh)
        ui.events.theme_changed.connect(self.apply_theme)
        ui.events.sync_status_changed.connect(self.show_sync_status)
        ui.events.workspace_loaded.connect(self.set_workspace)
        self._zone: tzinfo | None = None

    def set_workspace(self, workspace: object) -> None:
        """The agent's zone, for the offline mark's time."""
        self._zone = agent_zone(workspace)

    def show_sync_status(self, status: SyncStatus) -> None:
        """Offline: a mark in the header, and when the figures are from."""
        self.offline_label.setVisible(not status.online)
        if status.online:
            self.offline_label.setToolTip("")
        elif status.last_synced_at is not None:
            self.offline_label.setToolTip(
                self.tr("Offline — these figures were synced %1.").replace(
                    "%1", at_words(status.last_synced_at, self._ui.clock(), self._zone)
                )
            )
        else:
            self.offline_label.setToolTip(self.tr("Offline — nothing is synced yet."))

    def _header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        self.title_label = QLabel(self.tr("Today"), self.frame)
        self.title_label.setObjectName("todayTitle")
        self.pin_button = QCheckBox(self.tr("Keep on top"), self.frame)
        self.pin_button.setObjectName("todayPinButton")
        self.pin_button.setToolTip(self.tr("Keep this window above the others"))
        self.pin_button.toggled.connect(self.set_always_on_top)
        self.offline_label = QLabel(self.tr("Offline"), self.frame)
        self.offline_label.setObjectName("todayOffline")
        self.offline_label.setProperty("role", "offlineMark")
        self.offline_label.hide()
        header.addWidget(self.title_label)
        header.addWidget(self.offline_label)
        header.addStretch(1)
        header.addWidget(self.pin_button)
        return header

    # data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        self._ui.runner.run(
            report_work(self._ui.app.store(), PeriodKind.DAY, self._ui.clock()),
            lambda data: self._on_report(data, generation),
            self._on_failure,
            receiver=self,
            name="today's indicators",
        )

    def _on_report(self, data: PageData, generation: int) -> None:
        if generation != self._generation:
            return
        if data.report is None:
            self._show_message(self.tr("Nothing synced yet."))
        elif not data.report.indicators:
            self._show_message(self.tr("No indicator chosen by your administrator."))
        else:
            fmt = ValueFormatter(data.locale)
            self.states = [tile_state(r, data.report.window, fmt) for r in data.report.indicators]
            self._set_rows(self.states)
        self.report_shown.emit()

    def _on_failure(self, error: AgentDeskError) -> None:
        self._show_message(plain_sentence(error))

    def _show_message(self, sentence: str) -> None:
        self.empty_label.setText(sentence)
        self.empty_label.show()

    def _set_rows(self, states: list[TileState]) -> None:
        self.empty_label.hide()
        if [s.key for s in states] != list(self._rows):
            self._rebuild_rows([s.key for s in states])
        for state in states:
            name, value, trend = self._rows[state.key]
            name.setText(state.name)
            value.setText(state.value_text)
            trend.setText(state.trend_text)
            for label in (name, value, trend):
                label.setToolTip(state.tooltip)
            set_role(trend, "trend", state.verdict.value)
            trend.setAccessibleName(state.trend_words)
        self._fit()

    def _fit(self) -> None:
        """Resize to the rows now: the frame's size hint is cached by the outer layout until
        its own layout request is processed, which would be a frame too late."""
        self._inner.activate()
        self.frame.updateGeometry()
        self._outer.activate()
        self.adjustSize()

    def _rebuild_rows(self, keys: list[str]) -> None:
        for labels in self._rows.values():
            for label in labels:
                self.rows.removeWidget(label)
                label.deleteLater()
        self._rows = {}
        for row, key in enumerate(keys):
            labels = (
                self._row_label(f"todayName_{key}", "todayName"),
                self._row_label(f"todayValue_{key}", "todayValue"),
                self._row_label(f"todayTrend_{key}", "tileTrend"),
            )
            for column, label in enumerate(labels):
                self.rows.addWidget(label, row, column)
                label.show()  # now, not when the layout gets to it: adjustSize counts it
            labels[1].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._rows[key] = labels

    def _row_label(self, name: str, role: str) -> QLabel:
        label = QLabel(self.frame)
        label.setObjectName(name)
        label.setProperty("role", role)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def value_texts(self) -> dict[str, str]:
        return {key: labels[1].text() for key, labels in self._rows.items()}

    # window ----------------------------------------------------------------------------------
    def set_always_on_top(self, on: bool) -> None:
        """Changing a window flag hides the window: show it again where it was."""
        if bool(self.windowFlags() & Qt.WindowType.WindowStaysOnTopHint) == on:
            return
        visible = self.isVisible()
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
        if self.pin_button.isChecked() != on:
            self.pin_button.setChecked(on)
        if visible:
            self.show()

    def is_always_on_top(self) -> bool:
        return bool(self.windowFlags() & Qt.WindowType.WindowStaysOnTopHint)

    def apply_theme(self) -> None:
        self.setStyleSheet(today_style(self._ui.theme.colors))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self.open_dashboard.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            event.accept()
            self.open_dashboard.emit()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._generation == 0:
            self.refresh()
