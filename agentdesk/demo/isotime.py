"""The wire format of times: ISO 8601 in UTC with a ``Z``, in whole seconds (everything the demo
makes is), so that times of the same shape also sort as text."""

from __future__ import annotations

from datetime import UTC, datetime


def format_time(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("a naive datetime cannot be sent: give it a time zone")
    moment = moment.astimezone(UTC)
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if moment.microsecond:
        text += f".{moment.microsecond // 1000:03d}"
    return text + "Z"


def parse_time(text: str) -> datetime:
    """Parse an ISO 8601 time that carries an offset (``Z`` or ``±HH:MM``) into aware UTC."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"{text!r} has no offset: add 'Z' or '+HH:MM'")
    return moment.astimezone(UTC)
