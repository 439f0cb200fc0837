"""The list of closed conversations: ids in answer order, rows fetched lazily, few kept.

After anki's browser table (``ankitects/anki:qt/aqt/browser/table/model.py``): the model holds
the ids of what it has been told so far and a small cache of rows; ``fetchMore`` asks the page
for the next slice of ids, and a row evicted from the cache is asked again (``rows_wanted``) when
it is shown. The model never searches or reads the store itself: the page does that off the GUI
thread and hands the answers back.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from agentdesk.services.search import SearchHit
from agentdesk.ui.closed.channel_icons import ChannelIcons
from agentdesk.ui.conversation.words import channel_name
from agentdesk.ui.indicators.format import ValueFormatter

ROW_CACHE = 1000
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
_NAMED = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)


class ClosedListModel(QAbstractTableModel):
    CONTACT, CHANNEL, CLOSED, CSAT, NPS, EXCERPT = range(6)

    more_wanted = Signal(int)
    """The page should fetch ids from this offset on (``append`` answers)."""
    rows_wanted = Signal(list)
    """Shown ids whose rows left the cache (``fill`` answers)."""

    def __init__(self, icons: ChannelIcons, parent: Any = None) -> None:
        super().__init__(parent)
        self._icons = icons
        self._ids: list[str] = []
        self._position: dict[str, int] = {}
        self._total = 0
        self._rows: OrderedDict[str, SearchHit] = OrderedDict()
        self._fetching = False
        self._asked: set[str] = set()
        self._missing: list[str] = []
        self._ask_timer = QTimer(self)
        self._ask_timer.setSingleShot(True)
        self._ask_timer.setInterval(0)
        self._ask_timer.timeout.connect(self._ask_rows)
        self._formatter = ValueFormatter()
        self._tz = ZoneInfo("UTC")

    # --- answers from the page

    def set_zone(self, tz: ZoneInfo, formatter: ValueFormatter) -> None:
        self._tz, self._formatter = tz, formatter
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 5))

    def reset(self, hits: Sequence[SearchHit], total: int) -> None:
        self.beginResetModel()
        self._ids = [hit.conversation.id for hit in hits]
        self._position = {cid: row for row, cid in enumerate(self._ids)}
        self._total = total
        self._rows.clear()
        self._asked.clear()
        self._fetching = False
        self._keep(hits, announce=False)
        self.endResetModel()

    def append(self, offset: int, hits: Sequence[SearchHit], total: int) -> None:
        self._fetching = False
        self._total = total
        fresh = [hit for hit in hits if hit.conversation.id not in self._rows]
        if offset != len(self._ids) or not fresh:
            return  # an answer to an older question, or nothing new
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        for hit in fresh:
            self._position[hit.conversation.id] = len(self._ids)
            self._ids.append(hit.conversation.id)
        self.endInsertRows()
        self._keep(fresh)

    def fetch_failed(self) -> None:
        self._fetching = False

    def fill(self, hits: Sequence[SearchHit]) -> None:
        for hit in hits:
            self._asked.discard(hit.conversation.id)
        self._keep([hit for hit in hits if hit.conversation.id in self._position])
        self._changed([hit.conversation.id for hit in hits])

    def _keep(self, hits: Sequence[SearchHit], *, announce: bool = True) -> None:
        """Cache ``hits``; rows evicted meanwhile (the least recently read) are announced, so
        that a view asks them again when it shows them."""
        for hit in hits:
            self._rows[hit.conversation.id] = hit
            self._rows.move_to_end(hit.conversation.id)
        evicted = []
        while len(self._rows) > ROW_CACHE:
            evicted.append(self._rows.popitem(last=False)[0])
        if announce:
            self._changed(evicted)

    def _changed(self, ids: Sequence[str]) -> None:
        rows = [self._position[cid] for cid in ids if cid in self._position]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 5))

    # --- what the view reads

    @property
    def total(self) -> int:
        return self._total

    @property
    def ids(self) -> list[str]:
        return list(self._ids)

    def row_of(self, conversation_id: str) -> int:
        return self._position.get(conversation_id, -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._fetching and len(self._ids) < self._total

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._fetching = True
            self.more_wanted.emit(len(self._ids))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 6:
            return None
        return (
            self.tr("Contact"),
            "",  # the channel's icon; its name is the tooltip
            self.tr("Closed"),
            self.tr("CSAT"),
            self.tr("NPS"),
            self.tr("Excerpt"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        cid = self._ids[index.row()]
        if role == ID_ROLE:
            return cid
        hit = self._rows.get(cid)
        if hit is not None:
            self._rows.move_to_end(cid)  # least recently *read* leaves first
        else:
            self._want(cid)
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        return self._value(hit, index.column(), role)

    def _value(self, hit: SearchHit, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(hit, column)
        if role == SNIPPET_ROLE and column == self.EXCERPT:
            return hit.snippet
        if role == Qt.ItemDataRole.DecorationRole and column == self.CHANNEL:
            return self._icons.icon(hit.conversation.channel)
        if role in _NAMED and column in (self.CONTACT, self.CHANNEL):
            return self._name(hit, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.CSAT, self.NPS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _name(self, hit: SearchHit, column: int) -> str:
        """Tooltips: the contact with the id; the channel's name (its column shows the icon)."""
        c = hit.conversation
        return f"{c.contact_name} · {c.id}" if column == self.CONTACT else channel_name(c.channel)

    def _display(self, hit: SearchHit, column: int) -> str | None:
        """The excerpt has no display text: the delegate paints it from ``SNIPPET_ROLE``."""
        c = hit.conversation
        rating = c.csat if column == self.CSAT else c.nps
        texts = {
            self.CONTACT: lambda: c.contact_name,
            self.CLOSED: lambda: self._formatter.moment(c.closed_at, self._tz),
            self.CSAT: lambda: "—" if rating is None else str(rating),
            self.NPS: lambda: "—" if rating is None else str(rating),
        }
        text = texts.get(column)
        return None if text is None else text()

    def _want(self, cid: str) -> None:
        if cid in self._asked:
            return
        self._asked.add(cid)
        self._missing.append(cid)
        self._ask_timer.start()

    def _ask_rows(self) -> None:
        missing, self._missing = self._missing, []
        if missing:
            self.rows_wanted.emit(missing)
