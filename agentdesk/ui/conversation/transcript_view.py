"""The list the bubbles live in: scrolled by pixels (a bubble can be taller than the view), laid
out again when its width changes (bubbles wrap to it), and "Copy message" (Ctrl+C, or the
context menu) for the message under the cursor, since painted text cannot be selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from agentdesk.domain.search_records import TextRange
from agentdesk.ui.conversation.bubble_delegate import BubbleDelegate
from agentdesk.ui.conversation.style import TranscriptColors
from agentdesk.ui.conversation.transcript_model import TranscriptModel

SCROLL_STEP = 24


class TranscriptView(QListView):
    def __init__(self, colors: TranscriptColors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptView")
        self.transcript = TranscriptModel(self)
        self.delegate = BubbleDelegate(self, self.transcript, colors)
        self.setModel(self.transcript)
        self.transcript.modelAboutToBeReset.connect(self.delegate.forget_sizes)
        self.setItemDelegate(self.delegate)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(SCROLL_STEP)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        copy = QAction(self.tr("Copy message"), self)
        copy.setObjectName("copyMessage")
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_message)
        self.addAction(copy)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.size().width() != event.oldSize().width():
            self.delegate.forget_sizes()  # bubbles wrap to the width: heights change
        super().resizeEvent(event)

    def scroll_to_match(self, row: int, found: TextRange) -> None:
        """The line of ``found`` in the middle of the view: for a short message that is its
        bubble, for a long e-mail the line itself, not the bubble's top."""
        index = self.transcript.index(row)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        top = self.visualRect(index).top()
        line = self.delegate.line_of(index, float(self.viewport().width()), found.start)
        if line is None:
            return
        middle = top + (line[0] + line[1]) / 2
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + round(middle - self.viewport().height() / 2))

    def copy_message(self) -> None:
        index = self.currentIndex()
        clipboard = QGuiApplication.clipboard()
        if index.isValid() and clipboard is not None:
            clipboard.setText(self.transcript.message(index.row()).text)
