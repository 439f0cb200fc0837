"""The command line fits its ecosystem: help for every command, the environment it reads,
shell completion generated from the parser, and a refused AGENTDESK_TOKEN named as the cause."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from agentdesk.cli.main import build_parser, main


def _commands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    (commands,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return commands


def test_every_command_is_described_in_the_list_and_in_its_own_help() -> None:
    commands = _commands(build_parser())
    listed = {action.dest: action.help for action in commands._choices_actions}
    assert set(listed) == set(commands.choices)
    for name, sub in commands.choices.items():
        assert listed[name], f"agentdesk {name} has no line in agentdesk --help"
        assert sub.description, f"agentdesk {name} --help has no description"


def test_the_help_lists_the_environment_variables(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = capsys.readouterr().out
    for variable in ("AGENTDESK_HOME", "AGENTDESK_SERVER", "AGENTDESK_TOKEN", "QT_QPA_PLATFORM"):
        assert variable in shown


SCRIPT_MARKS = [("bash", "complete"), ("zsh", "#compdef"), ("fish", "complete --command agentdesk")]


@pytest.mark.parametrize(("shell", "marker"), SCRIPT_MARKS)
def test_completion_scripts(shell: str, marker: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["completion", shell]) == 0
    script = capsys.readouterr().out
    assert marker in script
    assert "agentdesk" in script


def _complete(line: str, tmp_path: Path) -> list[str]:
    """What the shell gets back when the user presses Tab after ``line``."""
    answer = tmp_path / "completions"
    env = {
        **os.environ,
        "_ARGCOMPLETE": "1",
        "_ARGCOMPLETE_IFS": "\n",
        "COMP_LINE": line,
        "COMP_POINT": str(len(line)),
        # The scripts' own way to read the answer from a file instead of file descriptor 8.
        "_ARGCOMPLETE_STDOUT_FILENAME": str(answer),
    }
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from agentdesk.cli.main import main; sys.exit(main())"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return [word.strip() for word in answer.read_text(encoding="utf-8").split("\n")]


@pytest.mark.slow
def test_tab_completes_commands_and_options_from_the_parser(tmp_path: Path) -> None:
    assert "search" in _complete("agentdesk se", tmp_path)
    assert "--period" in _complete("agentdesk indicators --pe", tmp_path)
    assert {"bash", "fish", "zsh"} <= set(_complete("agentdesk completion ", tmp_path))


@pytest.mark.slow
def test_a_refused_agentdesk_token_is_named_as_the_cause(cli_for, demo_server) -> None:
    cli = cli_for(demo_server)
    cli.env["AGENTDESK_TOKEN"] = "not-the-demo-token"
    done = cli.run("sync")
    assert done.returncode != 0
    assert "The server refused the token in AGENTDESK_TOKEN" in done.stderr
    assert "unset it and run `agentdesk login`" in done.stderr
