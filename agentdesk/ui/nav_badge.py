"""A count beside a page's name in the navigation ("Paused  3"), for any page that has one.

A page offers ``badge_changed(text, description)`` (``pages.BadgePage``); the shell stores the
text in the item under ``BADGE_ROLE`` and the description in its tooltip and accessible
description, and this delegate paints the text as a pill at the item's right end, eliding the
page's name before it rather than under it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from agentdesk.ui.theme import ThemeManager

BADGE_ROLE = Qt.ItemDataRole.UserRole + 1
PAD_X, MARGIN = 6, 8


class BadgeDelegate(QStyledItemDelegate):
    def __init__(self, theme: ThemeManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigationBadgeDelegate")
        self._theme = theme

    def _badge_font(self, base: QFont) -> QFont:
        font = QFont(base)
        font.setBold(True)
        font.setPointSizeF(max(7.0, base.pointSizeF() - 1))
        return font

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text = index.data(BADGE_ROLE)
        if not text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        font = self._badge_font(opt.font)
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(str(text)) + 2 * PAD_X
        height = metrics.height() + 2
        rect = opt.rect
        pill = QRect(
            rect.right() - MARGIN - width, rect.center().y() - height // 2 + 1, width, height
        )
        # Room for the name: up to the pill, less the item's own padding (10 px each side).
        room = max(0, pill.left() - rect.left() - 24)
        bold = QFont(opt.font)
        bold.setBold(True)  # the selected item is bold: elide for the wider of the two
        opt.text = QFontMetrics(bold).elidedText(opt.text, Qt.TextElideMode.ElideRight, room)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        colors = self._theme.colors
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colors.accent))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor(colors.accent_text))
        painter.setFont(font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, str(text))
        painter.restore()
