"""``agentdesk show ID [QUERY] [--json]``: one conversation in the terminal — its details, then
its transcript with the query's matches emphasised — from the same service as the window.

Emphasis is reverse video on a terminal and ``*word*`` in a pipe or a file (or with
``NO_COLOR``), like ``agentdesk search``'s excerpts. Texts come from customers: every line is
made terminal-safe, but line breaks inside a message are kept (indented under its header).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from agentdesk.cli.common import add_json, context
from agentdesk.cli.output import print_json, terminal_safe
from agentdesk.domain.formatting import NONE_TEXT, format_duration, format_moment, format_money
from agentdesk.domain.models import SenderType
from agentdesk.domain.search_records import TextRange

if TYPE_CHECKING:
    from agentdesk.services.conversation import ConversationDetails

_REVERSE, _RESET = "\x1b[7m", "\x1b[0m"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    show = commands.add_parser(
        "show",
        help="one conversation: its details and transcript, the query's matches emphasised",
    )
    show.add_argument("id", help="the conversation's id, e.g. c-000123")
    show.add_argument("query", nargs="*", help="words or a quoted phrase to emphasise")
    add_json(show)
    show.set_defaults(func=run_show)


def run_show(args: argparse.Namespace) -> int:
    from agentdesk.services.conversation import read_conversation

    with context(args) as ctx:
        details = read_conversation(ctx, args.id, " ".join(args.query))
    if args.json:
        print_json(details.to_json())
        return 0
    colour = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    marks = (_REVERSE, _RESET) if colour else ("*", "*")
    print("\n".join(details_lines(details, marks)))
    print()
    print("\n".join(transcript_lines(details, marks)))
    return 0


def emphasised(text: str, ranges: Sequence[TextRange], marks: tuple[str, str]) -> str:
    """``text`` made terminal-safe (line breaks kept) with each range between ``marks``."""
    pieces, cursor = [], 0
    for found in ranges:
        pieces.append(_safe(text[cursor : found.start]))
        pieces.append(marks[0] + _safe(text[found.start : found.end]) + marks[1])
        cursor = found.end
    pieces.append(_safe(text[cursor:]))
    return "".join(pieces)


def _safe(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(terminal_safe(line) for line in lines)


def details_lines(d: ConversationDetails, marks: tuple[str, str]) -> list[str]:
    tz = d.zone
    contact = terminal_safe(d.contact.name)
    if d.contact.type:
        contact += f" ({terminal_safe(d.contact.type)} contact)"
    rows = [
        ("CSAT", NONE_TEXT if d.csat is None else f"{d.csat} of 5"),
        ("NPS", NONE_TEXT if d.nps is None else f"{d.nps} of 10"),
        ("Channel", terminal_safe(d.channel)),
        ("Category", terminal_safe(d.category or NONE_TEXT)),
        ("Tags", terminal_safe(", ".join(d.tags)) or NONE_TEXT),
        ("Contact", contact),
        ("Started", format_moment(d.started_at, tz)),
        ("Closed", _when(d.closed_at, d)),
        ("Duration", _seconds(d.duration_s)),
        ("Handling time", _seconds(d.handling_time_s)),
        ("First response", _seconds(d.first_response_s)),
    ]
    if d.closed_at is None and d.paused_at is not None:  # the paused list's conversations
        rows[7:8] = [("Paused", _when(d.paused_at, d)), ("Deadline", _when(d.pause_deadline, d))]
    note = emphasised(d.closing_note, d.closing_note_matches, marks) if d.closing_note else None
    rows.append(("Closing note", (note or NONE_TEXT).replace("\n", "\n" + " " * 16)))
    if d.transactions is not None:
        lines = [
            f"{format_money(t.amount, t.currency)} · {format_moment(t.at, tz)}"
            for t in d.transactions
        ]
        rows.append(("Transactions", ("\n" + " " * 16).join(lines) or "none"))
    title = f"{d.id} · {d.status.value} · times in {d.timezone}"
    return [title, *(f"{name:<15} {value}" for name, value in rows)]


def _when(moment: datetime | None, d: ConversationDetails) -> str:
    return NONE_TEXT if moment is None else format_moment(moment, d.zone)


def _seconds(value: float | None) -> str:
    return NONE_TEXT if value is None else format_duration(value)


def _sender(d: ConversationDetails, sender: SenderType, sender_id: str | None) -> str:
    if sender is SenderType.CONTACT:
        return terminal_safe(d.contact.name)
    if sender is SenderType.AGENT:
        return "You" if sender_id is None or sender_id == d.agent_id else f"Agent {sender_id}"
    return "Bot" if sender is SenderType.BOT else "System"


def transcript_lines(d: ConversationDetails, marks: tuple[str, str]) -> list[str]:
    count = len(d.messages)
    heading = f"Transcript: {count} message{'s' if count != 1 else ''}"
    if d.query.strip():
        found = len(d.matches)
        heading += f", {found} match{'es' if found != 1 else ''} for {terminal_safe(d.query)!r}"
    lines = [heading + "."]
    tz = d.zone
    senders = [_sender(d, m.sender_type, m.sender_id) for m in d.messages]
    width = max((len(s) for s in senders), default=0)
    previous_day = None
    for message, sender in zip(d.messages, senders, strict=True):
        day = message.at.astimezone(tz).date()
        when = format_moment(message.at, tz, with_date=day != previous_day)
        previous_day = day
        indent = "\n" + " " * (20 + width)
        text = emphasised(message.text, message.matches, marks).replace("\n", indent)
        lines.append(f"{when:>16}  {sender:<{width}}  {text}")
    return lines
