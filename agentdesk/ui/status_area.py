"""The status bar's sync corner: "Synced 2 min ago", and a progress bar with counts while a sync
runs — shown only once it has run for ``PROGRESS_DELAY_MS``, so quick syncs never flicker.

While a sync runs the label names its phase with its counts ("Closed conversations: 12,000
fetched", "Search index: 3,000 of 40,000"); the bar is the whole sync and never goes back
(``sync_progress``). A sync that ends well says "Up to date" until the next relabel, so even a
quick F5 that showed no bar is acknowledged. Times are on the agent's clock (``time_words``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from agentdesk.services.indicators import Workspace
from agentdesk.ui.events import AppEvents, SyncStatus
from agentdesk.ui.indicators.format import locale_for
from agentdesk.ui.time_words import agent_zone, at_words, synced_ago

PROGRESS_DELAY_MS = 600
RELABEL_INTERVAL_MS = 30_000


class SyncStatusArea(QWidget):
    def __init__(
        self, events: AppEvents, clock: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatusArea")
        self._clock = clock
        self._status = SyncStatus()
        self._zone: tzinfo | None = None
        self._locale = locale_for(QLocale().name())
        """Counts as the tiles write them: the agent's locale once known (never bare "C")."""
        self._just_finished = False
        self.label = QLabel(self.tr("Not synced yet"), self)
        self.label.setObjectName("syncStatusLabel")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(140)
        self.progress.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.label)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(PROGRESS_DELAY_MS)
        self._delay.timeout.connect(self._reveal_progress)
        self._relabel = QTimer(self)
        self._relabel.setInterval(RELABEL_INTERVAL_MS)
        self._relabel.timeout.connect(self._relabel_now)
        self._relabel.start()
        events.sync_status_changed.connect(self.show_status)
        events.workspace_loaded.connect(self._on_workspace)

    def _on_workspace(self, workspace: object) -> None:
        self._zone = agent_zone(workspace)
        if isinstance(workspace, Workspace):
            self._locale = locale_for(workspace.profile.locale)
        self._update_label()

    def _relabel_now(self) -> None:
        self._just_finished = False
        self._update_label()

    def show_status(self, status: SyncStatus) -> None:
        started = status.running and not self._status.running
        finished = self._status.running and not status.running
        self._just_finished = finished and status.online and not status.error
        if self._just_finished:
            self._relabel.start()  # "Up to date" stays a full interval
        self._status = status
        if started:
            self._delay.start()
        if not status.running:
            self._delay.stop()
            self.progress.hide()
        self._update_progress()
        self._update_label()

    def show_note(self, text: str) -> None:
        """A last word that no sync status replaces (e.g. "Signing out…" while work stops)."""
        self._relabel.stop()
        self._delay.stop()
        self.progress.hide()
        self.label.setText(text)
        self.label.setToolTip("")

    def _reveal_progress(self) -> None:
        if self._status.running:
            self.progress.show()

    def _update_progress(self) -> None:
        fraction = self._status.fraction
        if fraction is None:
            self.progress.setRange(0, 0)  # busy: the platform gives no total
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(round(max(0.0, min(1.0, fraction)) * 1000))

    def _update_label(self) -> None:
        status = self._status
        if status.running:
            text = self._phase_words(status)
        elif not status.online:
            text = self.tr("Offline")
            if status.last_synced_at is not None:
                text = self.tr("Offline · last synced %1").replace(
                    "%1", at_words(status.last_synced_at, self._clock(), self._zone)
                )
        elif self._just_finished:
            text = self.tr("Up to date")
            if status.new or status.updated:
                text = (
                    self.tr("Up to date · %1 new, %2 updated")
                    .replace("%1", self._locale.toString(status.new))
                    .replace("%2", self._locale.toString(status.updated))
                )
        else:
            text = synced_ago(status.last_synced_at, self._clock(), self._zone)
        self.label.setText(text)
        self.label.setToolTip(status.error or "")

    def _phase_words(self, status: SyncStatus) -> str:
        done = self._locale.toString(status.phase_done)
        if status.phase == "paused":
            return self.tr("Syncing paused conversations… %1 fetched").replace("%1", done)
        if status.phase == "closed":
            return self.tr("Syncing closed conversations… %1 fetched").replace("%1", done)
        if status.phase == "search index":
            if status.phase_total:
                return (
                    self.tr("Updating the search index… %1 of %2")
                    .replace("%1", done)
                    .replace("%2", self._locale.toString(status.phase_total))
                )
            return self.tr("Updating the search index…")
        return self.tr("Syncing…")
