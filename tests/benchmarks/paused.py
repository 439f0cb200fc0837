"""Switching to the paused page with 100k conversations in the store:
``python -m tests.benchmarks.paused``.

- switch: from ``show_page("paused")`` to the repainted window, the list already read (as it
  is after start-up or a sync: the page reads it when it is made and after every sync);
- stale, re-read: the same after the last read went stale (the clock moved on by more than
  ``STALE_AFTER``), until the list read again in the background is applied and the window
  repainted (the page itself is on screen from memory before that);
- beside ``load_paused(ctx).items(now)`` alone, the service call behind both, in the same run.

The store is the one ``tests.benchmarks.ui`` builds (seed 7, 100,000 conversations, of which
30 paused) under ``benchmark-results/``. Times are wall-clock milliseconds, offscreen.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from tests.benchmarks.harness import Measurement, markdown, median, p95, print_table
from tests.benchmarks.ui import ANCHOR, SIZE, TOKEN, build_store

SWITCH_GOAL_MS = 50.0


def _wait(predicate: Callable[[], bool], timeout_s: float = 60) -> None:
    from PySide6.QtCore import QEventLoop  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not answer in time")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def measure_switches(home: Path, runs: int) -> dict[str, list[float]]:
    from agentdesk.services.context import AppContext  # noqa: PLC0415
    from agentdesk.services.paths import AppPaths  # noqa: PLC0415
    from agentdesk.services.paused import load_paused  # noqa: PLC0415
    from agentdesk.ui.app import build_ui_context, make_application  # noqa: PLC0415
    from agentdesk.ui.main_window import MainWindow  # noqa: PLC0415
    from agentdesk.ui.paused.page import STALE_AFTER, PausedPage  # noqa: PLC0415

    app = make_application()
    now = [ANCHOR]
    ctx = AppContext(
        paths=AppPaths(home).ensure(), server_override="http://127.0.0.1:9", token_override=TOKEN
    )
    ui = build_ui_context(ctx, app, clock=lambda: now[0])
    window = MainWindow(ui, demo=True)
    window.resize(1040, 720)
    page = window.pages["paused"]
    assert isinstance(page, PausedPage)
    loads: list[bool] = []
    page.loaded.connect(lambda: loads.append(True))
    window.show()
    window.start(sync=False)
    _wait(lambda: bool(loads) and ui.runner.active_count == 0)
    listed = page.model.rowCount()
    times: dict[str, list[float]] = {"switch": [], "switch_reread": [], "service": []}

    def away() -> None:
        window.show_page("indicators")
        _wait(lambda: ui.runner.active_count == 0)
        window.repaint()

    # Once, untimed: the pane loads the selected conversation the first time the page shows;
    # every timed switch then paints the list and that transcript with its details.
    window.show_page("paused")
    _wait(lambda: page.pane.details is not None and ui.runner.active_count == 0)
    for _ in range(runs):
        away()
        start = time.perf_counter()
        window.show_page("paused")
        window.repaint()
        times["switch"].append((time.perf_counter() - start) * 1000)
    if page.pane.details is None or page.pane.details.id != page.vm.selected_id:
        raise RuntimeError("the switches did not show the selected conversation's transcript")

    for _ in range(runs):
        away()
        now[0] += STALE_AFTER + timedelta(seconds=1)
        loads.clear()
        start = time.perf_counter()
        window.show_page("paused")
        _wait(lambda: bool(loads))
        window.repaint()
        times["switch_reread"].append((time.perf_counter() - start) * 1000)
    if page.model.rowCount() != listed:
        raise RuntimeError("the re-read list differs from the first one")

    for _ in range(runs):
        start = time.perf_counter()
        load_paused(ctx).items(now[0])
        times["service"].append((time.perf_counter() - start) * 1000)
    times["listed"] = [float(listed)]
    # Closing saves the shown page in the store's settings, and tests.benchmarks.ui, which
    # shares this store, times a start that waits for the indicators page.
    window.show_page("indicators")
    window.close()
    ui.runner.shutdown(5000)
    ctx.close()
    return times


def _rows(size: int, t: dict[str, list[float]]) -> list[Measurement]:
    def row(name: str, ours: float, base: float, goal: float | None) -> Measurement:
        passed = ours <= goal if goal else None
        return Measurement(
            name, size, ours, base, "ms", f"ours ≤ {goal:.0f}" if goal else None, passed
        )

    service = t["service"]
    return [
        row("paused: switch to page", median(t["switch"]), median(service), SWITCH_GOAL_MS),
        row("paused: switch to page, p95", p95(t["switch"]), p95(service), SWITCH_GOAL_MS),
        # The page is on screen from memory at once; the re-read lands after, in the background.
        row("paused: stale, re-read painted", median(t["switch_reread"]), median(service), None),
        row("paused: stale, re-read, p95", p95(t["switch_reread"]), p95(service), None),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.paused", description=__doc__)
    parser.add_argument("--size", type=int, default=SIZE)
    parser.add_argument("--runs", type=int, default=30, help="switches of each kind timed")
    parser.add_argument("--results", type=Path, default=Path("benchmark-results"))
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.results.mkdir(parents=True, exist_ok=True)
    home = build_store(args.size, args.results)
    raw = measure_switches(home, args.runs)
    rows = _rows(args.size, raw)
    print_table(rows)
    if args.markdown:
        print(markdown(rows))
    out = args.results / "paused.json"
    document = {"size": args.size, "rows": [r.to_json() for r in rows], "raw": raw}
    out.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    print(f"Wrote {out} ({int(raw['listed'][0])} paused conversations listed)", file=sys.stderr)
    return 0  # benchmarks are not tests: a missed goal is reported, not failed


if __name__ == "__main__":
    sys.exit(main())
