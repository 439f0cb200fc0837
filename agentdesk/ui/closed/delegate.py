"""Paints the list's cells; a result's excerpt with its matched words emphasised (bold on a
tinted background).

After qutebrowser's completion delegate (``qutebrowser/completion/completiondelegate.py``), but
without a ``QTextDocument`` per cell: the snippet is split once into plain and marked runs (the
service marks them with ``<mark>``), and each run is drawn with font metrics, elided at the
cell's edge — cheap enough for every row of a fast scroll.

A scroll frame repaints every visible cell (about 120), so what a cell does is kept to Qt's own
drawing: the elided texts and the laid-out runs are cached by (text, width) — a row's texts do
not change while it scrolls — and the colours, fonts and flags are made once, not per cell.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from agentdesk.ui.closed.model import ClosedListModel, Painted
from agentdesk.ui.theme import ThemeColors

_MARK = re.compile(r"(<mark>.*?</mark>)", re.DOTALL)
_SPACE = re.compile(r"\s+")
PADDING = 6
LAYOUTS_KEPT = 4096
"""Elided texts and laid-out excerpts kept (a few screens of rows); past it they are dropped
all at once and laid out again."""

_SELECTED = int(QStyle.StateFlag.State_Selected.value)
_HOVERED = int(QStyle.StateFlag.State_MouseOver.value)
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_DISPLAY = Qt.ItemDataRole.DisplayRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_ELIDE = Qt.TextElideMode.ElideRight
_ICON_ALIGN = Qt.AlignmentFlag.AlignCenter
_EXCERPT, _CHANNEL = ClosedListModel.EXCERPT, ClosedListModel.CHANNEL
_CENTRED_COLUMNS = (ClosedListModel.CSAT, ClosedListModel.NPS)

Run = tuple[str, int, int, bool]
"""A laid-out piece of an excerpt: its text (elided if it reaches the edge), its x from the
cell's left padding, its width, whether it is marked."""


@lru_cache(maxsize=4096)
def runs(snippet: str) -> tuple[tuple[str, bool], ...]:
    """``(text, marked)`` runs of a snippet, unescaped, whitespace folded to single spaces."""
    found: list[tuple[str, bool]] = []
    for part in _MARK.split(snippet):
        if not part:
            continue
        marked = part.startswith("<mark>")
        text = _SPACE.sub(" ", html.unescape(part[6:-7] if marked else part))
        if text:
            found.append((text, marked))
    return tuple(found)


