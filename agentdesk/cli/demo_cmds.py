"""``agentdesk demo-server`` and ``agentdesk --demo``.

``--demo`` never touches the agent's real data: it serves a generated workspace on loopback,
signs in with an in-memory token (never the keyring) and keeps its store in a private temporary
folder that is removed on exit.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import secrets
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from agentdesk.cli.common import context
from agentdesk.demo import command as demo_command

if TYPE_CHECKING:
    from agentdesk.services.context import AppContext

DEMO_SEED = 7
DEMO_CONVERSATIONS = 3000


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    server = commands.add_parser(
        "demo-server",
        help="serve the platform API from generated or given data (for demos and tests)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    demo_command.add_arguments(server)
    server.set_defaults(func=demo_command.run)


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """``agentdesk --demo --platform chatwoot``: the demo window on the Chatwoot-shaped demo."""
    parser.add_argument(
        "--platform",
        dest="demo_platform",
        choices=("v1", "chatwoot"),
        default="v1",
        help="with --demo: serve the demo as Platform API v1 (default) or as Chatwoot",
    )


@contextlib.contextmanager
def demo_context(
    *, conversations: int = DEMO_CONVERSATIONS, now: datetime | None = None, platform: str = "v1"
) -> Iterator[AppContext]:
    """A started demo platform and a context signed in to it, in a private home; with
    ``platform="chatwoot"`` the same data in Chatwoot's shapes, reached through its connector."""
    from agentdesk.demo.generator import generate_workspace
    from agentdesk.demo.server import DemoServer
    from agentdesk.services.context import AppContext
    from agentdesk.services.logs import configure_logging
    from agentdesk.services.paths import AppPaths

    with tempfile.TemporaryDirectory(prefix="agentdesk-demo-") as home:
        paths = AppPaths(Path(home)).ensure()
        configure_logging(paths.log_file)
        workspace = generate_workspace(DEMO_SEED, conversations, now or datetime.now(UTC))
        token = secrets.token_urlsafe(24)
        with DemoServer(workspace, token=token, platform=platform) as server:
            ctx = AppContext(paths=paths, server_override=server.url, token_override=token)
            if platform == "chatwoot":
                zone = str(workspace.me["timezone"])
                ctx.settings_file.update(platform=platform, account=1, timezone=zone)
            try:
                yield ctx
            finally:
                ctx.close()


def open_default(args: argparse.Namespace) -> int:
    """``agentdesk`` with no sub-command: the window, on the agent's data or (``--demo``) on a
    private demo workspace; the sign-in dialog can also switch to that workspace.

    The window is the only Qt part of AgentDesk and the layer contracts keep Qt out of every
    headless command, so it is loaded here by name, at the moment it is asked for.
    """
    window = importlib.import_module("agentdesk.ui.app")
    if args.demo:
        with demo_context(platform=getattr(args, "demo_platform", "v1")) as ctx:
            return int(window.run_window(ctx, demo=True))
    with context(args) as ctx:
        return int(window.run_window(ctx, open_demo=demo_context))
