"""``agentdesk sync [--full]``."""

from __future__ import annotations

import argparse
import sys

from agentdesk.cli.common import add_json, context
from agentdesk.cli.output import print_json, terminal_safe

EXIT_INDEX_NOT_UPDATED = 3
"""Synced, but the search index is behind (a full disk): not 0, so scripts notice."""


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
    else:
        print(report.summary())
        for skipped in report.skipped[:20]:
            print(terminal_safe(f"  skipped {skipped.id or '(no id)'}: {skipped.reason}"))
        if len(report.skipped) > 20:
            print(f"  … and {len(report.skipped) - 20} more (see the log file)")
    if report.index_problem:
        print(
            f"The conversations are synced, but the search index could not be updated: "
            f"{report.index_problem} Indicators, paused conversations, exports and search by "
            "id or filters still work; word searches miss what this sync brought until the "
            "index is updated (at the next start, or `agentdesk reindex`).",
            file=sys.stderr,
        )
        return EXIT_INDEX_NOT_UPDATED
    return 0
