"""Paints the list's cells; a result's excerpt with its matched words emphasised (bold on a
tinted background).

After qutebrowser's completion delegate (``qutebrowser/completion/completiondelegate.py``), but
without a ``QTextDocument`` per cell: the snippet is split once into plain and marked runs (the
service marks them with ``<mark>``), and each run is drawn with font metrics, elided at the
cell's edge — cheap enough for every row of a fast scroll.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from agentdesk.ui.closed.model import SNIPPET_ROLE, ClosedListModel
from agentdesk.ui.theme import ThemeColors

_MARK = re.compile(r"(<mark>.*?</mark>)", re.DOTALL)
_SPACE = re.compile(r"\s+")
PADDING = 6


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
    def __init__(self, colors: ThemeColors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colors = colors

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Every cell of the list, not only the excerpt: the stock delegate asks the model for
        a dozen roles per cell and lays text out through the style, which made a scroll frame
        three times slower; here a cell costs one or two ``data()`` calls."""
        widget = option.widget  # no initStyleOption: the panel needs only rect and state
        style = widget.style() if widget is not None else None
        if style is not None:  # background, selection and focus as every other view
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        if index.column() == ClosedListModel.EXCERPT:
            snippet = index.data(SNIPPET_ROLE)
            if isinstance(snippet, str):
                self._draw_runs(painter, option.rect, option.font, runs(snippet), selected=selected)
        elif index.column() == ClosedListModel.CHANNEL:
            icon = index.data(Qt.ItemDataRole.DecorationRole)
            if isinstance(icon, QIcon):
                icon.paint(
                    painter, option.rect.adjusted(2, 5, -2, -5), Qt.AlignmentFlag.AlignCenter
                )
        else:
            self._draw_text(painter, option, index, selected=selected)
        painter.restore()

    def _draw_text(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        *,
        selected: bool,
    ) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str):
            return
        rect = option.rect.adjusted(PADDING, 0, -PADDING, 0)
        centred = index.column() in (ClosedListModel.CSAT, ClosedListModel.NPS)
        align = Qt.AlignmentFlag.AlignCenter if centred else Qt.AlignmentFlag.AlignLeft
        painter.setFont(option.font)
        painter.setPen(QColor(self.colors.accent_text if selected else self.colors.text))
        elided = QFontMetrics(option.font).elidedText(
            text, Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), elided)

    def _draw_runs(
        self,
        painter: QPainter,
        rect: QRect,
        font: QFont,
        parts: tuple[tuple[str, bool], ...],
        *,
        selected: bool,
    ) -> None:
        bold = QFont(font)
        bold.setBold(True)
        plain_metrics, bold_metrics = QFontMetrics(font), QFontMetrics(bold)
        text_colour = QColor(self.colors.accent_text if selected else self.colors.text)
        mark_colour = QColor(self.colors.warning)
        mark_colour.setAlpha(90)
        x, right = rect.left() + PADDING, rect.right() - PADDING
        baseline = (
            rect.top() + (rect.height() + plain_metrics.ascent() - plain_metrics.descent()) // 2
        )
        for run, marked in parts:
            metrics = bold_metrics if marked else plain_metrics
            text, width = run, metrics.horizontalAdvance(run)
            if x + width > right:
                text = metrics.elidedText(run, Qt.TextElideMode.ElideRight, right - x)
                width = metrics.horizontalAdvance(text)
            if not text:
                break
            if marked:
                painter.fillRect(
                    QRect(x - 1, rect.top() + 3, width + 2, rect.height() - 6), mark_colour
                )
            painter.setFont(bold if marked else font)
            painter.setPen(text_colour)
            painter.drawText(x, baseline, text)
            x += width
            if x >= right:
                break
