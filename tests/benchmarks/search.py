"""``python -m tests.benchmarks.search``: search at 10k and 100k demo conversations, each figure
beside SQLite FTS5 (``unicode61 remove_diacritics 2``) over the same store in the same run;
prints a table and writes JSON. See docs/benchmarks.md ("Search").

For each size: one store synced from the demo server (kept in ``benchmark-results/`` and reused:
delete it to sync again), then, each in a fresh process, the full index build (ours, FTS5), an
update of 500 changed conversations, every query shape (limit 50 with the total, median and p95
of ``--runs``), snippets and matched ranges of 20 results, and a cold open with a first query.
Filters-only queries and id look-ups are compared with plain SQL on the store: FTS5 is no help
there, and it is what ours does too.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.benchmarks.harness import (
    SEED,
    Measurement,
    demo_server,
    markdown,
    median,
    p95,
    print_table,
    run_module,
    sizes_argument,
)

GOAL_SIZE = 100_000
UPDATED = 500
RESULTS = Path("benchmark-results")

SHAPES: dict[str, list[dict[str, Any]]] = {
    "common word": [{"text": "commande"}, {"text": "bonjour"}, {"text": "merci"}],
    "rare word": [{"text": "détartrage"}, {"text": "BIENVENUE10"}, {"text": "RGPD"}],
    "two words": [
        {"text": "remboursement commande"},
        {"text": "colis transporteur"},
        {"text": "mot passe"},
    ],
    "phrase": [
        {"text": '"étiquette de retour"', "fts": '"étiquette de retour"'},
        {"text": '"code promo"', "fts": '"code promo"'},
        {"text": '"numéro de commande"', "fts": '"numéro de commande"'},
    ],
    "id": [],  # filled with ids of the store
    "filters only": [
        {"text": "", "filters": {"channels": ["whatsapp"], "csat": [1, 2]}},
        {"text": "", "filters": {"nps_min": 9, "channels": ["email", "chat"]}},
        {"text": "", "filters": {"month": "LAST"}},
    ],
    "words + filters": [
        {"text": "commande", "filters": {"month": "LAST", "channels": ["whatsapp"]}},
        {"text": "remboursement", "filters": {"csat": [1, 2]}},
        {"text": "cafetière", "filters": {"month": "LAST"}},
    ],
}
SNIPPET_QUERIES = [{"text": "cafetière"}, {"text": "commande"}, {"text": '"code promo"'}]
GOALS_MS = {
    "common word": 100.0,
    "rare word": 100.0,
    "two words": 100.0,
    "words + filters": 100.0,
    "phrase": 150.0,
    "id": 10.0,
    "filters only": 10.0,
    "snippets": 30.0,
}
BUILD_GOAL = 500.0
UPDATE_GOAL_S = 2.0
COLD_GOAL_MS = 1000.0
RSS_GOAL_MB = 250.0


SEARCH_WORKLOADS = "tests.benchmarks.search_workloads"


def run(kind: str, *arguments: str) -> dict[str, Any]:
    return run_module(SEARCH_WORKLOADS, kind, *arguments)


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _store(size: int) -> Path:
    """The synced store of ``size`` demo conversations, synced once and then reused."""
    path = RESULTS / f"search-store-{size}-seed{SEED}.sqlite"
    if path.exists():
        return path
    RESULTS.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in RESULTS.glob(partial.name + "*"):
        leftover.unlink()
    say(f"   syncing {size:,} demo conversations into {path} (once)")
    with demo_server(size) as server:
        run("prepare", server.url, str(partial))
    db = sqlite3.connect(partial)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    partial.rename(path)
    for leftover in RESULTS.glob(partial.name + "-*"):  # the emptied -wal and -shm
        leftover.unlink()
    return path


@dataclass(frozen=True, slots=True)
class Spec:
    path: Path
    data: dict[str, Any]


def _spec(store: Path, work: Path) -> Spec:
    """The queries, completed from the store: ids that exist, and the last full month."""
    from agentdesk.domain.search_query import Month, SearchFilters  # noqa: PLC0415

    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
        ids = [cid for (cid,) in db.execute("SELECT id FROM conversations WHERE status='closed'")]
        (timezone,) = db.execute("SELECT timezone FROM profile").fetchone()
        (newest,) = db.execute("SELECT max(closed_at) FROM conversations").fetchone()
    newest_day = datetime.fromtimestamp(newest / 1e6, UTC)
    last = (
        Month(newest_day.year, newest_day.month - 1)
        if newest_day.month > 1
        else (Month(newest_day.year - 1, 12))
    )
    resolved = SearchFilters(month=last).resolve(timezone)
    assert resolved.closed_from is not None
    assert resolved.closed_until is not None
    shapes = json.loads(json.dumps(SHAPES).replace('"LAST"', f'"{last}"'))
    picks = [ids[len(ids) // 7], ids[len(ids) // 2], ids[-3]]
    shapes["id"] = [
        {"text": picks[0], "id": picks[0]},
        {"text": picks[1].upper(), "id": picks[1]},
        {"text": picks[2].split("-")[1], "id": picks[2]},
    ]
    data = {
        "shapes": shapes,
        "snippets": SNIPPET_QUERIES,
        "cold": {"text": "remboursement"},
        "months": {
            str(last): [
                int(resolved.closed_from.timestamp() * 1e6),
                int(resolved.closed_until.timestamp() * 1e6),
            ]
        },
    }
    path = work / "spec.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return Spec(path, data)


def _row(
    name: str,
    size: int,
    ours: float,
    base: float,
    unit: str,
    *,
    goal: str | None = None,
    passed: bool | None = None,
) -> Measurement:
    """Goals are stated at 100k conversations: other sizes are shown without a verdict."""
    if size != GOAL_SIZE:
        goal, passed = None, None
    return Measurement(name, size, ours, base, unit, goal, passed)


def _query_rows(size: int, ours: dict[str, Any], fts: dict[str, Any]) -> list[Measurement]:
    rows = []
    for shape in [*SHAPES, "snippets"]:
        goal = GOALS_MS[shape]
        label = "snippets + ranges of 20" if shape == "snippets" else f"query: {shape}"
        mine, theirs = ours["times"][shape], fts["times"][shape]
        rows.append(_row(f"{label} (median)", size, median(mine), median(theirs), "ms"))
        value = p95(mine)
        rows.append(
            _row(
                f"{label} (p95)",
                size,
                value,
                p95(theirs),
                "ms",
                goal=f"ours ≤ {goal:.0f}",
                passed=value <= goal,
            )
        )
    return rows


def _measure(size: int, runs: int, work: Path) -> tuple[list[Measurement], dict[str, Any]]:
    say(f"== {size:,} conversations (load average {os.getloadavg()[0]:.1f})")
    cached = _store(size)
    store = work / "store.sqlite"
    shutil.copyfile(cached, store)
    index, fts = work / "index", work / "fts.sqlite"
    spec = _spec(store, work)

    say("   full index: ours, then FTS5")
    build = run("build-ours", str(store), str(index))
    build_fts = run("build-fts", str(store), str(fts))
    say(f"   ours {build['seconds']:.1f} s, FTS5 {build_fts['seconds']:.1f} s; queries")
    queries = run_module(
        SEARCH_WORKLOADS, "queries-ours", str(store), str(index), str(spec.path), str(runs)
    )
    queries_fts = run_module(
        SEARCH_WORKLOADS, "queries-fts", str(store), str(fts), str(spec.path), str(runs)
    )
    colds = [run("cold-ours", str(store), str(index), str(spec.path)) for _ in range(3)]
    colds_fts = [run("cold-fts", str(store), str(fts), str(spec.path)) for _ in range(3)]
    say(f"   update of {UPDATED}")
    update = run("update-ours", str(store), str(index), str(UPDATED))
    update_fts = run("update-fts", str(store), str(fts), str(UPDATED))

    mismatched = {
        key: (value, queries_fts["totals"].get(key))
        for key, value in queries["totals"].items()
        if value != queries_fts["totals"].get(key)
    }
    rate = build["conversations"] / build["seconds"]
    rate_fts = build_fts["conversations"] / build_fts["seconds"]
    cold = min(c["open_first_ms"] for c in colds)
    cold_fts = min(c["open_first_ms"] for c in colds_fts)
    rows = [
        _row(
            "index build",
            size,
            rate,
            rate_fts,
            "conv/s",
            goal=f"ours ≥ {BUILD_GOAL:.0f}",
            passed=rate >= BUILD_GOAL,
        ),
        _row(
            "index build, per CPU second",
            size,
            build["conversations"] / build["build_cpu_s"],
            build_fts["conversations"] / build_fts["build_cpu_s"],
            "conv/CPU-s",
        ),
        _row(
            f"update of {UPDATED} conversations",
            size,
            update["seconds"],
            update_fts["seconds"],
            "s",
            goal=f"ours ≤ {UPDATE_GOAL_S:.0f}",
            passed=update["seconds"] <= UPDATE_GOAL_S,
        ),
        *_query_rows(size, queries, queries_fts),
        _row(
            "cold open + first query",
            size,
            cold,
            cold_fts,
            "ms",
            goal=f"ours ≤ {COLD_GOAL_MS:.0f}",
            passed=cold <= COLD_GOAL_MS,
        ),
        _row(
            "process start to first result",
            size,
            min(c["wall_ms"] for c in colds),
            min(c["wall_ms"] for c in colds_fts),
            "ms",
        ),
        _row("index size", size, build["size_mb"], build_fts["size_mb"], "MiB"),
        _row(
            "search process peak RSS",
            size,
            queries["peak_rss_mb"],
            queries_fts["peak_rss_mb"],
            "MiB",
            goal=f"ours ≤ {RSS_GOAL_MB:.0f}",
            passed=queries["peak_rss_mb"] <= RSS_GOAL_MB,
        ),
        _row("index build peak RSS", size, build["peak_rss_mb"], build_fts["peak_rss_mb"], "MiB"),
    ]
    raw = {
        "build_ours": build,
        "build_fts": build_fts,
        "update_ours": update,
        "update_fts": update_fts,
        "queries_ours": queries,
        "queries_fts": queries_fts,
        "cold_ours": colds,
        "cold_fts": colds_fts,
        "totals_that_differ": mismatched,
        "spec": spec.data,
        "load_average_after": os.getloadavg()[0],
    }
    if mismatched:
        say(f"   note: totals differ between the engines: {mismatched}")
    return rows, raw


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.search", description=__doc__)
    parser.add_argument(
        "--sizes", type=sizes_argument(100), default=[10_000, 100_000], help="default 10000,100000"
    )
    parser.add_argument("--quick", action="store_true", help="a smoke run: 2000 conversations")
    parser.add_argument("--runs", type=int, default=30, help="timed runs per shape (default 30)")
    parser.add_argument(
        "--out",
        type=Path,
        default=RESULTS / "search.json",
        help="default benchmark-results/search.json",
    )
    parser.add_argument("--markdown", action="store_true", help="also print the table as Markdown")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    sizes = [2000] if args.quick else args.sizes
    started, load_at_start = datetime.now(UTC), os.getloadavg()[0]
    measurements: list[Measurement] = []
    raw: dict[str, Any] = {}
    for size in sizes:
        work = RESULTS / f"search-work-{size}"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        try:
            rows, raw[str(size)] = _measure(size, args.runs, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        measurements += rows
    print_table(measurements)
    if args.markdown:
        print(markdown(measurements))
    document = {
        "command": "python -m tests.benchmarks.search "
        + " ".join(sys.argv[1:] if argv is None else argv),
        "started_at": started.isoformat(),
        "machine": {
            "nproc": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "load_average_at_start": load_at_start,
            "load_average_at_end": os.getloadavg()[0],
        },
        "seed": SEED,
        "sizes": sizes,
        "measurements": [m.to_json() for m in measurements],
        "raw": raw,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    say(f"JSON written to {args.out}")
    return 0  # benchmarks are not tests: a missed goal is reported, not failed


if __name__ == "__main__":
    sys.exit(main())
