"""The pages the window can show, in navigation order, and what the shell expects of one.

A page that shows conversations behind a figure has a ``drill_down_requested(FigureRef)``
signal; the one that lists them (closed) has ``show_figure(FigureRef)``: the window connects
the two. A page with ``focus_search()`` gets Ctrl+F / Ctrl+K.
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


@dataclass(frozen=True, slots=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    """Translated when called, so a language change is picked up."""
    shortcut: str
    make: Callable[[UiContext], QWidget]


def _indicators(ui: UiContext) -> QWidget:
    from agentdesk.ui.indicators.page import IndicatorsPage  # noqa: PLC0415

    return IndicatorsPage(ui)


def _closed(ui: UiContext) -> QWidget:
    from agentdesk.ui.closed.page import ClosedPage  # noqa: PLC0415

    return ClosedPage(ui)


def default_pages() -> list[PageSpec]:
    return [
        PageSpec(
            "indicators",
            lambda: QCoreApplication.translate("Pages", "Indicators"),
            "Ctrl+1",
            _indicators,
        ),
        PageSpec(
            "closed",
            lambda: QCoreApplication.translate("Pages", "Closed"),
            "Ctrl+2",
            _closed,
        ),
    ]
