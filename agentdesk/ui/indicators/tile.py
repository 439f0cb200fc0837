"""One indicator tile: name, value, trend (coloured by verdict), previous value.

Focusable; Enter, Return, Space or a click emits ``activated(key)`` (the page opens the chart).
The comparison sentence is the tooltip of the trend and of the tile, and keyboard focus shows it,
so it is not for mouse users only. Tiles are made once per admin indicator and updated in place.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from agentdesk.domain.catalogue import IndicatorKey
from agentdesk.ui.indicators.grid_layout import TILE_MIN_WIDTH
from agentdesk.ui.indicators.presentation import TileState
from agentdesk.ui.indicators.words import indicator_name

VALUE_POINT_SIZE = 18.0
"""The value's size in points; ``style.py`` says the same."""
_SIDE_MARGIN = 14
_ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Select)
_KEYBOARD_FOCUS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


def set_role(widget: QWidget, name: str, value: str) -> None:
    """Change a dynamic property that style sheets select on, and re-apply the sheet."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class IndicatorTile(QFrame):
    activated = Signal(str)
    drill_down = Signal(str)
    """"Show these conversations" (the context menu): the conversations behind the figure."""

    def __init__(self, key: IndicatorKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = IndicatorKey(key)
        self.setObjectName(f"indicatorTile_{self.key.value}")
        self.setProperty("role", "indicatorTile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(TILE_MIN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(_SIDE_MARGIN, 10, _SIDE_MARGIN, 12)
        layout.setSpacing(2)
        self.name_label = self._label("tileName", "tileName")
        self.value_label = self._label("tileValue", "tileValue")
        self.trend_label = self._label("trendLabel", "tileTrend")
        self.previous_label = self._label("tilePrevious", "tilePrevious")
        self.note_label = self._label("tileNote", "tileNote")
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        labels = (
            self.name_label,
            self.value_label,
            self.trend_label,
            self.previous_label,
            self.note_label,
        )
        for label in labels:
            layout.addWidget(label)
        self.name_label.setText(indicator_name(self.key))
        self.state: TileState | None = None
        self.set_loading()
        self.drill_action = QAction(self.tr("Show these conversations"), self)
        self.drill_action.setObjectName(f"drillDown_{self.key.value}")
        self.drill_action.triggered.connect(lambda _c=False: self.drill_down.emit(self.key.value))
        self.addAction(self.drill_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _label(self, prefix: str, role: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"{prefix}_{self.key.value}")
        label.setProperty("role", role)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setMinimumWidth(0)
        return label

    def set_loading(self) -> None:
        self.value_label.setText("…")
        self.trend_label.setText(" ")
        self.previous_label.setText(" ")

    def set_state(self, state: TileState) -> None:
        """Update in place: no widget is created or destroyed on a period switch."""
        if state == self.state:
            return
        self.state = state
        self.name_label.setText(state.name)
        self.value_label.setText(state.value_text)
        set_role(self.value_label, "fit", "normal" if self._fits(state.value_text) else "small")
        self.trend_label.setText(state.trend_text)
        self.previous_label.setText(state.previous_text)
        self.note_label.setText(state.note)
        self.note_label.setVisible(bool(state.note))
        self.trend_label.setToolTip(state.tooltip)
        self.value_label.setToolTip(state.tooltip)
        self.setToolTip(state.tooltip)
        set_role(self.trend_label, "trend", state.verdict.value)
        set_role(self, "trend", state.verdict.value)
        self.setAccessibleName(f"{state.name}: {state.value_text}")
        sentence = QTextDocumentFragment.fromHtml(state.tooltip).toPlainText()
        self.setAccessibleDescription(f"{state.trend_words}. {state.previous_text}. {sentence}")
        self.trend_label.setAccessibleName(state.trend_words)
        self.trend_label.setAccessibleDescription(sentence)

    def _fits(self, text: str) -> bool:
        """Whether ``text`` fits the tile in the value's normal size (see ``style.py``): a
        month's revenue in the millions is written smaller rather than clipped."""
        font = QFont(self.font())
        font.setPointSizeF(VALUE_POINT_SIZE)
        font.setWeight(QFont.Weight.DemiBold)
        room = max(self.width(), TILE_MIN_WIDTH) - 2 * _SIDE_MARGIN - 4  # 4: the focus border
        return QFontMetrics(font).horizontalAdvance(text) <= room

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The grid gives tiles the width it has: the value's size follows."""
        super().resizeEvent(event)
        if self.state is not None:
            fits = self._fits(self.state.value_text)
            set_role(self.value_label, "fit", "normal" if fits else "small")

    # activation ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ACTIVATE_KEYS and not event.isAutoRepeat():
            event.accept()
            self.activated.emit(self.key.value)
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        inside = self.rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and inside:
            event.accept()
            self.activated.emit(self.key.value)
            return
        super().mouseReleaseEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Keyboard users get the comparison sentence as hovering mouse users do."""
        super().focusInEvent(event)
        if event.reason() in _KEYBOARD_FOCUS and self.toolTip():
            # After the focus change has settled: Qt hides tooltips on focus events.
            QTimer.singleShot(0, self, self.show_tooltip)

    def show_tooltip(self) -> None:
        if self.hasFocus() and self.toolTip():
            below = self.trend_label.mapTo(self, QPoint(0, self.trend_label.height() + 4))
            QToolTip.showText(self.mapToGlobal(below), self.toolTip(), self)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        QToolTip.hideText()
