"""``agentdesk paused`` and ``agentdesk reopen ID [--assign-to-me]``."""

from __future__ import annotations

import argparse
from zoneinfo import ZoneInfo

from agentdesk.cli.common import add_at, add_json, context
from agentdesk.cli.output import print_json, print_table
from agentdesk.services.clock import parse_at, resolve_now


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    paused = commands.add_parser("paused", help="your paused conversations and their deadlines")
    add_json(paused)
    add_at(paused)
    paused.set_defaults(func=run_paused)
    again = commands.add_parser("reopen", help="reopen a paused conversation before its deadline")
    again.add_argument("id", help="the conversation's id, e.g. c-000123")
    again.add_argument("--assign-to-me", action="store_true", help="take it if it is unassigned")
    add_json(again)
    again.set_defaults(func=run_reopen)


def run_paused(args: argparse.Namespace) -> int:
    from agentdesk.services.paused import read_paused

    at = parse_at(args.at)  # a bad --at is said before anything else
    with context(args) as ctx:
        paused = read_paused(ctx.store())
    tz = ZoneInfo(paused.timezone)
    now = resolve_now(at, tz.key)
    items = paused.items(now)
    if args.json:
        print_json({"results": [item.to_json(tz) for item in items]})
        return 0
    if not items:
        print("No paused conversations.")
        return 0
    rows = [
        [
            i.conversation.id,
            i.conversation.contact.name,
            i.conversation.pause_deadline.astimezone(tz).strftime("%a %d %b %H:%M")
            if i.conversation.pause_deadline
            else "—",
            i.conversation.assignee_id or "unassigned",
            i.eligibility.explanation,
        ]
        for i in items
    ]
    print_table(["ID", "CONTACT", f"DEADLINE ({tz.key})", "ASSIGNEE", "REOPEN"], rows)
    return 0


def run_reopen(args: argparse.Namespace) -> int:
    from agentdesk.services.paused import reopen

    with context(args) as ctx:
        updated = reopen(ctx, args.id, assign_to_me=args.assign_to_me)
    if args.json:
        print_json(
            {"id": updated.id, "status": updated.status.value, "assignee_id": updated.assignee_id}
        )
    else:
        print(f"Reopened {updated.id}; it is yours again in the web console.")
    return 0
