"""Paints a message as a bubble: the contact's and the bot's on the left, the agent's on the
right, system notes centred and plain; a header with who and when; every match marked.

Heights depend on the width, so ``sizeHint`` lays the text out for the view's current width and
keeps the heights per width (a 2,000-message transcript is measured once, not on every scroll).
The same ``_shape`` serves measuring and painting, so what is measured is what is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from agentdesk.domain.models import SenderType
from agentdesk.domain.search_records import TextRange
from agentdesk.ui.conversation.style import TranscriptColors
from agentdesk.ui.conversation.transcript_model import (
    CURRENT_ROLE,
    HEADER_ROLE,
    MATCHES_ROLE,
    SENDER_ROLE,
)

SIDE = 16.0
"""Space between the view's edges and the bubbles."""
PAD_X, PAD_Y, GAP = 12.0, 7.0, 8.0
RADIUS = 10.0
WIDTH_SHARE = 0.74
"""The widest a bubble gets, as a share of the view: wide enough for long messages, narrow
enough that left and right still read as two sides."""
MIN_TEXT_WIDTH = 120.0

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class _Shape:
    layout: QTextLayout
    text_size: tuple[float, float]
    bubble_width: float
    height: float


class BubbleDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView, colors: TranscriptColors) -> None:
        super().__init__(view)
        self._view = view
        self.colors = colors
        self._heights: dict[int, float] = {}
        self._heights_width = -1.0

    def forget_sizes(self) -> None:
        """After a new model or font: measure again."""
        self._heights = {}

    # geometry ----------------------------------------------------------------------------------
    def _width(self) -> float:
        return float(self._view.viewport().width())

    def _text_width(self, width: float) -> float:
        return max(MIN_TEXT_WIDTH, (width - 2 * SIDE) * WIDTH_SHARE - 2 * PAD_X)

    def _fonts(self, sender: SenderType) -> tuple[QFont, QFont]:
        body = QFont(self._view.font())
        header = QFont(body)
        header.setPointSizeF(max(6.0, body.pointSizeF() * 0.85))
        if sender is SenderType.SYSTEM:
            body.setItalic(True)
            body.setPointSizeF(max(6.0, body.pointSizeF() * 0.92))
        return body, header

    def _shape(self, index: AnyIndex, width: float, *, marks: bool) -> _Shape:
        sender = SenderType(index.data(SENDER_ROLE))  # Qt hands a StrEnum back as str
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        # A line break as Unicode's line separator: QTextLayout breaks there; same length, so
        # the match ranges still point at the right characters.
        text = text.replace("\r\n", " \u2028").replace("\n", "\u2028").replace("\r", "\u2028")
        body, header_font = self._fonts(sender)
        layout = QTextLayout(text, body)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        if marks:
            layout.setFormats(self._formats(index.data(MATCHES_ROLE), index.data(CURRENT_ROLE)))
        available = self._text_width(width)
        layout.beginLayout()
        height = natural = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(available)
            line.setPosition(QPointF(0.0, height))
            height += line.height()
            natural = max(natural, line.naturalTextWidth())
        layout.endLayout()
        header_width = QFontMetricsF(header_font).horizontalAdvance(str(index.data(HEADER_ROLE)))
        header_height = QFontMetricsF(header_font).height()
        inner = min(available, max(natural, header_width))
        total = PAD_Y + header_height + 2.0 + height + PAD_Y + GAP
        return _Shape(layout, (inner, height), inner + 2 * PAD_X, total)

    def _formats(
        self, matches: tuple[TextRange, ...] | None, current: TextRange | None
    ) -> list[QTextLayout.FormatRange]:
        formats = []
        for found in matches or ():
            is_current = found == current
            char = QTextCharFormat()
            char.setBackground(self.colors.current if is_current else self.colors.mark)
            char.setForeground(self.colors.current_text if is_current else self.colors.mark_text)
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = found.start, found.end - found.start, char
            formats.append(span)
        return formats

    # QStyledItemDelegate -----------------------------------------------------------------------
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        width = self._width()
        if width != self._heights_width:
            self._heights, self._heights_width = {}, width
        height = self._heights.get(index.row())
        if height is None:
            height = self._shape(index, width, marks=False).height
            self._heights[index.row()] = height
        return QSize(int(width), int(height + 0.999))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        sender = SenderType(index.data(SENDER_ROLE))  # Qt hands a StrEnum back as str
        rect = QRectF(option.rect)
        shape = self._shape(index, self._width(), marks=True)
        bubble = self.colors.bubbles[sender]
        if sender is SenderType.AGENT:
            left = rect.right() - SIDE - shape.bubble_width
        elif sender is SenderType.SYSTEM:
            left = rect.left() + (rect.width() - shape.bubble_width) / 2
        else:
            left = rect.left() + SIDE
        box = QRectF(left, rect.top(), shape.bubble_width, shape.height - GAP)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(bubble.border)
        painter.setBrush(bubble.fill)
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(self.colors.focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(1.5, 1.5, -1.5, -1.5), RADIUS, RADIUS)
        _body, header_font = self._fonts(sender)
        metrics = QFontMetricsF(header_font)
        painter.setFont(header_font)
        painter.setPen(self.colors.muted)
        header_box = QRectF(
            box.left() + PAD_X, box.top() + PAD_Y, shape.text_size[0], metrics.height()
        )
        header = metrics.elidedText(
            str(index.data(HEADER_ROLE)), Qt.TextElideMode.ElideRight, header_box.width()
        )
        painter.drawText(
            header_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, header
        )
        painter.setPen(self.colors.muted if sender is SenderType.SYSTEM else self.colors.text)
        shape.layout.draw(painter, QPointF(box.left() + PAD_X, header_box.bottom() + 2.0))
        painter.restore()
