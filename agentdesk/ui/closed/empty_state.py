"""What the closed page shows instead of an empty list: what happened and what to do."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

LONGEST_QUERY = 60


class EmptyState(QWidget):
    clear_filters = Signal()
    clear_search = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closedEmpty")
        column = QVBoxLayout(self)
        column.addStretch(1)
        self.sentence = QLabel(self)
        self.sentence.setObjectName("closedEmptySentence")
        self.sentence.setWordWrap(True)
        self.sentence.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.sentence)
        row = QHBoxLayout()
        row.addStretch(1)
        self.clear_filters_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_filters_button.setObjectName("emptyClearFilters")
        self.clear_filters_button.clicked.connect(self.clear_filters.emit)
        self.clear_search_button = QPushButton(self.tr("Clear the search"), self)
        self.clear_search_button.setObjectName("emptyClearSearch")
        self.clear_search_button.clicked.connect(self.clear_search.emit)
        row.addWidget(self.clear_filters_button)
        row.addWidget(self.clear_search_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)

    def nothing_synced(self, syncing: bool) -> None:
        self.sentence.setText(
            self.tr("Nothing synced yet — syncing…")
            if syncing
            else self.tr(
                "Nothing synced yet. Your closed conversations appear here after the first sync "
                "(F5)."
            )
        )
        self._buttons(filters=False, text=False)

    def no_match(self, text: str, filters: list[str]) -> None:
        where = ", ".join(filters)
        text = text if len(text) <= LONGEST_QUERY else text[: LONGEST_QUERY - 1] + "…"
        if text and where:
            sentence = self.tr("No conversation matches “%1” in %2.").replace("%1", text)
            sentence = sentence.replace("%2", where)
        elif text:
            sentence = self.tr("No conversation matches “%1”.").replace("%1", text)
        else:
            sentence = self.tr("No conversation passes these filters: %1.").replace("%1", where)
        hint = self.tr("Try fewer words, or clear the filters.")
        self.sentence.setText(f"{sentence}\n{hint}")
        self._buttons(filters=bool(filters), text=bool(text))

    def _buttons(self, *, filters: bool, text: bool) -> None:
        self.clear_filters_button.setVisible(filters)
        self.clear_search_button.setVisible(text)
