"""CSV export of the agent's closed conversations, or of their messages: those of a search.

The same call for ``agentdesk export`` and for the window's "Export…" (from a worker thread: it
reports progress through a plain callback and stops when its ``cancel`` event is set).

What is exported, and how:

- The selection is a search's: the words and the ``SearchFilters`` the closed page shows, or
  that ``agentdesk search`` takes, select exactly the conversations that search lists. Words go
  through ``SearchService`` (which knows the index and its policy); filters alone are the
  store's ``filter_where``, the same SQL that answers a search without words.
- Days are the agent's, in the zone of the stored profile: ``--from 2026-11-10 --to
  2026-11-12`` is [10 Nov 00:00, 13 Nov 00:00) on the agent's wall clock (a midnight skipped by
  a DST jump starts its day when the clock jumps; see ``agentdesk.domain.wallclock``).
- A conversation is in the span in which it was **closed**, as for the indicators; paused
  conversations are not exported. A messages export holds the messages of those same
  conversations, even one written before the first day, so the two files of one span join one
  to one (see ``agentdesk.store.export_rows``).
- Times are ISO 8601 in the agent's zone, with the offset. Durations are seconds. Money is the
  exact decimal sum (two decimals, three when a thousandth is set) with its currency; a
  conversation with transactions in several currencies gives ``12.50; 3.00`` and ``EUR; USD``.
- UTF-8 without a byte-order mark, the csv module's minimal quoting, ``\\r\\n`` line ends.
  A text cell a spreadsheet would run as a formula (OWASP: it starts with ``= + - @``, a tab or
  a carriage return, or their full-width forms) gets a leading ``'``. Number cells are never
  touched: a refund of ``-12.50`` stays a number.
"""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar
from zoneinfo import ZoneInfo

from agentdesk.domain.search_query import SearchFilters, SearchQuery
from agentdesk.domain.wallclock import FIRST_YEAR, LAST_YEAR, zone
from agentdesk.errors import CancelledError, UsageError
from agentdesk.search.query_parser import parse_query
from agentdesk.services.export_file import write_atomically
from agentdesk.services.search import SearchService
from agentdesk.store import Store
from agentdesk.store.export_values import ConversationExport, ExportSelection, MessageExport

if TYPE_CHECKING:  # the platform client's imports are not needed to export
    from agentdesk.services.context import AppContext

    # The reader brings SQLAlchemy: the store hands one out when an export runs.
    from agentdesk.store.export_rows import ExportReader


class ExportKind(StrEnum):
    CONVERSATIONS = "conversations"
    MESSAGES = "messages"


CONVERSATION_HEADER = (
    "id",
    "started_at",
    "closed_at",
    "contact_id",
    "contact_name",
    "contact_type",
    "channel",
    "category",
    "tags",
    "incoming_messages",
    "outgoing_messages",
    "first_response_time_s",
    "handling_time_s",
    "csat",
    "nps",
    "closing_note",
    "transaction_count",
    "transaction_amount",
    "currency",
)
MESSAGE_HEADER = (
    "at",
    "conversation_id",
    "message_id",
    "sender_type",
    "sender_id",
    "type",
    "text",
)
HEADERS = {ExportKind.CONVERSATIONS: CONVERSATION_HEADER, ExportKind.MESSAGES: MESSAGE_HEADER}

TAG_SEPARATOR = "; "
FORMULA_STARTS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
"""What makes a spreadsheet read a cell as a formula (OWASP's list, plus full-width forms)."""

