"""The closed page's table: one row per conversation, whole rows selected, painted whole by
``row_images`` (the cells drawn by the delegate; rows painted ahead between frames, copied
in a frame), column widths that fit a contact's name and a date; it asks for more
rows a little before its end (``ClosedListModel.fetch_ahead``), not only when it reaches it,
and tells its ``FrameGate`` when it scrolls and paints, so that the fetch's worker keeps out
of its frames."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from agentdesk.ui.closed.delegate import RowDelegate
from agentdesk.ui.closed.model import ClosedListModel
from agentdesk.ui.closed.row_images import RowPainter
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
    the GIL from it. While it scrolls, Python's full collections wait (``ScrollCollections``).

    Its rows are painted by a ``RowPainter`` (``attach``), not cell by cell by
    ``QTableView.paintEvent``: the table draws no grid, spans or drop indicator, so the rows
    are all there is to paint."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.rows: RowPainter | None = None
        self._scrolled_to = 0
        self.frame_gate = FrameGate()
        self.collections = ScrollCollections(self)
        self._frame_over = QTimer(self)
        self._frame_over.setSingleShot(True)
        self._frame_over.setInterval(0)
        self._frame_over.timeout.connect(self._frame_ended)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def attach(self, rows: RowPainter | None) -> None:
        """Paints through ``rows``; None: ``QTableView``'s own paint, cell by cell through the
        delegate (the tests compare the two)."""
        self.rows = rows

    def _scrolled(self, value: int) -> None:
        self.frame_gate.begin()
        self.collections.frame()
        if self.rows is not None:
            self.rows.scrolled(value - self._scrolled_to)
        self._scrolled_to = value

    def _frame_ended(self) -> None:
        self.frame_gate.end()
        if self.rows is not None:
            self.rows.prepaint_soon()

    def paintEvent(self, event: QPaintEvent) -> None:
        self.frame_gate.begin()
        try:
            if self.rows is None:
                super().paintEvent(event)
            else:
                painter = QPainter(self.viewport())
                try:
                    self.rows.paint(painter, event.rect())
                finally:
                    painter.end()
        finally:
            self._frame_over.start()

    def hideEvent(self, event: QHideEvent) -> None:
        """Hidden, its rows' images are memory for nothing: painted again when shown."""
        if self.rows is not None:
            self.rows.images.clear()
        super().hideEvent(event)


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
    table.attach(RowPainter(table, model, delegate, table.frame_gate))
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
