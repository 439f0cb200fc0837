"""``agentdesk search [QUERY] [filters]`` and ``agentdesk reindex``.

When to bring the index up to date, and what to do with a damaged one, is
``SearchService.answer``'s (the window follows the same policy); this module only shows its
progress bar and words the result.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from datetime import date
from typing import TYPE_CHECKING

from agentdesk.cli.common import add_json, context
from agentdesk.cli.output import print_json, print_table
from agentdesk.domain.search_query import MAX_LIMIT, Month, SearchFilters, SearchQuery
from agentdesk.domain.wallclock import FIRST_YEAR, LAST_YEAR
from agentdesk.errors import UsageError

if TYPE_CHECKING:
    from agentdesk.services.context import AppContext
    from agentdesk.services.search import SearchPage

_MARK = re.compile(r"</?mark>")
_NOT_READY = {
    "updating": "some recent changes are not indexed yet",
    "building": "the search index is still being built",
    "missing": "there is no search index yet",
    "damaged": "the search index is damaged",
    "outdated": "the search index is from another version of AgentDesk",
}
"""By ``IndexState`` value (a ``StrEnum``): parsing the command imports no search service."""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    search = commands.add_parser(
        "search",
        help="find closed conversations by words, a phrase or an id, newest first",
        description='Words are ANDed; "quoted words" are a phrase; an id (c-000123, 123) comes '
        "first. Days are yours, in your time zone.",
    )
    add_query_arguments(search)
    search.add_argument("--from", dest="from_day", metavar="DAY", help="closed on or after DAY")
    search.add_argument("--to", dest="to_day", metavar="DAY", help="closed on or before DAY")
    search.add_argument("--limit", type=int, default=50, help="how many to show (default: 50)")
    add_json(search)
    search.set_defaults(func=run_search)
    again = commands.add_parser("reindex", help="rebuild the search index from the local store")
    add_json(again)
    again.set_defaults(func=run_reindex)


# --- arguments (``agentdesk export`` takes the same, so that it writes what a search lists)


def add_query_arguments(parser: argparse.ArgumentParser) -> None:
    """The words and the filters other than days (each command words its own days)."""
    parser.add_argument("query", nargs="*", help="words, a quoted phrase or an id (optional)")
    parser.add_argument("--month", metavar="YYYY-MM", help="closed in this month")
    parser.add_argument("--csat", metavar="1,2", help="with one of these CSAT ratings")
    parser.add_argument("--nps-min", type=int, metavar="N", help="with an NPS of at least N")
    parser.add_argument("--nps-max", type=int, metavar="N", help="with an NPS of at most N")
    parser.add_argument("--channel", metavar="C,…", help="on one of these channels")


def filters_of(
    args: argparse.Namespace, from_day: date | None = None, to_day: date | None = None
) -> SearchFilters:
    """The filters of ``add_query_arguments`` (and the days), checked with a sentence."""
    try:
        month = Month.parse(args.month) if args.month is not None else None
        return SearchFilters(
            month=month,
            from_day=from_day,
            to_day=to_day,
            csat=_numbers(args.csat, "--csat"),
            nps_min=args.nps_min,
            nps_max=args.nps_max,
            channels=frozenset((args.channel or "").split(",")),
        )
    except ValueError as error:
        raise UsageError(str(error)) from None


def day_of(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{option} {text!r} is not a day; write it like 2026-11-16.") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise UsageError(f"{option} must be a day between the years {FIRST_YEAR} and {LAST_YEAR}.")
    return day


def _numbers(text: str | None, option: str) -> frozenset[int]:
    if text is None:
        return frozenset()
    try:
        return frozenset(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise UsageError(f"{option} takes numbers separated by commas, like 1,2.") from None


def query_of(args: argparse.Namespace) -> SearchQuery:
    if not 1 <= args.limit <= MAX_LIMIT:
        raise UsageError(f"--limit must be between 1 and {MAX_LIMIT}.")
    from_day, to_day = day_of(args.from_day, "--from"), day_of(args.to_day, "--to")
    return SearchQuery(" ".join(args.query), filters_of(args, from_day, to_day), limit=args.limit)


# --- commands


def run_search(args: argparse.Namespace) -> int:
    query = query_of(args)
    with context(args) as ctx:
        page = _search(ctx, query)
        timezone = _timezone(ctx)
    if args.json:
        print_json(page.to_json(timezone))
    else:
        _print_page(page, timezone)
    if page.searched_words and not page.index_complete:
        print(
            f"Results may be incomplete: {_NOT_READY[page.index_state]}.",
            file=sys.stderr,
        )
    return 0


def _search(ctx: AppContext, query: SearchQuery) -> SearchPage:
    from agentdesk.cli.progress import IndexingProgressView
    from agentdesk.services.search import SearchService

    def rebuilding() -> None:
        print("The search index needs rebuilding; rebuilding it now.", file=sys.stderr)

    with SearchService.for_context(ctx) as service, IndexingProgressView() as progress:
        service.refuse_unavailable(query)  # Chatwoot has no NPS: say so rather than find nothing
        return service.answer(query, on_progress=progress, on_rebuild=rebuilding)


def _timezone(ctx: AppContext) -> str:
    profile = ctx.store().load_profile()
    return profile.timezone if profile is not None else "UTC"


def _plain(snippet: str) -> str:
    return html.unescape(_MARK.sub("*", snippet))


def _print_page(page: SearchPage, timezone: str) -> None:
    from agentdesk.services.search import closed_local

    found = f"{page.total} conversation{'s' if page.total != 1 else ''} found"
    if page.total > len(page.hits):
        found += f", showing the newest {len(page.hits)}" if page.hits else ""
    print(found + ".")
    if not page.hits:
        return
    rows = [
        [
            hit.conversation.id,
            closed_local(hit.conversation.closed_at, timezone).strftime("%Y-%m-%d %H:%M"),
            hit.conversation.channel,
            hit.conversation.contact_name,
            "—" if hit.conversation.csat is None else str(hit.conversation.csat),
            "—" if hit.conversation.nps is None else str(hit.conversation.nps),
            _plain(hit.snippet),
        ]
        for hit in page.hits
    ]
    print_table(["ID", "CLOSED", "CHANNEL", "CONTACT", "CSAT", "NPS", "EXCERPT"], rows)


def run_reindex(args: argparse.Namespace) -> int:
    from agentdesk.cli.progress import IndexingProgressView
    from agentdesk.services.indexing import reindex

    with context(args) as ctx, IndexingProgressView() as progress:
        report = reindex(ctx, on_progress=progress)
    if args.json:
        print_json(
            {
                "indexed": report.indexed,
                "removed": report.removed,
                "seconds": round(report.seconds, 3),
            }
        )
    else:
        print(report.summary())
    return 0
