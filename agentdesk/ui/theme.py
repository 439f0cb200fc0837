"""One palette model feeding one style sheet, light or dark.

Like napari's theme (``napari/napari:src/napari/utils/theme.py``): a small set of named colours is
the single source; the ``QPalette`` and the style sheet template (``resources/style/agentdesk.qss``,
``$name`` placeholders) are both made from it, so a widget that paints itself (a chart, a trend
arrow) reads the same colours from ``ThemeManager.colors``. The scheme follows the desktop through
``QStyleHints.colorScheme()`` unless the ``theme`` setting forces ``light`` or ``dark``.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from string import Template

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from agentdesk.ui.assets import resource
from agentdesk.ui.events import AppEvents

log = logging.getLogger(__name__)

THEME_MODES = ("system", "light", "dark")


@dataclass(frozen=True, slots=True)
class ThemeColors:
    """Colours as ``#rrggbb``. ``good``/``bad`` judge a trend by the indicator's polarity,
    ``neutral`` is a stable or unknown one."""

    window: str
    surface: str
    text: str
    muted_text: str
    accent: str
    accent_text: str
    good: str
    bad: str
    neutral: str
    warning: str
    warning_surface: str
    border: str
    hover: str
    chart_current: str
    chart_previous: str

    def qcolor(self, name: str) -> QColor:
        return QColor(str(getattr(self, name)))


LIGHT = ThemeColors(
    window="#f3f4f7",
    surface="#ffffff",
    text="#1c2230",
    muted_text="#596273",
    accent="#2563c9",
    accent_text="#ffffff",
    good="#17803a",
    bad="#c42b2b",
    neutral="#69717f",
    warning="#8a5a00",
    warning_surface="#fff4d6",
    border="#d5d9e1",
    hover="#e8eefb",
    chart_current="#2563c9",
    chart_previous="#a3adbd",
)

DARK = ThemeColors(
    window="#1a1d23",
    surface="#242931",
    text="#e7eaef",
    muted_text="#a3abb8",
    accent="#6ea2ff",
    accent_text="#0e1420",
    good="#53cf7a",
    bad="#ff7a7a",
    neutral="#9aa3b1",
    warning="#ffcf70",
    warning_surface="#3d3220",
    border="#3b424e",
    hover="#2f3744",
    chart_current="#6ea2ff",
    chart_previous="#667185",
)


def build_palette(colors: ThemeColors) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    pairs = {
        role.Window: colors.window,
        role.WindowText: colors.text,
        role.Base: colors.surface,
        role.AlternateBase: colors.window,
        role.Text: colors.text,
        role.Button: colors.surface,
        role.ButtonText: colors.text,
        role.Highlight: colors.accent,
        role.HighlightedText: colors.accent_text,
        role.ToolTipBase: colors.surface,
        role.ToolTipText: colors.text,
        role.PlaceholderText: colors.muted_text,
        role.Link: colors.accent,
        role.Mid: colors.border,
        role.Light: colors.surface,
        role.Dark: colors.border,
    }
    for color_role, value in pairs.items():
        palette.setColor(color_role, QColor(value))
    for color_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, color_role, QColor(colors.muted_text))
    return palette


def build_style_sheet(colors: ThemeColors) -> str:
    template = Template(resource("style", "agentdesk.qss").read_text(encoding="utf-8"))
    return template.substitute(asdict(colors))


class ThemeManager(QObject):
    """Knows the current colours and applies them to the application."""

    def __init__(self, events: AppEvents, mode: str = "system", parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("themeManager")
        self._events = events
        self._mode = mode if mode in THEME_MODES else "system"
        self._colors = LIGHT
        self._app: QApplication | None = None
        self._system_scheme: Qt.ColorScheme | None = None

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def colors(self) -> ThemeColors:
        return self._colors

    @property
    def is_dark(self) -> bool:
        return self._colors is DARK

    def system_is_dark(self) -> bool:
        if self._system_scheme is None:
            hints = QGuiApplication.styleHints()
            self._system_scheme = hints.colorScheme() if hints is not None else None
        return self._system_scheme == Qt.ColorScheme.Dark

    def set_mode(self, mode: str) -> None:
        """``system``, ``light`` or ``dark``; re-applies at once when the app is known."""
        if mode not in THEME_MODES:
            raise ValueError(f"unknown theme mode {mode!r}")
        self._mode = mode
        if self._app is not None:
            self.apply(self._app)

    def apply(self, app: QApplication) -> None:
        if self._app is None:
            self._app = app
            hints = QGuiApplication.styleHints()
            if hints is not None:
                hints.colorSchemeChanged.connect(self._on_system_scheme)
        dark = self.system_is_dark() if self._mode == "system" else self._mode == "dark"
        self._colors = DARK if dark else LIGHT
        app.setStyle("Fusion")
        app.setPalette(build_palette(self._colors))
        app.setStyleSheet(build_style_sheet(self._colors))
        log.debug("Theme applied: mode=%s dark=%s", self._mode, dark)
        self._events.theme_changed.emit()

    def _on_system_scheme(self, scheme: Qt.ColorScheme) -> None:
        self._system_scheme = scheme
        if self._mode == "system" and self._app is not None:
            self.apply(self._app)
