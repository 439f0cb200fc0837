"""The line above the transcript: who and which conversation, and the find bar — "Match 3 of
11" with previous / next — shown only when the agent searched for something."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget


class ConversationHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationHeader")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 12, 8)
        titles = QVBoxLayout()
        titles.setSpacing(1)
        self.title = QLabel(self)
        self.title.setObjectName("conversationTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("conversationSubtitle")
        for label in (self.title, self.subtitle):
            label.setTextFormat(Qt.TextFormat.PlainText)
            titles.addWidget(label)
        row.addLayout(titles, 1)
        self.match_label = QLabel(self)
        self.match_label.setObjectName("matchCount")
        self.previous_button = self._button("previousMatch", "▲")
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.next_button = self._button("nextMatch", "▼")
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        for widget in (self.match_label, self.previous_button, self.next_button):
            row.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)

    def _button(self, name: str, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setProperty("role", "matchButton")
        button.setText(text)
        return button

    def show_count(self, current: int, total: int, *, searched: bool) -> None:
        """``current`` is 0-based, -1 when no match is current yet."""
        for widget in (self.match_label, self.previous_button, self.next_button):
            widget.setVisible(searched)
        self.previous_button.setEnabled(total > 1)
        self.next_button.setEnabled(total > 1)
        if total == 0:
            self.match_label.setText(self.tr("No match"))
        elif current < 0:
            self.match_label.setText(self.tr("%n match(es)", None, total))
        else:
            self.match_label.setText(
                self.tr("Match %1 of %2").replace("%1", str(current + 1)).replace("%2", str(total))
            )
