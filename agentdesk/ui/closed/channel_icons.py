"""A small round badge per channel (its initial on its colour): there are no channel icons in
``resources/`` and a text column alone is slow to scan; the colours are fixed per channel so that
an agent learns them."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

_COLOURS = {
    "chat": "#2563c9",
    "whatsapp": "#1f9d55",
    "messenger": "#7c4dff",
    "instagram": "#c2387a",
    "email": "#8a6d1d",
    "sms": "#0f8a8a",
    "voice": "#b4531f",
    "apple_messages": "#4b5563",
}
_OTHER = "#6b7280"
SIZE = 16


class ChannelIcons:
    def __init__(self) -> None:
        self._made: dict[str, QIcon] = {}

    def icon(self, channel: str) -> QIcon:
        found = self._made.get(channel)
        if found is None:
            found = self._made[channel] = _badge(channel)
        return found


def _badge(channel: str) -> QIcon:
    pixmap = QPixmap(SIZE * 2, SIZE * 2)  # drawn at twice the size: sharp at 200 %
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(_COLOURS.get(channel, _OTHER)))
    painter.drawEllipse(QRectF(1, 1, SIZE * 2 - 2, SIZE * 2 - 2))
    font = QFont()
    font.setPixelSize(SIZE)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(
        QRectF(0, 0, SIZE * 2, SIZE * 2), Qt.AlignmentFlag.AlignCenter, channel[:1].upper() or "?"
    )
    painter.end()
    return QIcon(pixmap)
