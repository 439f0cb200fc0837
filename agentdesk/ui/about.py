"""The About box: what this is, which version, where its data lives.

What it says AgentDesk shows is made from the pages the window has (``default_pages``), so it
promises closed and paused conversations exactly when those pages exist.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLocale, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

import agentdesk
from agentdesk.ui.context import UiContext
from agentdesk.ui.i18n import say_buttons
from agentdesk.ui.pages import PageSpec, default_pages


class AboutDialog(QDialog):
    def __init__(
        self,
        ui: UiContext,
        parent: QWidget | None = None,
        *,
        pages: Sequence[PageSpec] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About AgentDesk"))
        title = QLabel(self.tr("AgentDesk %1").replace("%1", agentdesk.__version__), self)
        title.setObjectName("aboutTitle")
        title.setProperty("role", "title")
        shown = QLocale().createSeparatedList(
            [self._page_words(spec) for spec in (pages if pages is not None else default_pages())]
        )
        text = QLabel(
            self.tr(
                "A desktop companion for customer-support agents: %1, online or offline."
            ).replace("%1", shown),
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
        say_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(facts)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _page_words(self, spec: PageSpec) -> str:
        words = {
            "indicators": self.tr("your indicators"),
            "closed": self.tr("your closed conversations"),
            "paused": self.tr("your paused conversations"),
        }
        return words.get(spec.key, spec.title())
