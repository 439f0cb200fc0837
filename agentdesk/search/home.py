"""The index folder: generations of the index side by side, and which one is current.

```
index/
  CURRENT              names the live generation; replaced atomically (write, fsync, rename)
  gen-…/               a whole Whoosh index (compound=False) and its manifest
  maintenance.lock     held by whoever writes: a drain, a rebuild
```

A rebuild writes a new generation beside the live one and publishes it by replacing
``CURRENT`` only once it is complete, so a crash or a kill mid-rebuild leaves the previous
index answering. Generations other than the current one are leftovers of a finished or crashed
rebuild and are removed by the next writer (readers of another process that still have their
files open keep reading them: POSIX unlink does not pull files from under an open handle).

The maintenance lock is an OS file lock (``flock`` / ``msvcrt`` through Whoosh's
``FileLock``), released by the OS if the process dies; it is re-entrant within one process.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from agentdesk.search.errors import IndexBusyError, index_write_errors

if TYPE_CHECKING:
    from whoosh.util.filelock import FileLock

log = logging.getLogger(__name__)

CURRENT = "CURRENT"
LOCK = "maintenance.lock"
PREFIX = "gen-"


class IndexHome:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._guard = threading.RLock()
        self._depth = 0
        self._file_lock: FileLock | None = None

    def current(self) -> Path | None:
        """The live generation's folder, or None when there is none (or it vanished)."""
        try:
            name = (self.root / CURRENT).read_text(encoding="utf-8").strip()
        except (FileNotFoundError, NotADirectoryError):
            return None
        except (OSError, UnicodeDecodeError) as error:
            log.warning("Cannot read %s: %s", self.root / CURRENT, error)
            return None
        if not name.startswith(PREFIX) or "/" in name or "\\" in name:
            log.warning("Ignoring a damaged %s (%r)", self.root / CURRENT, name[:80])
            return None
        folder = self.root / name
        return folder if folder.is_dir() else None

    def new_generation(self) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        folder = self.root / f"{PREFIX}{stamp}-{secrets.token_hex(3)}"
        with index_write_errors(self.root):
            folder.mkdir(parents=True)
        return folder

    def publish(self, generation: Path) -> None:
        """Make ``generation`` the live index, atomically."""
        temporary = self.root / f"{CURRENT}.{os.getpid()}.tmp"
        with index_write_errors(self.root):
            with open(temporary, "w", encoding="utf-8") as out:
                out.write(generation.name + "\n")
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, self.root / CURRENT)
            _fsync_folder(self.root)
        log.info("Search index generation %s is live", generation.name)

    def discard_others(self) -> None:
        """Remove every generation but the current one. Call it holding the lock."""
        current = self.current()
        if not self.root.is_dir():
            return
        for folder in self.root.iterdir():
            if folder.name.startswith(PREFIX) and folder.is_dir() and folder != current:
                shutil.rmtree(folder, ignore_errors=True)
                if folder.exists():
                    log.warning("Could not remove the old index %s yet", folder)
                else:
                    log.info("Removed the old index %s", folder.name)

    @contextmanager
    def maintenance(self, timeout: float = 0.0) -> Iterator[None]:
        """Hold the maintenance lock; ``IndexBusyError`` if another process (or thread) holds
        it for more than ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        taken = self._guard.acquire(timeout=timeout) if timeout > 0 else self._guard.acquire(False)
        if not taken:
            raise IndexBusyError()
        try:
            if self._depth == 0:
                self._take_file_lock(deadline)
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0 and self._file_lock is not None:
                    self._file_lock.release()
                    self._file_lock = None
        finally:
            self._guard.release()

    def _take_file_lock(self, deadline: float) -> None:
        with index_write_errors(self.root):
            self.root.mkdir(parents=True, exist_ok=True)
            lock = _file_lock(self.root / LOCK)
            while not lock.acquire(blocking=False):
                if time.monotonic() >= deadline:
                    raise IndexBusyError()
                time.sleep(0.05)
        self._file_lock = lock

    def is_busy(self) -> bool:
        """Whether someone else (another process or thread) holds the maintenance lock."""
        if not self._guard.acquire(blocking=False):
            return True
        try:
            if self._depth:
                return False
            lock = _file_lock(self.root / LOCK)
            try:
                taken = lock.acquire(blocking=False)
            except OSError:
                return False
            if taken:
                lock.release()
            return not taken
        finally:
            self._guard.release()


def _file_lock(path: Path) -> FileLock:
    """Whoosh's lock on ``path`` (imported here: ``whoosh.util`` brings ``urllib.request``
    with it, which a command that only reads the home should not wait for)."""
    from whoosh.util.filelock import FileLock  # noqa: PLC0415 - see the docstring

    return FileLock(str(path))


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
