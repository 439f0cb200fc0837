"""Progress of long commands (sync, indexing, export) on stderr.

One ``TerminalProgress`` draws for all of them, following anki's rule: on a terminal a rich bar,
shown only once the work has lasted ``SHOW_AFTER_S`` (a quick command never flashes one);
elsewhere (logs, CI, pipes) a plain line every few seconds, or nothing. Each command's view only
turns its own ticks into a description, a count and a total.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TYPE_CHECKING, Self

if TYPE_CHECKING:
    # Types only: a search that needs no bar imports neither rich nor the sync (and with it
    # requests and keyring); rich is imported when a bar is first drawn.
    from rich.progress import Progress, TaskID

    from agentdesk.services.export import ExportKind
    from agentdesk.services.indexing import IndexingProgress
    from agentdesk.sync import SyncProgress

SHOW_AFTER_S = 0.6
PLAIN_LINE_EVERY_S = 2.0


class TerminalProgress:
    def __init__(self, *, stream_is_tty: bool | None = None, plain_lines: bool = True) -> None:
        self._tty = sys.stderr.isatty() if stream_is_tty is None else stream_is_tty
        self._plain_lines = plain_lines
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self._started = time.monotonic()
        self._last_line = 0.0

    def __enter__(self) -> Self:
        self._started = time.monotonic()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    @property
    def shown(self) -> bool:
        return self._progress is not None

    def show(self, description: str, done: float, total: float | None, counts: str) -> None:
        finished = total is not None and done >= total
        if self._tty:
            self._bar(description, done, total, counts, finished=finished)
            return
        now = time.monotonic()
        if self._plain_lines and (now - self._last_line >= PLAIN_LINE_EVERY_S or finished):
            self._last_line = now
            print(f"{description}: {counts}", file=sys.stderr, flush=True)

    def _bar(
        self, description: str, done: float, total: float | None, counts: str, *, finished: bool
    ) -> None:
        if self._progress is None:
            if finished or time.monotonic() - self._started < SHOW_AFTER_S:
                return
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                TextColumn("{task.fields[counts]}"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
            )
            self._progress.start()
            self._task = self._progress.add_task(description, total=total, counts=counts)
        if self._task is not None:
            self._progress.update(
                self._task, description=description, total=total, completed=done, counts=counts
            )


class SyncProgressView(TerminalProgress):
    def __call__(self, tick: SyncProgress) -> None:
        counts = f"{tick.fetched} fetched · {tick.new} new · {tick.updated} updated"
        if tick.skipped:
            counts += f" · {tick.skipped} skipped"
        fraction = tick.fraction
        self.show(
            f"Syncing {tick.phase}",
            100.0 * fraction if fraction is not None else 0.0,
            100.0 if fraction is not None else None,
            counts + (f" ({fraction:.0%})" if fraction is not None and not self._tty else ""),
        )


class IndexingProgressView(TerminalProgress):
    def __call__(self, tick: IndexingProgress) -> None:
        what = "Building the search index" if tick.phase == "rebuilding" else "Indexing changes"
        counts = f"{tick.done}" + (f" of {tick.total}" if tick.total else "")
        self.show(what, tick.done, tick.total or None, counts)


class ExportProgressView(TerminalProgress):
    """A bar for long exports on a terminal; nothing on a pipe, where the file is the output."""

    def __init__(self, kind: ExportKind, *, stream_is_tty: bool | None = None) -> None:
        super().__init__(stream_is_tty=stream_is_tty, plain_lines=False)
        self._kind = kind

    def __call__(self, done: int, total: int) -> None:
        self.show(f"Exporting {self._kind.value}", done, total, f"{done:,} of {total:,}")
