"""One conversation, ready to embed: the transcript with the query's matches, and its details.

Pages (closed conversations, paused conversations) give it an id and the query the agent
searched; it loads off the GUI thread through the task runner. Asking again before an answer
came cancels the older request, and an answer that is not for the newest request is dropped,
so clicking quickly down a list never shows a conversation the agent already left. The pane
re-reads on ``data_changed`` (a sync may have changed the conversation, or removed it), keeping
the current match and the scroll position.

F3 / Shift+F3 (the platform's "find next/previous") walk the matches in reading order — the
messages, then the closing note — scrolling each into view; the first is shown on opening.
The shortcuts are the window's while the pane is visible: a page hidden in a stack is not.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError, NotFoundError
from agentdesk.services.conversation import ConversationDetails, read_conversation
from agentdesk.ui.context import UiContext
from agentdesk.ui.conversation.details_panel import DetailsPanel
from agentdesk.ui.conversation.header import ConversationHeader
from agentdesk.ui.conversation.style import conversation_style, transcript_colors
from agentdesk.ui.conversation.transcript_view import TranscriptView
from agentdesk.ui.conversation.words import channel_name
from agentdesk.ui.error_words import plain_sentence
from agentdesk.ui.indicators.format import ValueFormatter
from agentdesk.ui.tasks import TaskHandle

DETAILS_WIDTH = (190, 300)
"""The details panel's width: all it needs (the larger) while the transcript keeps
``TRANSCRIPT_ROOM``, never less than the smaller; until the agent drags the splitter."""
TRANSCRIPT_ROOM = 340


class ConversationPane(QWidget):
    loaded = Signal(str)
    """The conversation with this id is on screen (painted when the pane is visible)."""
    match_changed = Signal(int, int)
    """The current match (1-based; 0 when none is current) and how many there are."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationPane")
        self._ui = ui
        self._wanted: tuple[str, str] | None = None
        self._generation = 0
        self._task: TaskHandle | None = None
        self._details: ConversationDetails | None = None
        self._current = -1
        self._formatters: dict[str | None, ValueFormatter] = {}
        self._colors = transcript_colors(ui.theme.colors, dark=ui.theme.is_dark)
        self._build()
        self._shortcuts()
        self.apply_theme()
        self._say(self.tr("Choose a conversation to read it here."))
        ui.events.data_changed.connect(self._reload)
        ui.events.theme_changed.connect(self.apply_theme)

    # building --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.message = QLabel(self)
        self.message.setObjectName("conversationMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.header = ConversationHeader(content)
        self.header.previous_button.clicked.connect(self.previous_match)
        self.header.next_button.clicked.connect(self.next_match)
        self.title, self.subtitle = self.header.title, self.header.subtitle
        self.match_label = self.header.match_label
        column.addWidget(self.header)
        self.transcript = TranscriptView(self._colors, content)
        self.model = self.transcript.transcript
        self.delegate = self.transcript.delegate
        self.details_panel = DetailsPanel()
        self.details_scroll = QScrollArea(content)
        self.details_scroll.setObjectName("detailsScroll")
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details_scroll.setWidget(self.details_panel)
        self.details_scroll.setMinimumWidth(DETAILS_WIDTH[0])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, content)
        self.splitter.setObjectName("conversationSplitter")
        self.splitter.addWidget(self.transcript)
        self.splitter.addWidget(self.details_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self._splitter_dragged = False
        self.splitter.splitterMoved.connect(self._dragged)
        column.addWidget(self.splitter, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.message)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _dragged(self) -> None:
        self._splitter_dragged = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._splitter_dragged:
            width = self.width()  # the splitter spans the pane, once laid out
            details = max(DETAILS_WIDTH[0], min(DETAILS_WIDTH[1], width - TRANSCRIPT_ROOM))
            self.splitter.setSizes([width - details, details])

    def _shortcuts(self) -> None:
        pairs = (
            (QKeySequence(Qt.Key.Key_F3), self.next_match),
            (QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F3), self.previous_match),
        )
        for sequence, slot in pairs:
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    def apply_theme(self) -> None:
        self._colors = transcript_colors(self._ui.theme.colors, dark=self._ui.theme.is_dark)
        self.delegate.colors = self._colors
        self.setStyleSheet(conversation_style(self._ui.theme.colors))
        self.delegate.forget_fonts()
        self.transcript.scheduleDelayedItemsLayout()
        self._show_note_match()

    # public API ------------------------------------------------------------------------------
    @property
    def details(self) -> ConversationDetails | None:
        return self._details

    def current_match(self) -> int:
        """The current match's place (0-based) in ``details.matches``, or -1."""
        return self._current

    def show_conversation(self, conversation_id: str, query: str = "") -> None:
        """Load and show ``conversation_id`` with the matches of ``query`` marked."""
        self._wanted = (conversation_id, query)
        if self._details is None:
            self._say(self.tr("Loading…"))
        self._load(keep_place=False)

    def clear(self) -> None:
        """Show nothing (and drop an answer still on its way)."""
        self._wanted = None
        self._generation += 1
        if self._task is not None:
            self._task.cancel()
        self._details = None
        self._current = -1
        self.model.set_details(None, ValueFormatter())
        self._say(self.tr("Choose a conversation to read it here."))

    def next_match(self) -> None:
        self._step(+1)

    def previous_match(self) -> None:
        self._step(-1)

    # loading ---------------------------------------------------------------------------------
    def _reload(self) -> None:
        if self._wanted is not None:
            self._load(keep_place=True)

    def _load(self, *, keep_place: bool) -> None:
        assert self._wanted is not None
        conversation_id, query = self._wanted
        self._generation += 1
        generation = self._generation
        if self._task is not None:
            self._task.cancel()
        ctx = self._ui.app

        def work(cancel: threading.Event) -> ConversationDetails:
            return read_conversation(ctx, conversation_id, query, cancel)

        self._task = self._ui.runner.run(
            work,
            lambda details: self._loaded(generation, details, keep_place=keep_place),
            lambda error: self._failed(generation, conversation_id, error),
            receiver=self,
            name="conversation",
        )

    def _loaded(self, generation: int, details: ConversationDetails, *, keep_place: bool) -> None:
        if generation != self._generation:
            return
        same = keep_place and self._details is not None and self._details.id == details.id
        scroll = self.transcript.verticalScrollBar().value()
        current = self._current if same else -1
        self._details = details
        formatter = self._formatter(details.locale)
        self.model.set_details(details, formatter)
        self.details_panel.show_details(details, formatter, self._colors)
        self.title.setText(details.contact.name)
        closed = details.closed_at or details.paused_at or details.started_at
        self.subtitle.setText(
            " · ".join(
                (details.id, channel_name(details.channel), formatter.moment(closed, details.zone))
            )
        )
        self.stack.setCurrentIndex(1)
        self._current = -1
        if same and current >= 0 and details.matches:
            self._go(min(current, len(details.matches) - 1))
        elif same:
            self._show_count()
            self.transcript.verticalScrollBar().setValue(scroll)
        elif details.matches:
            self._go(0)
        else:
            self._show_count()
            self.transcript.scrollToTop()
        if self.isVisible():
            self.transcript.viewport().repaint()
        self.loaded.emit(details.id)

    def _failed(self, generation: int, conversation_id: str, error: AgentDeskError) -> None:
        if generation != self._generation:
            return
        self._details = None
        self._current = -1
        self.model.set_details(None, ValueFormatter())
        if isinstance(error, NotFoundError):
            self._say(
                self.tr("Conversation %1 is not among your synced conversations.").replace(
                    "%1", conversation_id
                )
            )
        else:
            self._say(plain_sentence(error))

    def _formatter(self, locale: str | None) -> ValueFormatter:
        if locale not in self._formatters:
            self._formatters[locale] = ValueFormatter(locale)
        return self._formatters[locale]

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentIndex(0)

    # matches ---------------------------------------------------------------------------------
    def _step(self, direction: int) -> None:
        details = self._details
        if details is None or not details.matches:
            return
        count = len(details.matches)
        self._go((self._current + direction) % count if self._current >= 0 else 0)

    def _go(self, place: int) -> None:
        assert self._details is not None
        self._current = place
        match = self._details.matches[place]
        self.model.set_current(match)
        self._show_note_match()
        if match.message is not None:
            self.transcript.scroll_to_match(match.message, match.range)
        else:
            self.details_scroll.ensureWidgetVisible(self.details_panel.closing_note)
        self._show_count()

    def _show_note_match(self) -> None:
        details = self._details
        current = None
        if details is not None and self._current >= 0:
            match = details.matches[self._current]
            current = match.range if match.message is None else None
        self.details_panel.set_current_note_match(current, self._colors)

    def _show_count(self) -> None:
        details = self._details
        total = len(details.matches) if details is not None else 0
        searched = details is not None and bool(details.query.strip())
        self.header.show_count(self._current, total, searched=searched)
        self.match_changed.emit(self._current + 1, total)
