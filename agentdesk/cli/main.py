"""Argument parsing and the one place where errors become a sentence and an exit code."""

from __future__ import annotations

import argparse
import errno
import io
import logging
import os
import signal
import sys
import traceback
from collections.abc import Sequence

import agentdesk
from agentdesk.cli import (
    account_cmds,
    completion_cmd,
    demo_cmds,
    doctor_cmd,
    export_cmd,
    indicators_cmds,
    paused_cmds,
    search_cmds,
    show_cmd,
    sync_cmd,
    terminal_demo,
)
from agentdesk.errors import AgentDeskError, AuthenticationError, CancelledError, NotSignedInError

log = logging.getLogger("agentdesk.cli")

EXIT_BUG = 70
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


ENVIRONMENT = """\
environment variables:
  AGENTDESK_HOME    the data folder (store, settings, logs) instead of the platform's user data
                    folder (~/.local/share/AgentDesk on Linux)
  AGENTDESK_SERVER  the platform's URL, instead of the one given to `agentdesk login --server`
  AGENTDESK_TOKEN   the access token, instead of the OS keyring's (machines without a keyring:
                    see `agentdesk login --print-token`); while set, it is the only one used
  QT_QPA_PLATFORM   where the window is drawn: unset (the desktop session), offscreen, vnc,
                    eglfs...; `agentdesk --demo` with no display and no platform runs the demo
                    in the terminal instead

for diagnosis:
  AGENTDESK_WHOOSH_PUBLIC_API=1   build and read the search index through Whoosh's public
                    API only (rules our faster path out when investigating a search problem)
  AGENTDESK_INDEX_SEGMENT_MB      how many MB of word postings the indexer beside the sync
                    holds before committing a segment (default 64)

Shell completion: `agentdesk completion --help`."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="agentdesk",
        description="AgentDesk: your indicators, closed conversations and paused conversations,\n"
        "online or offline. With no command, opens the window.",
        epilog=ENVIRONMENT,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_Version, help="show the version and exit")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open AgentDesk on a private demo workspace served by the embedded demo platform",
    )
    demo_cmds.add_global_options(parser)
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
        completion_cmd,
    ):
        module.register(commands)
    _describe(commands)
    for sub in commands.choices.values():
        # Also accepted after the command; SUPPRESS keeps a global --debug from being reset.
        sub.add_argument(
            "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )
    return parser


class _Version(argparse.Action):
    """argparse's ``version`` action wants the text when the parser is built; reading the
    installed version costs every command, so it is read only when ``--version`` is given."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        print(f"AgentDesk {agentdesk.__version__}")
        parser.exit()


def _describe(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``agentdesk COMMAND --help`` opens with the one line the command list shows, unless the
    command wrote a longer description of its own; this covers commands added later too."""
    for listed in commands._choices_actions:
        sub = commands.choices[listed.dest]
        if sub.description is None and listed.help:
            sub.description = listed.help[0].upper() + listed.help[1:] + "."


def _sentence(error: AgentDeskError, command: str | None) -> str:
    """A refused token is the environment's fault when ``AGENTDESK_TOKEN`` supplied it: the
    variable overrides the keyring, so the usual advice (sign in again) cannot help."""
    from agentdesk.platform.credentials import TOKEN_ENV  # keyring and requests: only on error

    refused_token = isinstance(error, AuthenticationError) and not isinstance(
        error, NotSignedInError
    )
    if refused_token and command != "login" and os.environ.get(TOKEN_ENV):
        return (
            f"The server refused the token in {TOKEN_ENV}. That variable takes the place of "
            f"the keyring, so `agentdesk login` cannot help while it is set: set {TOKEN_ENV} "
            "to a valid token, or unset it and run `agentdesk login`."
        )
    return error.sentence


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
    completion_cmd.complete_if_asked(parser)
    args = parser.parse_args(argv)
    if args.command is not None:
        _stop_politely_on_termination()
    # Commands that never open the data folder (demo-server) have no log file: without a
    # handler, logging's last resort would print tracebacks to the user.
    logging.getLogger().addHandler(logging.NullHandler())
    try:
        if args.command is None:
            if args.demo and not terminal_demo.has_display():
                return terminal_demo.run(parser.parse_args)
            return demo_cmds.open_default(args)
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a full disk behind `> file` fails here, not at exit
        return code
    except CancelledError as error:
        print(error.sentence, file=sys.stderr)
        return EXIT_INTERRUPTED
    except AgentDeskError as error:
        sentence = _sentence(error, args.command)
        log.info("Command failed: %s", sentence)
        print(sentence, file=sys.stderr)
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
    except OSError as error:
        if error.errno not in (errno.ENOSPC, errno.EFBIG, errno.EIO, errno.EDQUOT):
            return _bug(args)
        print(f"AgentDesk could not write its output ({error.strerror}).", file=sys.stderr)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # nothing more to flush at exit
        return 1
    except Exception:  # noqa: BLE001 - _bug logs it with its traceback
        return _bug(args)


def _bug(args: argparse.Namespace) -> int:
    """Called inside an ``except`` block: the exception being handled is the bug."""
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
