"""Day / Week / Month: three exclusive buttons, reachable by Tab, arrows and Alt+D/W/M."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from agentdesk.domain.periods import PeriodKind
from agentdesk.ui.indicators.words import period_name

PERIODS = (PeriodKind.DAY, PeriodKind.WEEK, PeriodKind.MONTH)


class PeriodSwitch(QWidget):
    """Emits ``period_selected`` when the user picks another period (not on ``set_period``)."""

    period_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("periodSwitch")
        self.setAccessibleName(self.tr("Period"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[PeriodKind, QPushButton] = {}
        for index, kind in enumerate(PERIODS):
            button = QPushButton(period_name(kind), self)
            button.setObjectName(f"periodButton_{kind.value}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setProperty("segment", ("first", "middle", "last")[index])
            self._group.addButton(button, index)
            self._buttons[kind] = button
            layout.addWidget(button)
        self._buttons[PeriodKind.default()].setChecked(True)
        self._group.idClicked.connect(self._on_clicked)

    def period(self) -> str:
        return PERIODS[self._group.checkedId()].value

    def button(self, kind: str) -> QPushButton:
        return self._buttons[PeriodKind(kind)]

    def set_period(self, kind: str) -> None:
        """Shows ``kind`` as chosen without emitting ``period_selected``."""
        self._buttons[PeriodKind(kind)].setChecked(True)

    def _on_clicked(self, index: int) -> None:
        self.period_selected.emit(PERIODS[index].value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left/Right (and Home/End) move the choice, as in a tab bar."""
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        current = self._group.checkedId()
        if event.key() in steps:
            target = max(0, min(len(PERIODS) - 1, current + steps[Qt.Key(event.key())]))
        elif event.key() == Qt.Key.Key_Home:
            target = 0
        elif event.key() == Qt.Key.Key_End:
            target = len(PERIODS) - 1
        else:
            super().keyPressEvent(event)
            return
        if target != current:
            button = self._buttons[PERIODS[target]]
            button.setFocus(Qt.FocusReason.TabFocusReason)
            button.click()
        event.accept()
