"""What a user, a terminal or a server can throw at the command line, answered in a sentence."""

from __future__ import annotations

import os
import signal
import time

import pytest

from agentdesk.cli.main import _stop_politely_on_termination
from agentdesk.cli.output import print_table, terminal_safe
from tests.search.reference import has_word


def test_a_token_with_a_line_break_is_a_sentence_and_stays_secret(cli_for, demo_server) -> None:
    cli = cli_for(demo_server)
    cli.env["AGENTDESK_TOKEN"] = "Sekr3tT0kenXYZ\r\nX-Evil: 1"
    result = cli.run("--debug", "sync")
    assert result.returncode == 1, result.stderr
    assert "contains characters a token cannot have" in result.stderr
    assert "Sekr3t" not in result.stdout + result.stderr
    for path in cli.home.rglob("*"):
        if path.is_file():
            assert b"Sekr3t" not in path.read_bytes(), path


def test_odd_arguments_are_sentences(synced) -> None:
    for args, words in [
        (("search", "--to", "9999-12-31"), "between the years 1971 and 9998"),
        (("search", "--from", "0001-01-01"), "between the years 1971 and 9998"),
        (("search", "--month", "0001-01"), "is not a month"),
        (("reopen", " "), "Give the id of a conversation"),
    ]:
        result = synced.run(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert words in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_a_terminal_that_cannot_show_accents_gets_marks_not_a_crash(synced) -> None:
    synced.env["PYTHONIOENCODING"] = "ascii"
    for args in (("search", "--help"), ("indicators",), ("search", "cafetiere", "--limit", "3")):
        result = synced.run(*args)
        assert result.returncode == 0, (args, result.stderr)
        assert "?" in result.stdout, "the characters it cannot show are replaced"


def test_a_damaged_index_is_rebuilt_by_the_search_that_finds_it(synced, demo_server) -> None:
    """Files of the right size with the wrong bytes pass a file-level check: the search that
    cannot read them must still rebuild, not answer 0 results on every run."""
    folder = next((synced.home / "index").glob("gen-*"))
    for path in folder.iterdir():
        if path.suffix in {".pst", ".trm", ".col"}:
            path.write_bytes(os.urandom(path.stat().st_size))
    result = synced.run("search", "remboursement", "--json")
    expected = sum(has_word(r, "remboursement") for r in demo_server.snapshot("closed"))
    assert result.returncode == 0, result.stderr
    assert '"index_complete": true' in result.stdout
    assert f'"total": {expected},' in result.stdout


def test_text_from_customers_cannot_drive_the_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    hostile = "\u202eevil\u202c \x1b[31mred\x1b[0m\x07 two\nlines\ttab"
    assert terminal_safe(hostile) == "\ufffdevil\ufffd \ufffd[31mred\ufffd[0m\ufffd two lines tab"
    print_table(["CONTACT"], [[hostile], ["Inès Martin"]])
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\u202e" not in out
    assert len(out.splitlines()) == 3
    assert "Inès Martin" in out


def _deliver(number: int) -> None:
    os.kill(os.getpid(), number)
    time.sleep(1)  # the handler interrupts this at once


def test_sigterm_and_sighup_stop_a_command_like_ctrl_c() -> None:
    previous = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGHUP)}
    try:
        _stop_politely_on_termination()
        for number in previous:
            with pytest.raises(KeyboardInterrupt):
                _deliver(number)
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
