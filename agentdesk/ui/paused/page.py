"""The "What can I pick up again?" page: the agent's paused conversations, their deadlines
counting down, and "Reopen" when the rules allow it.

The list is read from the store in the background when the page is made, after every sync
(``data_changed``) and after a reopen; between reads only the clock moves it (a ticker sets the
view-model's "now" from ``ui.clock``), so countdowns, highlights, the button and the badge in the
navigation follow time without touching the disk. The reopen itself runs on the task runner
with one idempotency key per request; a refusal is a sentence and the list is read again (the
service has already written what the server now says).
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from agentdesk.errors import (
    AgentDeskError,
    ReopenRefusedError,
    ServerUnreachableError,
    UsageError,
)
from agentdesk.services.paused import PausedList, load_paused, reopen
from agentdesk.ui.context import UiContext
from agentdesk.ui.error_words import plain_sentence
from agentdesk.ui.events import SyncStatus
from agentdesk.ui.paused import words
from agentdesk.ui.paused.actions import ReopenBox
from agentdesk.ui.paused.model import ID_ROLE, Column, PausedTableModel
from agentdesk.ui.paused.style import paused_style
from agentdesk.ui.paused.table import PausedTable
from agentdesk.ui.paused.view_model import Change, PausedViewModel, ReopenRequest
from agentdesk.ui.tasks import TaskHandle

if TYPE_CHECKING:
    from agentdesk.ui.conversation.pane import ConversationPane

TICK_MS = 15_000
"""Countdowns show whole minutes: four looks a minute keep them at most 15 s behind."""
STALE_AFTER = timedelta(seconds=60)
"""Showing the page re-reads the store (in the background) when the last read is older."""
SIDE_MARGIN = 16
WIDE_ENOUGH = 660
"""Pixels of list for every column; below it "Paused at" is hidden."""


class PausedPage(QWidget):
    badge_changed = Signal(str, str)
    loaded = Signal()
    """A read of the store has been applied (the list, or the empty state, is on screen)."""
    reopen_finished = Signal(str, str)
    """``(conversation id, "reopened" | "refused" | "failed")``, after the page has shown it."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pausedPage")
        self.ui = ui
        self.vm = PausedViewModel(ui.clock(), self)
        self.model = PausedTableModel(self.vm, ui.theme, self)
        self._read_task: TaskHandle | None = None
        self._read_at = ui.clock()
        self._build()
        self.vm.changed.connect(self._on_change)
        self.reopen_box.assign_toggled.connect(self.vm.set_assign_to_me)
        self.reopen_box.reopen_clicked.connect(self.reopen_selected)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()
        self._at_deadline = QTimer(self)
        self._at_deadline.setSingleShot(True)
        self._at_deadline.timeout.connect(self.tick)
        ui.events.data_changed.connect(self.refresh)
        ui.events.follow_sync_status(self._on_sync_status)
        ui.events.theme_changed.connect(self.apply_theme)
        self.apply_theme()
        self._show_action()
        self.refresh()  # now, not when first shown: the navigation's badge needs the count

    def _build(self) -> None:
        title = QLabel(self.tr("What can I pick up again?"), self)
        title.setObjectName("pausedTitle")
        self.summary = self._label("pausedSummary")
        self.summary.setWordWrap(True)
        self.message = self._label("pausedMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.table = PausedTable(self.model, self)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.empty_label = self._label("pausedEmptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        self.reopen_box = ReopenBox(self)
        self._pane: ConversationPane | None = None
        self.selected_part = QWidget(self)
        self.selected_part.setObjectName("pausedSelectedPart")
        self._selected_column = QVBoxLayout(self.selected_part)
        self._selected_column.setContentsMargins(0, 0, 0, 0)
        self._selected_column.setSpacing(6)
        self._selected_column.addWidget(self.reopen_box)
        # The list above, what can be done with the selected one and its transcript below:
        # side by side, neither the five columns nor transcript and details would fit.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("pausedSplitter")
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.selected_part)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.stack.setMinimumHeight(110)
        self.selected_part.setMinimumHeight(170)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SIDE_MARGIN, 14, SIDE_MARGIN, 10)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    # -- reading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the list again in the background; a newer read supersedes an older one."""
        if self._read_task is not None:
            self._read_task.cancel()
        ctx = self.ui.app
        self._read_task = self.ui.runner.run(
            lambda _cancel: load_paused(ctx),
            self._on_list,
            self._on_list_failure,
            name="paused list",
        )

    def _on_list(self, paused: PausedList) -> None:
        self._read_at = self.ui.clock()
        self.vm.now = self._read_at
        self.vm.set_list(paused)
        self.loaded.emit()

    def _on_list_failure(self, error: AgentDeskError) -> None:
        """Nothing synced yet is a state, said for the window (the service's sentence is the
        command line's, "run `agentdesk sync`"); anything else is said in the window's words."""
        self._read_at = self.ui.clock()
        self.vm.set_load_error(
            words.nothing_synced() if isinstance(error, UsageError) else plain_sentence(error)
        )
        self.loaded.emit()

    def tick(self) -> None:
        """The clock moved: countdowns, highlights, the button and the badge follow."""
        self.vm.set_now(self.ui.clock())

    def _on_sync_status(self, status: SyncStatus) -> None:
        if not status.running:
            self.vm.set_online(status.online)

    # -- reopening ----------------------------------------------------------------------------
    def select(self, conversation_id: str) -> bool:
        row = self.model.row_of(conversation_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def reopen_selected(self) -> None:
        self.tick()  # judge at this moment, not at the last tick
        request = self.vm.begin_reopen()
        if request is None:
            return
        self.message.hide()
        ctx = self.ui.app
        self.ui.runner.run(
            lambda _cancel: reopen(
                ctx,
                request.conversation_id,
                assign_to_me=request.assign_to_me,
                idempotency_key=request.idempotency_key,
            ),
            lambda _updated: self._on_reopened(request),
            lambda error: self._on_reopen_failed(request, error),
            receiver=self,
            name=f"reopen {request.conversation_id}",
        )

    def _on_reopened(self, request: ReopenRequest) -> None:
        self.vm.reopen_done(request)
        self._say("done", words.reopened(request.contact, request.conversation_id))
        self.refresh()
        self.reopen_finished.emit(request.conversation_id, "reopened")

    def _on_reopen_failed(self, request: ReopenRequest, error: AgentDeskError) -> None:
        sentence = words.failure(error, request.contact, request.conversation_id)
        if isinstance(error, ReopenRefusedError):
            self.vm.reopen_refused(request, error.reason)
            self._say("refused", sentence)
            self.refresh()
            outcome = "refused"
        else:
            unreachable = isinstance(error, ServerUnreachableError)
            self.vm.reopen_failed(request, unreachable=unreachable)
            self._say("error", sentence)
            outcome = "failed"
        self.reopen_finished.emit(request.conversation_id, outcome)

    def _say(self, kind: str, sentence: str) -> None:
        self.message.setProperty("kind", kind)
        self.message.setText(sentence)
        self.message.setAccessibleName(sentence)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.show()

    # -- showing ------------------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change & Change.ROWS:
            self._show_rows()
        if change & (Change.ROWS | Change.TIMES):
            self._show_summary()
            self._wake_at_next_deadline()
        if change & Change.ACTION:
            self._show_action()
        if change & Change.BADGE:
            count = self.vm.reopenable
            description = self.tr("Paused conversations you can still reopen: %n", None, count)
            self.badge_changed.emit(str(count) if count else "", description)

    def _show_rows(self) -> None:
        if not self.vm.items:
            self.empty_label.setText(self.vm.load_error or words.nothing_paused())
            self.stack.setCurrentWidget(self.empty_label)
            self.selected_part.hide()
            if self._pane is not None:
                self._pane.clear()
            return
        self.stack.setCurrentWidget(self.table)
        self.selected_part.show()
        self.table.fit_columns()
        selected = self.vm.selected_id
        row = self.model.row_of(selected) if selected else -1
        if row < 0:  # the first still within reach, else the first
            reachable = [i for i, item in enumerate(self.vm.items) if item.eligibility.can_reopen]
            row = reachable[0] if reachable else 0
        self.table.select_row(row)

    def _show_summary(self) -> None:
        total = len(self.vm.items)
        if total == 0:
            self.summary.clear()
            return
        self.summary.setText(
            self.tr("%n paused", None, total)
            + " · "
            + self.tr("%n can still be reopened", None, self.vm.reopenable)
        )

    def _wake_at_next_deadline(self) -> None:
        """The badge drops the moment a deadline passes, not up to a tick later."""
        paused = self.vm.paused
        deadline = paused.next_deadline(self.vm.now) if paused else None
        if deadline is None:
            self._at_deadline.stop()
            return
        wait_ms = int((deadline - self.vm.now).total_seconds() * 1000) + 50
        if wait_ms < TICK_MS:
            self._at_deadline.start(wait_ms)

    def _show_action(self) -> None:
        self.reopen_box.show_state(self.vm.action(), ticked=self.vm.assign_to_me)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.vm.select(current.data(ID_ROLE) if current.isValid() else None)
        self._show_in_pane()

    def _show_in_pane(self) -> None:
        """Only while the page is on screen (``showEvent`` catches up): the window makes this
        page at start, and a transcript laid out behind the dashboard is work for nobody."""
        conversation_id = self.vm.selected_id
        if conversation_id is None:
            if self._pane is not None:
                self._pane.clear()
        elif self.isVisible():
            pane = self.pane
            if pane.details is None or pane.details.id != conversation_id:
                pane.show_conversation(conversation_id)

    @property
    def pane(self) -> ConversationPane:
        """The selected conversation's transcript and details, made the first time they are
        needed: the window makes this page at start (for the badge), when nobody reads it."""
        if self._pane is None:
            from agentdesk.ui.conversation.pane import ConversationPane  # noqa: PLC0415

            self._pane = ConversationPane(self.ui, self.selected_part)
            self._selected_column.addWidget(self._pane, 1)
            total = sum(self.splitter.sizes())  # laid out without it: give it its share
            if total > 0:
                self.splitter.setSizes([total * 2 // 5, total - total * 2 // 5])
        return self._pane

    def apply_theme(self) -> None:
        self.setStyleSheet(paused_style(self.ui.theme.colors))
        self.model.repaint_all()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """At the window's smaller sizes "Paused at" goes (the details still say it), so the
        contact, the deadline and who has it never scroll sideways."""
        super().resizeEvent(event)
        room = event.size().width() - 2 * SIDE_MARGIN
        self.table.setColumnHidden(Column.PAUSED_AT, room < WIDE_ENOUGH)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tick()
        self._show_in_pane()
        if self.ui.clock() - self._read_at > STALE_AFTER:
            self.refresh()
