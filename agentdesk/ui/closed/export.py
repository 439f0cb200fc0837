""" "Export…" on the closed page: the command line's export service, off the GUI thread, with a
progress dialog that appears only when the export lasts (600 ms), is updated ten times a second
and cancels through the service's flag (anki's progress rules).

The export holds what the list shows: the page's words and every filter (month, days, CSAT,
NPS, channels, a drill-down's span and ``measured``) go to the export service as they are, and
it selects them the way the list's search does. The confirmation says how many conversations
went to which file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from agentdesk.domain.search_query import SearchFilters
from agentdesk.errors import AgentDeskError, CancelledError
from agentdesk.services.export import (
    ExportKind,
    ExportRequest,
    ExportResult,
    export_for_context,
)
from agentdesk.ui.context import UiContext
from agentdesk.ui.error_words import plain_sentence
from agentdesk.ui.tasks import TaskHandle

PathChooser = Callable[[ExportKind], Path | None]


def exported_words(result: ExportResult) -> str:
    """ "Exported 1,204 conversations to FILE." — what went where, in the agent's words."""
    path = str(result.path)
    if result.kind is ExportKind.CONVERSATIONS:
        words = QCoreApplication.translate(
            "ExportController", "Exported %Ln conversation(s) to %1.", "", result.conversations
        ).replace("%1", path)
    else:
        messages = QCoreApplication.translate("ExportController", "%Ln message(s)", "", result.rows)
        words = (
            QCoreApplication.translate(
                "ExportController",
                "Exported %1 of %Ln conversation(s) to %2.",
                "",
                result.conversations,
            )
            .replace("%1", messages)
            .replace("%2", path)
        )
    if not result.index_complete:
        words += " " + QCoreApplication.translate(
            "ExportController",
            "The search index was still being built: the file may miss some conversations.",
        )
    return words


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

    def start(self, kind: ExportKind, text: str, filters: SearchFilters) -> bool:
        """Ask where, then export what the search ``text`` with ``filters`` lists, in the
        background; False when nothing was started."""
        if self._handle is not None:
            return False
        path = self.choose_path(kind)
        if path is None:
            return False
        request = ExportRequest(kind, path, force=True, text=text, filters=filters)  # asked
        app = self._ui.app
        self._tick = _Tick()

        def work(cancel: threading.Event) -> ExportResult:
            def on_progress(done: int, total: int) -> None:
                self._tick = _Tick(done, total)  # read by the GUI thread's timer

            return export_for_context(app, request, on_progress=on_progress, cancel=cancel)

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
            self.failed.emit(plain_sentence(error))

    def _end(self) -> None:
        self._handle = None
        self._timer.stop()
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
