"""The in-process half of ``tests.benchmarks.ui``: one window over the 100k store, timed."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from agentdesk.domain.periods import PeriodKind
from agentdesk.services.context import AppContext
from agentdesk.services.indicators import IndicatorsService, load_workspace
from agentdesk.services.paths import AppPaths
from agentdesk.ui.app import build_ui_context, make_application
from agentdesk.ui.indicators.page import IndicatorsPage
from agentdesk.ui.main_window import MainWindow

CYCLE = ("day", "month", "week")
STALE = timedelta(seconds=61)


def _switch(page: IndicatorsPage, kind: str) -> None:
    if page.period == kind:
        raise ValueError(f"{kind} is already shown: setting it again is no switch to time")
    page.set_period(kind)


def _wait(predicate: Callable[[], bool], timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not answer in time")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def measure_window(home: Path, runs: int, anchor: datetime, token: str) -> dict[str, list[float]]:
    app = make_application()
    now = [anchor]
    ctx = AppContext(
        paths=AppPaths(home).ensure(), server_override="http://127.0.0.1:9", token_override=token
    )
    ui = build_ui_context(ctx, app, clock=lambda: now[0])
    store = ctx.store()
    window = MainWindow(ui, demo=True)
    window.resize(1040, 720)
    window.show_page("indicators")  # not the page the home's settings last saved
    page = window.pages["indicators"]
    page.set_period("week")
    shown: list[str] = []
    page.report_shown.connect(shown.append)
    window.show()
    window.start(sync=False)
    _wait(lambda: "week" in shown and ui.runner.active_count == 0)
    times: dict[str, list[float]] = {k: [] for k in ("switch", "switch_cold", "report")}

    for i in range(runs):
        kind = CYCLE[i % len(CYCLE)]
        shown.clear()
        start = time.perf_counter()
        _switch(page, kind)
        _wait(lambda k=kind: k in shown)
        window.repaint()
        times["switch"].append(_ms(start))

    for i in range(runs):
        # Go on from where the first loop stopped: asking for the period already shown is no
        # switch (the page ignores it), and waiting for its second showing timed out whenever
        # ``runs`` left the first loop on "day" (``--runs 10``; issue 15).
        kind = CYCLE[(runs + i) % len(CYCLE)]
        now[0] += STALE  # every cached report is now out of date: the switch must re-query
        shown.clear()
        start = time.perf_counter()
        _switch(page, kind)
        _wait(lambda k=kind: shown.count(k) >= 2)
        window.repaint()
        times["switch_cold"].append(_ms(start))
        _wait(lambda: ui.runner.active_count == 0)

    service = IndicatorsService(store)
    for i in range(runs):
        start = time.perf_counter()
        service.report(PeriodKind(CYCLE[i % len(CYCLE)]), now[0])
        times["report"].append(_ms(start))

    times.update(_charts(window, runs, now[0], service, shown))
    window.close()
    ui.runner.shutdown(5000)
    ctx.close()
    return times


def _charts(
    window: MainWindow,
    runs: int,
    now: datetime,
    service: IndicatorsService,
    shown: list[str],
) -> dict[str, list[float]]:
    page = window.pages["indicators"]
    keys = [k.value for k in load_workspace(window.ui.app.store()).tiles]
    charts: list[float] = []
    for i in range(runs):
        page.set_period(CYCLE[i % len(CYCLE)])
        shown.clear()
        page.refresh()  # forgets fetched evolutions, so each opening queries
        _wait(lambda: bool(shown) and window.ui.runner.active_count == 0)
        start = time.perf_counter()
        chart = page.open_chart(keys[i % len(keys)])
        loaded: list[bool] = []
        chart.loaded.connect(lambda done=loaded: done.append(True))
        _wait(lambda done=loaded: bool(done))
        chart.repaint()
        charts.append(_ms(start))
        chart.close()
        QApplication.processEvents()
    evolutions: list[float] = []
    for i in range(runs):
        start = time.perf_counter()
        service.evolution(
            load_workspace(window.ui.app.store()).tiles[i % len(keys)],
            PeriodKind(CYCLE[i % len(CYCLE)]),
            now,
        )
        evolutions.append(_ms(start))
    return {"chart": charts, "evolution": evolutions}
