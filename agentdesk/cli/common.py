"""What every sub-command shares: the context, --json and --at."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agentdesk.services.context import AppContext


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")


def add_at(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--at",
        metavar="ISO-TIME",
        help="compute as if it were this time (an offset, or the agent's local time)",
    )


def context(args: argparse.Namespace) -> AppContext:
    from agentdesk.services.context import AppContext
    from agentdesk.services.logs import configure_logging

    ctx = AppContext.from_environment()
    configure_logging(ctx.paths.log_file, debug=getattr(args, "debug", False))
    return ctx
