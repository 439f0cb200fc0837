"""Sync progress: a rich bar on a terminal, a few plain lines otherwise (logs, CI, pipes)."""

from __future__ import annotations

import sys
import time
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from agentdesk.sync import SyncProgress


class SyncProgressView:
    def __init__(self, *, stream_is_tty: bool | None = None) -> None:
        self._tty = sys.stderr.isatty() if stream_is_tty is None else stream_is_tty
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self._last_line = 0.0

    def __enter__(self) -> SyncProgressView:
        if self._tty:
            self._progress = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                TextColumn("{task.fields[counts]}"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self._progress.start()
            self._task = self._progress.add_task("Syncing", total=None, counts="")
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def __call__(self, tick: SyncProgress) -> None:
        counts = f"{tick.fetched} fetched · {tick.new} new · {tick.updated} updated"
        if tick.skipped:
            counts += f" · {tick.skipped} skipped"
        if self._progress is not None and self._task is not None:
            total = 100.0 if tick.fraction is not None else None
            done = 100.0 * tick.fraction if tick.fraction is not None else None
            self._progress.update(
                self._task,
                description=f"Syncing {tick.phase}",
                total=total,
                completed=done or 0,
                counts=counts,
            )
            return
        now = time.monotonic()
        if now - self._last_line >= 2.0 or tick.fraction == 1.0:
            self._last_line = now
            pct = f" {tick.fraction:4.0%}" if tick.fraction is not None else ""
            print(f"Syncing {tick.phase}{pct}: {counts}", file=sys.stderr, flush=True)
