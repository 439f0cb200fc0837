"""The list of closed conversations: ids in answer order, rows fetched lazily, few kept.

After anki's browser table (``ankitects/anki:qt/aqt/browser/table/model.py``): the model holds
the ids of what it has been told so far and a small cache of rows; ``fetchMore`` asks the page
for the next slice of ids, and a row evicted from the cache is asked again (``rows_wanted``) when
it is shown. Answers come without snippets (a millisecond a row): the excerpt of a row is asked
the same way the first time it is painted, so only what is seen is highlighted. The model never
searches or reads the store itself: the page does that off the GUI thread and hands the answers
back.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from datetime import date, datetime
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
from PySide6.QtGui import QIcon

from agentdesk.domain.search_query import ListPosition
from agentdesk.services.search import SearchHit
from agentdesk.ui.closed.channel_icons import ChannelIcons
from agentdesk.ui.conversation.words import channel_name
from agentdesk.ui.indicators.format import ValueFormatter

ROW_CACHE = 1000
FETCH_AHEAD = 400
"""A scroll asks for the next rows once fewer than this many are loaded below the last row
shown (two of the page's fetches, ``state.NEXT_PAGE``): at a screen per frame a fetch of 200
rows deep in 100k (~60-130 ms off the GUI thread) is back before the view reaches the end, and
the rows are there when they are needed instead of the scroll stopping at the end of what is
loaded. Kept well under ``ROW_CACHE``, so rows fetched ahead do not push out those shown."""
ID_ROLE = int(Qt.ItemDataRole.UserRole.value) + 1
SNIPPET_ROLE = int(Qt.ItemDataRole.UserRole.value) + 2

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_ANSWERED = frozenset(
    {
        _DISPLAY,
        _DECORATION,
        _ALIGNMENT,
        int(Qt.ItemDataRole.ToolTipRole.value),
        int(Qt.ItemDataRole.AccessibleTextRole.value),
        int(ID_ROLE),
        int(SNIPPET_ROLE),
    }
)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter.value)

Painted = tuple[tuple[str | None, ...], str, QIcon]
"""A row as the delegate paints it (``ClosedListModel.painted``)."""


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
        self._texts: dict[str, tuple[str | None, ...]] = {}
        self._fetching = False
        self._asked: set[str] = set()
        self._unmarked: set[str] = set()
        """Rows held without their snippet yet."""
        self._missing: list[str] = []
        self._ask_timer = QTimer(self)
        self._ask_timer.setSingleShot(True)
        self._ask_timer.setInterval(0)
        self._ask_timer.timeout.connect(self._ask_rows)
        self._more_timer = QTimer(self)
        self._more_timer.setSingleShot(True)
        self._more_timer.setInterval(0)
        self._more_timer.timeout.connect(self._ask_more)
        self._formatter = ValueFormatter()
        self._tz = ZoneInfo("UTC")
        self._days: dict[date, str] = {}
        self._clocks: dict[tuple[int, int], str] = {}

    # --- answers from the page

    def set_zone(self, tz: ZoneInfo, formatter: ValueFormatter) -> None:
        self._tz, self._formatter = tz, formatter
        self._texts.clear()
        self._days.clear()
        self._clocks.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 5))

    def reset(self, hits: Sequence[SearchHit], total: int) -> None:
        self.beginResetModel()
        self._ids = [hit.conversation.id for hit in hits]
        self._position = {cid: row for row, cid in enumerate(self._ids)}
        self._total = total
        self._rows.clear()
        self._texts.clear()
        self._asked.clear()
        self._unmarked = {hit.conversation.id for hit in hits if not hit.snippet}
        self._fetching = False
        self._more_timer.stop()  # a fetch asked for the previous answer
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
            if not hit.snippet:
                self._unmarked.add(hit.conversation.id)
        self.endInsertRows()
        self._keep(fresh)

    def fetch_failed(self) -> None:
        """A fetch or a refill failed: both may be asked again."""
        self._fetching = False
        self._asked.clear()

    def fill(self, hits: Sequence[SearchHit]) -> None:
        """Rows with their snippets (``rows_wanted`` answered)."""
        for hit in hits:
            self._asked.discard(hit.conversation.id)
            self._unmarked.discard(hit.conversation.id)
        self._keep([hit for hit in hits if hit.conversation.id in self._position])
        self._changed([hit.conversation.id for hit in hits])

    def _keep(self, hits: Sequence[SearchHit], *, announce: bool = True) -> None:
        """Cache ``hits``; rows evicted meanwhile (the least recently read) are announced, so
        that a view asks them again when it shows them."""
        for hit in hits:
            self._rows[hit.conversation.id] = hit
            self._rows.move_to_end(hit.conversation.id)
            self._texts.pop(hit.conversation.id, None)
        evicted = []
        while len(self._rows) > ROW_CACHE:
            gone = self._rows.popitem(last=False)[0]
            self._texts.pop(gone, None)
            evicted.append(gone)
        if announce:
            self._changed(evicted)

    def _changed(self, ids: Sequence[str]) -> None:
        rows = [self._position[cid] for cid in ids if cid in self._position]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 5))

    # --- what the view reads

    def marked(self, row: int) -> bool:
        """Whether the row's excerpt is there (tests, the benchmark)."""
        return 0 <= row < len(self._ids) and self._ids[row] not in self._unmarked

    def id_at(self, row: int) -> str | None:
        """The conversation shown at ``row`` (None past the loaded rows)."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def complete(self, row: int) -> bool:
        """Whether ``row`` is held with its excerpt: what it paints will not change until
        ``dataChanged`` says so (``row_images`` keeps only such rows)."""
        cid = self.id_at(row)
        return cid is not None and cid in self._rows and cid not in self._unmarked

    def ask(self, row: int) -> None:
        """``row`` will be shown soon: ask for whatever of it is missing (``rows_wanted``)."""
        cid = self.id_at(row)
        if cid is not None and (cid not in self._rows or cid in self._unmarked):
            self._want(cid)

    @property
    def total(self) -> int:
        return self._total

    @property
    def ids(self) -> list[str]:
        return list(self._ids)

    def last_position(self) -> ListPosition | None:
        """The last row's sort key, if the row is still cached (it usually is: the newest
        rows came last): the next fetch reads on from it (``SearchQuery.after``)."""
        hit = self._rows.get(self._ids[-1]) if self._ids else None
        if hit is None:
            return None
        return ListPosition(hit.conversation.closed_at, hit.conversation.id)

    def row_of(self, conversation_id: str) -> int:
        return self._position.get(conversation_id, -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """What ``QAbstractTableModel.index`` does, in one Python call: its ``hasIndex``
        called ``rowCount`` and ``columnCount`` back in Python for each cell a frame paints."""
        if parent.isValid() or not (0 <= row < len(self._ids) and 0 <= column < 6):
            return QModelIndex()
        return self.createIndex(row, column)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._fetching and len(self._ids) < self._total

    def fetchMore(self, parent: Index) -> None:
        """Asks from the event loop, not from here: a view calls this from inside a scroll
        (the scroll bar reaching its end) or a layout, and starting the fetch's worker there
        (a thread to wake, the GIL handed to it) cost that scroll frame 3-5 ms."""
        if self.canFetchMore(parent):
            self._fetching = True
            self._more_timer.start()

    def fetch_ahead(self, last_shown: int) -> bool:
        """The view shows rows up to ``last_shown``: ask for the next ones early when fewer
        than ``FETCH_AHEAD`` are loaded below it (True if that asked)."""
        root = QModelIndex()
        if len(self._ids) - 1 - last_shown >= FETCH_AHEAD or not self.canFetchMore(root):
            return False
        self.fetchMore(root)
        return True

    def _ask_more(self) -> None:
        if self._fetching:
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

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        """Called a dozen times per cell per paint: roles it does not answer leave first, and
        a row's texts are formatted once, on its first display."""
        if role not in _ANSWERED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._ids):
            return None
        cid = self._ids[row]
        if role == ID_ROLE:
            return cid
        hit = self._rows.get(cid)
        if hit is None:
            self._want(cid)
            return "…" if role == _DISPLAY and column == 0 else None
        self._rows.move_to_end(cid)  # least recently *read* leaves first
        if role == _DISPLAY:
            return self._texts_of(hit)[column]
        return self._value(hit, column, role)

    def painted(self, row: int, *, excerpt: bool) -> Painted | None:
        """What the delegate paints of ``row``: its texts, its snippet (asked if it has none
        yet and ``excerpt``) and its channel's icon; None while the row itself is asked. The
        delegate's one call per cell, instead of ``data()`` round trips through Qt that were
        the largest part of a scroll frame's own work; ``data()`` answers the same."""
        if not 0 <= row < len(self._ids):
            return None
        cid = self._ids[row]
        hit = self._rows.get(cid)
        if hit is None:
            self._want(cid)
            return None
        self._rows.move_to_end(cid)
        if excerpt and cid in self._unmarked:
            self._want(cid)
        return self._texts_of(hit), hit.snippet, self._icons.icon(hit.conversation.channel)

    def _texts_of(self, hit: SearchHit) -> tuple[str | None, ...]:
        """A row's texts, formatted on its first display."""
        texts = self._texts.get(hit.conversation.id)
        if texts is None:
            texts = self._texts[hit.conversation.id] = self._display(hit)
        return texts

    def _value(self, hit: SearchHit, column: int, role: int) -> Any:
        if role == SNIPPET_ROLE:
            if column != self.EXCERPT:
                return None
            if hit.conversation.id in self._unmarked:
                self._want(hit.conversation.id)
            return hit.snippet
        if role == _DECORATION:
            return self._icons.icon(hit.conversation.channel) if column == self.CHANNEL else None
        if role == _ALIGNMENT:
            return _CENTRE if column in (self.CSAT, self.NPS) else None
        c = hit.conversation  # a tooltip or the accessible text
        if column == self.CONTACT:
            return f"{c.contact_name} · {c.id}"
        return channel_name(c.channel) if column == self.CHANNEL else None

    def _display(self, hit: SearchHit) -> tuple[str | None, ...]:
        """The excerpt has no display text: the delegate paints it from ``SNIPPET_ROLE``;
        the channel column shows its icon."""
        c = hit.conversation
        return (
            c.contact_name,
            None,
            self._moment(c.closed_at),
            "—" if c.csat is None else str(c.csat),
            "—" if c.nps is None else str(c.nps),
            None,
        )

    def _moment(self, at: datetime) -> str:
        """``ValueFormatter.moment`` (its day, a space, its time), each half made once: a row
        is formatted on its first display, and two ``QLocale`` calls a row were a tenth of a
        scroll frame, for a few hundred days and 1,440 times of day."""
        local = at.astimezone(self._tz)
        day = self._days.get(local.date())
        if day is None:
            day = self._days[local.date()] = self._formatter.day(local.date())
        clock = self._clocks.get((local.hour, local.minute))
        if clock is None:
            clock = self._clocks[(local.hour, local.minute)] = self._formatter.clock(
                local, self._tz
            )
        return f"{day} {clock}"

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
