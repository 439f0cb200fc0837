"""``agentdesk export conversations|messages [QUERY] [filters] --out FILE.csv [--force]``.

The words and filters are ``agentdesk search``'s (``add_query_arguments``): the file holds
exactly the conversations that search lists, as the window's "Export…" writes its list.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from agentdesk.cli.common import add_json, context
from agentdesk.cli.output import print_json
from agentdesk.cli.search_cmds import add_query_arguments, filters_of

KINDS = ("conversations", "messages")
"""``ExportKind``'s values, spelt out so that parsing the command does not import the export
(and with it SQLAlchemy); tests/cli/test_import_budget.py holds the two equal."""

"""A bar that would flash for a short export is not shown at all."""

DESCRIPTION = """\
Write your closed conversations, or their messages, to a CSV file (UTF-8, one header line).

Words, an id and the filters (--month, --csat, --nps-min, --nps-max, --channel) are those of
`agentdesk search`: the file holds exactly the conversations that search finds, all of them.
Days are yours, in the time zone of your profile, and both are included: --from 2026-11-01
--to 2026-11-30 is all of November on your clock. A conversation is in the days in which it was
closed (as for the indicators); paused conversations are not exported. A messages export holds
every message of those same conversations, so the two files of the same days match one to one.
Without --from the export starts with your oldest conversation; without --to it runs to the
newest.

conversations: id, started_at, closed_at, contact_id, contact_name, contact_type, channel,
  category, tags ("; " between them), incoming_messages (the contact's), outgoing_messages
  (yours; bot and system messages count in neither), first_response_time_s and
  handling_time_s (in seconds, as in the indicators), csat, nps, closing_note,
  transaction_count, transaction_amount (exact) and currency.
messages: at, conversation_id, message_id, sender_type, sender_id, type, text.

Times carry your UTC offset. Text that a spreadsheet would run as a formula (starting with
= + - @) is written with a leading '. An existing file is only replaced with --force; a failed
export leaves no file behind.
"""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser(
        "export",
        help="write your closed conversations or their messages to a CSV file",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    export.add_argument("kind", choices=KINDS, help="what one line of the file is")
    add_query_arguments(export)
    export.add_argument(
        "--from", dest="first_day", metavar="YYYY-MM-DD", help="first day (default: the oldest)"
    )
    export.add_argument(
        "--to",
        dest="last_day",
        metavar="YYYY-MM-DD",
        help="last day, included (default: the newest)",
    )
    export.add_argument(
        "--out", required=True, type=Path, metavar="FILE.csv", help="the file to write"
    )
    export.add_argument("--force", action="store_true", help="replace FILE.csv if it exists")
    add_json(export)
    export.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from agentdesk.cli.progress import ExportProgressView
    from agentdesk.services.export import ExportKind, ExportRequest, export_for_context, parse_day

    request = ExportRequest(
        kind=ExportKind(args.kind),
        path=args.out,
        first_day=parse_day(args.first_day, "--from") if args.first_day else None,
        last_day=parse_day(args.last_day, "--to") if args.last_day else None,
        force=args.force,
        text=" ".join(args.query),
        filters=filters_of(args),
    )
    with context(args) as ctx, ExportProgressView(request.kind) as progress:
        result = export_for_context(ctx, request, on_progress=progress)
    if args.json:
        print_json(result.to_json())
    else:
        noun = request.kind.value if result.rows != 1 else request.kind.value[:-1]
        print(f"Exported {result.rows:,} {noun} to {args.out}.")
    if not result.index_complete:
        print(
            "The export may be incomplete: the search index was still being built or updated.",
            file=sys.stderr,
        )
    return 0