class RowDelegate(QStyledItemDelegate):
    def __init__(
        self, model: ClosedListModel, colors: ThemeColors, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self.look = 0
        """Changes whenever what a row looks like may change (the colours, the font): painted
        rows kept (``row_images``) are then painted again."""
        self._texts: dict[tuple[str, int, bool], tuple[str, int]] = {}
        self._runs: dict[tuple[str, int], tuple[Run, ...]] = {}
        self._use(QFont())
        self.colors = colors

    @property
    def colors(self) -> ThemeColors:
        return self._colors

    @colors.setter
    def colors(self, colors: ThemeColors) -> None:
        """A theme change: the pens and the mark's tint are made here, once."""
        self._colors = colors
        self.look += 1
        self._text_pen = (QColor(colors.text), QColor(colors.accent_text))
        self._mark = QColor(colors.warning)
        self._mark.setAlpha(90)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Every cell of the list, not only the excerpt: the stock delegate asks the model for
        a dozen roles per cell and lays text out through the style, which made a scroll frame
        three times slower; here a cell costs one ``ClosedListModel.painted`` call."""
        state = int(option.state.value)  # no initStyleOption: rect, state and font suffice
        selected = bool(state & _SELECTED)
        widget = option.widget
        if state & (_SELECTED | _HOVERED) and widget is not None:  # else the panel is bare
            painter.save()  # the style's primitive may leave its pen and brush
            widget.style().drawPrimitive(_PANEL, option, painter, widget)
            painter.restore()
        self.follow_font(option.font)
        column, rect = index.column(), option.rect
        found = self._model.painted(index.row(), excerpt=column == _EXCERPT)
        self._paint_cell(painter, rect, column, found, selected=selected)

    def paint_row(
        self,
        painter: QPainter,
        row: int,
        top: int,
        height: int,
        columns: Sequence[tuple[int, int, int]],
        *,
        selected: bool,
    ) -> None:
        """Every cell of ``row`` in one call, its top at ``top``: ``columns`` are the shown
        columns' (column, x, width). What ``ClosedTable`` paints with (see ``row_images``); it
        draws what ``paint`` draws cell by cell, the selection's panel apart."""
        found = self._model.painted(row, excerpt=True)
        for column, x, width in columns:
            cell = QRect(x, top, width, height)
            self._paint_cell(painter, cell, column, found, selected=selected)

    def _paint_cell(
        self, painter: QPainter, rect: QRect, column: int, found: Painted | None, *, selected: bool
    ) -> None:
        # No save()/restore() around a cell: what it changes (font, pen) every text sets
        # before it draws, and the view's own drawing between cells sets its own.
        if found is None:  # the row is being read again
            self._draw_text(painter, rect, "…" if column == 0 else "", column, selected=selected)
        elif column == _EXCERPT:
            if found[1]:
                self._draw_runs(painter, rect, found[1], selected=selected)
        elif column == _CHANNEL:
            found[2].paint(painter, rect.adjusted(2, 5, -2, -5), _ICON_ALIGN)
        else:
            self._draw_text(painter, rect, found[0][column] or "", column, selected=selected)

    def _draw_text(
        self, painter: QPainter, rect: QRect, text: str, column: int, *, selected: bool
    ) -> None:
        """At a point, not in a rectangle with an alignment: Qt then lays nothing out again."""
        if not text:
            return
        top, height = rect.y(), rect.height()
        elided, dx = self._placed(text, rect.width() - 2 * PADDING, column in _CENTRED_COLUMNS)
        painter.setFont(self._font)
        painter.setPen(self._text_pen[selected])
        painter.drawText(rect.x() + PADDING + dx, top + self._baseline(height), elided)

    def follow_font(self, font: QFont) -> None:
        """Paints in ``font`` from now on (the view's; a cheap comparison when unchanged)."""
        if font != self._font:
            self._use(font)

    def _use(self, font: QFont) -> None:
        """The view's font changed (or is first seen): new metrics, nothing laid out kept."""
        self.look += 1
        self._font = QFont(font)
        self._bold = QFont(font)
        self._bold.setBold(True)
        self._metrics = (QFontMetrics(self._font), QFontMetrics(self._bold))
        self._texts.clear()
        self._runs.clear()

    def _baseline(self, height: int) -> int:
        """Where a line's baseline sits in a row ``height`` high: centred as AlignVCenter."""
        metrics = self._metrics[0]
        return (height + metrics.ascent() - metrics.descent()) // 2

    def _placed(self, text: str, width: int, centred: bool) -> tuple[str, int]:
        """``text`` elided to ``width`` and its x in it (left, or centred)."""
        key = (text, width, centred)
        found = self._texts.get(key)
        if found is None:
            if len(self._texts) >= LAYOUTS_KEPT:
                self._texts.clear()
            metrics = self._metrics[0]
            elided = metrics.elidedText(text, _ELIDE, width)
            dx = max(0, width - metrics.horizontalAdvance(elided)) // 2 if centred else 0
            found = self._texts[key] = (elided, dx)
        return found

    def _laid_out(self, snippet: str, width: int) -> tuple[Run, ...]:
        """The excerpt's runs placed from x = 0 to ``width``, elided at the edge."""
        key = (snippet, width)
        found = self._runs.get(key)
        if found is not None:
            return found
        placed: list[Run] = []
        x = 0
        for run, marked in runs(snippet):
            metrics = self._metrics[marked]
            text, advance = run, metrics.horizontalAdvance(run)
            if x + advance > width:
                text = metrics.elidedText(run, _ELIDE, width - x)
                advance = metrics.horizontalAdvance(text)
            if not text:
                break
            placed.append((text, x, advance, marked))
            x += advance
            if x >= width:
                break
        if len(self._runs) >= LAYOUTS_KEPT:
            self._runs.clear()
        found = self._runs[key] = tuple(placed)
        return found

    def _draw_runs(self, painter: QPainter, rect: QRect, snippet: str, *, selected: bool) -> None:
        left = rect.left() + PADDING
        baseline = rect.top() + self._baseline(rect.height())
        painter.setPen(self._text_pen[selected])
        for text, x, width, marked in self._laid_out(snippet, rect.right() - PADDING - left):
            if marked:
                tint = QRect(left + x - 1, rect.top() + 3, width + 2, rect.height() - 6)
                painter.fillRect(tint, self._mark)
            painter.setFont(self._bold if marked else self._font)
            painter.drawText(left + x, baseline, text)