ExportProgress = Callable[[int, int], None]
"""Called with ``(rows done, rows in total)`` after each batch, from the exporting thread."""


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """``first_day``/``last_day`` are inclusive local days; None leaves that side open. They
    combine (AND) with ``filters``' own dates; ``text`` is a search's, as typed."""

    kind: ExportKind
    path: Path
    first_day: date | None = None
    last_day: date | None = None
    force: bool = False
    text: str = ""
    filters: SearchFilters = field(default_factory=SearchFilters)

    def __post_init__(self) -> None:
        if self.first_day and self.last_day and self.first_day > self.last_day:
            raise UsageError(
                f"--from {self.first_day.isoformat()} is after --to {self.last_day.isoformat()}."
            )

    @property
    def search_filters(self) -> SearchFilters:
        """``filters`` narrowed by ``first_day``/``last_day`` (the later first, the earlier
        last); days that leave nothing select nothing, as in a search."""
        f = self.filters
        firsts = [d for d in (f.from_day, self.first_day) if d is not None]
        lasts = [d for d in (f.to_day, self.last_day) if d is not None]
        first, last = (max(firsts) if firsts else None), (min(lasts) if lasts else None)
        if first is not None and last is not None and first > last:
            raise UsageError(
                f"The first day ({first.isoformat()}) is after the last day ({last.isoformat()})."
            )
        return replace(f, from_day=first, to_day=last)

    @property
    def uses_index(self) -> bool:
        """Whether the selection needs the search index (words, or an id to look up)."""
        parsed = parse_query(self.text)
        return parsed.has_words or parsed.id_lookup is not None


@dataclass(frozen=True, slots=True)
class ExportResult:
    kind: ExportKind
    path: Path
    rows: int
    timezone: str
    start: datetime | None
    """The span's first instant (UTC), None when open."""
    end: datetime | None
    """The instant after the span (UTC), None when open."""
    conversations: int = 0
    """How many conversations the file holds (a messages file: whose messages)."""
    index_complete: bool = True
    """False when words were searched in an index still being built or updated."""

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind.value,
            "path": str(self.path),
            "rows": self.rows,
            "conversations": self.conversations,
            "index_complete": self.index_complete,
            "timezone": self.timezone,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }


def parse_day(text: str, option: str) -> date:
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{option} {text!r} is not a day; write it like 2026-11-18.") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise UsageError(f"{option} must be a day between the years {FIRST_YEAR} and {LAST_YEAR}.")
    return day


def export_for_context(
    ctx: AppContext,
    request: ExportRequest,
    *,
    on_progress: ExportProgress | None = None,
    cancel: threading.Event | None = None,
) -> ExportResult:
    """``run_export`` with a ``SearchService`` opened only when the request has words."""
    if not request.uses_index:
        return run_export(ctx.store(), request, on_progress=on_progress, cancel=cancel)
    with SearchService.for_context(ctx) as search:
        return run_export(
            ctx.store(), request, search=search, on_progress=on_progress, cancel=cancel
        )


def run_export(
    store: Store,
    request: ExportRequest,
    *,
    search: SearchService | None = None,
    on_progress: ExportProgress | None = None,
    cancel: threading.Event | None = None,
) -> ExportResult:
    """Write the export to ``request.path`` through a temporary file beside it, so the target
    only ever appears complete. Raises ``UsageError`` before anything was synced,
    ``ExportError`` for an existing target (without ``force``) or a file that cannot be written,
    ``CancelledError`` when ``cancel`` is set; none of them leaves a file behind. A request
    with words needs ``search``."""
    profile = store.load_profile()
    if profile is None:
        raise UsageError("Nothing has been synced yet: run `agentdesk sync` first.")
    tz = zone(profile.timezone)
    filters = request.search_filters
    resolved = filters.resolve(profile.timezone)
    start, end = resolved.closed_from, resolved.closed_until
    selection, complete = ExportSelection(resolved), True
    if request.uses_index:
        if search is None:
            raise ValueError("An export with words needs the search service.")
        ids, complete = search.every_id(SearchQuery(request.text, filters), cancel)
        selection = ExportSelection(resolved, tuple(ids))
    path = request.path.expanduser().absolute()
    report = on_progress or _no_progress
    conversations = 0

    def write(handle: TextIO) -> int:
        nonlocal conversations
        with store.export_reader() as reader:
            conversations = reader.conversation_count(selection)
            batches, total = _batches(reader, request.kind, selection, tz, conversations)
            writer = csv.writer(handle)
            writer.writerow(HEADERS[request.kind])
            done = 0
            report(done, total)
            for batch in batches:
                if cancel is not None and cancel.is_set():
                    raise CancelledError(f"Export cancelled; {path} was not written.")
                writer.writerows(batch)
                done += len(batch)
                report(done, total)
            return done

    rows = write_atomically(path, write, force=request.force)
    return ExportResult(request.kind, path, rows, tz.key, start, end, conversations, complete)


