"""The closed list's rows painted once into images, ahead of the scroll, in the time between
frames; a frame then only copies them to the screen.

Measured on the whole-list benchmark (100k rows, a viewport a frame, 60 Hz): a frame painting
its ~20 new rows cell by cell cost 5.3 ms of GUI-thread CPU (median), of which 3.7 ms was the
rows' own drawing (texts elided, laid out and drawn; the excerpt's marked runs); with the cells
drawing nothing it cost 1.5 ms, with the view drawing nothing 0.7 ms. That drawing is what
made a frame long whenever the machine also slowed it (caches gone cold between frames, the
core taken away, the fetch's worker holding the GIL). Copying a row's image costs microseconds.
So the rows the scroll is heading for are painted into images while the window waits for the
next frame (``RowPainter.prepaint_soon``), a viewport ahead in the direction of the scroll, in
slices of at most ``SLICE_S`` so that a frame or an input event never waits long behind them —
what Android's ``RecyclerView`` does between frames (its ``GapWorker`` prefetch). A row not
painted ahead (a jump, the scroll bar dragged) is painted into its image when it is shown.

Kept: only rows whose look is final (held with their excerpt, not selected); the selected row
and rows still being read are painted straight onto the view every time. Images are keyed by
conversation and dropped when the model says a row changed (``dataChanged``), when it resets,
and all at once when anything a row's look depends on changes (``RowPainter.look``: the
columns' positions and widths, the row height, the device pixel ratio, the delegate's colours
and font, the background, the view enabled). At most ``ROW_IMAGES_BYTES`` of them, the least
recently shown first out; and none while the view is hidden. Left to right only: AgentDesk's
languages (English, French, Spanish, Indonesian) are all written so.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Hashable, Iterable
from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QBrush, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QTableView

from agentdesk.ui.closed.delegate import RowDelegate
from agentdesk.ui.closed.model import ClosedListModel
from agentdesk.ui.frame_gate import FrameGate

ROW_IMAGES_BYTES = 32 * 1024 * 1024
"""Rows kept as images: ~290 rows of a 1,000 px wide list, ~80 at 1,600 px and 150 %; more
when even that is less than two screens of rows and a few (``RowImages.hold``)."""
SLICE_S = 0.004
"""The longest a slice of painting ahead holds the GUI thread (a quarter of a 60 Hz frame)."""
BYTES_PER_PIXEL = 4


class RowImages:
    """Painted rows by conversation id, least recently shown first, within a byte budget, all
    painted with the same look (``match``)."""

    def __init__(self, budget: int = ROW_IMAGES_BYTES) -> None:
        self._images: OrderedDict[str, QPixmap] = OrderedDict()
        self._budget = self._floor = budget
        self._bytes = 0
        self._look: Hashable = None

    def __len__(self) -> int:
        return len(self._images)

    def __contains__(self, conversation_id: object) -> bool:
        return conversation_id in self._images

    def ids(self) -> list[str]:
        return list(self._images)

    @property
    def bytes(self) -> int:
        return self._bytes

    def hold(self, rows: int, row_bytes: int) -> None:
        """Room for at least ``rows`` rows of ``row_bytes``: on a large high-DPI list the
        budget would otherwise push out the rows just painted in the same frame, and leave
        none to paint ahead."""
        self._budget = max(self._floor, rows * row_bytes)

    def rows_fitting(self, row_bytes: int) -> int:
        """How many rows of ``row_bytes`` each the budget holds."""
        return self._budget // max(1, row_bytes)

    def match(self, look: Hashable) -> None:
        """Rows are about to be painted with ``look``: those painted with another are gone."""
        if look != self._look:
            self.clear()
            self._look = look

    def get(self, conversation_id: str) -> QPixmap | None:
        image = self._images.get(conversation_id)
        if image is not None:
            self._images.move_to_end(conversation_id)
        return image

    def put(self, conversation_id: str, image: QPixmap) -> None:
        self.drop((conversation_id,))
        self._images[conversation_id] = image
        self._bytes += _size(image)
        while self._bytes > self._budget and len(self._images) > 1:
            self._bytes -= _size(self._images.popitem(last=False)[1])

    def drop(self, conversation_ids: Iterable[str]) -> None:
        for conversation_id in conversation_ids:
            image = self._images.pop(conversation_id, None)
            if image is not None:
                self._bytes -= _size(image)

    def clear(self) -> None:
        self._images.clear()
        self._bytes = 0


def _size(image: QPixmap) -> int:
    return image.width() * image.height() * BYTES_PER_PIXEL


Columns = tuple[tuple[int, int, int], ...]
"""The shown columns' (column, x in the row, width)."""


