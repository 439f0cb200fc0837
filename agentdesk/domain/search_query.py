"""What an agent asks the search for: the text as typed, the filters, how many rows.

The text is parsed by the search layer (it needs the index's analyzer); this module holds the
plain values both front ends build, checks them once, and turns filter *days* — always the
agent's, in the zone the profile gives — into UTC instants the store and the index compare with
``closed_at``.

Filters combine with AND: a month and a day range together mean the days of that month within
the range; CSAT values are alternatives (``{1, 2}`` is "rated 1 or 2"); the NPS range is
inclusive at both ends. A conversation without a rating never passes a CSAT or NPS filter.

Two filters exist for the window's drill-down from an indicator ("show these conversations"):
an instant span (``closed_from``/``closed_until``: the figure's period up to now, or one hour of
its chart) and ``measured`` — only the conversations the figure measured (those with a first
response, with transactions…), so that the list counts what the figure counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from agentdesk.domain.wallclock import FIRST_YEAR, LAST_YEAR, to_utc, zone

CSAT_VALUES = frozenset(range(1, 6))
NPS_LOWEST = 0
NPS_HIGHEST = 10
DEFAULT_LIMIT = 50
MAX_LIMIT = 10_000

_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


@dataclass(frozen=True, slots=True, order=True)
class Month:
    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not FIRST_YEAR <= self.year <= LAST_YEAR:
            raise ValueError(f"{self.year:04d}-{self.month:02d} is not a month.")

    @classmethod
    def parse(cls, text: str) -> Month:
        """``YYYY-MM``; anything else is a ``ValueError`` with a sentence."""
        found = _MONTH.match(text)
        if found is None:
            raise ValueError(f"{text!r} is not a month; write it like 2026-11.")
        return cls(int(found.group(1)), int(found.group(2)))

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def next_first_day(self) -> date:
        if self.month == 12:
            return date(self.year + 1, 1, 1)
        return date(self.year, self.month + 1, 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


class Measured(StrEnum):
    """Conversations an indicator measured (a mean has nothing to measure in some of them)."""

    HANDLING_TIME = "handling_time"
    REPLY_DELAY = "reply_delay"
    FIRST_RESPONSE = "first_response"
    TRANSACTIONS = "transactions"


@dataclass(frozen=True, slots=True)
class ResolvedFilters:
    """The filters as instants and plain sets: what the store and the index apply.

    ``closed_from`` is inclusive and ``closed_until`` exclusive; either may be open."""

    closed_from: datetime | None = None
    closed_until: datetime | None = None
    csat: frozenset[int] = frozenset()
    nps_min: int | None = None
    nps_max: int | None = None
    channels: frozenset[str] = frozenset()
    measured: Measured | None = None
    """Applied by the store only (the index does not hold these facts)."""

    @property
    def is_empty(self) -> bool:
        return self == NO_FILTERS

    @property
    def matches_nothing(self) -> bool:
        """An empty day range (``--from`` after ``--to`` within a month, say) finds nothing."""
        return (
            self.closed_from is not None
            and self.closed_until is not None
            and self.closed_from >= self.closed_until
        )

    @property
    def nps_values(self) -> frozenset[int] | None:
        """The NPS scores that pass, or None when NPS is not filtered."""
        if self.nps_min is None and self.nps_max is None:
            return None
        low = NPS_LOWEST if self.nps_min is None else self.nps_min
        high = NPS_HIGHEST if self.nps_max is None else self.nps_max
        return frozenset(range(low, high + 1))

    def accepts(self, closed_at: datetime, channel: str, csat: int | None, nps: int | None) -> bool:
        """The same rule as the SQL and the index, for one conversation (tests, ID look-ups);
        ``measured`` is left to the store's SQL."""
        if self.closed_from is not None and closed_at < self.closed_from:
            return False
        if self.closed_until is not None and closed_at >= self.closed_until:
            return False
        if self.csat and csat not in self.csat:
            return False
        nps_values = self.nps_values
        if nps_values is not None and nps not in nps_values:
            return False
        return not self.channels or channel in self.channels


