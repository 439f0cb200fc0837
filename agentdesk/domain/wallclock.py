"""Local wall-clock times and the instants they stand for, decided once for DST gaps and folds.

Periods are cut on the agent's wall clock ("Monday 00:00", "the same time yesterday"), but
everything inside the domain is a UTC instant. Wall-clock values are kept as *aware* datetimes
carrying the agent's ``ZoneInfo``: Python does arithmetic and comparisons between two datetimes
sharing one ``tzinfo`` on the wall clock (``Sun 00:00 + 10 h`` is ``Sun 10:00`` even on a 25-hour
Sunday), which is exactly the design's "spans are in local wall-clock time", without ever
handling a naive datetime.

The rule for turning a wall-clock time into an instant, whatever the zone does that day:

*a wall-clock time means the first instant at which the local clock reaches it.*

- An ordinary time has one instant: that one.
- An ambiguous time (the hour repeated when clocks go back) means its first occurrence, the one
  with the summer offset (``fold=0``).
- A non-existent time (skipped when clocks go forward) means the instant of the jump: 02:30 on
  the Paris spring-forward day is 03:00 CEST. A midnight that does not exist (Santiago, Cairo,
  Apia skipping a whole day) thus starts its day when the clock jumps.

This rule never goes backwards (a later wall time never gives an earlier instant), so clamping
on the wall clock and then converting keeps spans ordered.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

FIRST_YEAR, LAST_YEAR = 1971, 9998
"""The years AgentDesk handles. Periods reach back a month and forward a day, and instants are
shifted between zones: a time at the calendar's very ends would overflow ``datetime``. Server
times, ``--at`` and the day filters are all checked against these bounds."""


def zone(tz: str | ZoneInfo) -> ZoneInfo:
    """The agent's zone from its IANA name; an unknown name is a ``ValueError`` with a sentence."""
    if isinstance(tz, ZoneInfo):
        return tz
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{tz!r} is not a time zone this computer knows.") from None


def require_aware(at: datetime, what: str = "time") -> None:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"The {what} {at.isoformat()} has no time zone; AgentDesk needs one.")


def to_local(at: datetime, tz: ZoneInfo) -> datetime:
    """The instant ``at`` on the agent's wall clock (``fold`` set on the repeated hour)."""
    require_aware(at)
    return at.astimezone(tz)


def to_utc(local: datetime) -> datetime:
    """The first instant at which the local clock reaches ``local`` (see the module docstring).

    ``local`` must carry a ``ZoneInfo``; its ``fold`` is ignored on purpose, so that a wall-clock
    time computed by arithmetic resolves the same way whichever occurrence it came from.
    """
    tz = local.tzinfo
    if not isinstance(tz, ZoneInfo):
        raise TypeError("to_utc expects a wall-clock time carrying a ZoneInfo.")
    first = local.replace(fold=0)
    if exists(first):
        return first.astimezone(UTC)
    return _jump_into(first, tz)


def _jump_into(missing: datetime, tz: ZoneInfo) -> datetime:
    """The instant the clock jumps over the non-existent ``missing``.

    ``fold=1`` reads a skipped time with the offset after the jump, which lands before it;
    ``fold=0`` with the offset before it, which lands after it. zoneinfo does not expose
    transitions, so they are bisected to the second (tzdata transitions are whole seconds).
    """
    before = missing.replace(fold=1).astimezone(UTC)
    after = missing.replace(fold=0).astimezone(UTC)
    low = int(before.timestamp()) - 1
    high = int(after.timestamp()) + 1
    offset_after = datetime.fromtimestamp(high, UTC).astimezone(tz).utcoffset()
    while high - low > 1:
        middle = (low + high) // 2
        if datetime.fromtimestamp(middle, UTC).astimezone(tz).utcoffset() == offset_after:
            high = middle
        else:
            low = middle
    return datetime.fromtimestamp(high, UTC)


def exists(local: datetime) -> bool:
    """Whether the local clock ever shows ``local`` (False inside a spring-forward gap)."""
    tz = local.tzinfo
    if not isinstance(tz, ZoneInfo):
        raise TypeError("exists expects a wall-clock time carrying a ZoneInfo.")
    first = local.replace(fold=0)
    return first.astimezone(UTC).astimezone(tz) == first