def _no_progress(done: int, total: int) -> None:
    return None


Cells = list[str]
T = TypeVar("T")


def _batches(
    reader: ExportReader,
    kind: ExportKind,
    selection: ExportSelection,
    tz: ZoneInfo,
    conversations: int,
) -> tuple[Iterator[list[Cells]], int]:
    """The rows' cells batch by batch, and how many rows in all (``conversations`` counted
    once by the caller)."""
    if kind is ExportKind.CONVERSATIONS:
        rows = reader.conversations(selection)
        return _cells(rows, lambda c: conversation_cells(c, tz)), conversations
    total = reader.message_count(selection)
    return _cells(reader.messages(selection), lambda m: message_cells(m, tz)), total


def _cells(batches: Iterable[list[T]], to_cells: Callable[[T], Cells]) -> Iterator[list[Cells]]:
    for batch in batches:
        yield [to_cells(item) for item in batch]


# --- cells


def conversation_cells(c: ConversationExport, tz: ZoneInfo) -> Cells:
    return [
        text_cell(c.id),
        time_cell(c.started_at, tz),
        time_cell(c.closed_at, tz),
        text_cell(c.contact_id),
        text_cell(c.contact_name),
        text_cell(c.contact_type),
        text_cell(c.channel),
        text_cell(c.category),
        text_cell(TAG_SEPARATOR.join(c.tags)),
        str(c.incoming),
        str(c.outgoing),
        seconds_cell(c.first_response_s),
        seconds_cell(c.handling_time_s),
        _optional_int(c.csat),
        _optional_int(c.nps),
        text_cell(c.closing_note),
        str(c.transaction_count),
        *_amount_cells(c.amounts),
    ]


def message_cells(m: MessageExport, tz: ZoneInfo) -> Cells:
    return [
        time_cell(m.at, tz),
        text_cell(m.conversation_id),
        text_cell(m.message_id),
        text_cell(m.sender_type),
        text_cell(m.sender_id),
        text_cell(m.type),
        text_cell(m.text),
    ]


def text_cell(value: str | None) -> str:
    """Text as written, with a ``'`` in front when a spreadsheet would run it as a formula."""
    if not value:
        return ""
    return "'" + value if value[0] in FORMULA_STARTS else value


def time_cell(at: datetime, tz: ZoneInfo) -> str:
    return at.astimezone(tz).isoformat()


def seconds_cell(seconds: float | None) -> str:
    """Whole seconds as an integer, otherwise to the millisecond; empty when unknown."""
    if seconds is None:
        return ""
    if float(seconds).is_integer():
        return str(int(seconds))
    return f"{seconds:.3f}".rstrip("0").rstrip(".")


def money_cell(milli: int) -> str:
    """Exact: 59900 → ``59.90``, 5 → ``0.005``, -12500 → ``-12.50``."""
    text = f"{Decimal(milli).scaleb(-3):f}"
    return text[:-1] if text.endswith("0") else text


def _amount_cells(amounts: tuple[tuple[str, int], ...]) -> tuple[str, str]:
    if not amounts:
        return money_cell(0), ""
    if len(amounts) == 1:
        currency, milli = amounts[0]
        return money_cell(milli), text_cell(currency)
    return (
        text_cell(TAG_SEPARATOR.join(money_cell(milli) for _, milli in amounts)),
        text_cell(TAG_SEPARATOR.join(currency for currency, _ in amounts)),
    )


def _optional_int(value: int | None) -> str:
    return "" if value is None else str(value)
