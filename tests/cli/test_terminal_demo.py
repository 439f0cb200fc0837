"""``agentdesk --demo`` (and ``./run demo``) without a display: the demo, in the terminal."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from agentdesk.cli import terminal_demo
from agentdesk.cli.main import build_parser, main

ROOT = Path(__file__).resolve().parents[2]


def _headless(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, False),
        ({"DISPLAY": ":0"}, True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, True),
        ({"QT_QPA_PLATFORM": "vnc"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, True),
    ],
)
def test_a_platform_chosen_explicitly_counts_as_a_display(
    environ: dict[str, str], expected: bool
) -> None:
    assert terminal_demo.has_display(environ) is expected


def test_the_terminal_demo_syncs_and_shows_the_three_answers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = {name: os.environ.get(name) for name in ("AGENTDESK_HOME", "AGENTDESK_TOKEN")}
    assert terminal_demo.run(build_parser().parse_args, conversations=300) == 0
    out = capsys.readouterr().out
    assert "Synced in" in out
    assert "This week's indicators" in out
    assert "Conversations" in out
    assert "conversations found" in out
    assert "*remboursement*" in out or "*colis*" in out, "the matched words are marked"
    assert "DEADLINE" in out or "No paused conversations." in out
    assert "QT_QPA_PLATFORM=vnc ./run demo" in out
    assert "127.0.0.1:5900" in out
    after = {name: os.environ.get(name) for name in ("AGENTDESK_HOME", "AGENTDESK_TOKEN")}
    assert after == before, "the demo's environment is put back"


def test_agentdesk_demo_without_a_display_runs_it_in_the_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _headless(monkeypatch)
    monkeypatch.setattr(
        terminal_demo, "run", lambda parse, conversations=300: print("terminal demo") or 0
    )
    assert main(["--demo"]) == 0
    assert capsys.readouterr().out == "terminal demo\n"


@pytest.mark.slow
def test_run_demo_without_a_display_exits_0_after_the_terminal_demo(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
        and not k.startswith("AGENTDESK_")
    }
    env["AGENTDESK_HOME"] = str(tmp_path / "home")
    done = subprocess.run(
        [str(ROOT / "run"), "demo"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "This week's indicators" in done.stdout
    assert "To see the window" in done.stdout
    assert not (tmp_path / "home").exists(), "the demo never touches the user's data folder"