NO_FILTERS = ResolvedFilters()


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """The filters as the agent gives them. Days are inclusive calendar days of the agent."""

    month: Month | None = None
    from_day: date | None = None
    to_day: date | None = None
    csat: frozenset[int] = frozenset()
    nps_min: int | None = None
    nps_max: int | None = None
    channels: frozenset[str] = frozenset()
    closed_from: datetime | None = None
    """An instant (aware): closed at or after it. The drill-down's span; combines with days."""
    closed_until: datetime | None = None
    """An instant (aware): closed before it."""
    measured: Measured | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "csat", frozenset(self.csat))
        channels = frozenset(c.strip().lower() for c in self.channels if c.strip())
        object.__setattr__(self, "channels", channels)
        if not self.csat <= CSAT_VALUES:
            wrong = ", ".join(str(v) for v in sorted(self.csat - CSAT_VALUES))
            raise ValueError(f"CSAT is rated 1 to 5; {wrong} is not a CSAT value.")
        for name, value in (("minimum", self.nps_min), ("maximum", self.nps_max)):
            if value is not None and not NPS_LOWEST <= value <= NPS_HIGHEST:
                raise ValueError(f"NPS is scored 0 to 10; {value} cannot be the NPS {name}.")
        if self.nps_min is not None and self.nps_max is not None and self.nps_min > self.nps_max:
            raise ValueError(
                f"The NPS minimum ({self.nps_min}) is above the maximum ({self.nps_max})."
            )
        for moment in (self.closed_from, self.closed_until):
            if moment is not None and moment.utcoffset() is None:
                raise ValueError("A filter instant must carry its time zone.")
        if self.from_day is not None and self.to_day is not None and self.from_day > self.to_day:
            raise ValueError(
                f"The first day ({self.from_day.isoformat()}) is after the last day "
                f"({self.to_day.isoformat()})."
            )

    @property
    def is_empty(self) -> bool:
        return self == SearchFilters()

    def resolve(self, timezone: str) -> ResolvedFilters:
        """Days become instants on the agent's wall clock (``timezone`` is its IANA name)."""
        tz = zone(timezone)
        starts = [d for d in (self.from_day,) if d is not None]
        ends = [d for d in (_after(self.to_day),) if d is not None]
        if self.month is not None:
            starts.append(self.month.first_day)
            ends.append(self.month.next_first_day)

        def instant(day: date) -> datetime:
            return to_utc(datetime.combine(day, time(0), tzinfo=tz))

        first = [instant(d) for d in starts]
        last = [instant(d) for d in ends]
        if self.closed_from is not None:
            first.append(self.closed_from.astimezone(UTC))
        if self.closed_until is not None:
            last.append(self.closed_until.astimezone(UTC))
        return ResolvedFilters(
            closed_from=max(first) if first else None,
            closed_until=min(last) if last else None,
            csat=self.csat,
            nps_min=self.nps_min,
            nps_max=self.nps_max,
            channels=self.channels,
            measured=self.measured,
        )

    @property
    def has_days(self) -> bool:
        """Whether resolving needs the agent's zone."""
        return self.month is not None or self.from_day is not None or self.to_day is not None


def _after(day: date | None) -> date | None:
    return None if day is None else day + timedelta(days=1)


@dataclass(frozen=True, slots=True)
class ListPosition:
    """A row of the newest-first list, by its sort key: when it closed, and its id (the
    tie-break)."""

    closed_at: datetime
    id: str


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """Typed query in: ``text`` as typed (any text at all: it is never refused), filters, and
    which slice of the newest-first results to return."""

    text: str = ""
    filters: SearchFilters = field(default_factory=SearchFilters)
    limit: int = DEFAULT_LIMIT
    offset: int = 0
    after: ListPosition | None = None
    """The row just before ``offset``, when the caller holds it (the window's list, fetching
    its next rows): a query without words then reads on from that row instead of stepping over
    ``offset`` rows — the same rows, but 200 of them at row 90,000 took SQLite 85 ms by offset
    and take ~1 ms from the row before. Queries with words page by ``offset`` alone."""

    def __post_init__(self) -> None:
        if not 1 <= self.limit <= MAX_LIMIT:
            raise ValueError(f"The limit must be between 1 and {MAX_LIMIT}, not {self.limit}.")
        if self.offset < 0:
            raise ValueError(f"The offset cannot be negative ({self.offset}).")
