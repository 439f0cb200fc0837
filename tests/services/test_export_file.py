"""Where an export may be written, and what an earlier killed export left behind."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from agentdesk.errors import ExportError
from agentdesk.services.export_file import ABANDONED_AFTER_S, write_atomically


def _write(handle) -> int:
    handle.write("id\nc-1\n")
    return 1


def test_force_never_replaces_a_pipe_or_a_device(tmp_path: Path) -> None:
    """As root, ``--force`` onto /dev/full used to turn the device into a file of customer
    data. A FIFO stands in for the device here."""
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    with pytest.raises(ExportError, match="is not a regular file"):
        write_atomically(pipe, _write, force=True)
    assert pipe.is_fifo()
    assert [p.name for p in tmp_path.iterdir()] == ["pipe.csv"]


def test_force_replaces_a_file_or_a_link(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    write_atomically(target, _write, force=True)
    assert target.read_text() == "id\nc-1\n"
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    write_atomically(link, _write, force=True)
    assert not link.is_symlink()


def test_unfinished_exports_of_a_killed_run_are_swept_young_ones_kept(tmp_path: Path) -> None:
    target = tmp_path / "m.csv"
    abandoned = tmp_path / ".m.csv.abc123.part"
    running = tmp_path / ".m.csv.def456.part"
    other = tmp_path / ".other.csv.ghi789.part"
    for leftover in (abandoned, running, other):
        leftover.write_text("Inès Martin,…")
    old = time.time() - ABANDONED_AFTER_S - 60
    os.utime(abandoned, (old, old))
    os.utime(other, (old, old))
    write_atomically(target, _write, force=False)
    assert not abandoned.exists()
    assert running.exists(), "it may belong to an export still running"
    assert not other.exists(), "every abandoned export in the folder is swept"


def test_an_unfinished_export_of_a_killed_process_is_swept_at_once(tmp_path: Path) -> None:
    """kill -9 during an export: the next export into that folder, whatever its name, removes
    the hidden file of customer messages at once, not hours later."""
    dead = subprocess.Popen(["true"])  # a pid that is gone
    dead.wait()
    killed = tmp_path / f".messages.csv.{dead.pid}-x1y2z3ab.part"
    killed.write_text("Inès Martin,…")
    alive = tmp_path / f".messages.csv.{os.getpid()}-live1234.part"
    alive.write_text("being written")
    write_atomically(tmp_path / "other.csv", _write, force=False)
    assert not killed.exists()
    assert alive.exists(), "this process may still be writing it"
