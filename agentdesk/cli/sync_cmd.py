"""``agentdesk sync [--full]``."""

from __future__ import annotations

import argparse

from agentdesk.cli.common import add_json, context
from agentdesk.cli.output import print_json, terminal_safe


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync = commands.add_parser("sync", help="fetch what changed on the server since last time")
    sync.add_argument("--full", action="store_true", help="start over and fetch everything")
    add_json(sync)
    sync.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from agentdesk.cli.progress import SyncProgressView
    from agentdesk.services.sync_service import run_sync

    with context(args) as ctx, SyncProgressView() as progress:
        report = run_sync(ctx, full=args.full, on_progress=progress)
    if args.json:
        print_json(report.to_json())
        return 0
    print(report.summary())
    for skipped in report.skipped[:20]:
        print(terminal_safe(f"  skipped {skipped.id or '(no id)'}: {skipped.reason}"))
    if len(report.skipped) > 20:
        print(f"  … and {len(report.skipped) - 20} more (see the log file)")
    return 0
