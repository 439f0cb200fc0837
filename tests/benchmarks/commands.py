"""``python -m tests.benchmarks.commands``: the wait a user feels, as whole ``agentdesk`` processes.

The engine benchmarks time the work; this one times the command, interpreter and imports
included, on a synced home: ``indicators``, ``search WORD``, ``paused``, ``sync`` with nothing
new and one Tab of shell completion, each started ``--runs`` times in rounds that alternate
with ``python -c pass`` (the interpreter alone), so that a neighbour's load hits both alike; the
medians and their ratio are reported. Then the search index build alone beside SQLite FTS5 on
the same store (``tests.benchmarks.search_workloads``). Prints a table, writes JSON; results
and the command are in docs/benchmarks.md.

Without ``--home``, a demo server of ``--size`` conversations is started and a fresh home is
synced from it first by the whole ``agentdesk sync`` (timed, for information). With ``--home``
(and the ``--server`` it was synced from), that home is used as it is.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.benchmarks.harness import (
    TOKEN,
    Measurement,
    demo_server,
    median,
    p95,
    run_module,
    write_report,
)

COMMAND_GOAL_MS = 400.0
SYNC_GOAL_MS = 600.0
BUILD_GOAL = 2500.0
"""Conversations a second (issue 15), for the index build alone."""
SEARCH_WORKLOADS = "tests.benchmarks.search_workloads"


def _commands(word: str) -> dict[str, tuple[list[str], dict[str, str]]]:
    """Name → (arguments after ``python``, extra environment)."""
    cli = ["-m", "agentdesk.cli"]
    line = "agentdesk sea"
    tab = {
        "_ARGCOMPLETE": "1",
        "COMP_LINE": line,
        "COMP_POINT": str(len(line)),
        "_ARGCOMPLETE_STDOUT_FILENAME": os.devnull,
    }
    return {
        "python -c pass": (["-c", "pass"], {}),
        "indicators --period month": ([*cli, "indicators", "--period", "month"], {}),
        f"search {word}": ([*cli, "search", word], {}),
        "paused": ([*cli, "paused"], {}),
        "sync (nothing new)": ([*cli, "sync"], {}),
        "Tab completion": (cli, tab),
    }


def _environment(home: Path, server: str, token: str, bytecode: Path) -> dict[str, str]:
    """As an installed AgentDesk runs: with compiled bytecode (an installer writes it). Here
    it goes to ``bytecode``, a folder of the run's own, as the machine may set
    ``PYTHONDONTWRITEBYTECODE`` (every start would then compile SQLAlchemy from source)."""
    skipped = ("AGENTDESK_", "_ARGCOMPLETE", "PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")
    env = {k: v for k, v in os.environ.items() if not k.startswith(skipped)}
    env.update(
        PYTHONPYCACHEPREFIX=str(bytecode),
        AGENTDESK_HOME=str(home),
        AGENTDESK_SERVER=server,
        AGENTDESK_TOKEN=token,
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    return env


def _run(arguments: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Milliseconds from start to exit of one process, and the CPU milliseconds it used (user +
    system: what a busy machine does not stretch); a failure stops the benchmark."""
    cpu = _children_cpu_s()
    started = time.perf_counter()
    # Not in the source tree: ``python -m`` puts the working folder first on sys.path, which
    # would shadow ``--before``'s PYTHONPATH.
    done = subprocess.run(
        [sys.executable, *arguments],
        env=env,
        cwd=tempfile.gettempdir(),
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"{arguments} failed ({done.returncode}): {done.stderr.strip()}")
    return elapsed, (_children_cpu_s() - cpu) * 1000


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


BEFORE = " [before]"


