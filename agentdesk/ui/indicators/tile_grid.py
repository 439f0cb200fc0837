"""The tiles grouped under their categories, in the admin's order, on a grid that follows the
width (``grid_layout``).

Tiles are made when the admin's list changes (a sync brought new settings), never on a period
switch: a switch only sets texts. Categories appear in the order of their first tile.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from agentdesk.domain.catalogue import CATALOGUE, Category, IndicatorKey
from agentdesk.ui.indicators.grid_layout import CategoryGridLayout
from agentdesk.ui.indicators.presentation import TileState
from agentdesk.ui.indicators.tile import IndicatorTile
from agentdesk.ui.indicators.words import category_name


class TileGrid(QWidget):
    activated = Signal(str)
    drill_down = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorsContent")
        self._layout = CategoryGridLayout(self)
        self.keys: tuple[IndicatorKey, ...] = ()
        self.tiles: dict[IndicatorKey, IndicatorTile] = {}
        self.headings: dict[Category, QLabel] = {}

    def set_keys(self, keys: Sequence[IndicatorKey]) -> bool:
        """Make the tiles of ``keys``; False (and nothing done) when they are already there."""
        keys = tuple(keys)
        if keys == self.keys:
            return False
        self._layout.clear()
        for widget in (*self.tiles.values(), *self.headings.values()):
            widget.hide()
            widget.deleteLater()
        self.tiles, self.headings, self.keys = {}, {}, keys
        order: list[Category] = []
        for key in keys:
            if CATALOGUE[key].category not in order:
                order.append(CATALOGUE[key].category)
        for category in order:
            members = [key for key in keys if CATALOGUE[key].category is category]
            self._group(category, members)
        self._chain_focus()
        return True

    def _group(self, category: Category, keys: list[IndicatorKey]) -> None:
        heading = QLabel(category_name(category).upper(), self)
        heading.setObjectName(f"categoryHeader_{category.value}")
        heading.setProperty("role", "categoryHeading")
        heading.setAccessibleName(category_name(category))
        self.headings[category] = heading
        tiles = []
        for key in keys:
            tile = IndicatorTile(key, self)
            tile.activated.connect(self.activated)
            self.tiles[key] = tile
            tile.drill_down.connect(self.drill_down)
            tiles.append(tile)
        self._layout.add_group(heading, tiles)
        heading.show()
        for tile in tiles:
            tile.show()

    def _chain_focus(self) -> None:
        """Tab goes through the tiles in the admin's order, category by category."""
        ordered = list(self.tiles.values())  # filled group by group: the visual order
        for before, after in pairwise(ordered):
            QWidget.setTabOrder(before, after)

    def set_states(self, states: Sequence[TileState]) -> None:
        for state in states:
            tile = self.tiles.get(IndicatorKey(state.key))
            if tile is not None:
                tile.set_state(state)

    def set_loading(self) -> None:
        for tile in self.tiles.values():
            tile.set_loading()
