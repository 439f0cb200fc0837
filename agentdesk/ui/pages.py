"""The pages the window can show, in navigation order, and what the shell expects of one.

A page that shows conversations behind a figure has a ``drill_down_requested(FigureRef)``
signal; the one that lists them (closed) has ``show_figure(FigureRef)``: the window connects
the two. A page with ``focus_search()`` gets Ctrl+F / Ctrl+K.

A page that has a count to show beside its name in the navigation is a ``BadgePage``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QWidget

from agentdesk.ui.context import UiContext


@runtime_checkable
class Page(Protocol):
    def refresh(self) -> None:
        """Re-query (in the background) and redraw."""


@runtime_checkable
class PeriodPage(Page, Protocol):
    period_changed: SignalInstance

    def set_period(self, kind: str) -> None: ...


@runtime_checkable
class BadgePage(Page, Protocol):
    badge_changed: SignalInstance
    """``(text, description)``: a short count for the navigation ("3"; empty hides it) and the
    sentence it stands for (tooltip, screen readers)."""


@dataclass(frozen=True, slots=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    """Translated when called, so a language change is picked up."""
    shortcut: str
    make: Callable[[UiContext], QWidget]
    ready: str | None = None
    """The page's signal saying its first answer is on screen: shown first, the window makes
    the other pages after it (``page_stack.py``)."""


def _indicators(ui: UiContext) -> QWidget:
    from agentdesk.ui.indicators.page import IndicatorsPage  # noqa: PLC0415

    return IndicatorsPage(ui)


def _closed(ui: UiContext) -> QWidget:
    from agentdesk.ui.closed.page import ClosedPage  # noqa: PLC0415

    return ClosedPage(ui)


def _paused(ui: UiContext) -> QWidget:
    from agentdesk.ui.paused.page import PausedPage  # noqa: PLC0415

    return PausedPage(ui)


def default_pages() -> list[PageSpec]:
    return [
        PageSpec(
            "indicators",
            lambda: QCoreApplication.translate("Pages", "Indicators"),
            "Ctrl+1",
            _indicators,
            ready="report_shown",
        ),
        PageSpec(
            "closed",
            lambda: QCoreApplication.translate("Pages", "Closed"),
            "Ctrl+2",
            _closed,
            ready="results_shown",
        ),
        PageSpec(
            "paused",
            lambda: QCoreApplication.translate("Pages", "Paused"),
            "Ctrl+3",
            _paused,
            ready="loaded",
        ),
    ]
