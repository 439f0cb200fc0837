"""The data folder as the world leaves it: permissions, an unwritable log (issue 9)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_data_folder_is_private_and_an_old_install_is_fixed(synced) -> None:
    home = synced.home
    private = [home / "agentdesk.sqlite", home / "logs" / "agentdesk.log"]
    assert _mode(home) == 0o700
    assert _mode(home / "logs") == 0o700
    for path in private:
        assert _mode(path) == 0o600, path
    for sidecar in home.glob("agentdesk.sqlite-*"):
        assert _mode(sidecar) == 0o600, sidecar

    # What an older AgentDesk left: readable by every local user.
    home.chmod(0o755)
    (home / "logs").chmod(0o755)
    for path in private:
        path.chmod(0o644)
    assert synced.run("paused").returncode == 0
    assert _mode(home) == 0o700
    assert _mode(home / "logs") == 0o700
    for path in private:
        assert _mode(path) == 0o600, path


def test_a_log_that_cannot_be_written_is_a_warning_not_a_failure(synced) -> None:
    logs = synced.home / "logs"
    for old in logs.iterdir():
        old.unlink()
    logs.rmdir()
    logs.write_text("not a folder")  # logs/agentdesk.log cannot be created, even by root
    result = synced.run("paused")
    assert result.returncode == 0, result.stderr
    assert "cannot write its log file" in result.stderr
    assert "bug" not in result.stderr


def test_a_sync_whose_index_cannot_be_written_says_so_and_exits_non_zero(
    demo_server, cli_for
) -> None:
    cli = cli_for(demo_server)
    cli.home.mkdir(parents=True)
    (cli.home / "index").write_text("not a folder")  # no index can be written, even by root
    result = cli.run("sync")
    assert result.returncode == 3, result.stderr
    assert "Synced in" in result.stdout
    assert "search index could not be updated" in result.stderr
    assert "still work" in result.stderr
    listed = cli.run("search", "--json")
    assert listed.returncode == 0, listed.stderr


_READ_ONLY = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" && shift && exec "$@"'


def _read_only_mounts_work(tmp_path) -> bool:
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", _READ_ONLY, "sh", str(tmp_path), "true"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


def test_reading_commands_work_on_a_read_only_data_folder(synced, tmp_path) -> None:
    """A read-only disk (here a read-only bind mount, which binds root too)."""
    if not _read_only_mounts_work(tmp_path):
        pytest.skip("needs unshare and mount (root in a mount namespace)")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "agentdesk.cli", *args]
        return subprocess.run(
            ["unshare", "-m", "sh", "-c", _READ_ONLY, "sh", str(synced.home), *command],
            env=synced.env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    for args in (("paused",), ("indicators",), ("search", "bonjour")):
        result = run(*args)
        assert result.returncode == 0, (args, result.stderr)
        assert "cannot write its log file" in result.stderr
        assert "bug" not in result.stderr
    refused = run("sync")
    assert refused.returncode == 1
    assert "bug" not in refused.stderr
