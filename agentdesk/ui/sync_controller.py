"""Background sync: at start, every ``sync_interval_minutes``, and when asked (F5).

The sync runs through the ``TaskRunner``; the engine's progress callback (on the worker thread)
only stores the latest tick, and a 100 ms timer on the GUI thread publishes it when it changed, so
the status bar is updated at most ten times a second however fast pages arrive (anki's
``ProgressManager`` idea). Outcomes become one ``SyncStatus`` on ``AppEvents.sync_status_changed``.

Every sync that ends, with news or without, and every attempt that found the server unreachable,
emits ``data_changed``: the pages' "now" has moved on (today may have become tomorrow, the
comparison span has grown), so they re-read the store even when the platform sent nothing.

A sync that stored everything but could not write the search index (a full disk:
``SyncReport.index_problem``, where the command line exits 3) is a status with an ``error``
sentence saying what still works, so the window's error banner shows it; the next sync that
updates the index clears it.

Only one sync runs at a time, even across ``stop()``: a cancelled sync may still be inside a
request, and the next one waits for it on ``_one_at_a_time`` instead of sharing its session.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from agentdesk.errors import (
    AgentDeskError,
    AuthenticationError,
    CancelledError,
    ServerUnreachableError,
)
from agentdesk.services.last_sync import last_synced_at
from agentdesk.ui.context import UiContext
from agentdesk.ui.error_words import plain_sentence, technical
from agentdesk.ui.events import SyncStatus
from agentdesk.ui.sync_progress import overall_fraction
from agentdesk.ui.tasks import TaskHandle

if TYPE_CHECKING:
    # The sync service brings the HTTP client and the search index: imported on the worker
    # that runs the first sync, after the window's first paint (issue 15).
    from agentdesk.services.sync_service import SyncProgress, SyncReport

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_MS = 100
DATA_REFRESH_MS = 10_000
"""While a long sync runs, pages re-read the store at most this often (and at each new phase)."""


class SyncController(QObject):
    sign_in_needed = Signal(str)
    """The server refused the token: the window offers to sign in again (the sentence)."""

    def __init__(self, ui: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncController")
        self._ui = ui
        self._status = SyncStatus()
        self._handle: TaskHandle | None = None
        self._one_at_a_time = threading.Lock()
        self._latest: SyncProgress | None = None
        self._published: SyncProgress | None = None
        self._since_data = QElapsedTimer()
        self._since_data.start()
        self._timer = QTimer(self)
        self._timer.setObjectName("syncTimer")
        self._timer.setInterval(ui.app.settings().sync_interval_minutes * 60_000)
        self._timer.timeout.connect(self.sync_now)
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(PROGRESS_INTERVAL_MS)
        self._progress_timer.timeout.connect(self._publish_progress)
        ui.events.settings_changed.connect(self._apply_interval)

    @property
    def status(self) -> SyncStatus:
        return self._status

    @property
    def running(self) -> bool:
        return self._handle is not None

    def start(self, *, sync: bool = True) -> None:
        """Say when the store was last synced (from the store, so offline starts show it), then
        sync now and every few minutes. ``sync=False`` only reads the store (screenshots,
        benchmarks: the window as it opens, before any network)."""
        self._ui.runner.run(
            lambda _cancel: last_synced_at(self._ui.app),
            self._on_last_synced,
            receiver=self,
            name="last synced at",
        )
        if sync:
            self.resume()

    def resume(self) -> None:
        """Sync now and every ``sync_interval_minutes`` from now on."""
        self._timer.start(self._interval_ms())
        self.sync_now()

    def stop(self) -> None:
        """No more syncs until ``resume``; a running one is cancelled (it stops at its next
        page and keeps what it wrote)."""
        self._timer.stop()
        self._progress_timer.stop()
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
            self._set_status(replace(self._status, running=False, fraction=None, phase=None))

    def sync_now(self) -> None:
        if self._handle is not None:
            return
        self._latest = self._published = None
        self._since_data.start()
        self._handle = self._ui.runner.run(
            self._work, self._on_success, self._on_failure, name="sync"
        )
        self._progress_timer.start()
        if self._timer.isActive():
            self._timer.start()  # the next automatic sync is a full interval after this one
        self._set_status(
            replace(
                self._status,
                running=True,
                fetched=0,
                new=0,
                updated=0,
                fraction=None,
                phase=None,
                phase_done=0,
                phase_total=None,
            )
        )

    def _interval_ms(self) -> int:
        return self._ui.app.settings().sync_interval_minutes * 60_000

    def _apply_interval(self) -> None:
        """A new interval from the settings: applied to the running schedule. Saving other
        settings (a period, the geometry at close) must not start one."""
        interval = self._interval_ms()
        if self._timer.isActive() and interval != self._timer.interval():
            self._timer.start(interval)

    def _work(self, cancel: threading.Event) -> tuple[SyncReport, datetime | None]:
        while not self._one_at_a_time.acquire(timeout=0.1):
            if cancel.is_set():
                raise CancelledError("Sync cancelled before it started.")
        try:
            from agentdesk.services.sync_service import run_sync  # noqa: PLC0415 - see imports

            report = run_sync(self._ui.app, on_progress=self._remember, cancel=cancel)
            return report, last_synced_at(self._ui.app)
        finally:
            self._one_at_a_time.release()

    def _remember(self, progress: SyncProgress) -> None:
        self._latest = progress  # worker thread: one reference assignment, read by the timer

    def _publish_progress(self) -> None:
        latest = self._latest
        if latest is None or latest is self._published or self._handle is None:
            return
        self.publish(latest)

    def publish(self, latest: SyncProgress) -> None:
        """One tick on the status: the whole sync's fraction (never going back), the phase and
        its counts. Pages re-read the store at each new phase and every ``DATA_REFRESH_MS``."""
        previous_phase = self._published.phase if self._published is not None else None
        self._published = latest
        self._set_status(
            replace(
                self._status,
                fetched=latest.fetched,
                new=latest.new,
                updated=latest.updated,
                fraction=overall_fraction(latest.phase, latest.fraction, self._status.fraction),
                phase=latest.phase,
                phase_done=latest.done,
                phase_total=latest.total,
            )
        )
        phase_ended = latest.phase != previous_phase and previous_phase is not None
        if phase_ended or self._since_data.hasExpired(DATA_REFRESH_MS):
            # What is stored is shown while the rest arrives (a first sync takes minutes),
            # instead of "nothing synced yet" until the very end.
            self._since_data.start()
            self._ui.events.data_changed.emit()

    def _on_last_synced(self, when: datetime | None) -> None:
        if self._status.last_synced_at is None:
            self._set_status(replace(self._status, last_synced_at=when))

    def _on_success(self, outcome: tuple[SyncReport, datetime | None]) -> None:
        report, when = outcome
        self._finish()
        log.info("Background sync: %s", report.summary())
        self._set_status(
            SyncStatus(
                fetched=report.fetched,
                new=report.new,
                updated=report.updated,
                online=True,
                last_synced_at=when or self._ui.clock(),
                error=self._index_words() if report.index_problem else None,
                error_details=report.index_problem,
            )
        )
        self._ui.events.data_changed.emit()

    def _index_words(self) -> str:
        return self.tr(
            "The conversations are synced, but the search index could not be updated. "
            "Indicators, paused conversations, exports and search by id or filters still work; "
            "word searches miss what this sync brought until the index is updated (at the next "
            "start)."
        )

    def _on_failure(self, error: AgentDeskError) -> None:
        self._finish()
        online = not isinstance(error, ServerUnreachableError)
        log.info("Background sync failed: %s", error.sentence)
        self._set_status(
            replace(
                self._status,
                running=False,
                fraction=None,
                phase=None,
                online=online,
                error=plain_sentence(error),
                error_details=technical(error),
            )
        )
        if isinstance(error, AuthenticationError):
            self.sign_in_needed.emit(error.sentence)
        elif not online:
            self._ui.events.data_changed.emit()  # offline: the store is what there is; time moves

    def _finish(self) -> None:
        self._handle = None
        self._progress_timer.stop()

    def _set_status(self, status: SyncStatus) -> None:
        self._status = status
        self._ui.events.sync_status_changed.emit(status)
