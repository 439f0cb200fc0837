"""The closed page's table: one row per conversation, whole rows selected, the excerpt painted
by the snippet delegate, column widths that fit a contact's name and a date; it asks for more
rows a little before its end (``ClosedListModel.fetch_ahead``), not only when it reaches it,
and tells its ``FrameGate`` when it scrolls and paints, so that the fetch's worker keeps out
of its frames."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from agentdesk.ui.closed.delegate import RowDelegate
from agentdesk.ui.closed.model import ClosedListModel
from agentdesk.ui.frame_gate import FrameGate
from agentdesk.ui.heap import ScrollCollections
from agentdesk.ui.theme import ThemeColors

ROW_HEIGHT = 28
WIDTHS = ((0, 150), (1, 34), (2, 138), (3, 46), (4, 46))


class ClosedTable(QTableView):
    """A ``QTableView`` whose frames are known to ``frame_gate``: a scroll or a paint begins
    one, and it ends when the event loop turns after the paint (a zero timer), not when the
    paint returns: what follows a paint in the same turn (the window flushed to the screen, the
    caller of a ``repaint``) is the frame's too, and a worker woken at the paint's return took
    the GIL from it. While it scrolls, Python's full collections wait (``ScrollCollections``)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.frame_gate = FrameGate()
        self.collections = ScrollCollections(self)
        self._frame_over = QTimer(self)
        self._frame_over.setSingleShot(True)
        self._frame_over.setInterval(0)
        self._frame_over.timeout.connect(self.frame_gate.end)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def _scrolled(self, _value: int) -> None:
        self.frame_gate.begin()
        self.collections.frame()

    def paintEvent(self, event: QPaintEvent) -> None:
        self.frame_gate.begin()
        try:
            super().paintEvent(event)
        finally:
            self._frame_over.start()


def make_list_view(
    model: ClosedListModel, colors: ThemeColors, parent: QWidget
) -> tuple[ClosedTable, RowDelegate]:
    table = ClosedTable(parent)
    table.setObjectName("closedList")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in WIDTHS:
        header.resizeSection(column, width)
    delegate = RowDelegate(model, colors, table)
    table.setItemDelegate(delegate)
    ahead = partial(fetch_ahead, table, model)
    table.verticalScrollBar().valueChanged.connect(ahead)
    model.rowsInserted.connect(ahead)  # still near the end after a fetch: the next one
    return table, delegate


def fetch_ahead(table: ClosedTable, model: ClosedListModel, *_signal: object) -> None:
    """Asks the model for more when the last row shown is near the loaded end. Qt's own
    ``fetchMore`` comes only when the scroll bar reaches its end: the scroll then stops until
    the rows come (a fetch deep in 100k takes ~100 ms), and the fetch started inside that
    scroll's frame. At the end itself the list waits for the fetch: its worker need not keep
    out of frames that are not coming (``FrameGate.set_waited_for``)."""
    last = table.rowAt(table.viewport().height() - 1)
    loaded = model.rowCount()
    model.fetch_ahead(loaded - 1 if last < 0 else last)
    table.frame_gate.set_waited_for((last < 0 or last >= loaded - 1) and loaded < model.total)
