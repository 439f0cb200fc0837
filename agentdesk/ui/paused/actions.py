"""Above the selected conversation's transcript: "Assign to me", "Reopen", and in words what
reopening will do or why it is not offered. It only shows an ``ActionState``; the page
decides. The conversation's name is the transcript's header, just below."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from agentdesk.ui.paused import words
from agentdesk.ui.paused.availability import ActionState, Availability


class ReopenBox(QFrame):
    reopen_clicked = Signal()
    assign_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pausedActions")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.assign_box = QCheckBox(self.tr("&Assign to me"), self)
        self.assign_box.setObjectName("assignToMe")
        self.assign_box.toggled.connect(self.assign_toggled)
        self.button = QPushButton(self.tr("&Reopen"), self)
        self.button.setObjectName("reopenButton")
        self.button.setProperty("role", "primary")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.reopen_clicked)
        self.reason = QLabel(self)
        self.reason.setObjectName("reopenReason")
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setWordWrap(True)

        self.reason.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(12)
        row.addWidget(self.reason, 1)
        row.addWidget(self.assign_box, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_state(self, state: ActionState, *, ticked: bool) -> None:
        self.assign_box.blockSignals(True)
        self.assign_box.setChecked(ticked and state.box_enabled)
        self.assign_box.blockSignals(False)
        self.assign_box.setEnabled(state.box_enabled)
        self.button.setEnabled(state.can_reopen)
        offline = state.reason is Availability.OFFLINE
        self.button.setText(
            self.tr("Reopening needs the server") if offline else self.tr("&Reopen")
        )
        sentence = words.availability(state.reason)
        self.reason.setText(sentence)
        self.reason.setProperty("blocked", not state.can_reopen)
        self.button.setToolTip(sentence)
        self.button.setAccessibleDescription(sentence)
        self.reason.style().unpolish(self.reason)
        self.reason.style().polish(self.reason)
