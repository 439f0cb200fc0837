"""How domain values appear in ``--json`` output: numbers, and times on the agent's clock.

One place, so that ``indicators`` and ``evolution`` print the same value the same way.
Money leaves the domain's ``Decimal`` here, as a number rounded to cents (JSON has no decimal
type and the design asks for numbers); other non-integers are rounded to two decimals, which
is finer than anything a person reads off a tile and keeps the output stable across platforms.
"""

from __future__ import annotations

from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeAlias
from zoneinfo import ZoneInfo

from agentdesk.domain.trend import Number

JsonValue: TypeAlias = "bool | int | float | str | list[JsonValue] | dict[str, JsonValue] | None"
JsonObject: TypeAlias = "dict[str, JsonValue]"


def json_number(value: Number | None, places: int = 2) -> int | float | None:
    """Integers stay integers; Decimals and floats become floats rounded half up."""
    if value is None or isinstance(value, int):
        return value
    exact = value if isinstance(value, Decimal) else Decimal(repr(value))
    return float(exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def json_time(at: datetime, tz: ZoneInfo) -> str:
    """ISO 8601 with the agent's offset: ``2026-11-16T00:00:00+01:00``."""
    return at.astimezone(tz).isoformat()
