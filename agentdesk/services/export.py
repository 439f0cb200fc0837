"""CSV export of the agent's closed conversations, or of their messages, over a span of days.

The same call for ``agentdesk export`` and for the window (from a worker thread: it only needs
the store, reports progress through a plain callback and stops when its ``cancel`` event is set).

What is exported, and how:

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
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TextIO, TypeVar
from zoneinfo import ZoneInfo

from agentdesk.domain.wallclock import to_utc, zone
from agentdesk.errors import CancelledError, UsageError
from agentdesk.services.export_file import write_atomically
from agentdesk.store import Store
from agentdesk.store.export_rows import ConversationExport, ExportReader, MessageExport


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
    """``first_day``/``last_day`` are inclusive local days; None leaves that side open."""

    kind: ExportKind
    path: Path
    first_day: date | None = None
    last_day: date | None = None
    force: bool = False

    def __post_init__(self) -> None:
        if self.first_day and self.last_day and self.first_day > self.last_day:
            raise UsageError(
                f"--from {self.first_day.isoformat()} is after --to {self.last_day.isoformat()}."
            )


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

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind.value,
            "path": str(self.path),
            "rows": self.rows,
            "timezone": self.timezone,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }


def parse_day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{option} {text!r} is not a day; write it like 2026-11-18.") from None


def day_span(
    first_day: date | None, last_day: date | None, tz: ZoneInfo
) -> tuple[datetime | None, datetime | None]:
    """The UTC instants ``[first_day 00:00, the day after last_day 00:00)`` on ``tz``'s clock."""

    def midnight(day: date | None) -> datetime | None:
        """None past the ends of ``datetime`` (year 1, year 9999): nothing is stored there, so
        an open side selects the same."""
        try:
            return None if day is None else to_utc(datetime.combine(day, time(0), tzinfo=tz))
        except (OverflowError, ValueError):
            return None

    after_last = last_day + timedelta(days=1) if last_day and last_day < date.max else None
    return midnight(first_day), midnight(after_last)


def run_export(
    store: Store,
    request: ExportRequest,
    *,
    on_progress: ExportProgress | None = None,
    cancel: threading.Event | None = None,
) -> ExportResult:
    """Write the export to ``request.path`` through a temporary file beside it, so the target
    only ever appears complete. Raises ``UsageError`` before anything was synced,
    ``ExportError`` for an existing target (without ``force``) or a file that cannot be written,
    ``CancelledError`` when ``cancel`` is set; none of them leaves a file behind."""
    profile = store.load_profile()
    if profile is None:
        raise UsageError("Nothing has been synced yet: run `agentdesk sync` first.")
    tz = zone(profile.timezone)
    start, end = day_span(request.first_day, request.last_day, tz)
    path = request.path.expanduser().absolute()
    report = on_progress or _no_progress

    def write(handle: TextIO) -> int:
        with store.export_reader() as reader:
            batches, total = _batches(reader, request.kind, start, end, tz)
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
    return ExportResult(request.kind, path, rows, tz.key, start, end)


def _no_progress(done: int, total: int) -> None:
    return None


Cells = list[str]
T = TypeVar("T")


def _batches(
    reader: ExportReader,
    kind: ExportKind,
    start: datetime | None,
    end: datetime | None,
    tz: ZoneInfo,
) -> tuple[Iterator[list[Cells]], int]:
    if kind is ExportKind.CONVERSATIONS:
        total = reader.conversation_count(start, end)
        rows = reader.conversations(start, end)
        return _cells(rows, lambda c: conversation_cells(c, tz)), total
    total = reader.message_count(start, end)
    return _cells(reader.messages(start, end), lambda m: message_cells(m, tz)), total


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
