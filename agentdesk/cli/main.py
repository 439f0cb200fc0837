"""Argument parsing and the one place where errors become a sentence and an exit code."""

from __future__ import annotations

import argparse
import io
import logging
import os
import signal
import sys
import traceback
from collections.abc import Sequence

from agentdesk import __version__
from agentdesk.cli import (
    account_cmds,
    demo_cmds,
    doctor_cmd,
    export_cmd,
    indicators_cmds,
    paused_cmds,
    search_cmds,
    show_cmd,
    sync_cmd,
)
from agentdesk.errors import AgentDeskError, CancelledError

log = logging.getLogger("agentdesk.cli")

EXIT_BUG = 70
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="agentdesk",
        description="AgentDesk: your indicators, closed conversations and paused conversations, "
        "online or offline. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"AgentDesk {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open AgentDesk on a private demo workspace served by the embedded demo platform",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks and log at DEBUG")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (
        demo_cmds,
        account_cmds,
        sync_cmd,
        indicators_cmds,
        paused_cmds,
        search_cmds,
        show_cmd,
        export_cmd,
        doctor_cmd,
    ):
        module.register(commands)
    for sub in commands.choices.values():
        # Also accepted after the command; SUPPRESS keeps a global --debug from being reset.
        sub.add_argument(
            "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )
    return parser


def _tolerate_any_terminal() -> None:
    """A terminal that cannot show a character (``PYTHONIOENCODING=ascii``, a Latin-1 console)
    gets a replacement mark instead of a crash halfway through a table or ``--help``."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def _stop_politely_on_termination() -> None:
    """``kill`` or a closed terminal (SIGTERM, SIGHUP) stops a command the way Ctrl+C does:
    the sync keeps its last whole page, an export removes its unfinished file."""

    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, interrupt)


def main(argv: Sequence[str] | None = None) -> int:  # noqa: PLR0911 - one exit code per kind of failure
    _tolerate_any_terminal()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is not None:
        _stop_politely_on_termination()
    # Commands that never open the data folder (demo-server) have no log file: without a
    # handler, logging's last resort would print tracebacks to the user.
    logging.getLogger().addHandler(logging.NullHandler())
    try:
        if args.command is None:
            return demo_cmds.open_default(args)
        return int(args.func(args) or 0)
    except CancelledError as error:
        print(error.sentence, file=sys.stderr)
        return EXIT_INTERRUPTED
    except AgentDeskError as error:
        log.info("Command failed: %s", error.sentence)
        print(error.sentence, file=sys.stderr)
        if args.debug:
            traceback.print_exc()
        return error.exit_code
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`agentdesk search … | head`): not an error worth a sentence.
        # Python would complain again when flushing stdout at exit, so point it at devnull.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except Exception:
        log.exception("Unexpected error")
        if args.debug:
            traceback.print_exc()
        print(
            "AgentDesk hit an unexpected error (a bug, not something you did). The details are "
            "in the log file in the data folder; run again with --debug to see them here.",
            file=sys.stderr,
        )
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
