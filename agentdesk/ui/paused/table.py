"""The paused list's view: rows selected whole, columns sized when the rows change.

Columns are measured once per change of rows (``fit_columns``), not by ``ResizeToContents``,
which measures every cell again each time the clock moves a countdown.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from agentdesk.ui.paused.model import Column, PausedTableModel


class PausedTable(QTableView):
    def __init__(self, model: PausedTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pausedTable")
        self.setAccessibleName(self.tr("Paused conversations"))
        self.setModel(model)
        self._model = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.CONTACT, QHeaderView.ResizeMode.Stretch)

    def fit_columns(self) -> None:
        for column in Column:
            if column is not Column.CONTACT:
                self.resizeColumnToContents(column)

    def select_row(self, row: int) -> None:
        self.selectionModel().setCurrentIndex(
            self._model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
