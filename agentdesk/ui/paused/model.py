"""The paused list as a table model over the view-model's items (a few dozen at most, so every
row is held; the closed list is the one that fetches lazily).

Times are on the agent's clock (the zone ``/me`` gives), in the agent's locale, like the
indicators; the countdown is worded at the view-model's "now", so the injected clock drives it.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from agentdesk.domain.reopen import RefusalReason
from agentdesk.services.paused import PausedItem
from agentdesk.ui.indicators.format import NONE_TEXT, ValueFormatter
from agentdesk.ui.paused import words
from agentdesk.ui.paused.view_model import Change, PausedViewModel
from agentdesk.ui.theme import ThemeManager

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


class Column(IntEnum):
    CONTACT = 0
    PAUSED_AT = 1
    DEADLINE = 2
    TIME_LEFT = 3
    ASSIGNEE = 4


class PausedTableModel(QAbstractTableModel):
    def __init__(
        self, view_model: PausedViewModel, theme: ThemeManager, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pausedTableModel")
        self._vm = view_model
        self._theme = theme
        self._rows: list[PausedItem] = []
        self._cells: list[dict[int, tuple[object, ...]]] = []
        self._formatter = ValueFormatter(None)
        self._tz = ZoneInfo("UTC")
        self._bold = QFont()
        self._bold.setBold(True)
        view_model.changed.connect(self._on_change)

    # -- following the view-model -------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change & Change.ROWS:
            self.beginResetModel()
            self._take_items()
            self.endResetModel()
        elif change & Change.TIMES:
            self._take_items()
            self._emit_all_changed()

    def _take_items(self) -> None:
        self._rows = list(self._vm.items)
        paused = self._vm.paused
        if paused is not None:
            self._tz = ZoneInfo(paused.timezone)
            if self._formatter.locale.name() != paused.locale:
                self._formatter = ValueFormatter(paused.locale)
        self._cells = [self._cells_of(item) for item in self._rows]

    def repaint_all(self) -> None:
        """The same rows, new colours (the theme changed)."""
        self._cells = [self._cells_of(item) for item in self._rows]
        self._emit_all_changed()

    def _emit_all_changed(self) -> None:
        if self._rows:
            last = self.index(len(self._rows) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def row_of(self, conversation_id: str) -> int:
        ids = [item.conversation.id for item in self._rows]
        return ids.index(conversation_id) if conversation_id in ids else -1

    # -- Qt's model interface -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.CONTACT: self.tr("Contact"),
            Column.PAUSED_AT: self.tr("Paused at"),
            Column.DEADLINE: self.tr("Deadline"),
            Column.TIME_LEFT: self.tr("Time left"),
            Column.ASSIGNEE: self.tr("Assigned to"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A look-up: every cell is worded when the rows or the clock change (``_cells_of``),
        because a repaint asks for ten roles of every visible cell."""
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._cells):
            return None
        values = self._cells[row].get(int(role))
        return values[index.column()] if values is not None else None

    # -- cells --------------------------------------------------------------------------------
    def _cells_of(self, item: PausedItem) -> dict[int, tuple[object, ...]]:
        columns = list(Column)
        return {
            int(Qt.ItemDataRole.DisplayRole): tuple(self._text(item, c) for c in columns),
            int(ID_ROLE): (item.conversation.id,) * len(columns),
            int(Qt.ItemDataRole.ToolTipRole): tuple(self._tooltip(item, c) for c in columns),
            **{int(role): tuple(self._look(item, c, role) for c in columns) for role in _LOOKS},
        }

    def _moment(self, at: datetime | None) -> str:
        return self._formatter.moment(at, self._tz) if at is not None else NONE_TEXT

    def _text(self, item: PausedItem, column: Column) -> str:
        c = item.conversation
        if column is Column.CONTACT:
            return c.contact.name
        if column is Column.PAUSED_AT:
            return self._moment(c.paused_at)
        if column is Column.DEADLINE:
            return self._moment(c.pause_deadline)
        if column is Column.TIME_LEFT:
            if _passed(item):  # by our clock, or by the server's when it refused
                return words.countdown(self._vm.now, self._vm.now)
            return words.countdown(c.pause_deadline, self._vm.now)
        return words.assignee(c.assignee_id, self._vm.agent_id)

    def _tooltip(self, item: PausedItem, column: Column) -> str | None:
        c = item.conversation
        if column is Column.CONTACT:
            return f"{c.id} · {c.channel}"
        if column is Column.ASSIGNEE and c.assignee_id is not None:
            return c.assignee_id
        return None

    def _look(self, item: PausedItem, column: Column, role: int) -> object:
        expired = item.eligibility.refusal is not None  # out of reach: muted
        passed = _passed(item)
        urgent = not expired and words.is_urgent(item.conversation.pause_deadline, self._vm.now)
        colors = self._theme.colors
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is Column.TIME_LEFT and urgent:
                return colors.qcolor("warning")
            if column is Column.TIME_LEFT and passed:
                return colors.qcolor("bad")
            return colors.qcolor("muted_text") if expired else None
        if role == Qt.ItemDataRole.BackgroundRole and column is Column.TIME_LEFT and urgent:
            return colors.qcolor("warning_surface")
        if role == Qt.ItemDataRole.FontRole and column is Column.TIME_LEFT and urgent:
            return self._bold
        return None


_LOOKS = (
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.FontRole,
)


def _passed(item: PausedItem) -> bool:
    return item.eligibility.refusal is RefusalReason.DEADLINE_PASSED
