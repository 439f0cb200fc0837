"""Activating a tile opens its evolution chart; the chart is tested on its data first."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import warnings
from datetime import datetime, timedelta

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from agentdesk.demo import DemoServer
from agentdesk.domain.aggregate import PeriodAggregate
from agentdesk.domain.catalogue import IndicatorKey
from agentdesk.domain.evolution import build_evolution
from agentdesk.domain.periods import PeriodKind, evolution_buckets, period_window
from agentdesk.ui.indicators.chart import EvolutionChart
from agentdesk.ui.indicators.data import ChartData
from agentdesk.ui.indicators.format import ValueFormatter
from agentdesk.ui.indicators.page import IndicatorsPage
from tests.conftest import DEMO_NOW
from tests.ui.indicators.conftest import evolution_for, switch_to, wait_for_chart


def service_series(ui, key: str, period: str):  # type: ignore[no-untyped-def]
    evolution = evolution_for(ui, key, period)
    as_floats = [
        [(p.start, None if p.value is None else float(p.value)) for p in points]
        for points in (evolution.points, evolution.previous_points)
    ]
    return as_floats[0], as_floats[1]


def assert_plots(chart: EvolutionChart, current, previous) -> None:  # type: ignore[no-untyped-def]
    """What pyqtgraph was given: slot i at x=i, NaN (a gap) exactly where there is no value."""
    x, y, px, py = chart.plotted()
    assert list(x) == list(range(len(current)))
    assert list(px) == list(range(len(previous)))
    for plotted, series in ((y, current), (py, previous)):
        assert [math.isnan(v) for v in plotted] == [value is None for _, value in series]
    scale = 60.0 if chart.model and chart.model.evolution.spec.unit.value == "seconds" else 1.0
    finite = [value / scale for _, value in current if value is not None]
    assert np.allclose(y[~np.isnan(y)], finite)
    assert chart.current_curve.opts["connect"] == "finite"


def close_with_escape(qtbot, chart: EvolutionChart) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(chart.plot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not chart.isVisible(), timeout=5000)


@pytest.mark.parametrize(
    ("period", "key"),
    [("week", "handling_time"), ("day", "csat"), ("month", "revenue"), ("day", "conversations")],
)
def test_clicking_a_tile_shows_the_services_evolution_for_the_period(
    qtbot, shown_page: IndicatorsPage, ui_context, period: str, key: str
) -> None:
    if period != "week":
        switch_to(qtbot, shown_page, period)
    tile = shown_page.tiles()[key]
    chart = wait_for_chart(
        qtbot, shown_page, lambda: qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    )
    assert chart.objectName() == "evolutionChart"
    assert chart.isVisible()
    current, previous = service_series(ui_context, key, period)
    assert chart.series() == current
    assert chart.previous_series() == previous
    assert_plots(chart, current, previous)
    units = {"handling_time": "Minutes", "csat": "Percent", "revenue": "Amount in €"}
    assert chart.unit_label.text() == units.get(key, "Number")
    hours_or_days = {"day": 24, "week": 7, "month": 30}[period]
    assert len(chart.model.slots) == hours_or_days  # the whole period is on the axis
    close_with_escape(qtbot, chart)


def test_an_hourly_chart_has_gaps_where_nothing_was_measured(
    qtbot, shown_page: IndicatorsPage, ui_context
) -> None:
    switch_to(qtbot, shown_page, "day")
    tile = shown_page.tiles()["csat"]
    chart = wait_for_chart(qtbot, shown_page, lambda: shown_page.open_chart("csat"))
    current, _ = service_series(ui_context, "csat", "day")
    gaps = [i for i, (_, value) in enumerate(current) if value is None]
    assert gaps, "the demo day has hours without a rated conversation"
    _, y, _, _ = chart.plotted()
    assert all(math.isnan(y[i]) for i in gaps)
    assert chart.slot_axis.tickStrings([0.0, 3.0, 14.0], 1, 1) == ["00:00", "03:00", "14:00"]
    assert chart.time_label.text() == "Hours on the Europe/Paris clock"
    assert chart.unit_label.text() == "Percent"
    close_with_escape(qtbot, chart)
    assert tile is shown_page.tiles()["csat"]


def test_enter_on_a_focused_tile_opens_the_chart_and_escape_gives_focus_back(
    qtbot, shown_page: IndicatorsPage, ui_context
) -> None:
    shown_page.activateWindow()
    qtbot.waitUntil(shown_page.isActiveWindow, timeout=5000)
    tile = shown_page.tiles()["response_time"]
    tile.setFocus(Qt.FocusReason.TabFocusReason)
    chart = wait_for_chart(qtbot, shown_page, lambda: qtbot.keyClick(tile, Qt.Key.Key_Return))
    assert chart.series() == service_series(ui_context, "response_time", "week")[0]
    qtbot.waitUntil(chart.plot.hasFocus, timeout=5000)
    close_with_escape(qtbot, chart)
    qtbot.waitUntil(tile.hasFocus, timeout=5000)
    # Space works as well, and the second time the chart comes from memory at once.
    with qtbot.waitSignal(shown_page.chart_loaded, timeout=1000):
        qtbot.keyClick(tile, Qt.Key.Key_Space)
    close_with_escape(qtbot, chart)


def test_the_chart_equals_agentdesk_evolution_json(qtbot, shown_page: IndicatorsPage) -> None:
    chart = wait_for_chart(qtbot, shown_page, lambda: shown_page.open_chart("first_response_time"))
    command = [sys.executable, "-m", "agentdesk.cli", "evolution", "first_response_time"]
    command += ["--period", "week", "--json", "--at", DEMO_NOW.isoformat()]
    done = subprocess.run(
        command, env=dict(os.environ), capture_output=True, text=True, timeout=120, check=True
    )
    document = json.loads(done.stdout)
    for series, points in (
        (chart.series(), document["points"]),
        (chart.previous_series(), document["previous_points"]),
    ):
        assert [start for start, _ in series] == [
            datetime.fromisoformat(p["start"]) for p in points
        ]
        for (_, value), point in zip(series, points, strict=True):
            assert (value is None) == (point["value"] is None)
            if value is not None:
                assert value == pytest.approx(point["value"], abs=0.01)
    close_with_escape(qtbot, chart)


def test_the_hover_label_gives_a_points_exact_value(
    qtbot, shown_page: IndicatorsPage, ui_context
) -> None:
    chart = wait_for_chart(qtbot, shown_page, lambda: shown_page.open_chart("handling_time"))
    fmt = ValueFormatter("fr-FR")
    current, previous = service_series(ui_context, "handling_time", "week")
    # The keyboard: the plot has focus, → walks the points from the first.
    qtbot.keyClick(chart.plot, Qt.Key.Key_Right)
    assert chart.cursor_index == 0
    text = chart.hover_label.text()
    assert text.startswith("Mon 16 Nov: " + fmt.duration(current[0][1]))
    assert text.endswith("same time last week: " + fmt.duration(previous[0][1]))
    # The mouse, over the second point (through the window: Qt 6's QTest moves the cursor for
    # a widget, which the offscreen platform does not turn into an event).
    scene_point = chart.plot.plotItem.vb.mapViewToScene(QPointF(1, current[1][1] / 60))
    in_window = chart.plot.viewport().mapTo(chart, chart.plot.mapFromScene(scene_point))
    QTest.mouseMove(chart.windowHandle(), in_window)
    qtbot.waitUntil(lambda: chart.cursor_index == 1, timeout=5000)
    assert chart.hover_label.text().startswith("Tue 17 Nov: " + fmt.duration(current[1][1]))
    close_with_escape(qtbot, chart)


def test_an_open_chart_follows_the_period_switch(qtbot, shown_page: IndicatorsPage, ui_context):
    chart = wait_for_chart(qtbot, shown_page, lambda: shown_page.open_chart("conversations"))
    with qtbot.waitSignal(shown_page.chart_loaded, timeout=10_000):
        shown_page.set_period("month")
    assert chart.series() == service_series(ui_context, "conversations", "month")[0]
    close_with_escape(qtbot, chart)


# -- the chart within the window ----------------------------------------------------------------


def _close_paused_conversations(server: DemoServer, count: int, closed_at: datetime) -> None:
    """``count`` of the agent's paused conversations close at ``closed_at``, as the platform
    would report them: stamped ``updated_at`` now, so the next sync fetches them."""
    stamp = closed_at.isoformat().replace("+00:00", "Z")
    for record in server.snapshot("paused")[:count]:
        server.touch(record["id"], status="closed", closed_at=stamp)


def _total(series) -> float:  # type: ignore[no-untyped-def]
    return sum(value for _, value in series if value is not None)


def test_an_open_chart_follows_the_figures_of_a_sync(
    qtbot, make_window, synced_context, demo_server
) -> None:
    """The tiles took the new figures after a sync, while the chart left open beside them kept
    drawing the ones from before."""
    window = make_window(synced_context)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
    page = window.pages["indicators"]
    chart = wait_for_chart(qtbot, page, lambda: page.open_chart("conversations"))
    before = _total(chart.series())
    _close_paused_conversations(demo_server, 3, DEMO_NOW - timedelta(minutes=20))
    window.sync.sync_now()  # what the timer does every few minutes
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
    assert window.sync.status.new == 3, "the sync brought the three closed conversations"
    qtbot.waitUntil(lambda: _total(chart.series()) == before + 3, timeout=5000)
    assert chart.series() == service_series(window.ui, "conversations", "week")[0]
    assert chart.isVisible()
    close_with_escape(qtbot, chart)


def test_the_chart_closes_with_the_window(qtbot, make_window, synced_context) -> None:
    window = make_window(synced_context, start=False)
    window.start(sync=False)
    page = window.pages["indicators"]
    chart = wait_for_chart(qtbot, page, lambda: page.open_chart("csat"))
    window.close()
    assert not chart.isVisible(), "the chart stayed on screen without its window"


def test_a_series_with_nothing_measured_draws_without_a_warning(
    qtbot, shown_page: IndicatorsPage
) -> None:
    """The demo's conversations begin on 9 November: October, the month compared with, has no
    rating at all. pyqtgraph, handed that all-NaN series, warned "All-NaN slice encountered" at
    every paint. The warnings are recorded here rather than raised: raised inside pyqtgraph's
    paintEvent, one crashes the interpreter instead of failing the test."""
    switch_to(qtbot, shown_page, "month")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", RuntimeWarning)
        chart = wait_for_chart(qtbot, shown_page, lambda: shown_page.open_chart("csat"))
        chart.grab()  # a paint, offscreen
    assert all(value is None for _, value in chart.previous_series())
    assert any(value is not None for _, value in chart.series())
    assert [str(w.message) for w in caught] == []
    close_with_escape(qtbot, chart)


def test_the_day_under_way_is_drawn_apart_and_last_week_whole(
    qtbot, shown_page: IndicatorsPage
) -> None:
    """Wednesday 15:00: today is a partial day (marked "so far"), and last week is drawn to its
    Sunday so the agent sees how it ended."""
    chart = wait_for_chart(qtbot, shown_page, lambda: shown_page.open_chart("conversations"))
    model = chart.model
    assert model is not None
    assert len(chart.series()) == 3  # Mon, Tue, Wed so far
    assert model.partial_index == 2
    assert len(chart.previous_series()) == 7
    qx, _ = chart.partial_curve.getOriginalDataset()
    assert list(qx) == [1.0, 2.0], "dotted from Tuesday to today, apart from the solid line"
    cx, _ = chart.current_curve.getOriginalDataset()
    assert list(cx) == [0.0, 1.0]
    assert chart.legend_entries() == ["current", "partial", "previous"]
    assert "Today so far" in chart.legend_label.text()
    chart.select_point(2)
    assert chart.hover_label.text().split(" · ")[0].endswith("(so far)")
    close_with_escape(qtbot, chart)


def test_the_legend_names_only_what_is_drawn(qtbot, shown_page: IndicatorsPage) -> None:
    switch_to(qtbot, shown_page, "month")  # October, compared with, has no CSAT at all
    chart = wait_for_chart(qtbot, shown_page, lambda: shown_page.open_chart("csat"))
    assert "previous" not in chart.legend_entries()
    assert "Last month" not in chart.legend_label.text()
    assert chart.empty_label.isHidden()
    close_with_escape(qtbot, chart)


def test_an_empty_period_says_so_on_the_chart(qtbot, ui_context) -> None:
    window = period_window(PeriodKind.WEEK, DEMO_NOW, "Europe/Paris")
    buckets = evolution_buckets(window)
    evolution = build_evolution(
        IndicatorKey.CSAT,
        window,
        buckets,
        [PeriodAggregate()] * len(buckets.current),
        [PeriodAggregate()] * len(buckets.previous),
    )
    chart = EvolutionChart(ui_context.theme.colors)
    qtbot.addWidget(chart)
    chart.show()
    chart.show_data(ChartData(evolution, "fr-FR"))
    assert chart.empty_label.isVisible()
    assert chart.empty_label.text() == "Nothing to show for this period"
    assert chart.legend_entries() == []
    assert chart.legend_label.text() == ""
    chart.close()
