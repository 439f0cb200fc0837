"""Run the real ``agentdesk`` command in a subprocess, as a user would, against a demo server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from agentdesk.demo import DemoServer


@dataclass
class Cli:
    home: Path
    env: dict[str, str]

    def run(
        self, *args: str, stdin: str | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "agentdesk.cli", *args],
            env=self.env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def popen(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "agentdesk.cli", *args],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )


@pytest.fixture
def cli_for(tmp_path: Path) -> Callable[[DemoServer | None], Cli]:
    def make(server: DemoServer | None = None) -> Cli:
        home = tmp_path / "cli-home"
        env = {k: v for k, v in os.environ.items() if not k.startswith("AGENTDESK_")}
        env["AGENTDESK_HOME"] = str(home)
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
        if server is not None:
            env["AGENTDESK_SERVER"] = server.url
            env["AGENTDESK_TOKEN"] = server.token
        return Cli(home, env)

    return make


@pytest.fixture
def synced(demo_server, cli_for: Callable[[DemoServer | None], Cli]) -> Cli:
    """A data folder synced from ``demo_server`` by the real ``agentdesk sync``."""
    cli = cli_for(demo_server)
    result = cli.run("sync")
    assert result.returncode == 0, result.stderr
    return cli


def output_json(result: subprocess.CompletedProcess[str]) -> Any:
    """The one JSON document a ``--json`` command printed, once it is known to have succeeded."""
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
