"""From a figure to its conversations, in the real window: every tile's "Show these
conversations" opens the closed page on exactly the conversations the figure measured, counted
against the demo server's own records; a chart point does the same for its day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtGui import QShortcut
from pytestqt.qtbot import QtBot

from agentdesk.demo import DemoServer
from agentdesk.services.context import AppContext
from agentdesk.ui.closed.page import ClosedPage
from agentdesk.ui.main_window import MainWindow
from tests.search.reference import moment
from tests.ui.indicators.conftest import report_for

Record = dict[str, Any]
MEASURED: dict[str, Callable[[Record], bool]] = {
    "conversations": lambda r: True,
    "handling_time": lambda r: True,
    "csat": lambda r: r.get("csat") is not None,
    "nps": lambda r: r.get("nps") is not None,
    "revenue": lambda r: bool(r.get("transactions")),
    "conversion_rate": lambda r: bool(r.get("transactions")),
}


def _closed_between(server: DemoServer, start: datetime, end: datetime) -> list[Record]:
    return [
        r
        for r in server.workspace.conversations()
        if r["status"] == "closed" and start <= moment(r["closed_at"]) < end
    ]


def _ready(qtbot: QtBot, window: MainWindow) -> None:
    page = window.pages["indicators"]
    qtbot.waitUntil(
        lambda: (
            bool(page.tiles())
            and all(t.value_label.text() not in ("", "…") for t in page.tiles().values())
        ),
        timeout=30_000,
    )
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30_000)


def _drill_from_tile(qtbot: QtBot, window: MainWindow, key: str) -> int:
    """The tile's context menu action, as a right click offers it."""
    tile = window.pages["indicators"].tiles()[key]
    closed: ClosedPage = window.pages["closed"]  # type: ignore[assignment]
    with qtbot.waitSignal(
        closed.results_shown,
        timeout=30_000,
        check_params_cb=lambda _total: (
            closed.state.drill is not None and closed.state.drill.figure.key == key
        ),
    ) as shown:
        tile.actions()[0].trigger()
    total: int = shown.args[0]
    return total


def test_each_tile_shows_the_conversations_it_counts(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    synced_context: AppContext,
    demo_server: DemoServer,
) -> None:
    window = make_window(synced_context)
    _ready(qtbot, window)
    closed: ClosedPage = window.pages["closed"]  # type: ignore[assignment]
    span = report_for(window.ui, "week").window.current
    records = _closed_between(demo_server, span.start, span.end)
    tiles = window.pages["indicators"].tiles()
    for key, measured in MEASURED.items():
        window.show_page("indicators")
        total = _drill_from_tile(qtbot, window, key)
        assert window.current_key == "closed"
        assert closed.state.drill is not None
        assert closed.state.drill.span == span
        assert total == sum(1 for r in records if measured(r)) > 0, key
        assert closed.model.total == closed.state.drill.expected
    assert tiles["conversations"].value_label.text() == str(len(records))
    for key in ("first_response_time", "response_time"):  # measured by the store's facts
        window.show_page("indicators")
        assert _drill_from_tile(qtbot, window, key) == closed.state.drill.expected  # type: ignore[union-attr]
    assert set(closed.chips.chips) >= {"span", "measured"}


def test_a_chart_point_shows_that_days_conversations(
    qtbot: QtBot, make_window: Callable[..., MainWindow], synced_context: AppContext
) -> None:
    window = make_window(synced_context)
    _ready(qtbot, window)
    indicators = window.pages["indicators"]
    with qtbot.waitSignal(indicators.chart_loaded, timeout=30_000):
        chart = indicators.open_chart("conversations")
    counts = [value for _, value in chart.model.current]  # type: ignore[union-attr]
    busiest = max(range(len(counts)), key=lambda i: counts[i] or 0)
    chart.select_point(busiest)
    closed: ClosedPage = window.pages["closed"]  # type: ignore[assignment]
    with qtbot.waitSignal(
        closed.results_shown,
        timeout=30_000,
        check_params_cb=lambda _total: closed.state.drill is not None,
    ) as shown:
        chart.drill_button.click()
    assert shown.args[0] == counts[busiest] > 0
    assert window.current_key == "closed"
    chart.close()


def test_ctrl_f_and_ctrl_k_focus_the_search_from_anywhere(
    qtbot: QtBot, make_window: Callable[..., MainWindow], synced_context: AppContext
) -> None:
    window = make_window(synced_context, start=False)
    closed: ClosedPage = window.pages["closed"]  # type: ignore[assignment]
    for name in ("searchShortcut_F", "searchShortcut_K"):
        window.show_page("indicators")
        window.findChild(QShortcut, name).activated.emit()
        assert window.current_key == "closed"
        assert closed.search_field.hasFocus() or window.focusWidget() is closed.search_field
    qtbot.waitUntil(lambda: window.ui.runner.active_count == 0, timeout=30_000)
