"""Who and where, at the menu bar's right: "Ana Martin · desk.example.com  Sign out".

An agent with two workspaces (or a demo beside the real one) must see at a glance which one the
window shows. The name comes from the stored ``/me`` profile (``AppEvents.workspace_loaded``),
the place from the settings — or "Demo workspace", which has nothing to sign out of.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenuBar, QPushButton, QWidget

from agentdesk.services.indicators import Workspace


def server_words(server_url: str | None) -> str:
    """The host (and a port that is not the scheme's), which is what people recognise."""
    if not server_url:
        return ""
    parts = urlsplit(server_url)
    return parts.netloc or server_url


class AccountBadge(QWidget):
    sign_out_clicked = Signal()

    def __init__(
        self, server_url: str | None, *, demo: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountBadge")
        self._demo = demo
        self._place = self.tr("Demo workspace") if demo else server_words(server_url)
        self.label = QLabel(self._place, self)
        self.label.setObjectName("accountLabel")
        self.label.setProperty("role", "muted")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setToolTip(server_url or "")
        self.sign_out_button = QPushButton(self.tr("Sign out"), self)
        self.sign_out_button.setObjectName("accountSignOut")
        self.sign_out_button.setProperty("role", "link")
        self.sign_out_button.setAutoDefault(False)
        self.sign_out_button.setVisible(not demo)
        self.sign_out_button.clicked.connect(self.sign_out_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 0, 8, 0)
        row.setSpacing(8)
        row.addWidget(self.label)
        row.addWidget(self.sign_out_button)

    def set_workspace(self, workspace: object) -> None:
        if not isinstance(workspace, Workspace):
            return
        self.label.setText(
            self.tr("%1 · %2").replace("%1", workspace.profile.name).replace("%2", self._place)
        )
        self.setAccessibleName(
            self.tr("Signed in as %1 to %2")
            .replace("%1", workspace.profile.name)
            .replace("%2", self._place)
        )
        bar = self.parentWidget()
        if isinstance(bar, QMenuBar) and bar.cornerWidget(Qt.Corner.TopRightCorner) is self:
            # A menu bar lays its corner out only when the widget is set: make room for the name.
            self.adjustSize()
            bar.setCornerWidget(self, Qt.Corner.TopRightCorner)
