"""Processes and results: the demo server and the workloads each run in a child process, and
every measurement is a row with ours beside the baseline of the same run."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

SEED = 7
TOKEN = "bench"
"""The demo server's throwaway token, which the workloads send."""


@dataclass(frozen=True, slots=True)
class DemoPlatform:
    url: str
    anchor: datetime
    """When the server generated its data (to the second): "now" for the indicators."""
    pid: int

    def cpu_s(self) -> float:
        """CPU seconds the server has used so far (Linux /proc; 0 elsewhere)."""
        try:
            fields = Path(f"/proc/{self.pid}/stat").read_text().rpartition(")")[2].split()
        except OSError:
            return 0.0
        # utime and stime are fields 14 and 15 of the whole line, 12 and 13 after "(comm)".
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextlib.contextmanager
def demo_server(conversations: int, platform: str = "v1") -> Iterator[DemoPlatform]:
    """``agentdesk demo-server`` in its own process, so its CPU and memory are not counted."""
    command = [
        *(sys.executable, "-m", "agentdesk.cli", "demo-server", "--port", "0"),
        *("--seed", str(SEED), "--conversations", str(conversations), "--token", TOKEN),
        *("--platform", platform),
    ]
    with tempfile.TemporaryFile("w+") as errors:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True)
        assert process.stdout is not None
        first = process.stdout.readline().strip()
        # The server generates its workspace at datetime.now() just before it listens.
        anchor = datetime.now(UTC).replace(microsecond=0)
        if not first.startswith("listening on "):
            process.kill()
            errors.seek(0)
            raise RuntimeError(f"the demo server did not start: {first} {errors.read()}")
        threading.Thread(target=_drain, args=(process.stdout,), daemon=True).start()
        try:
            yield DemoPlatform(first.removeprefix("listening on "), anchor, process.pid)
        finally:
            process.terminate()
            process.wait(timeout=30)


def _drain(stream: TextIO) -> None:
    for _ in stream:
        pass


def run_module(module: str, kind: str, *arguments: str) -> dict[str, Any]:
    """One workload of ``module`` in a fresh interpreter, so its memory and CPU are its own:
    its result is the last line it prints; ``wall_ms`` is the whole process, start to exit."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", module, kind, *arguments],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"workload {kind} failed:\n{done.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall_ms"] = (time.perf_counter() - started) * 1000
    return result


def run_workload(kind: str, *arguments: str, server: DemoPlatform | None = None) -> dict[str, Any]:
    """A sync or indicators workload, plus the CPU time ``server`` spent meanwhile."""
    server_cpu = server.cpu_s() if server else 0.0
    result = run_module("tests.benchmarks.workloads", kind, *arguments)
    if server is not None:
        result["server_cpu_s"] = server.cpu_s() - server_cpu
    return result


def timed(call: Callable[[], object], runs: int, *, warmup: int) -> list[float]:
    """Milliseconds of each of ``runs`` calls, after ``warmup`` untimed ones (the first calls
    pay for statement compilation and a cold page cache)."""
    for _ in range(warmup):
        call()
    times = []
    for _ in range(runs):
        started = time.perf_counter_ns()
        call()
        times.append((time.perf_counter_ns() - started) / 1e6)
    return times


def sizes_argument(minimum: int) -> Callable[[str], list[int]]:
    """An argparse type for ``--sizes 10000,100_000``, each at least ``minimum``."""

    def sizes(text: str) -> list[int]:
        try:
            values = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a list of sizes: {text!r}") from None
        if not values or min(values) < minimum:
            raise argparse.ArgumentTypeError(f"sizes must be whole numbers from {minimum} up")
        return values

    return sizes


@dataclass(frozen=True, slots=True)
class Measurement:
    name: str
    size: int
    ours: float
    baseline: float
    unit: str
    goal: str | None
    passed: bool | None

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline if self.baseline else float("inf")

    def to_json(self) -> dict[str, Any]:
        row = asdict(self)
        row["pass"] = row.pop("passed")
        row["ratio"] = round(self.ratio, 4)
        return row


def median(times: list[float]) -> float:
    return statistics.median(times)


def p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.2f}" if value >= 1 else f"{value:.3f}"


def _verdict(m: Measurement) -> str:
    if m.passed is None:
        return ""
    return "met" if m.passed else "MISSED"


def table_rows(measurements: list[Measurement]) -> list[tuple[str, ...]]:
    return [
        (
            m.name,
            f"{m.size:,}",
            _number(m.ours),
            _number(m.baseline),
            m.unit,
            f"{m.ratio:.2f}",
            m.goal or "",
            _verdict(m),
        )
        for m in measurements
    ]


HEADERS = ("measurement", "size", "ours", "baseline", "unit", "ours/baseline", "goal", "")


def markdown(measurements: list[Measurement]) -> str:
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    lines += ["| " + " | ".join(row) + " |" for row in table_rows(measurements)]
    return "\n".join(lines)


def print_table(measurements: list[Measurement]) -> None:
    from rich.console import Console  # noqa: PLC0415 - only when printing
    from rich.table import Table  # noqa: PLC0415

    table = Table(title="AgentDesk benchmarks")
    for i, header in enumerate(HEADERS):
        table.add_column(header, justify="right" if 1 <= i <= 5 else "left", no_wrap=True)
    for m, row in zip(measurements, table_rows(measurements), strict=True):
        style = {True: "green", False: "bold red"}.get(m.passed) if m.passed is not None else None
        table.add_row(*row, style=style)
    console = Console()
    if not console.is_terminal:
        console.width = 120  # a log or a pipe: don't fold the table to 80 columns
    console.print(table)


def write_report(
    module: str,
    argv: list[str] | None,
    *,
    started: datetime,
    load_at_start: float,
    measurements: list[Measurement],
    raw: dict[str, Any],
    out: Path,
    as_markdown: bool,
) -> None:
    """The end of every whole-command benchmark: the table (and its Markdown), then the JSON
    with the command, the machine and its load, every measurement and the raw times."""
    load_at_end = os.getloadavg()[0]
    print(f"   load average at the end {load_at_end:.1f}", file=sys.stderr)
    print_table(measurements)
    if as_markdown:
        print(markdown(measurements))
    document = {
        "command": f"python -m {module} " + " ".join(sys.argv[1:] if argv is None else argv),
        "started_at": started.isoformat(),
        "machine": {
            "nproc": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_at_start": load_at_start,
            "load_average_at_end": load_at_end,
        },
        "measurements": [m.to_json() for m in measurements],
        "raw": raw,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    print(f"JSON written to {out}", file=sys.stderr)
