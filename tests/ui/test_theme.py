"""One palette feeding one style sheet; the system's scheme followed unless the setting forces."""

from __future__ import annotations

from dataclasses import fields

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication

from agentdesk.ui.events import AppEvents
from agentdesk.ui.theme import DARK, LIGHT, ThemeManager, build_style_sheet


@pytest.fixture
def manager(qapp: QApplication):
    events = AppEvents()
    manager = ThemeManager(events, "system")
    yield manager
    ThemeManager(events, "light").apply(qapp)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    manager.deleteLater()
    events.deleteLater()


def _luminance(name: str) -> float:
    """WCAG 2 relative luminance (linearised sRGB)."""
    color = QColor(name)

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def test_every_colour_is_in_the_style_sheet_and_nothing_is_left_unfilled() -> None:
    for colors in (LIGHT, DARK):
        sheet = build_style_sheet(colors)
        assert "$" not in sheet
        assert colors.accent in sheet


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_text_stands_out_from_its_background(colors) -> None:
    """WCAG's contrast ratio, at least 4.5:1 for body text and 3:1 for the muted and trend text."""

    def contrast(a: str, b: str) -> float:
        la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
        return (la + 0.05) / (lb + 0.05)

    assert contrast(colors.text, colors.surface) >= 4.5
    assert contrast(colors.text, colors.window) >= 4.5
    for name in ("muted_text", "good", "bad", "neutral", "accent"):
        assert contrast(getattr(colors, name), colors.surface) >= 3, name
    assert {f.name for f in fields(colors)} >= {
        "window", "surface", "text", "muted_text", "accent", "good", "bad", "neutral",
        "border", "chart_current", "chart_previous",
    }  # fmt: skip


def test_system_scheme_is_followed_and_announced(qtbot, qapp, manager: ThemeManager) -> None:
    manager.apply(qapp)
    with qtbot.waitSignal(manager._events.theme_changed, timeout=1000):
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert manager.is_dark
    assert qapp.palette().window().color().name() == DARK.window
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not manager.is_dark


def test_a_forced_theme_ignores_the_system(qapp, manager: ThemeManager) -> None:
    manager.set_mode("light")
    manager.apply(qapp)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not manager.is_dark
    manager.set_mode("dark")
    assert manager.is_dark
    assert qapp.palette().text().color().name() == DARK.text
