"""The indicators page, shown over a store synced from the seeded demo server at DEMO_NOW.

``shown_page`` is an ``IndicatorsPage`` that has drawn its first (week) report; ``expected``
asks the same service the CLI uses, for the same clock, so tests compare the page with the
numbers a user would get from ``agentdesk indicators``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from agentdesk.domain.catalogue import IndicatorKey
from agentdesk.domain.evolution import Evolution
from agentdesk.domain.periods import PeriodKind
from agentdesk.domain.report import IndicatorReport
from agentdesk.services.indicators import IndicatorsService
from agentdesk.ui.context import UiContext
from agentdesk.ui.indicators.chart import EvolutionChart
from agentdesk.ui.indicators.page import IndicatorsPage

SIGNAL_TIMEOUT_MS = 10_000
W = TypeVar("W", bound=QWidget)


def report_for(ui: UiContext, period: str) -> IndicatorReport:
    return IndicatorsService(ui.app.store()).report(PeriodKind(period), ui.clock())


def evolution_for(ui: UiContext, key: str, period: str) -> Evolution:
    return IndicatorsService(ui.app.store()).evolution(
        IndicatorKey(key), PeriodKind(period), ui.clock()
    )


@pytest.fixture
def owned(make_ui_context) -> Iterator[Callable[[W], W]]:  # type: ignore[no-untyped-def]
    """Windows a test makes are closed *and deleted* after it, before the UI contexts (and
    their task runners) are torn down."""
    made: list[QWidget] = []

    def own(widget: W) -> W:
        made.append(widget)
        return widget

    yield own
    for widget in made:
        if shiboken6.isValid(widget):
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def make_page(qtbot, owned) -> Callable[[UiContext], IndicatorsPage]:  # type: ignore[no-untyped-def]
    """``make_page(ui)``: a page, shown, once it has drawn its first (week) report."""

    def make(ui: UiContext) -> IndicatorsPage:
        page = owned(IndicatorsPage(ui))
        page.resize(980, 720)
        with qtbot.waitSignal(page.report_shown, timeout=SIGNAL_TIMEOUT_MS):
            page.show()
        return page

    return make


def switch_to(qtbot, page: IndicatorsPage, period: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(
        page.report_shown, timeout=SIGNAL_TIMEOUT_MS, check_params_cb=lambda kind: kind == period
    ):
        page.set_period(period)


def wait_for_chart(qtbot, page: IndicatorsPage, open_it: Callable[[], object]) -> EvolutionChart:  # type: ignore[no-untyped-def]
    """Run ``open_it`` (a click, a key) and wait until the chart has its data."""
    with qtbot.waitSignal(page.chart_loaded, timeout=SIGNAL_TIMEOUT_MS):
        open_it()
    chart = page.chart
    assert chart is not None
    return chart


@pytest.fixture
def shown_page(make_page, ui_context: UiContext) -> IndicatorsPage:  # type: ignore[no-untyped-def]
    return make_page(ui_context)
