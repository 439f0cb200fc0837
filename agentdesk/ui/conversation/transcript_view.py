"""The list the bubbles live in: scrolled by pixels (a bubble can be taller than the view), laid
out again when its width changes (bubbles wrap to it), and "Copy message" (Ctrl+C, or the
context menu) for the message under the cursor, since painted text cannot be selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from agentdesk.ui.conversation.bubble_delegate import BubbleDelegate
from agentdesk.ui.conversation.style import TranscriptColors
from agentdesk.ui.conversation.transcript_model import TranscriptModel

SCROLL_STEP = 24


class TranscriptView(QListView):
    def __init__(self, colors: TranscriptColors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptView")
        self.transcript = TranscriptModel(self)
        self.delegate = BubbleDelegate(self, colors)
        self.setModel(self.transcript)
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

    def copy_message(self) -> None:
        index = self.currentIndex()
        clipboard = QGuiApplication.clipboard()
        if index.isValid() and clipboard is not None:
            clipboard.setText(self.transcript.message(index.row()).text)
