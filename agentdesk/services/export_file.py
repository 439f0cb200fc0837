"""Writing an export so that its name only ever holds a complete file.

The rows go to a temporary file in the target's own folder (same file system, so the final
``os.replace`` is atomic), which is flushed and fsynced before it takes the target's name; the
folder is then fsynced so the new name survives a power cut. Any failure — a full disk, no
permission, a read-only disk, a missing folder, a cancel, a bug — deletes the temporary file and
leaves the target as it was. The file is created readable by its owner only (``mkstemp``): it
holds customers' names and messages.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO, TypeVar

from agentdesk.errors import ExportError

log = logging.getLogger(__name__)

R = TypeVar("R")

ABANDONED_AFTER_S = 6 * 3600


def write_atomically(path: Path, write: Callable[[TextIO], R], *, force: bool) -> R:
    """Call ``write`` with a UTF-8 text handle (``newline=""``, as ``csv`` wants), then put what
    it wrote at ``path``. Refuses an existing ``path`` unless ``force``; raises ``ExportError``
    with a sentence for every file-system refusal."""
    try:
        _refuse_target(path, force=force)
    except OSError as error:  # a name too long, a folder we may not look into
        raise export_error(error, path) from error
    _sweep_abandoned(path)
    try:
        fd, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.{os.getpid()}-", suffix=".part", dir=path.parent
        )
    except OSError as error:
        raise export_error(error, path) from error
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            result = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        _refuse_target(path, force=force)  # it may have appeared while we were writing
        os.replace(temporary, path)
    except BaseException as error:
        _discard(Path(temporary))
        if isinstance(error, OSError):
            raise export_error(error, path) from error
        raise
    _sync_folder(path.parent)
    return result


def _refuse_target(path: Path, *, force: bool) -> None:
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give the name of the CSV file to write in it.")
    if os.path.lexists(path) and not (path.is_symlink() or path.is_file()):
        # --force would replace a device or a pipe by a file of customer data.
        raise ExportError(
            f"{path} is not a regular file (a device or a pipe); give the name of a CSV file."
        )
    if os.path.lexists(path) and not force:
        raise ExportError(
            f"{path} already exists; choose another name or add --force to replace it."
        )


_PART = re.compile(r"^\..+\.(\d+)-[^.]*\.part$")
"""``.NAME.PID-RANDOM.part``: the temporary file of an export by process PID."""


def _sweep_abandoned(path: Path) -> None:
    """A process killed outright (SIGKILL, a power cut) cannot remove its temporary file: the
    next export into the same folder removes every one whose process is gone (its pid is in
    the name), and any older than ``ABANDONED_AFTER_S`` (a name without a pid, another host's),
    so customer data does not linger in hidden files. A younger one of a live process may
    belong to an export still running."""
    horizon = time.time() - ABANDONED_AFTER_S
    try:
        leftovers = list(path.parent.glob(".*.part"))
    except OSError:
        return
    for leftover in leftovers:
        try:
            if leftover.is_file() and (
                _writer_gone(leftover.name) or leftover.stat().st_mtime < horizon
            ):
                leftover.unlink()
                log.info("Removed an unfinished export left by an earlier run: %s", leftover)
        except OSError as error:
            log.warning("Could not remove the unfinished export %s: %s", leftover, error)


def _writer_gone(name: str) -> bool:
    found = _PART.match(name)
    if found is None or os.name != "posix":
        return False
    pid = int(found.group(1))
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # alive, another user's
    return False


def _discard(temporary: Path) -> None:
    try:
        temporary.unlink(missing_ok=True)
    except OSError as error:
        log.warning("Could not remove the unfinished export %s: %s", temporary, error)


def _sync_folder(folder: Path) -> None:
    """Best effort: some systems cannot open or fsync a folder; the file itself is complete."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as error:
        log.debug("fsync of %s failed: %s", folder, error)
    finally:
        os.close(fd)


def export_error(error: OSError, path: Path) -> ExportError:
    """One sentence for each way the file system says no."""
    folder = path.parent
    code = error.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        sentence = f"The disk holding {folder} is full; free some space and export again."
    elif code in (errno.EACCES, errno.EPERM):
        sentence = f"You may not write in {folder}; choose another place for {path.name}."
    elif code == errno.EROFS:
        sentence = f"{folder} is on a read-only disk; choose another place for {path.name}."
    elif code == errno.ENOENT:
        sentence = f"The folder {folder} does not exist; create it or choose another one."
    elif code == errno.ENAMETOOLONG:
        sentence = f"The file name {path.name[:40]}… is too long; choose a shorter one."
    elif code == errno.ENOTDIR:
        sentence = f"{folder} is not a folder; choose another place for {path.name}."
    else:
        reason = (error.strerror or str(error)).rstrip(".")
        sentence = f"{path} could not be written ({reason}); nothing was exported."
    log.info("export to %s failed: %s", path, error)
    return ExportError(sentence, details=str(error))
