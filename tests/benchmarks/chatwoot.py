"""``python -m tests.benchmarks.chatwoot``: a Chatwoot backfill beside the Platform API v1 sync
of the same data in the same run, then an incremental sync of 50 changed conversations timed as
the whole ``agentdesk sync`` command (wall and CPU). Prints a table, writes JSON; see
docs/benchmarks.md.

Both demo servers serve seed 7 with the same size; each sync runs in its own process so its
peak RSS is its own. The Chatwoot backfill is paced as it would be against a real server
(``--rate``, default 2,400 a minute after a burst of 300): that pace, not AgentDesk, sets its
floor, and the table gives that floor and the time above it.

The incremental part, best of three each way: 50 distinct conversations resolved again, then
``agentdesk sync``, against the same command with nothing changed. ``--store`` (with
``--server`` and ``--token``) runs only that part, on a store synced earlier from a running
Chatwoot demo; ``--profile`` adds one profiled sync and the connector's own request counts.
"""

from __future__ import annotations

import argparse
import json
import os
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import requests

from agentdesk.platform.chatwoot.pacing import DEFAULT_BURST
from tests.benchmarks.harness import (
    TOKEN,
    Measurement,
    demo_server,
    markdown,
    print_table,
    run_module,
)

INCREMENTAL_GOAL_S = 2.0
CHANGED = 50
ROUNDS = 3
WORKLOADS = "tests.benchmarks.chatwoot_workloads"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.chatwoot", description=__doc__
    )
    parser.add_argument("--size", type=int, default=20_000, help="conversations (default 20000)")
    parser.add_argument("--rate", type=float, default=2_400, help="Chatwoot requests a minute")
    parser.add_argument("--out", type=Path, default=Path("benchmark-results/chatwoot.json"))
    parser.add_argument("--markdown", action="store_true", help="also print the table as Markdown")
    parser.add_argument(
        "--store",
        type=Path,
        help="skip both backfills: time the incremental sync on a copy of this store, synced "
        "from the Chatwoot demo at --server (a machine too busy for a 10-minute backfill)",
    )
    parser.add_argument("--server", help="with --store: the running Chatwoot demo's URL")
    parser.add_argument("--token", default=TOKEN, help="with --store: that demo's --token")
    parser.add_argument(
        "--profile",
        type=Path,
        help="then 50 more changed, one more sync under cProfile into this file; prints its "
        "requests and the functions with the most cumulative time",
    )
    return parser


