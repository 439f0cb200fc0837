"""The closed list's rows painted as images (``row_images``): they look exactly as the cells
painted one by one by the delegate, the rows ahead are painted after a frame, and images go
when their row or the look changes."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPixmap
from pytestqt.qtbot import QtBot

from agentdesk.ui.closed.list_view import ClosedTable
from agentdesk.ui.closed.page import ClosedPage
from agentdesk.ui.closed.row_images import RowImages, RowPainter
from agentdesk.ui.theme import DARK


def _grab(table: ClosedTable) -> QImage:
    return table.viewport().grab().toImage()


def _rows_loaded(qtbot: QtBot, page: ClosedPage) -> None:
    table, model = page.table, page.model
    shown = table.rowAt(table.viewport().height() - 1)
    qtbot.waitUntil(lambda: all(model.complete(row) for row in range(shown + 1)), timeout=30_000)


def test_rows_look_as_the_cells_painted_one_by_one(qtbot: QtBot, closed_page: ClosedPage) -> None:
    table = closed_page.table
    _rows_loaded(qtbot, closed_page)
    table.selectRow(2)
    painter = table.rows
    assert painter is not None
    ours = _grab(table)
    assert len(painter.images) > 0  # the shown rows went through their images
    table.attach(None)  # QTableView's own paint: the delegate, cell by cell
    try:
        theirs = _grab(table)
    finally:
        table.attach(painter)
    assert ours.size() == theirs.size()
    assert ours == theirs


def test_the_rows_ahead_are_painted_after_a_frame(qtbot: QtBot, closed_page: ClosedPage) -> None:
    table, model = closed_page.table, closed_page.model
    _rows_loaded(qtbot, closed_page)
    painter = table.rows
    assert painter is not None
    painter.images.clear()
    table.viewport().repaint()  # a frame: its end asks for the rows ahead
    last = table.rowAt(table.viewport().height() - 1)
    below = [model.id_at(row) for row in range(last + 1, min(model.rowCount(), last + 6))]
    assert below
    qtbot.waitUntil(lambda: all(cid in painter.images for cid in below), timeout=30_000)


def test_a_new_theme_paints_the_rows_again(qtbot: QtBot, closed_page: ClosedPage) -> None:
    table = closed_page.table
    _rows_loaded(qtbot, closed_page)
    before = _grab(table)
    closed_page.delegate.colors = DARK
    after = _grab(table)
    assert before != after  # not the light theme's images again


def test_a_changed_row_loses_its_image_and_only_it(qtbot: QtBot, closed_page: ClosedPage) -> None:
    table, model = closed_page.table, closed_page.model
    _rows_loaded(qtbot, closed_page)
    _grab(table)
    painter: RowPainter | None = table.rows
    assert painter is not None
    first, second = model.id_at(0), model.id_at(1)
    assert first in painter.images
    assert second in painter.images
    model.dataChanged.emit(model.index(1, 0), model.index(1, 5))
    assert first in painter.images
    assert second not in painter.images


def test_images_stay_within_their_budget() -> None:
    row = QPixmap(QSize(100, 10))
    row.fill(QColor("white"))
    images = RowImages(budget=100 * 10 * 4 * 3)
    for cid in ("a", "b", "c", "d"):
        images.put(cid, row)
    assert images.ids() == ["b", "c", "d"]  # the least recently shown went first
    assert images.get("b") is not None
    images.put("e", row)
    assert images.ids() == ["d", "b", "e"]
    assert images.bytes == 100 * 10 * 4 * 3
    images.match(("another look",))
    assert len(images) == 0
    assert images.bytes == 0


def test_a_large_list_keeps_two_screens_of_rows_whatever_the_budget() -> None:
    row = QPixmap(QSize(100, 10))
    row.fill(QColor("white"))
    row_bytes = 100 * 10 * 4
    images = RowImages(budget=row_bytes * 2)
    images.hold(5, row_bytes)  # five rows wanted: more than the budget, kept all the same
    for cid in "abcde":
        images.put(cid, row)
    assert len(images) == 5