class Look(NamedTuple):
    """What a row's image depends on (``RowPainter.look``)."""

    columns: Columns
    length: int
    """The row's width: the columns' together."""
    height: int
    dpr: float
    rest: tuple[int, int, bool]
    """The delegate's look (colours, font), the background's colour, the view enabled."""


def _pixels(look: Look) -> QSize:
    """A row's image in device pixels."""
    return QSize(math.ceil(look.length * look.dpr), math.ceil(look.height * look.dpr))


def _row_bytes(look: Look) -> int:
    pixels = _pixels(look)
    return pixels.width() * pixels.height() * BYTES_PER_PIXEL


class RowPainter(QObject):
    """Paints ``view``'s rows (``paint``, from its ``paintEvent``) through ``images``, and the
    rows ahead of the scroll between frames (``prepaint_soon``)."""

    def __init__(
        self, view: QTableView, model: ClosedListModel, delegate: RowDelegate, gate: FrameGate
    ) -> None:
        super().__init__(view)
        self._view = view
        self._gate = gate
        self._model = model
        self._delegate = delegate
        self.images = RowImages()
        self._direction = 1
        self._prepaint = QTimer(self)
        self._prepaint.setSingleShot(True)
        self._prepaint.setInterval(0)
        self._prepaint.timeout.connect(self._prepaint_slice)
        model.dataChanged.connect(self._changed)
        model.modelReset.connect(self.images.clear)
        model.layoutChanged.connect(self.images.clear)

    def scrolled(self, delta: int) -> None:
        """The view scrolled by ``delta`` pixels: rows are painted ahead in that direction."""
        if delta:
            self._direction = 1 if delta > 0 else -1

    def look(self) -> Look:
        """What a row's image depends on, as the view is now."""
        view = self._view
        self._delegate.follow_font(view.font())
        header = view.horizontalHeader()
        columns = tuple(
            (column, header.sectionPosition(column), header.sectionSize(column))
            for column in range(self._model.columnCount())
            if not header.isSectionHidden(column)
        )
        viewport = view.viewport()
        return Look(
            columns,
            header.length(),
            view.verticalHeader().defaultSectionSize(),
            viewport.devicePixelRatioF(),
            (
                self._delegate.look,
                viewport.palette().color(viewport.backgroundRole()).rgba(),
                view.isEnabled(),
            ),
        )

    def paint(self, painter: QPainter, region: QRect) -> None:
        """The rows in ``region`` of the viewport (the view's whole paint)."""
        view, model = self._view, self._model
        first = view.rowAt(region.top())
        if first < 0:
            return
        last = view.rowAt(region.bottom())
        if last < 0:
            last = model.rowCount() - 1
        look = self.look()
        self.images.match(look)
        self.images.hold(2 * (last - first + 1) + 4, _row_bytes(look))
        columns, length, height = look.columns, look.length, look.height
        left = -view.horizontalHeader().offset()
        selected = self._selected_rows()
        for row in range(first, last + 1):
            top = view.rowViewportPosition(row)
            image = None if row in selected else self._image(row, look)
            if image is not None:
                painter.drawPixmap(left, top, image)
                continue
            if row in selected:
                painter.fillRect(QRect(left, top, length, height), self._highlight())
            shifted = tuple((column, left + x, width) for column, x, width in columns)
            self._delegate.paint_row(painter, row, top, height, shifted, selected=row in selected)

    def prepaint_soon(self) -> None:
        """A frame is over: paint the rows ahead of it while the window waits for the next."""
        if self._view.isVisible():
            self._prepaint.start()

    def _prepaint_slice(self) -> None:
        """Painting ahead is the GUI's too: the fetch's worker keeps out of it as it keeps out
        of frames (``FrameGate``). Measured: with the worker free to run meanwhile, its pieces
        took longer, more of them were still running when the next frame began, and the
        frames waited for the GIL dozens of times (the slowest 40-48 ms)."""
        if self._gate.in_frame or not self._view.isVisible():
            return  # a frame is coming (a scroll not painted yet): its end asks again
        self._gate.begin()
        try:
            self._paint_ahead()
        finally:
            self._gate.end()

    def _paint_ahead(self) -> None:
        view, model = self._view, self._model
        height = view.viewport().height()
        first, last = view.rowAt(0), view.rowAt(height - 1)
        if first < 0 or not view.isVisible():
            return
        if last < 0:
            last = model.rowCount() - 1
        look = self.look()
        self.images.match(look)
        shown = last - first + 1
        self.images.hold(2 * shown + 4, _row_bytes(look))
        ahead = min(shown + 2, self.images.rows_fitting(_row_bytes(look)) - shown - 2)
        if self._direction > 0:
            rows: Iterable[int] = range(last + 1, min(model.rowCount(), last + 1 + ahead))
        else:
            rows = range(first - 1, max(-1, first - 1 - ahead), -1)
        selected = self._selected_rows()
        deadline = time.perf_counter() + SLICE_S
        for row in rows:
            if row in selected or model.id_at(row) in self.images:
                continue
            if not model.complete(row):
                model.ask(row)  # its excerpt first; painted ahead when it comes (``_changed``)
                continue
            self._image(row, look)
            if time.perf_counter() > deadline:
                self._prepaint.start()  # the rest in the next turn of the event loop
                return

    def _image(self, row: int, look: Look) -> QPixmap | None:
        """``row``'s image, painted now if it was not yet; None for a row whose look is not
        final (still being read, or without its excerpt yet)."""
        conversation_id = self._model.id_at(row)
        if conversation_id is None or not self._model.complete(row):
            return None
        image = self.images.get(conversation_id)
        if image is None:
            image = self._render(row, look)
            self.images.put(conversation_id, image)
        return image

    def _render(self, row: int, look: Look) -> QPixmap:
        image = QPixmap(_pixels(look))
        image.setDevicePixelRatio(look.dpr)
        viewport = self._view.viewport()
        image.fill(viewport.palette().color(viewport.backgroundRole()))
        painter = QPainter(image)
        try:
            self._delegate.paint_row(painter, row, 0, look.height, look.columns, selected=False)
        finally:
            painter.end()
        return image

    def _selected_rows(self) -> set[int]:
        selection = self._view.selectionModel()
        return {index.row() for index in selection.selectedRows()} if selection else set()

    def _highlight(self) -> QBrush:
        """The selection's fill, as the style's item panel picks it (``QCommonStyle``)."""
        view = self._view
        palette = view.palette()
        if not view.isEnabled():
            group = QPalette.ColorGroup.Disabled
        elif view.isActiveWindow():
            group = QPalette.ColorGroup.Active
        else:
            group = QPalette.ColorGroup.Inactive
        return palette.brush(group, QPalette.ColorRole.Highlight)

    def _changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles: object) -> None:
        """Rows changed: their images go. Looked up from the images (a few hundred at most),
        not from the range, which can span most of the list (rows evicted from the model's
        cache are announced as one range) while holding none of the rows kept."""
        first, last = top_left.row(), bottom_right.row()
        row_of = self._model.row_of
        self.images.drop([cid for cid in self.images.ids() if first <= row_of(cid) <= last])
        self.prepaint_soon()  # rows ahead may be complete now
