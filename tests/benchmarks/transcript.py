"""Opening a 2,000-message transcript with highlights: ``python -m tests.benchmarks.transcript``.

A store of ``--size`` closed conversations (100,000 by default; synced once from the demo
generator by the real engine, kept under ``benchmark-results/``, no search index: opening a
transcript needs none) gets one more conversation of 2,000 messages, its texts the demo's own.
In one process, offscreen, with the window's fonts and theme:

- **service**: ``conversation_details(store, id, query)`` alone — the conversation read, every
  message marked: the baseline, what no front end can beat;
- **pane**: ``ConversationPane.show_conversation(id, query)`` to ``loaded``: the service on the
  task runner, the model reset, every row measured, the first match scrolled to and painted;
- **next match**: Shift+F3 from the first match to the last, scrolled and painted;
- **CPU time** of the whole process (every thread) during an opening and during the service
  call: unlike the wall clock, it hardly moves when neighbours load a shared machine.

Queries alternate between two common words so that no answer is reused. Times are wall-clock
milliseconds; the table shows medians and p95 beside the baseline of the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.benchmarks.harness import Measurement, markdown, median, p95, print_table

SIZE = 100_000
SEED = 7
MESSAGES = 2000
ANCHOR = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
TOKEN = "bench-transcript"
OPEN_GOAL_MS = 200.0


def build_store(size: int, results: Path) -> Path:
    """A data folder with ``size`` synced conversations (cached), without a search index."""
    home = results / f"transcript-home-{size}-seed{SEED}-{ANCHOR:%Y%m%d}"
    if (home / "agentdesk.sqlite").exists():
        return home
    from agentdesk.demo import DemoServer, generate_workspace  # noqa: PLC0415
    from agentdesk.platform.client import PlatformClient  # noqa: PLC0415
    from agentdesk.services.paths import AppPaths  # noqa: PLC0415
    from agentdesk.store import Store  # noqa: PLC0415
    from agentdesk.sync import SyncEngine  # noqa: PLC0415

    print(f"Building a store of {size:,} conversations in {home} (once)...", file=sys.stderr)
    partial = home.with_name(home.name + ".partial")
    with DemoServer(generate_workspace(SEED, size, ANCHOR), token=TOKEN) as server:
        paths = AppPaths(partial).ensure()
        with Store.open(paths.database) as store, PlatformClient(server.url, TOKEN) as client:
            SyncEngine(client, store).run()
    partial.rename(home)
    return home


def _long_conversation(home: Path) -> tuple[str, list[str]]:
    """The 2,000-message conversation (added once) and two words it uses often."""
    from agentdesk.services.paths import AppPaths  # noqa: PLC0415
    from agentdesk.store import Store  # noqa: PLC0415
    from tests.search.reference import words  # noqa: PLC0415
    from tests.support.conversations import long_conversation  # noqa: PLC0415

    with Store.open(AppPaths(home).database) as store:
        ids = sorted(store.all_conversation_ids())[:80]
        stored = [c for c in (store.conversation(i) for i in ids) if c is not None]
        base = stored[0]
        pool = [m.text for c in stored[1:] for m in c.messages]
        store.apply_conversation(long_conversation(base, MESSAGES, pool))
        common = Counter(w for t in pool[:MESSAGES] for w in words(t) if len(w) >= 5)
        return base.id, [word for word, _ in common.most_common(2)]


def measure(home: Path, runs: int) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: PLC0415

    from agentdesk.services.context import AppContext  # noqa: PLC0415
    from agentdesk.services.conversation import conversation_details  # noqa: PLC0415
    from agentdesk.services.paths import AppPaths  # noqa: PLC0415
    from agentdesk.ui.app import build_ui_context, dispose, make_application  # noqa: PLC0415
    from agentdesk.ui.conversation.pane import ConversationPane  # noqa: PLC0415

    conversation_id, queries = _long_conversation(home)
    app = make_application()
    ctx = AppContext(paths=AppPaths(home).ensure(), server_override="http://127.0.0.1:9")
    ui = build_ui_context(ctx, app, clock=lambda: ANCHOR)
    store = ctx.store()
    pane = ConversationPane(ui)
    pane.resize(1040, 720)
    pane.show()
    loop = QEventLoop()
    pane.loaded.connect(lambda _id: loop.quit())

    cpu: dict[str, list[float]] = {"service": [], "pane": []}

    def open_once(query: str) -> float:
        started, cpu_started = time.perf_counter_ns(), time.process_time_ns()
        pane.show_conversation(conversation_id, query)
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        cpu["pane"].append((time.process_time_ns() - cpu_started) / 1e6)
        return (time.perf_counter_ns() - started) / 1e6

    def service_once(query: str) -> float:
        started, cpu_started = time.perf_counter_ns(), time.process_time_ns()
        conversation_details(store, conversation_id, query)
        cpu["service"].append((time.process_time_ns() - cpu_started) / 1e6)
        return (time.perf_counter_ns() - started) / 1e6

    def last_match() -> float:
        started = time.perf_counter_ns()  # opened on the first match: Shift+F3 goes last
        pane.previous_match()
        pane.transcript.viewport().repaint()
        return (time.perf_counter_ns() - started) / 1e6

    for query in queries:  # warm-up: statements compiled, fonts loaded
        service_once(query)
        open_once(query)
    cpu["service"].clear()
    cpu["pane"].clear()
    raw: dict[str, Any] = {"service": [], "pane": [], "last_match": [], "queries": queries}
    for run in range(runs):
        query = queries[run % 2]
        raw["service"].append(service_once(query))
        raw["pane"].append(open_once(query))
        raw["last_match"].append(last_match())
    raw["cpu_service"], raw["cpu_pane"] = cpu["service"], cpu["pane"]
    details = pane.details
    raw["messages"] = len(details.messages) if details else 0
    raw["matches"] = {
        q: len(conversation_details(store, conversation_id, q).matches) for q in queries
    }
    pane.close()
    dispose(ui)
    ctx.close()
    return raw


def rows(size: int, raw: dict[str, Any]) -> list[Measurement]:
    service, pane, last = raw["service"], raw["pane"], raw["last_match"]
    goal = f"ours ≤ {OPEN_GOAL_MS:.0f}"
    return [
        Measurement(
            "transcript: open 2,000 messages (median)",
            size,
            median(pane),
            median(service),
            "ms",
            goal,
            median(pane) <= OPEN_GOAL_MS,
        ),
        Measurement(
            "transcript: open 2,000 messages (p95)",
            size,
            p95(pane),
            p95(service),
            "ms",
            goal,
            p95(pane) <= OPEN_GOAL_MS,
        ),
        Measurement(
            "transcript: open, CPU time of the process (median)",
            size,
            median(raw["cpu_pane"]),
            median(raw["cpu_service"]),
            "CPU ms",
            None,
            None,
        ),
        Measurement(
            "transcript: F3 to the last match (median)",
            size,
            median(last),
            median(service),
            "ms",
            None,
            None,
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.transcript", description=__doc__
    )
    parser.add_argument("--size", type=int, default=SIZE, help="closed conversations in the store")
    parser.add_argument("--runs", type=int, default=20, help="timed openings (default 20)")
    parser.add_argument("--results", type=Path, default=Path("benchmark-results"))
    parser.add_argument("--markdown", action="store_true", help="also print the table as Markdown")
    args = parser.parse_args(argv)
    args.results.mkdir(parents=True, exist_ok=True)
    home = build_store(args.size, args.results)
    load = os.getloadavg()[0]
    raw = measure(home, args.runs)
    measured = rows(args.size, raw)
    print_table(measured)
    if args.markdown:
        print(markdown(measured))
    out = args.results / "transcript.json"
    document = {
        "command": "python -m tests.benchmarks.transcript "
        + " ".join(sys.argv[1:] if argv is None else argv),
        "measured_at": datetime.now(UTC).isoformat(),
        "load_average": [load, os.getloadavg()[0]],
        "size": args.size,
        "rows": [m.to_json() for m in measured],
        "raw": raw,
    }
    out.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    print(f"Wrote {out}", file=sys.stderr)
    return 0  # a missed goal is reported, not failed


if __name__ == "__main__":
    sys.exit(main())
