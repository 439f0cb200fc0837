"""The status bar's sync corner: "Synced 2 min ago", and a progress bar with counts while a sync
runs — shown only once it has run for ``PROGRESS_DELAY_MS``, so quick syncs never flicker."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from agentdesk.ui.events import AppEvents, SyncStatus
from agentdesk.ui.time_words import at_words, synced_ago

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
        self._relabel.timeout.connect(self._update_label)
        self._relabel.start()
        events.sync_status_changed.connect(self.show_status)

    def show_status(self, status: SyncStatus) -> None:
        started = status.running and not self._status.running
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
            locale = QLocale()
            text = (
                self.tr("Syncing… %1 fetched, %2 new, %3 updated")
                .replace("%1", locale.toString(status.fetched))
                .replace("%2", locale.toString(status.new))
                .replace("%3", locale.toString(status.updated))
            )
        elif not status.online:
            text = self.tr("Offline")
            if status.last_synced_at is not None:
                text = self.tr("Offline · last synced %1").replace(
                    "%1", at_words(status.last_synced_at, self._clock())
                )
        else:
            text = synced_ago(status.last_synced_at, self._clock())
        self.label.setText(text)
        self.label.setToolTip(status.error or "")
