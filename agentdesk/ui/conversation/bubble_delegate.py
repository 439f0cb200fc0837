"""Paints a message as a bubble: the contact's and the bot's on the left, the agent's on the
right, system notes centred; a header with who and when; every match marked.

Heights depend on the width. ``QListView`` asks every row's ``sizeHint`` before it can place a
single one, so for a 2,000-message transcript the heights are measured in one loop over the
model's messages and kept for that width: a message that fits on one line (most of them) costs
one ``horizontalAdvance``; only longer ones are laid out. Painting lays out the visible bubbles
with the same fonts and width, so what is measured is what is drawn.
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
    TranscriptModel,
)

SIDE = 16.0
"""Space between the view's edges and the bubbles."""
PAD_X, PAD_Y, GAP, HEADER_GAP = 12.0, 7.0, 8.0, 2.0
RADIUS = 10.0
WIDTH_SHARE = 0.74
"""The widest a bubble gets, as a share of the view: wide enough for long messages, narrow
enough that left and right still read as two sides."""
MIN_TEXT_WIDTH = 120.0

AnyIndex = QModelIndex | QPersistentModelIndex


def shown_text(text: str) -> str:
    """Line breaks as Unicode's line separator, where ``QTextLayout`` breaks; same length, so
    the match ranges still point at the right characters."""
    return text.replace("\r\n", " \u2028").replace("\n", "\u2028").replace("\r", "\u2028")


@dataclass(frozen=True, slots=True)
class _Fonts:
    body: QFont
    system: QFont
    header: QFont
    header_height: float
    line: dict[bool, float]
    """The height of one line of text, for system notes (True) and the others."""

    def text_font(self, sender: SenderType) -> QFont:
        return self.system if sender is SenderType.SYSTEM else self.body


def _fonts_of(base: QFont) -> _Fonts:
    body = QFont(base)
    header = QFont(base)
    header.setPointSizeF(max(6.0, base.pointSizeF() * 0.85))
    system = QFont(base)
    system.setItalic(True)
    system.setPointSizeF(max(6.0, base.pointSizeF() * 0.92))
    line = {
        is_system: _laid_out("Xg", font, 1e6)[1]
        for is_system, font in ((False, body), (True, system))
    }
    return _Fonts(body, system, header, QFontMetricsF(header).height(), line)


def _laid_out(
    text: str, font: QFont, width: float, formats: list[QTextLayout.FormatRange] | None = None
) -> tuple[QTextLayout, float, float]:
    """``text`` wrapped at ``width``: the layout, its height and its widest line."""
    layout = QTextLayout(text, font)
    if formats:
        # Formats, not draw()'s selections: a selection keeps the text's own colour.
        layout.setFormats(formats)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = natural = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0.0, height))
        height += line.height()
        natural = max(natural, line.naturalTextWidth())
    layout.endLayout()
    return layout, height, natural