def time_commands(
    env: dict[str, str], word: str, runs: int, before: Path | None = None
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Wall and CPU milliseconds of each command, ``runs`` rounds of all of them; with
    ``before``, each AgentDesk command also runs from that older source tree."""
    commands = _commands(word)
    if before is not None:
        older = {"PYTHONPATH": str(before)}
        commands |= {
            name + BEFORE: (arguments, extra | older)
            for name, (arguments, extra) in commands.items()
            if name != "python -c pass"
        }
    for arguments, extra in commands.values():  # warm the page cache and bytecode once
        _run(arguments, env | extra)
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (arguments, extra) in commands.items():
            elapsed, used = _run(arguments, env | extra)
            wall[name].append(elapsed)
            cpu[name].append(used)
    return wall, cpu


def _command_rows(
    size: int, times: dict[str, list[float]], cpu: dict[str, list[float]]
) -> list[Measurement]:
    base = times["python -c pass"]
    rows = []
    for name, found in times.items():
        if name == "python -c pass":
            continue
        if name.endswith(BEFORE):
            now = name.removesuffix(BEFORE)
            rows += [
                Measurement(f"{kind}: {now}, now vs before (median)", size, median(of[now]),
                            median(of[name]), "ms", None, None)
                for kind, of in (("whole process", times), ("CPU of the process", cpu))
            ]  # fmt: skip
            continue
        goal = SYNC_GOAL_MS if name.startswith("sync") else COMMAND_GOAL_MS
        has_goal = not name.startswith("Tab")
        rows.append(
            Measurement(
                f"CPU of the process: {name} (median)",
                size,
                median(cpu[name]),
                median(cpu["python -c pass"]),
                "ms",
                None,
                None,
            )
        )
        for label, stat in (("median", median), ("p95", p95)):
            value = stat(found)
            scored = has_goal and label == "median"
            rows.append(
                Measurement(
                    f"whole process: {name} ({label})",
                    size,
                    value,
                    stat(base),
                    "ms",
                    f"ours ≤ {goal:.0f} (quiet machine)" if scored else None,
                    value <= goal if scored else None,
                )
            )
    return rows


def _build_rows(size: int, ours: dict[str, Any], fts: dict[str, Any]) -> list[Measurement]:
    rate = ours["conversations"] / ours["seconds"]
    return [
        Measurement(
            "index build alone vs FTS5",
            size,
            rate,
            fts["conversations"] / fts["seconds"],
            "conv/s",
            f"ours ≥ {BUILD_GOAL:,.0f}",
            rate >= BUILD_GOAL,
        ),
        Measurement(
            "index build: CPU per conversation",
            size,
            1000 * ours["build_cpu_s"] / ours["conversations"],
            1000 * fts["build_cpu_s"] / fts["conversations"],
            "ms",
            None,
            None,
        ),
    ]


@contextlib.contextmanager
def _synced_home(args: argparse.Namespace, work: Path) -> Iterator[tuple[Path, str, str, float]]:
    """(home, server URL, token, seconds of the first sync or 0 when the home was given)."""
    if args.home is not None:
        yield args.home, args.server, args.token, 0.0
        return
    home = work / "home"
    with demo_server(args.size) as server:
        say(f"   first sync of {args.size:,} conversations (whole command)…")
        env = _environment(home, server.url, TOKEN, work / "bytecode")
        milliseconds, _cpu = _run(["-m", "agentdesk.cli", "sync"], env)
        yield home, server.url, TOKEN, milliseconds / 1000


def _source_tree(revision: str, folder: Path) -> Path:
    """``agentdesk/`` of ``revision``, laid out as installed (the migrations inside it), to
    put first on ``PYTHONPATH``."""
    folder.mkdir()
    archive = subprocess.run(
        ["git", "archive", "--format=tar", revision, "agentdesk", "migrations"],
        capture_output=True,
        check=True,
    )
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    (folder / "migrations").rename(folder / "agentdesk" / "migrations")
    return folder


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.commands", description=__doc__
    )
    parser.add_argument("--size", type=int, default=20_000, help="demo conversations (20000)")
    parser.add_argument("--home", type=Path, help="an already synced data folder to use")
    parser.add_argument("--server", help="the server --home was synced from (its URL)")
    parser.add_argument("--token", default=TOKEN, help="that server's token (default: bench)")
    parser.add_argument("--word", default="commande", help="the word searched (commande)")
    parser.add_argument("--runs", type=int, default=15, help="timed starts of each (15)")
    parser.add_argument("--no-build", action="store_true", help="skip index build vs FTS5")
    parser.add_argument(
        "--before",
        metavar="REV",
        help="also run the commands from git revision REV (e.g. main), for a now-vs-before "
        "row each",
    )
    parser.add_argument("--out", type=Path, default=Path("benchmark-results/commands.json"))
    parser.add_argument("--markdown", action="store_true", help="also print Markdown")
    return parser


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.home is not None and not args.server:
        _parser().error("--home needs the --server it was synced from")
    started, load_at_start = datetime.now(UTC), os.getloadavg()[0]
    say(f"== whole commands (load average {load_at_start:.1f})")
    raw: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="agentdesk-bench-") as work_dir:
        work = Path(work_dir)
        with _synced_home(args, work) as (home, server, token, first_sync_s):
            store = home / "agentdesk.sqlite"
            size = args.size
            raw["first_sync_s"] = first_sync_s
            env = _environment(home, server, token, work / "bytecode")
            older = _source_tree(args.before, work / "before") if args.before else None
            times, cpu = time_commands(env, args.word, args.runs, older)
        raw["times_ms"] = times
        raw["cpu_ms"] = cpu
        rows = _command_rows(size, times, cpu)
        if not args.no_build:
            say("   index build alone, then FTS5, on the same store…")
            ours = run_module(SEARCH_WORKLOADS, "build-ours", str(store), str(work / "index"))
            fts = run_module(SEARCH_WORKLOADS, "build-fts", str(store), str(work / "fts.sqlite"))
            raw["build"] = {"ours": ours, "fts": fts}
            rows += _build_rows(ours["conversations"], ours, fts)
    write_report(
        "tests.benchmarks.commands",
        argv,
        started=started,
        load_at_start=load_at_start,
        measurements=rows,
        raw=raw,
        out=args.out,
        as_markdown=args.markdown,
    )
    return 0  # a benchmark reports a missed goal; it does not fail


if __name__ == "__main__":
    sys.exit(main())
