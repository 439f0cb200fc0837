"""The tiles on a grid of equal columns that follows the width, categories side by side.

Fixed 216 px tiles left a 1600 px window ~60 % empty, one tile alone on a row. Here the number
of columns is what fits at ``TILE_MIN_WIDTH``, the tiles stretch to share the row, and a
category starts beside the previous one when its tiles fit in the columns left (Activity's four
and Satisfaction's two on one row at 1600 px; two columns at the minimum size). ``plan`` is the
arithmetic, without widgets, for tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem

TILE_MIN_WIDTH = 190
SPACING = 12
HEADING_GAP = 6
BAND_GAP = 18


@dataclass(frozen=True, slots=True)
class GroupPlace:
    band: int
    """Which horizontal band (a row of categories) the group sits in."""
    column: int
    """The column of its first tile."""
    span: int
    """How many columns its tiles take (its heading is that wide)."""


def columns_for(width: int, minimum: int = TILE_MIN_WIDTH, spacing: int = SPACING) -> int:
    return max(1, (width + spacing) // (minimum + spacing))


def plan(sizes: Sequence[int], columns: int) -> list[GroupPlace]:
    """Where each group of ``sizes[i]`` tiles goes: beside the previous one when it fits in the
    columns left, else at the start of a new band; a group wider than the grid wraps."""
    places: list[GroupPlace] = []
    band, column = 0, 0
    for size in sizes:
        span = min(size, columns)
        if column > 0 and column + size > columns:
            band, column = band + 1, 0
        places.append(GroupPlace(band, column, span))
        column += span
        if column >= columns or size > columns:
            band, column = band + 1, 0
    return places


class CategoryGridLayout(QLayout):
    """Groups of (heading, tiles), placed by ``plan``; every tile has the same size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[QWidgetItem, list[QWidgetItem]]] = []
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def add_group(self, heading: QWidget, tiles: Sequence[QWidget]) -> None:
        for widget in (heading, *tiles):
            self.addChildWidget(widget)
        head = QWidgetItem(heading)
        items = [QWidgetItem(tile) for tile in tiles]
        self._groups.append((head, items))
        self._items.extend([head, *items])
        self.invalidate()

    def clear(self) -> None:
        self._groups, self._items = [], []
        self.invalidate()

    # QLayout --------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # only add_group adds; kept for Qt
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._groups = [
            (head, [t for t in tiles if t is not item])
            for head, tiles in self._groups
            if head is not item
        ]
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        return QSize(TILE_MIN_WIDTH, 0)

    def _tile_height(self, width: int) -> int:
        heights = [
            item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
            for _, tiles in self._groups
            for item in tiles
        ]
        return max(heights, default=0)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        width = rect.width()
        columns = columns_for(width)
        cell = (width - (columns - 1) * SPACING) // columns
        tile_height = self._tile_height(cell)
        heading_height = max((h.sizeHint().height() for h, _ in self._groups), default=0)
        places = plan([len(tiles) for _, tiles in self._groups], columns)
        band_top: dict[int, int] = {}
        band_bottom: dict[int, int] = {}
        y = rect.y()
        for (heading, tiles), place in zip(self._groups, places, strict=True):
            if place.band not in band_top:
                y = max(band_bottom.values(), default=rect.y() - BAND_GAP) + BAND_GAP
                band_top[place.band] = y
            top = band_top[place.band]
            x = rect.x() + place.column * (cell + SPACING)
            span_width = place.span * cell + (place.span - 1) * SPACING
            if move:
                heading.setGeometry(QRect(QPoint(x, top), QSize(span_width, heading_height)))
            first = top + heading_height + HEADING_GAP
            for index, tile in enumerate(tiles):
                row, col = divmod(index, place.span)
                position = QPoint(x + col * (cell + SPACING), first + row * (tile_height + SPACING))
                if move:
                    tile.setGeometry(QRect(position, QSize(cell, tile_height)))
            rows = -(-len(tiles) // place.span) if tiles else 0
            bottom = first + rows * tile_height + max(rows - 1, 0) * SPACING
            band_bottom[place.band] = max(band_bottom.get(place.band, 0), bottom)
        return max(band_bottom.values(), default=rect.y()) - rect.y()
