"""A strip above the pages that says one sentence, with a "Details" disclosure and an action.

Errors are never traceback dialogs: the sentence says what happened in the user's words (never
a command to type: ``error_words``), the details (the technical text, for a bug report) stay
folded until asked for, under a line that says what they are.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from agentdesk.ui.error_words import technical_text, without_commands


class Banner(QFrame):
    """``kind`` ``offline`` (amber, stays until the server answers) or ``error`` (dismissible)."""

    action_triggered = Signal()
    dismissed = Signal()

    def __init__(self, name: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("kind", kind)
        self.setProperty("role", "banner")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.text = QLabel(self)
        self.text.setObjectName(f"{name}Text")
        self.text.setProperty("role", "bannerText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.details_button = self._button(f"{name}DetailsButton", self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._show_details)
        self.action_button = self._button(f"{name}Action", "")
        self.action_button.clicked.connect(self.action_triggered)
        self.close_button = self._button(f"{name}Close", self.tr("Dismiss"))
        self.close_button.clicked.connect(self._dismiss)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName(f"{name}Details")
        self.details.setProperty("role", "details")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(120)
        self.details.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        for button in (self.details_button, self.action_button, self.close_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.details)
        self.hide()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setProperty("role", "link")
        button.setAutoDefault(False)
        return button

    def show_message(
        self,
        sentence: str,
        details: str | None = None,
        *,
        action: str | None = None,
        dismissible: bool = True,
    ) -> None:
        sentence = without_commands(sentence)
        self.text.setText(sentence)
        self.details.setPlainText(technical_text(None, details))
        self.details_button.setVisible(bool(details))
        self.details_button.setChecked(False)
        self.action_button.setText(action or "")
        self.action_button.setVisible(bool(action))
        self.close_button.setVisible(dismissible)
        self.setAccessibleName(sentence)
        self.show()

    def clear(self) -> None:
        self.hide()
        self.text.clear()
        self.details.clear()

    @property
    def sentence(self) -> str:
        return "" if self.isHidden() else self.text.text()

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Details"))

    def _dismiss(self) -> None:
        self.clear()
        self.dismissed.emit()
