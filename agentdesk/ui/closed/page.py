"""The closed conversations page (Ctrl+2): search as you type, filters, the list, export.

Typing restarts a short debounce; when it fires, the newest question gets a generation and goes
to a worker, the one before it is cancelled, and any answer that is not the newest is dropped —
typing never waits for a query. The list model holds ids and asks for more while scrolling.
"""

from __future__ import annotations

import logging
from functools import partial
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.domain.drill_down import DrillDown, FigureRef
from agentdesk.domain.search_query import SearchFilters
from agentdesk.domain.wallclock import zone
from agentdesk.errors import AgentDeskError
from agentdesk.services.export import ExportKind, ExportResult
from agentdesk.services.indexing import IndexingProgress
from agentdesk.services.platform_filters import NPS_FILTER
from agentdesk.services.search import SearchHit, SearchPage, SearchService
from agentdesk.ui.closed.answers import Answer, SearchHolder
from agentdesk.ui.closed.channel_icons import ChannelIcons
from agentdesk.ui.closed.empty_state import EmptyState
from agentdesk.ui.closed.export import ExportController, exported_words
from agentdesk.ui.closed.filter_bar import ChipRow, FilterBar
from agentdesk.ui.closed.list_view import make_list_view
from agentdesk.ui.closed.model import ClosedListModel
from agentdesk.ui.closed.search_field import SearchField
from agentdesk.ui.closed.state import NEXT_PAGE, ClosedState
from agentdesk.ui.closed.status import status_words
from agentdesk.ui.closed.words import chip_labels, drill_title
from agentdesk.ui.context import UiContext
from agentdesk.ui.conversation.pane import ConversationPane
from agentdesk.ui.error_words import plain_sentence
from agentdesk.ui.events import SyncStatus
from agentdesk.ui.indicators.format import ValueFormatter, locale_for
from agentdesk.ui.tasks import TaskHandle

log = logging.getLogger(__name__)

DEBOUNCE_MS = 120


