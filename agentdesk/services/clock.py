""" "Now", for commands that take ``--at ISO-TIME`` so that their output is reproducible."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from agentdesk.domain.wallclock import FIRST_YEAR, LAST_YEAR
from agentdesk.errors import UsageError


def parse_at(text: str | None) -> datetime | None:
    """A time with an offset is taken as it is; one without is the agent's local time, which
    is resolved later with ``resolve_now`` once the agent's zone is known."""
    if text is None:
        return None
    try:
        at = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(
            f"--at {text!r} is not an ISO 8601 time; write it like 2026-11-18T14:00:00+01:00."
        ) from None
    if not FIRST_YEAR <= at.year <= LAST_YEAR:
        # Periods reach back a month and forward a day: the calendar's ends would overflow.
        raise UsageError(f"--at must be between the years {FIRST_YEAR} and {LAST_YEAR}.")
    return at


def resolve_now(at: datetime | None, timezone: str) -> datetime:
    if at is None:
        return datetime.now(UTC)
    if at.tzinfo is None:
        at = at.replace(tzinfo=ZoneInfo(timezone))
    return at.astimezone(UTC)
