"""``agentdesk demo-server``: the arguments and the run loop, for the main CLI to mount.

``python -m agentdesk.demo`` runs the same thing on its own.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from datetime import UTC, datetime
from types import FrameType
from typing import TYPE_CHECKING, Any

from agentdesk.demo.faults import FAULTS_HELP, FaultPlan
from agentdesk.demo.timeline import MAX_CONVERSATIONS

if TYPE_CHECKING:
    from agentdesk.demo.workspace import Workspace
from agentdesk.errors import AgentDeskError, UsageError

DESCRIPTION = """\
Serve the AgentDesk platform API v1 on a local port, with a generated demo workspace
(or the --dataset given). Prints 'listening on http://HOST:PORT' first, then the demo
login; stops cleanly on Ctrl+C or SIGTERM."""


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port: use 0 to 65535 (0 = a free one)")
    return port


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = FAULTS_HELP
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=_port, default=0, help="port (default 0: a free one)")
    parser.add_argument(
        "--seed", type=int, default=1, help="seed of the generated data (default 1)"
    )
    parser.add_argument(
        "--conversations",
        type=int,
        default=2000,
        metavar="N",
        help=f"how many conversations to generate, 0 to {MAX_CONVERSATIONS:,} (default 2000)",
    )
    parser.add_argument(
        "--dataset",
        metavar="FILE",
        help='serve this JSON file {"me":…, "settings":…, "conversations":[…]} instead',
    )
    parser.add_argument(
        "--token", metavar="T", help="the access token to issue and accept (default: random)"
    )
    parser.add_argument(
        "--faults", metavar="SPEC", help="inject faults, e.g. 429:0.05,503@3 (see below)"
    )
    parser.add_argument(
        "--platform",
        choices=("v1", "chatwoot"),
        default="v1",
        help="serve Platform API v1 (default) or the same data in Chatwoot's API shapes",
    )


def _workspace(args: argparse.Namespace) -> Workspace:
    # Here, not at the top: every ``agentdesk`` command builds the parser that mounts this.
    from agentdesk.demo.generator import generate_workspace  # noqa: PLC0415
    from agentdesk.demo.workspace import load_dataset  # noqa: PLC0415

    if args.dataset:
        return load_dataset(args.dataset)
    if not 0 <= args.conversations <= MAX_CONVERSATIONS:
        raise UsageError(f"--conversations must be from 0 to {MAX_CONVERSATIONS:,}.")
    return generate_workspace(args.seed, args.conversations, datetime.now(UTC))


def _faults(spec: str | None) -> FaultPlan | None:
    if not spec:
        return None
    try:
        return FaultPlan.parse(spec)
    except ValueError as error:
        raise UsageError(f"--faults: {error}") from error


class _StopSignals:
    """SIGINT and SIGTERM set an event instead of killing the process, from before the
    listening line is printed (a caller may signal as soon as it has read it) until exit."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self._previous: dict[signal.Signals, Any] = {}

    def __enter__(self) -> threading.Event:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._previous[sig] = signal.signal(sig, self._on_signal)
        return self.event

    def __exit__(self, *exc_info: object) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        self.event.set()


def run(args: argparse.Namespace) -> int:
    from agentdesk.demo.server import DemoServer  # noqa: PLC0415 - see _workspace

    with _StopSignals() as stop:
        try:
            workspace = _workspace(args)
            server = DemoServer(
                workspace,
                host=args.host,
                port=args.port,
                token=args.token,
                faults=_faults(args.faults),
                platform=args.platform,
            )
            url = server.start()
        except AgentDeskError as error:
            print(error.sentence, file=sys.stderr)
            return error.exit_code
        except OSError as error:
            reason = error.strerror or str(error)
            print(f"Cannot listen on {args.host}:{args.port}: {reason}.", file=sys.stderr)
            return 1
        try:
            print(f"listening on {url}", flush=True)
            if args.platform == "chatwoot":
                print(
                    f"chatwoot account: 1  access token: {server.token}  "
                    f"({len(workspace):,} conversations)",
                    flush=True,
                )
            else:
                print(
                    f"demo login: {workspace.login}  password: {workspace.password}  "
                    f"token: {server.token}  ({len(workspace):,} conversations)",
                    flush=True,
                )
            while not stop.wait(0.2):
                pass
        finally:
            server.stop()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="agentdesk demo-server", description=DESCRIPTION)
    add_arguments(parser)
    return run(parser.parse_args(argv))