class BubbleDelegate(QStyledItemDelegate):
    def __init__(
        self, view: QAbstractItemView, model: TranscriptModel, colors: TranscriptColors
    ) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self.colors = colors
        self._fonts: _Fonts | None = None
        self._heights: list[float] = []
        self._heights_width = -1.0
        self._text_heights: dict[tuple[str, bool], float] = {}
        """Text heights by (text, system note) for ``_text_heights_width``: a conversation
        read again after a sync is measured from memory."""
        self._text_heights_width = -1.0

    def forget_sizes(self) -> None:
        """After a new model or a new width: place the rows again."""
        self._heights, self._heights_width = [], -1.0

    def forget_fonts(self) -> None:
        """After a theme or font change: measure every text again."""
        self.forget_sizes()
        self._fonts, self._text_heights = None, {}

    # geometry ----------------------------------------------------------------------------------
    def _width(self) -> float:
        return float(self._view.viewport().width())

    @staticmethod
    def text_width(width: float) -> float:
        return max(MIN_TEXT_WIDTH, (width - 2 * SIDE) * WIDTH_SHARE - 2 * PAD_X)

    def fonts(self) -> _Fonts:
        if self._fonts is None:
            self._fonts = _fonts_of(self._view.font())
        return self._fonts

    def _measure_all(self, width: float) -> list[float]:
        fonts = self.fonts()
        available = self.text_width(width)
        metrics = {False: QFontMetricsF(fonts.body), True: QFontMetricsF(fonts.system)}
        frame = PAD_Y + fonts.header_height + HEADER_GAP + PAD_Y + GAP
        if available != self._text_heights_width:
            self._text_heights, self._text_heights_width = {}, available
        known = self._text_heights
        heights = []
        for message in self._model.messages:
            key = (message.text, message.sender_type is SenderType.SYSTEM)
            height = known.get(key)
            if height is None:
                text, system = shown_text(key[0]), key[1]
                # Slack: a line that only just fits by advance may still wrap when laid out.
                if "\u2028" not in text and metrics[system].horizontalAdvance(text) < available - 2:
                    height = fonts.line[system]
                else:
                    height = _laid_out(text, fonts.text_font(message.sender_type), available)[1]
                known[key] = height
            heights.append(frame + height)
        return heights

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        # Called for every row at each layout: no call back into Qt or the model on the way
        # while the heights are current (``forget_sizes`` and the view's resize say when not).
        if self._heights_width < 0:
            self._heights_width = self._width()
            self._heights = self._measure_all(self._heights_width)
        return QSize(int(self._heights_width), int(self._heights[index.row()] + 0.999))

    def line_of(self, index: AnyIndex, width: float, position: int) -> tuple[float, float] | None:
        """Where the line holding character ``position`` is, from the top of the row: its top
        and bottom (None for a text without lines)."""
        message = self._model.message(index.row())
        fonts = self.fonts()
        layout = _laid_out(
            shown_text(message.text), fonts.text_font(message.sender_type), self.text_width(width)
        )[0]
        line = layout.lineForTextPosition(position)
        if not line.isValid():
            return None
        top = PAD_Y + fonts.header_height + HEADER_GAP + line.y()
        return top, top + line.height()

    # painting ----------------------------------------------------------------------------------
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

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        sender = SenderType(index.data(SENDER_ROLE))  # Qt hands a StrEnum back as str
        fonts = self.fonts()
        rect = QRectF(option.rect)
        text = shown_text(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        formats = self._formats(index.data(MATCHES_ROLE), index.data(CURRENT_ROLE))
        available = self.text_width(rect.width())
        layout, text_height, natural = _laid_out(text, fonts.text_font(sender), available, formats)
        header = str(index.data(HEADER_ROLE))
        header_metrics = QFontMetricsF(fonts.header)
        inner = min(available, max(natural, header_metrics.horizontalAdvance(header)))
        width = inner + 2 * PAD_X
        if sender is SenderType.AGENT:
            left = rect.right() - SIDE - width
        elif sender is SenderType.SYSTEM:
            left = rect.left() + (rect.width() - width) / 2
        else:
            left = rect.left() + SIDE
        box = QRectF(
            left, rect.top(), width, PAD_Y * 2 + fonts.header_height + HEADER_GAP + text_height
        )
        bubble = self.colors.bubbles[sender]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(bubble.border)
        painter.setBrush(bubble.fill)
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(self.colors.focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(1.5, 1.5, -1.5, -1.5), RADIUS, RADIUS)
        painter.setFont(fonts.header)
        painter.setPen(self.colors.muted)
        header_box = QRectF(box.left() + PAD_X, box.top() + PAD_Y, inner, fonts.header_height)
        elided = header_metrics.elidedText(header, Qt.TextElideMode.ElideRight, inner)
        painter.drawText(
            header_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
        )
        painter.setPen(self.colors.muted if sender is SenderType.SYSTEM else self.colors.text)
        layout.draw(painter, QPointF(box.left() + PAD_X, header_box.bottom() + HEADER_GAP))
        painter.restore()