class ClosedPage(QWidget):
    results_shown = Signal(int)
    """An answer is on screen (its total): tests wait on it."""
    conversation_selected = Signal(str)

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closedPage")
        self.ui = ui
        self.state = ClosedState()
        self._search = SearchHolder(ui.app)
        self.destroyed.connect(partial(SearchHolder.close, self._search))
        self._task: TaskHandle | None = None
        self._rebuilding = False
        self._syncing = False
        self._tz = ZoneInfo("UTC")
        self._formatter = ValueFormatter()
        self._chips_shown: tuple[object, ...] = ()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        self.model = ClosedListModel(ChannelIcons(), self)
        self.model.more_wanted.connect(self._fetch_more)
        self.model.rows_wanted.connect(self._fetch_rows)
        self.exporter = ExportController(ui, self)
        self.exporter.failed.connect(self._show_note)
        self.exporter.finished.connect(self._on_exported)
        self._build()
        ui.events.data_changed.connect(self.refresh)
        ui.events.theme_changed.connect(self._apply_theme)
        ui.events.follow_sync_status(self._on_sync_status)

    # --- building

    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        top = QHBoxLayout()
        self.search_field = SearchField(self)
        self.search_field.textEdited.connect(self._on_text)
        self.search_field.cleared.connect(self.clear_search)
        self.search_field.down.connect(lambda: self.table.setFocus())  # noqa: PLW0108 - built later
        self.search_field.returnPressed.connect(self._open_current)
        top.addWidget(self.search_field, 1)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("exportButton")
        menu = QMenu(self.export_button)
        menu.setObjectName("exportMenu")
        for kind, text in (
            (ExportKind.CONVERSATIONS, self.tr("Conversations to CSV…")),
            (ExportKind.MESSAGES, self.tr("Their messages to CSV…")),
        ):
            action = menu.addAction(text)
            action.setObjectName(f"export_{kind.value}")
            action.triggered.connect(lambda _c=False, k=kind: self.export(k))
        self.export_button.setMenu(menu)
        top.addWidget(self.export_button)
        column.addLayout(top)
        self._build_filters(column)
        column.addWidget(self._build_list(), 1)

    def _build_filters(self, column: QVBoxLayout) -> None:
        self.filter_bar = FilterBar(self)
        self.filter_bar.changed.connect(self._on_filters)
        column.addWidget(self.filter_bar)
        self.chips = ChipRow(self)
        self.chips.chip_removed.connect(self._remove_chip)
        self.chips.clear_requested.connect(self.clear_filters)
        self.chips.hide()
        column.addWidget(self.chips)
        status = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("closedCount")
        self.note_label = QLabel(self)
        self.note_label.setObjectName("indexingNote")
        self.note_label.setProperty("role", "muted")
        self.note_label.setWordWrap(True)
        status.addWidget(self.count_label)
        status.addWidget(self.note_label, 1)
        column.addLayout(status)

    def _build_list(self) -> QSplitter:
        self.stack = QStackedWidget(self)
        self.table, self.delegate = make_list_view(self.model, self.ui.theme.colors, self)
        self.table.activated.connect(lambda index: self._select(index.row()))
        self.table.clicked.connect(lambda index: self._select(index.row()))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._select(current.row())
        )
        self.empty = EmptyState(self)
        self.empty.clear_filters.connect(self.clear_filters)
        self.empty.clear_search.connect(self.clear_search)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.pane = ConversationPane(self.ui, self)
        self.pane.hide()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("closedSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        return splitter

    # --- asking

    def refresh(self) -> None:
        self.search_now()

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def set_text(self, text: str) -> None:
        """As if typed (tests, the window's shortcuts)."""
        self.search_field.setText(text)
        self._on_text(text)

    def _on_text(self, text: str) -> None:
        self.state.text = text
        self._debounce.start()

    def _on_filters(self, filters: SearchFilters) -> None:
        self.state.set_filters(filters)
        self.search_now()

    def set_filters(self, filters: SearchFilters) -> None:
        self._on_filters(filters)

    def _remove_chip(self, name: str) -> None:
        self.state.without(name)
        self.search_now()

    def clear_filters(self) -> None:
        self.state.clear_filters()
        self.search_now()

    def clear_search(self) -> None:
        self.search_field.clear()
        self.state.text = ""
        self.search_now()

    def search_now(self) -> None:
        self._debounce.stop()
        if self._task is not None:
            self._task.cancel()
        generation = self.state.ask()
        query = self.state.query()
        self._show_chips()
        self._task = self.ui.runner.run(
            partial(self._search.answer, query, self.rows_in_view()),
            partial(self._on_answer, generation),
            partial(self._on_failure, generation),
            receiver=self,
            name="closed search",
        )

    def _fetch_more(self, offset: int) -> None:
        generation = self.state.generation
        after = self.model.last_position() if offset == self.model.rowCount() else None
        query = self.state.query(offset=offset, limit=NEXT_PAGE, after=after)
        self.ui.runner.run(
            partial(self._search.more, query, self.table.frame_gate),
            partial(self._on_more, generation, offset),
            self._on_more_failed,
            receiver=self,
            name="closed more",
        )

    def _fetch_rows(self, ids: list[str]) -> None:
        """Rows the model lacks, or lacks the excerpt of, for the shown answer's text."""
        text, generation = self.state.text, self.state.generation
        self.ui.runner.run(
            lambda _cancel: self._search.rows(text, ids),
            partial(self._on_rows, generation),
            self._on_more_failed,
            receiver=self,
            name="closed rows",
        )

    def _on_rows(self, generation: int, hits: list[SearchHit]) -> None:
        if self.state.is_current(generation):  # else computed for an older text
            self.model.fill(hits)

    # --- answers

    def _on_answer(self, generation: int, answer: Answer) -> None:
        if not self.state.is_current(generation):
            return
        self._task = None
        page = answer.page
        self._tz, self._formatter = zone(answer.timezone), ValueFormatter(locale_for(answer.locale))
        self.model.set_zone(self._tz, self._formatter)
        self.filter_bar.set_filters(self.state.filters, self.ui.clock().astimezone(self._tz).date())
        self.filter_bar.set_unavailable(answer.unavailable)
        self.table.setColumnHidden(ClosedListModel.NPS, NPS_FILTER in answer.unavailable)
        self.state.total = page.total
        self.model.reset(page.hits, page.total)
        self._show_chips()
        count, note = status_words(page, answer.coverage, self._formatter)
        drill = self.state.drill
        self.count_label.setText(f"{count} · {drill_title(drill)}" if drill else count)
        self._show_note(note)
        if page.total == 0:
            self._show_empty(answer)
        else:
            self.stack.setCurrentWidget(self.table)
        if page.hits and page.hits[0].id_match:
            self.table.selectRow(0)
            self.table.scrollToTop()
        if SearchService.needs_rebuild(page):
            self._rebuild()
        self.results_shown.emit(page.total)

    def _on_more(self, generation: int, offset: int, page: SearchPage) -> None:
        if self.state.is_current(generation):
            self.model.append(offset, page.hits, page.total)
        else:
            self.model.fetch_failed()

    def _on_more_failed(self, error: AgentDeskError) -> None:
        """More rows could not be read (the store busy, say): the next scroll asks again."""
        log.warning("Reading more closed conversations failed: %s", error.sentence)
        self.model.fetch_failed()

    def _on_failure(self, generation: int, error: AgentDeskError) -> None:
        if self.state.is_current(generation):
            self._task = None
            self._show_note(plain_sentence(error))

    def _show_chips(self) -> None:
        """Rebuilt only when the filters (or how they are written) changed, not per keystroke."""
        shown = (self.state.filters, self._tz, self._formatter.locale.name())
        if shown != self._chips_shown:
            self._chips_shown = shown
            self.chips.show_filters(self.state.filters, self._formatter, self._tz)

    def _show_empty(self, answer: Answer) -> None:
        coverage = answer.coverage
        if coverage is not None and coverage.stored == 0:
            self.empty.nothing_synced(self._syncing)
        else:
            labels = list(chip_labels(self.state.filters, self._formatter, self._tz).values())
            self.empty.no_match(self.state.text.strip(), labels)
        self.stack.setCurrentWidget(self.empty)

    def _show_note(self, note: str) -> None:
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))

    # --- the index, rebuilt when a search found it unusable

    def _rebuild(self) -> None:
        if self._rebuilding:
            return
        self._rebuilding = True
        self._show_note(
            self.tr("Search is rebuilding its index — filters and the list already work.")
        )

        def progress(tick: IndexingProgress) -> None:
            log.debug("Rebuilding the search index: %s of %s", tick.done, tick.total)

        self.ui.runner.run(
            lambda cancel: self._search.rebuild(progress, cancel),
            self._on_rebuilt,
            self._on_rebuild_failed,
            receiver=self,
            name="closed rebuild",
        )

    def _on_rebuilt(self, _rebuilt: bool) -> None:
        self._rebuilding = False
        self.search_now()

    def _on_rebuild_failed(self, error: AgentDeskError) -> None:
        self._rebuilding = False
        self._show_note(plain_sentence(error))

    # --- drill-down, selection, export

    def show_figure(self, figure: FigureRef) -> None:
        """The conversations behind a tile or a chart point (the window routes it here)."""
        holder, now = self._search, self.ui.clock()
        self.ui.runner.run(
            lambda _cancel: holder.drill_down(figure, now),
            self.show_drill_down,
            receiver=self,
            name="drill-down",
        )

    def show_drill_down(self, drill: DrillDown) -> None:
        self.state.show_drill_down(drill)
        self.search_field.clear()
        self.search_now()

    def _select(self, row: int) -> None:
        """Enter, a click or moving through the list opens the conversation beside it."""
        cid = self.model.ids[row] if 0 <= row < self.model.rowCount() else None
        if cid is not None:
            self.pane.show()
            self.pane.show_conversation(cid, self.state.text)
            self.conversation_selected.emit(cid)

    def _open_current(self) -> None:
        self._debounce.stop()
        if self.model.rowCount():
            self.table.selectRow(max(0, self.table.currentIndex().row()))

    def rows_in_view(self) -> int:
        """How many rows the list can show at its present height (the answer brings their
        snippets)."""
        row = max(1, self.table.verticalHeader().defaultSectionSize())
        return self.table.viewport().height() // row + 1

    def visible_rows(self) -> int:
        """How many rows, from the top, the list shows (their excerpts are painted first)."""
        last = self.table.rowAt(self.table.viewport().height() - 1)
        return self.model.rowCount() if last < 0 else last + 1

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.ids[rows[0].row()] if rows else None

    def export(self, kind: ExportKind) -> bool:
        """What the list shows: its words and every filter."""
        return self.exporter.start(kind, self.state.text, self.state.filters)

    def _on_exported(self, result: ExportResult) -> None:
        self._show_note(exported_words(result))

    def _on_sync_status(self, status: SyncStatus) -> None:
        self._syncing = status.running

    def _apply_theme(self) -> None:
        self.delegate.colors = self.ui.theme.colors
        self.table.viewport().update()
