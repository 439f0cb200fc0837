"""The About box: what this is, which version, where its data lives."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from agentdesk import __version__
from agentdesk.ui.context import UiContext


class AboutDialog(QDialog):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About AgentDesk"))
        title = QLabel(self.tr("AgentDesk %1").replace("%1", __version__), self)
        title.setObjectName("aboutTitle")
        title.setProperty("role", "title")
        text = QLabel(
            self.tr(
                "A desktop companion for customer-support agents: your indicators, closed "
                "conversations and paused conversations, online or offline."
            ),
            self,
        )
        text.setObjectName("aboutText")
        text.setWordWrap(True)
        facts = QLabel(
            self.tr("Data folder: %1\nQt %2, PySide6 %3")
            .replace("%1", str(ui.app.paths.home))
            .replace("%2", qVersion())
            .replace("%3", pyside_version),
            self,
        )
        facts.setObjectName("aboutFacts")
        facts.setProperty("role", "muted")
        facts.setWordWrap(True)
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("aboutButtons")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(facts)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
