"""The paused page's own style sheet, from the theme's colours (like ``indicators/style.py``):
the page owns nothing of the application's sheet."""

from __future__ import annotations

from agentdesk.ui.theme import ThemeColors


def paused_style(c: ThemeColors) -> str:
    return f"""
QLabel#pausedTitle {{ color: {c.text}; font-size: 15pt; font-weight: 600; }}
QLabel#pausedSummary {{ color: {c.muted_text}; font-size: 10pt; }}
QLabel#pausedEmptyState {{ color: {c.muted_text}; font-size: 12pt; }}
QLabel#pausedMessage {{ border-radius: 6px; padding: 6px 10px; }}
QLabel#pausedMessage[kind="done"] {{
    color: {c.good}; background: {c.surface}; border: 1px solid {c.good};
}}
QLabel#pausedMessage[kind="refused"] {{
    color: {c.warning}; background: {c.warning_surface}; border: 1px solid {c.warning};
}}
QLabel#pausedMessage[kind="error"] {{
    color: {c.bad}; background: {c.surface}; border: 1px solid {c.bad};
}}
QTableView#pausedTable {{
    background: {c.surface}; color: {c.text}; border: 1px solid {c.border}; border-radius: 6px;
    gridline-color: transparent; selection-background-color: {c.hover};
    selection-color: {c.text}; alternate-background-color: {c.window};
}}
QTableView#pausedTable::item {{ padding: 0px 8px; }}
QHeaderView::section {{
    background: {c.surface}; color: {c.muted_text}; border: none;
    border-bottom: 1px solid {c.border}; padding: 5px 8px 5px 11px; font-weight: 600;
}}
QFrame#pausedActions {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: 6px;
}}
QLabel#reopenReason {{ color: {c.text}; }}
QLabel#reopenReason[blocked="true"] {{ color: {c.muted_text}; }}
QPushButton#reopenButton:disabled {{
    background: {c.window}; color: {c.muted_text}; border: 1px solid {c.border};
}}
QCheckBox#assignToMe {{ color: {c.text}; }}
QCheckBox#assignToMe:disabled {{ color: {c.muted_text}; }}
"""
