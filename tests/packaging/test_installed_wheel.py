"""The wheel, installed in a fresh venv outside the checkout, is a working AgentDesk.

An editable install finds ``migrations/`` and ``resources/`` in the source tree whatever the
wheel holds, so every other test would pass with a wheel that cannot open its store. Here the
sdist and the wheel are built as ``python -m build`` builds them (the wheel from the sdist), the
wheel goes into a new venv with the locked dependencies (``requirements.txt``, hashed), and the
installed ``agentdesk`` runs from a folder that is not the checkout, against its own demo server.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "installed-wheel-token"  # the demo server's throwaway token
STAYS_UP_S = 10.0


@dataclass
class Installed:
    wheel: Path
    venv: Path
    workdir: Path
    env: dict[str, str]

    def run(self, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(self.venv / "bin" / "agentdesk"), *args],
            cwd=self.workdir,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        assert done.returncode == 0, f"agentdesk {' '.join(args)}: {done.stderr}"
        return done


def _check(*command: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None) -> None:
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, f"{' '.join(map(str, command))}:\n{done.stdout}\n{done.stderr}"


def _clean_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("AGENTDESK_", "PYTHON", "VIRTUAL_ENV", "QT_"))
    }
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env.update(extra)
    return env


def _build_and_install(base: Path) -> tuple[Path, Path]:
    dist = base / "dist"
    # The dev venv has the build requirements (setuptools, PySide6 for lrelease): no download.
    _check(sys.executable, "-m", "build", "--no-isolation", "--outdir", dist, ROOT)
    (wheel,) = dist.glob("agentdesk-*.whl")
    venv = base / "venv"
    uv = Path(sys.executable).with_name("uv")
    uv_env = _clean_env(UV_SYSTEM_CERTS="1")
    _check(uv, "venv", "--quiet", "--python", sys.executable, venv, env=uv_env)
    python = venv / "bin" / "python"
    requirements = ROOT / "requirements.txt"
    _check(uv, "pip", "install", "--quiet", "--python", python, "--require-hashes", "-r",
           requirements, env=uv_env)  # fmt: skip
    _check(uv, "pip", "install", "--quiet", "--python", python, "--no-deps", wheel, env=uv_env)
    return wheel, venv


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    base = tmp_path_factory.mktemp("installed-wheel")
    wheel, venv = _build_and_install(base)
    workdir = base / "elsewhere"
    workdir.mkdir()
    env = _clean_env(PATH=f"{venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}")
    env["AGENTDESK_HOME"] = str(base / "home")
    server = subprocess.Popen(
        [str(venv / "bin" / "agentdesk"), "demo-server", "--conversations", "300", "--token",
         TOKEN],
        cwd=workdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        first = server.stdout.readline()
        assert first.startswith("listening on "), first + server.stderr.read()
        env["AGENTDESK_SERVER"] = first.removeprefix("listening on ").strip()
        env["AGENTDESK_TOKEN"] = TOKEN
        here = Installed(wheel, venv, workdir, env)
        here.run("sync")
        yield here
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.communicate()


def test_the_wheel_carries_migrations_style_icons_desktop_files_and_translations(
    installed: Installed,
) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    for expected in (
        "agentdesk/migrations/env.py",
        "agentdesk/migrations/versions/0001_initial.py",
        "agentdesk/resources/style/agentdesk.qss",
        "agentdesk/resources/icons/agentdesk.svg",
        "agentdesk/resources/icons/hicolor/512x512/apps/com.example.AgentDesk.png",
        "agentdesk/resources/desktop/com.example.AgentDesk.desktop",
        "agentdesk/resources/desktop/com.example.AgentDesk.metainfo.xml",
    ):
        assert expected in names
    sources = {ts.stem for ts in (ROOT / "resources" / "i18n").glob("*.ts")}
    built = {Path(n).stem for n in names if n.startswith("agentdesk/resources/i18n/")}
    assert sources
    assert built == sources, "one .qm per .ts, and no .ts"
    assert all(n.endswith(".qm") for n in names if n.startswith("agentdesk/resources/i18n/"))


def test_the_installed_program_runs_from_its_own_files(installed: Installed) -> None:
    code = "import agentdesk.installation as i; print(i.package_folder(i.RESOURCES))"
    done = subprocess.run(
        [str(installed.venv / "bin" / "python"), "-c", code],
        cwd=installed.workdir, env=installed.env, capture_output=True, text=True, check=True,
        timeout=60,
    )  # fmt: skip
    assert Path(done.stdout.strip()).is_relative_to(installed.venv)
    version = installed.run("--version").stdout
    assert version.strip() == "AgentDesk 0.1.0"


def test_doctor(installed: Installed) -> None:
    checks = json.loads(installed.run("doctor", "--json").stdout)
    assert checks


def test_indicators(installed: Installed) -> None:
    report = json.loads(installed.run("indicators", "--period", "month", "--json").stdout)
    assert report["indicators"]


def test_search_highlights(installed: Installed) -> None:
    found = json.loads(installed.run("search", "refund", "--json").stdout)
    assert found["total"] > 0
    assert "<mark>" in found["results"][0]["snippet"]


def test_paused(installed: Installed) -> None:
    assert "results" in json.loads(installed.run("paused", "--json").stdout)


def test_export(installed: Installed) -> None:
    out = installed.workdir / "conversations.csv"
    installed.run("export", "conversations", "--out", str(out))
    with out.open(encoding="utf-8") as rows:
        assert len(list(csv.reader(rows))) > 1


def _demo_database(tmp: Path) -> Path | None:
    found = sorted(tmp.glob("agentdesk-demo-*/agentdesk.sqlite"))
    return found[0] if found else None


def _synced_conversations(database: Path) -> int:
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5) as db:
            return int(db.execute("SELECT count(*) FROM conversations").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created or not migrated yet


def test_the_demo_window_stays_up_offscreen(installed: Installed, tmp_path: Path) -> None:
    """The window starts, syncs the demo workspace and is still up ten seconds later."""
    env = {**installed.env, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    window = subprocess.Popen(
        [str(installed.venv / "bin" / "agentdesk"), "--demo"],
        cwd=installed.workdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 180
        database = None
        while window.poll() is None and time.monotonic() < deadline:
            database = _demo_database(tmp_path)
            if database is not None and _synced_conversations(database) > 0:
                break
            time.sleep(0.2)  # polling a condition, with a deadline
        assert window.poll() is None, f"the window died: {window.communicate()[1]}"
        assert database is not None, "the demo never created its store"
        assert _synced_conversations(database) > 0, "the demo never synced"
        with pytest.raises(subprocess.TimeoutExpired):
            window.wait(timeout=STAYS_UP_S)
    finally:
        window.send_signal(signal.SIGINT)  # the window closes on Ctrl+C, as in a terminal
        try:
            _, errors = window.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            window.kill()
            _, errors = window.communicate()
    assert window.returncode == 0, errors
    assert not _demo_database(tmp_path), "the demo's private folder is removed on exit"