def _cli(home: Path, url: str, *arguments: str, token: str = TOKEN) -> tuple[float, float]:
    """Wall and CPU seconds of the whole ``agentdesk`` command, start to exit (the CPU is what
    a machine shared with six other builds cannot inflate).

    As installed, with its bytecode cached: this machine sets PYTHONDONTWRITEBYTECODE, which
    makes every start compile SQLAlchemy and the rest from source (4–6 s here). The cache goes
    to a folder of the run (PYTHONPYCACHEPREFIX), warmed by the untimed first commands."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGENTDESK_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home.parent / "pycache")
    env.update(AGENTDESK_HOME=str(home), AGENTDESK_SERVER=url, AGENTDESK_TOKEN=token)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    program = [sys.executable, *PROFILED.get("argv", ()), "-m", "agentdesk.cli"]
    cpu = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(
        [*program, *arguments],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"agentdesk {' '.join(arguments)} failed: {done.stderr[-2000:]}")
    return time.perf_counter() - started, _children_cpu() - cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _change(url: str, count: int, token: str = TOKEN, page: int = 3) -> None:
    """Resolve ``count`` distinct resolved conversations again, from list page ``page`` on:
    each gets a new ``updated_at``."""
    headers = {"api_access_token": token}
    base = f"{url}/api/v1/accounts/1/conversations"
    chosen: list[int] = []
    while len(chosen) < count:
        listed = requests.get(
            base,
            params={"status": "resolved", "assignee_type": "me", "page": str(page)},
            headers=headers,
            timeout=60,
        ).json()["data"]["payload"]
        if not listed:
            raise RuntimeError(f"fewer than {count} resolved conversations to change")
        chosen.extend(entry["id"] for entry in listed if entry["id"] not in chosen)
        page += 1
    for number in chosen[:count]:
        requests.post(
            f"{base}/{number}/toggle_status",
            json={"status": "resolved"},
            headers=headers,
            timeout=60,
        ).raise_for_status()


Timing = tuple[float, float]


def _incremental(
    url: str, store: Path, work: Path, token: str = TOKEN, profile: Path | None = None
) -> tuple[Timing, Timing]:
    home = work / "home"
    home.mkdir()
    shutil.copy(store, home / "agentdesk.sqlite")
    settings = {
        "schema_version": 1,
        "platform": "chatwoot",
        "account": 1,
        "timezone": "Europe/Paris",
    }
    (home / "settings.json").write_text(json.dumps(settings))
    _cli(home, url, "reindex", token=token)  # untimed: the index a window would already have
    _settle(home, url, token)  # untimed: the first incremental moves the watermark
    unchanged = min(_cli(home, url, "sync", token=token) for _ in range(ROUNDS))  # the baseline
    print(f"unchanged sync: {_requests_said(home)}")
    changed_runs = []
    for _ in range(ROUNDS):  # a loaded machine's noise: best of three, like the baseline
        _change(url, CHANGED, token)
        changed_runs.append(_cli(home, url, "sync", token=token))
        print(f"{CHANGED} changed: {_requests_said(home)}")
        _settle(home, url, token)
    changed = min(changed_runs)
    if profile is not None:
        _change(url, CHANGED, token, page=8)
        PROFILED["argv"] = ("-m", "cProfile", "-o", str(profile.resolve()))
        try:
            _cli(home, url, "sync", token=token)
        finally:
            PROFILED.clear()
        print(f"profiled, {CHANGED} changed: {_requests_said(home)}")
        _print_profile(profile)
    return changed, unchanged


def _settle(home: Path, url: str, token: str) -> None:
    """Wait until the demo's clock has passed its newest stamp, then sync (untimed).

    The demo stamps each change one whole second after the last (``PlatformState._stamp``),
    so fifty changes made within a second run ~50 s ahead of its clock; the watermark stops at
    the server's clock (``sync/watermark.py``), and the next round would read the last round's
    conversations again. Chatwoot stamps real time, so this is the demo's, not the product's."""
    base = f"{url}/api/v1/accounts/1/conversations"
    params = {"status": "resolved", "assignee_type": "me", "page": "1"}
    while True:
        answer = requests.get(base, params=params, headers={"api_access_token": token}, timeout=60)
        newest = max(float(e["updated_at"]) for e in answer.json()["data"]["payload"])
        ahead = newest - parsedate_to_datetime(answer.headers["Date"]).timestamp()
        if ahead < 0:
            break
        time.sleep(min(10.0, ahead + 1.0))
    _cli(home, url, "sync", token=token)


def _requests_said(home: Path) -> str:
    """The connector's own count (``ChatwootConnector.close`` logs it): requests from every
    thread, which a profile of the main thread does not see."""
    lines = (home / "logs" / "agentdesk.log").read_text(encoding="utf-8").splitlines()
    said = [line for line in lines if "Chatwoot: " in line and " requests" in line]
    return said[-1].split("Chatwoot: ", 1)[1] if said else "(no request count logged)"


PROFILED: dict[str, tuple[str, ...]] = {}
"""Set while the one profiled command runs: what goes between python and ``-m agentdesk.cli``."""


def _print_profile(profile: Path) -> None:
    """The functions with the most cumulative time on the main thread (cProfile sees no
    other: the page prefetch and the message fetchers are counted by ``_requests_said``)."""
    stats = pstats.Stats(str(profile))
    table: dict[Any, Any] = getattr(stats, "stats")  # noqa: B009 - untyped in typeshed
    for (file, _line, name), (_cc, calls, _tt, cumulative, _callers) in table.items():
        if (file.endswith("chatwoot/api.py") and name == "_call") or (
            file.endswith("platform/transport.py") and name == "send"
        ):
            print(f"{name} ({Path(file).name}): {calls} calls, {cumulative:.3f} s cumulative")
    stats.sort_stats("cumulative").print_stats(30)


def _rows(
    size: int,
    cw: dict[str, Any] | None,
    v1: dict[str, Any] | None,
    inc: tuple[Timing, Timing],
    rate_per_minute: float,
) -> list[Measurement]:
    """The backfill rows (when it ran), then the incremental ones."""
    backfill = [] if cw is None or v1 is None else _backfill_rows(size, cw, v1, rate_per_minute)
    return [*backfill, *_incremental_rows(size, inc)]


def _backfill_rows(
    size: int, cw: dict[str, Any], v1: dict[str, Any], rate_per_minute: float
) -> list[Measurement]:
    """The pace's floor is the time the pacer alone imposes on that many requests (all but the
    burst at ``rate_per_minute``); the time above it is what AgentDesk and the server add. The
    pacer's own sleep total is not used: the message fetchers sleep at the same time, so it
    sums to more than the run lasted."""

    def rate(run: dict[str, Any]) -> float:
        return float(run["conversations"] / run["seconds"])

    floor = max(0, cw["requests"] - DEFAULT_BURST) * 60.0 / rate_per_minute
    return [
        Measurement("backfill: conversations/s", size, rate(cw), rate(v1), "conv/s", None, None),
        Measurement(
            "backfill: requests made", size, cw["requests"], v1["requests"], "requests", None, None
        ),
        Measurement("backfill: the pace's floor", size, floor, 0.0, "s", None, None),
        Measurement(
            "backfill: time above that floor",
            size,
            cw["seconds"] - floor,
            v1["seconds"],
            "s",
            None,
            None,
        ),
        Measurement(
            "backfill: peak RSS", size, cw["peak_rss_mb"], v1["peak_rss_mb"], "MiB", None, None
        ),
    ]


def _incremental_rows(size: int, inc: tuple[Timing, Timing]) -> list[Measurement]:
    return [
        Measurement(
            "incremental: 50 changed, whole command",
            size,
            inc[0][0],
            inc[1][0],
            "s",
            f"ours < {INCREMENTAL_GOAL_S:.0f} s",
            inc[0][0] < INCREMENTAL_GOAL_S,
        ),
        Measurement(
            "incremental: the same, CPU",
            size,
            inc[0][1],
            inc[1][1],
            "CPU-s",
            f"ours < {INCREMENTAL_GOAL_S:.0f} s",
            inc[0][1] < INCREMENTAL_GOAL_S,
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.store is not None:
        return _incremental_only(args)
    with tempfile.TemporaryDirectory(prefix="agentdesk-bench-cw-") as folder:
        work = Path(folder)
        with demo_server(args.size) as v1_server:
            v1 = run_module(WORKLOADS, "v1-backfill", v1_server.url, str(work / "v1.sqlite"))
        with demo_server(args.size, platform="chatwoot") as cw_server:
            cw = run_module(
                WORKLOADS,
                "chatwoot-backfill",
                cw_server.url,
                str(work / "cw.sqlite"),
                str(args.rate),
            )
            incremental = _incremental(
                cw_server.url, work / "cw.sqlite", work, profile=args.profile
            )
    rows = _rows(args.size, cw, v1, incremental, args.rate)
    print_table(rows)
    if args.markdown:
        print(markdown(rows))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "size": args.size,
        "rate_per_minute": args.rate,
        "chatwoot": cw,
        "v1": v1,
        "incremental_wall_cpu_s": {"changed_50": incremental[0], "unchanged": incremental[1]},
        "measurements": [m.to_json() for m in rows],
    }
    args.out.write_text(json.dumps(document, indent=2))
    return 0


def _incremental_only(args: argparse.Namespace) -> int:
    """The incremental part alone, on a store a backfill made earlier (``--store``)."""
    if not args.server:
        raise SystemExit("--store needs --server: the Chatwoot demo that store was synced from")
    with tempfile.TemporaryDirectory(prefix="agentdesk-bench-cw-") as folder:
        changed, unchanged = _incremental(
            args.server, args.store, Path(folder), args.token, args.profile
        )
    rows = _rows(args.size, None, None, (changed, unchanged), args.rate)
    print_table(rows)
    if args.markdown:
        print(markdown(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
