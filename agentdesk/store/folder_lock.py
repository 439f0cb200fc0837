"""One sync at a time per store, across processes: an OS file lock beside the database.

A ``sync --full`` that ran beside another sync (the window's background sync, a second
terminal) used to start from where the other one had moved the watermark and then delete what
it had not seen. The lock makes the second sync refuse with a sentence instead.

``fcntl.flock`` (POSIX) or ``msvcrt.locking`` (Windows) on ``<database>.sync-lock``: the OS
releases it when the process dies, even by ``kill -9``, so there is never a stale lock to clean
up. ``flock`` belongs to an open file description, so two ``FolderLock``s of one process
exclude each other too (the window's sync thread and a test's engine). The file is created
``0600`` like everything else in the data folder, and its content means nothing.

Why not a library: ``filelock`` (tox-dev) does the same and is well kept, but it would be a new
dependency in a lock another developer owns today; Whoosh's ``FileLock`` belongs to the index
and creates its file with the default mode.
"""

from __future__ import annotations

import errno
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from agentdesk.errors import StoreError, SyncBusyError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as error:
            if error.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


SUFFIX = ".sync-lock"
BUSY_SENTENCE = (
    "Another AgentDesk (the window or another command) is syncing this data folder; "
    "try again when it has finished."
)


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def _open(path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as error:
        raise StoreError(
            f"AgentDesk cannot create its sync lock {path} ({error.strerror or error}); check "
            "that you may write in the data folder.",
            details=str(error),
        ) from error


@contextmanager
def sync_lock(database: Path, *, wait_s: float = 0.0) -> Iterator[None]:
    """Hold the store's sync lock for the block, waiting up to ``wait_s`` seconds for another
    holder; ``SyncBusyError`` if it is still held then."""
    path = lock_path(database)
    fd = _open(path)
    try:
        deadline = time.monotonic() + wait_s
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise SyncBusyError(BUSY_SENTENCE)
            time.sleep(0.1)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def sync_running(database: Path) -> bool:
    """Whether a sync holds the lock right now (``agentdesk doctor``)."""
    path = lock_path(database)
    if not path.exists():
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        if _try_lock(fd):
            _unlock(fd)
            return False
        return True
    except OSError:
        return False
    finally:
        os.close(fd)
