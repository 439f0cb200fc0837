"""The conversation's colours and style sheet, made from the theme's colours.

Bubbles are painted by a delegate, not styled by the sheet, so their colours are computed here
from the same ``ThemeColors`` the sheet uses: each sender kind a tint of the surface (the agent
blue like the accent, a bot violet, the contact plain), so the kinds stay apart in light and
dark alike. Matches are a yellow marker; the current one is orange, as in a browser's find bar.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from agentdesk.domain.models import SenderType
from agentdesk.ui.theme import ThemeColors

_BOT_HUE = "#7c5cd6"


def _mix(base: str, tint: str, amount: float) -> QColor:
    a, b = QColor(base), QColor(tint)
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


@dataclass(frozen=True, slots=True)
class Bubble:
    fill: QColor
    border: QColor


@dataclass(frozen=True, slots=True)
class TranscriptColors:
    bubbles: dict[SenderType, Bubble]
    text: QColor
    muted: QColor
    mark: QColor
    mark_text: QColor
    current: QColor
    current_text: QColor
    focus: QColor


def transcript_colors(c: ThemeColors, *, dark: bool) -> TranscriptColors:
    strength = 0.22 if dark else 0.12
    return TranscriptColors(
        bubbles={
            SenderType.CONTACT: Bubble(QColor(c.surface), QColor(c.border)),
            SenderType.AGENT: Bubble(
                _mix(c.surface, c.accent, strength), _mix(c.border, c.accent, 0.45)
            ),
            SenderType.BOT: Bubble(
                _mix(c.surface, _BOT_HUE, strength), _mix(c.border, _BOT_HUE, 0.45)
            ),
            SenderType.SYSTEM: Bubble(QColor(c.window), QColor(c.window)),
        },
        text=QColor(c.text),
        muted=QColor(c.muted_text),
        mark=QColor("#6e5a00" if dark else "#ffe270"),
        mark_text=QColor("#fff4c2" if dark else "#1c2230"),
        current=QColor("#ff9d3b" if dark else "#ff9632"),
        current_text=QColor("#141414"),
        focus=QColor(c.accent),
    )


def mark_css(colors: TranscriptColors, *, current: bool = False) -> str:
    """The inline style of a match in rich text (the closing note)."""
    fill, text = (
        (colors.current, colors.current_text) if current else (colors.mark, colors.mark_text)
    )
    return f"background-color: {fill.name()}; color: {text.name()};"


def conversation_style(c: ThemeColors) -> str:
    return f"""
QWidget#conversationPane {{ background: {c.window}; }}
QListView#transcriptView {{ background: {c.window}; border: none; }}
QLabel#conversationTitle {{ color: {c.text}; font-size: 13pt; font-weight: 600; }}
QLabel#conversationSubtitle {{ color: {c.muted_text}; font-size: 9pt; }}
QLabel#matchCount {{ color: {c.muted_text}; font-size: 9pt; }}
QLabel#conversationMessage {{ color: {c.muted_text}; font-size: 11pt; }}
QScrollArea#detailsScroll, QWidget#detailsPanel {{ background: {c.surface}; border: none; }}
QFrame#detailsFrame {{ background: {c.surface}; border-left: 1px solid {c.border}; }}
QLabel[role="detailName"] {{ color: {c.muted_text}; font-size: 9pt; }}
QLabel[role="detailValue"] {{ color: {c.text}; }}
QLabel[role="detailHeading"] {{
    color: {c.muted_text}; font-size: 9pt; font-weight: 600; letter-spacing: 1px;
}}
QLabel#closingNote {{ color: {c.text}; }}
QToolButton[role="matchButton"] {{
    background: {c.surface}; color: {c.text}; border: 1px solid {c.border}; border-radius: 4px;
    padding: 2px 8px;
}}
QToolButton[role="matchButton"]:hover {{ background: {c.hover}; }}
QToolButton[role="matchButton"]:disabled {{ color: {c.muted_text}; }}
"""
