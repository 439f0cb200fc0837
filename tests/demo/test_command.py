"""``agentdesk demo-server`` (``agentdesk.demo.command``) as a user runs it: a process that says
where it listens on its first line and stops cleanly on Ctrl+C or SIGTERM."""

from __future__ import annotations

import argparse
import json
import signal
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from agentdesk.demo import generate_workspace
from agentdesk.demo.command import add_arguments
from tests.conftest import DEMO_NOW
from tests.demo.wire import call, get

RUN = (
    "import argparse, sys\n"
    "from agentdesk.demo.command import add_arguments, run\n"
    "parser = argparse.ArgumentParser()\n"
    "add_arguments(parser)\n"
    "sys.exit(run(parser.parse_args(sys.argv[1:])))\n"
)


StartProcess = Callable[..., "subprocess.Popen[str]"]


@pytest.fixture
def start_process() -> Iterator[StartProcess]:
    processes: list[subprocess.Popen[str]] = []

    def start(*arguments: str) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-c", RUN, *arguments],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        processes.append(process)
        return process

    yield start
    for process in processes:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=10)


def _first_lines(process: subprocess.Popen[str]) -> tuple[str, str]:
    assert process.stdout is not None
    return process.stdout.readline().rstrip("\n"), process.stdout.readline().rstrip("\n")


def test_defaults() -> None:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    args = parser.parse_args([])
    assert (args.host, args.port, args.seed, args.conversations) == ("127.0.0.1", 0, 1, 2000)
    assert (args.dataset, args.token, args.faults) == (None, None, None)
    assert "truncate" in parser.format_help()


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_prints_where_it_listens_serves_and_stops_cleanly(
    start_process: StartProcess, stop_signal: signal.Signals
) -> None:
    process = start_process("--conversations", "50", "--seed", "3", "--token", "cli-token")
    first, second = _first_lines(process)
    assert first.startswith("listening on http://127.0.0.1:")
    url = first.removeprefix("listening on ")
    assert "agent@demo.agentdesk" in second
    assert "demo" in second
    assert "cli-token" in second
    login = {"login": "agent@demo.agentdesk", "password": "demo"}
    token = call(url, "POST", "/api/v1/auth/token", token=None, body=login).json()
    assert token["access_token"] == "cli-token"
    assert get(url, "/api/v1/conversations/c-000050", token="cli-token").status == 200
    process.send_signal(stop_signal)
    _, stderr = process.communicate(timeout=10)
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr


def test_serves_a_dataset_file_as_given(start_process: StartProcess, tmp_path: Path) -> None:
    dataset = tmp_path / "workspace.json"
    data = generate_workspace(4, 12, DEMO_NOW).to_dataset()
    data["conversations"][0]["csat"] = 9  # served as given, invalid or not
    dataset.write_text(json.dumps(data), encoding="utf-8")
    process = start_process("--dataset", str(dataset), "--token", "t", "--faults", "seed=2")
    first, _ = _first_lines(process)
    url = first.removeprefix("listening on ")
    record = get(url, f"/api/v1/conversations/{data['conversations'][0]['id']}", token="t")
    assert record.json() == data["conversations"][0]
    process.terminate()
    process.communicate(timeout=10)
    assert process.returncode == 0


@pytest.mark.parametrize(
    ("arguments", "sentence"),
    [
        (["--faults", "404:1"], "--faults: Unknown fault '404'"),
        (["--dataset", "/nonexistent/file.json"], "Cannot read the dataset"),
        (["--conversations", "-5"], "--conversations must be from 0"),
    ],
)
def test_bad_arguments_exit_2_with_one_sentence(
    start_process: StartProcess, arguments: list[str], sentence: str
) -> None:
    process = start_process(*arguments)
    stdout, stderr = process.communicate(timeout=20)
    assert process.returncode == 2
    assert stdout == ""
    assert stderr.startswith(sentence)
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1


def test_a_signal_right_after_the_first_line_still_stops_cleanly(
    start_process: StartProcess,
) -> None:
    for _ in range(3):
        process = start_process("--conversations", "10")
        assert process.stdout is not None
        assert process.stdout.readline().startswith("listening on ")
        process.terminate()
        process.communicate(timeout=10)
        assert process.returncode == 0


def test_a_busy_port_exits_1_with_one_sentence(start_process: StartProcess) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        process = start_process("--conversations", "10", "--port", str(port))
        stdout, stderr = process.communicate(timeout=20)
    assert process.returncode == 1
    assert stdout == ""
    assert stderr.strip() == f"Cannot listen on 127.0.0.1:{port}: Address already in use."
