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
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO, TypeVar

from agentdesk.errors import ExportError

log = logging.getLogger(__name__)

R = TypeVar("R")


def write_atomically(path: Path, write: Callable[[TextIO], R], *, force: bool) -> R:
    """Call ``write`` with a UTF-8 text handle (``newline=""``, as ``csv`` wants), then put what
    it wrote at ``path``. Refuses an existing ``path`` unless ``force``; raises ``ExportError``
    with a sentence for every file-system refusal."""
    _refuse_target(path, force=force)
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
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
    if os.path.lexists(path) and not force:
        raise ExportError(
            f"{path} already exists; choose another name or add --force to replace it."
        )


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
    elif code == errno.ENOTDIR:
        sentence = f"{folder} is not a folder; choose another place for {path.name}."
    else:
        reason = (error.strerror or str(error)).rstrip(".")
        sentence = f"{path} could not be written ({reason}); nothing was exported."
    log.info("export to %s failed: %s", path, error)
    return ExportError(sentence, details=str(error))
