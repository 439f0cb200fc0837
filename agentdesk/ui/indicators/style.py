"""The indicators widgets' own style sheet, made from the theme's colours.

The application's sheet (``resources/style/agentdesk.qss``) styles the common widgets; tiles,
the period switch and the today widget are styled here, on the page itself, so that a tile looks
right wherever it is shown and the page owns nothing of the global sheet. Sizes in points, so
they follow the screen's scaling.
"""

from __future__ import annotations

from agentdesk.ui.theme import ThemeColors


def indicators_style(c: ThemeColors) -> str:
    return f"""
QFrame[role="indicatorTile"] {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: 8px; padding: 1px;
}}
QFrame[role="indicatorTile"]:hover {{ background: {c.hover}; }}
QFrame[role="indicatorTile"]:focus {{ border: 2px solid {c.accent}; padding: 0px; }}
QLabel[role="tileName"] {{ color: {c.muted_text}; font-size: 10pt; }}
QLabel[role="tileValue"] {{ color: {c.text}; font-size: 18pt; font-weight: 600; }}
QLabel[role="tileValue"][fit="small"] {{ font-size: 12pt; }}
QLabel[role="tileTrend"] {{ color: {c.muted_text}; font-size: 10pt; font-weight: 600; }}
QLabel[role="tileTrend"][trend="good"] {{ color: {c.good}; }}
QLabel[role="tileTrend"][trend="bad"] {{ color: {c.bad}; }}
QLabel[role="tileTrend"][trend="neutral"] {{ color: {c.neutral}; }}
QLabel[role="tilePrevious"] {{ color: {c.muted_text}; font-size: 9pt; }}
QLabel[role="tileNote"] {{ color: {c.muted_text}; font-size: 8.5pt; font-style: italic; }}
QLabel[role="categoryHeading"] {{
    color: {c.muted_text}; font-size: 10pt; font-weight: 600; letter-spacing: 1px;
}}
QLabel#indicatorsTitle {{ color: {c.text}; font-size: 15pt; font-weight: 600; }}
QLabel#periodLabel {{ color: {c.text}; font-size: 12pt; font-weight: 600; }}
QLabel#comparisonLabel {{ color: {c.muted_text}; font-size: 9pt; }}
QLabel#indicatorsEmptyState {{ color: {c.muted_text}; font-size: 12pt; }}
QLabel#indicatorsMessage {{ color: {c.bad}; }}
QScrollArea#indicatorsScroll, QWidget#indicatorsContent {{
    background: transparent; border: none;
}}
QPushButton[segment] {{
    background: {c.surface}; color: {c.text}; border: 1px solid {c.border};
    padding: 5px 16px; border-radius: 0px; min-width: 48px;
}}
QPushButton[segment="first"] {{ border-top-left-radius: 5px; border-bottom-left-radius: 5px; }}
QPushButton[segment="middle"] {{ border-left: none; border-right: none; }}
QPushButton[segment="last"] {{ border-top-right-radius: 5px; border-bottom-right-radius: 5px; }}
QPushButton[segment]:hover {{ background: {c.hover}; }}
QPushButton[segment]:checked {{
    background: {c.accent}; color: {c.accent_text}; border-color: {c.accent};
}}
QPushButton[segment]:focus {{ border: 2px solid {c.accent}; padding: 4px 15px; }}
QPushButton[segment]:checked:focus {{ border: 2px solid {c.text}; }}
"""


def today_style(c: ThemeColors) -> str:
    return f"""
QWidget#todayWidget {{ background: {c.window}; }}
QFrame#todayFrame {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: 6px; }}
QFrame#todayFrame:focus {{ border: 2px solid {c.accent}; }}
QLabel#todayTitle {{ color: {c.text}; font-size: 10pt; font-weight: 600; }}
QLabel[role="todayName"] {{ color: {c.muted_text}; font-size: 9pt; }}
QLabel[role="todayValue"] {{ color: {c.text}; font-size: 10pt; font-weight: 600; }}
QLabel[role="tileTrend"] {{ color: {c.muted_text}; font-size: 9pt; font-weight: 600; }}
QLabel[role="tileTrend"][trend="good"] {{ color: {c.good}; }}
QLabel[role="tileTrend"][trend="bad"] {{ color: {c.bad}; }}
QLabel[role="tileTrend"][trend="neutral"] {{ color: {c.neutral}; }}
QLabel#todayEmpty {{ color: {c.muted_text}; font-size: 9pt; }}
QCheckBox#todayPinButton {{ color: {c.muted_text}; spacing: 5px; }}
QCheckBox#todayPinButton:checked {{ color: {c.text}; }}
QLabel#todayOffline {{
    color: {c.text}; background: {c.warning_surface}; border: 1px solid {c.warning};
    border-radius: 4px; padding: 0px 5px; font-size: 8.5pt;
}}
"""
