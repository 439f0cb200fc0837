""" "Export…" on the closed page: the command line's export service, off the GUI thread, with a
progress dialog that appears only when the export lasts (600 ms), is updated ten times a second
and cancels through the service's flag (anki's progress rules).

The export service selects by days: the page's month, day range or drill-down span become the
first and last day (the agent's days); CSAT, NPS, channel and words are not part of an export,
and the confirmation says so when they were set.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from agentdesk.domain.search_query import SearchFilters
from agentdesk.errors import AgentDeskError, CancelledError
from agentdesk.services.export import ExportKind, ExportRequest, ExportResult, run_export
from agentdesk.ui.context import UiContext
from agentdesk.ui.tasks import TaskHandle

PathChooser = Callable[[ExportKind], Path | None]


def export_days(filters: SearchFilters, tz: ZoneInfo) -> tuple[date | None, date | None]:
    """The agent's first and last day the filters' dates allow (None: open)."""
    firsts = [d for d in (filters.from_day,) if d is not None]
    lasts = [d for d in (filters.to_day,) if d is not None]
    if filters.month is not None:
        firsts.append(filters.month.first_day)
        lasts.append(filters.month.next_first_day - timedelta(days=1))
    if filters.closed_from is not None:
        firsts.append(filters.closed_from.astimezone(tz).date())
    if filters.closed_until is not None:
        lasts.append((filters.closed_until - timedelta(microseconds=1)).astimezone(tz).date())
    return (max(firsts) if firsts else None), (min(lasts) if lasts else None)


@dataclass
class _Tick:
    done: int = 0
    total: int = 0


class ExportController(QObject):
    finished = Signal(object)
    """The ``ExportResult`` of an export that completed."""
    failed = Signal(str)
    """A sentence: the export could not be written (a cancel is not a failure)."""

    def __init__(self, ui: UiContext, owner: QWidget) -> None:
        super().__init__(owner)
        self.setObjectName("closedExport")
        self._ui = ui
        self._owner = owner
        self.choose_path: PathChooser = self._ask_path
        self._handle: TaskHandle | None = None
        self._tick = _Tick()
        self.progress: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._publish)

    @property
    def running(self) -> bool:
        return self._handle is not None

    def _ask_path(self, kind: ExportKind) -> Path | None:
        name = "conversations.csv" if kind is ExportKind.CONVERSATIONS else "messages.csv"
        chosen, _ = QFileDialog.getSaveFileName(
            self._owner, self.tr("Export to CSV"), str(Path.home() / name), self.tr("CSV (*.csv)")
        )
        return Path(chosen) if chosen else None

    def start(self, kind: ExportKind, filters: SearchFilters, tz: ZoneInfo) -> bool:
        """Ask where, then export in the background; False when nothing was started."""
        if self._handle is not None:
            return False
        path = self.choose_path(kind)
        if path is None:
            return False
        first, last = export_days(filters, tz)
        request = ExportRequest(kind, path, first, last, force=True)  # the dialog asked
        store_ctx = self._ui.app
        self._tick = _Tick()

        def work(cancel: threading.Event) -> ExportResult:
            def on_progress(done: int, total: int) -> None:
                self._tick = _Tick(done, total)  # read by the GUI thread's timer

            return run_export(store_ctx.store(), request, on_progress=on_progress, cancel=cancel)

        self.progress = self._dialog()
        self._handle = self._ui.runner.run(
            work, self._on_done, self._on_failure, receiver=self, name="export"
        )
        self._timer.start()
        return True

    def _dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 0, self._owner)
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(600)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        return dialog

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._end()

    def _publish(self) -> None:
        if self.progress is None:
            return
        tick = self._tick
        if tick.total:
            self.progress.setMaximum(tick.total)
            self.progress.setValue(min(tick.done, tick.total))
            self.progress.setLabelText(
                self.tr("Exporting… %1 of %2")
                .replace("%1", str(tick.done))
                .replace("%2", str(tick.total))
            )

    def _on_done(self, result: ExportResult) -> None:
        self._end()
        self.finished.emit(result)

    def _on_failure(self, error: AgentDeskError) -> None:
        self._end()
        if not isinstance(error, CancelledError):
            self.failed.emit(error.sentence)

    def _end(self) -> None:
        self._handle = None
        self._timer.stop()
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
