"""The closed page's table: one row per conversation, whole rows selected, the excerpt painted
by the snippet delegate, column widths that fit a contact's name and a date; it asks for more
rows a little before its end (``ClosedListModel.fetch_ahead``), not only when it reaches it."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from agentdesk.ui.closed.delegate import RowDelegate
from agentdesk.ui.closed.model import ClosedListModel
from agentdesk.ui.theme import ThemeColors

ROW_HEIGHT = 28
WIDTHS = ((0, 150), (1, 34), (2, 138), (3, 46), (4, 46))


def make_list_view(
    model: ClosedListModel, colors: ThemeColors, parent: QWidget
) -> tuple[QTableView, RowDelegate]:
    table = QTableView(parent)
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


def fetch_ahead(table: QTableView, model: ClosedListModel, *_signal: object) -> None:
    """Asks the model for more when the last row shown is near the loaded end. Qt's own
    ``fetchMore`` comes only when the scroll bar reaches its end: the scroll then stops until
    the rows come (a fetch deep in 100k takes ~100 ms), and the fetch started inside that
    scroll's frame."""
    last = table.rowAt(table.viewport().height() - 1)
    model.fetch_ahead(model.rowCount() - 1 if last < 0 else last)
