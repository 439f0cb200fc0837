"""The closed page's table: one row per conversation, whole rows selected, the excerpt painted
by the snippet delegate, column widths that fit a contact's name and a date."""

from __future__ import annotations

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
    return table, delegate
