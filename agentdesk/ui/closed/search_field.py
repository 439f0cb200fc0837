"""The closed page's search field: Esc clears it (and says so), Down moves into the list."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent, Qt
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchField(QLineEdit):
    cleared = Signal()
    """Esc emptied the field."""
    down = Signal()
    """Down: the list should take the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closedSearch")
        self.setPlaceholderText(self.tr("Search words, a “phrase” or an id (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.setAccessibleName(self.tr("Search closed conversations"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            event.accept()
            self.clear()
            self.cleared.emit()
            return
        if event.key() == Qt.Key.Key_Down:
            event.accept()
            self.down.emit()
            return
        super().keyPressEvent(event)
