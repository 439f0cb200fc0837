"""Typed reads from one JSON object, each failure a precise ``InvalidRecordError`` reason.

Reasons name the field (``messages[2].at``) and, for small closed values, what was found
(``csat 9 is outside 1–5``). They never echo free text such as a message body or a contact's
name: they end up in logs.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import NoReturn, TypeVar

from agentdesk.domain.wallclock import FIRST_YEAR, LAST_YEAR
from agentdesk.errors import InvalidRecordError

E = TypeVar("E", bound=StrEnum)

_MISSING = object()
_SHOWN_CHARS = 40
_CODE = re.compile(r"[A-Za-z0-9_./+:-]{1,40}")


def show(value: object) -> str:
    """A short, log-safe rendering of a small JSON value for a reason."""
    if isinstance(value, str):
        return repr(value if len(value) <= _SHOWN_CHARS else value[:_SHOWN_CHARS] + "…")
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | Decimal):
        text = str(value)
        return text if len(text) <= _SHOWN_CHARS else text[:_SHOWN_CHARS] + "…"
    return "a list" if isinstance(value, list) else "an object"


def named(field: str, value: str) -> str:
    """``field 'value'`` when the value looks like a code, else just ``field``.

    A code (a status, a zone name) is safe to log; free text in the wrong field might be a
    message body, so it is not repeated."""
    return f"{field} {value!r}" if _CODE.fullmatch(value) else field


MAX_AMOUNT = Decimal(10) ** 12
"""No single transaction is worth a trillion; past that a record is broken, and its milli-units
would no longer fit SQLite's 64-bit integers."""


_NOT_A_TIME = "is not an ISO 8601 time with an offset"
_OUT_OF_RANGE = "is out of range"


def utc_time(value: object) -> datetime | str:
    """``value`` as an aware UTC time, or why it is not one (the end of a reason).

    The one rule for every time a record carries, used by ``Fields`` and by the fast message
    path alike: an ISO 8601 string with an offset, in ``FIRST_YEAR``–``LAST_YEAR`` (year 9999
    or year 1 overflow once shifted to a time zone or added to a duration). Hot: a dozen times
    per conversation, so nothing is built unless it fails."""
    moment: datetime | None = None
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = None
    if moment is None or moment.tzinfo is None or moment.utcoffset() is None:
        return _NOT_A_TIME
    if FIRST_YEAR <= moment.year <= LAST_YEAR:
        try:
            moment = moment.astimezone(UTC)
        except (OverflowError, ValueError):
            return _OUT_OF_RANGE
        if FIRST_YEAR <= moment.year <= LAST_YEAR:
            return moment
    return _OUT_OF_RANGE


class Fields:
    """One JSON object being read; ``prefix`` locates it inside its record."""

    def __init__(self, obj: object, *, record_id: str | None, where: str = "") -> None:
        self.record_id = record_id
        self._where = where
        if not isinstance(obj, Mapping):
            self.fail(f"{where or 'the record'} is not a JSON object")
        self._obj: Mapping[object, object] = obj

    def fail(self, reason: str) -> NoReturn:
        raise InvalidRecordError(self.record_id, reason)

    def name(self, key: str) -> str:
        return f"{self._where}.{key}" if self._where else key

    def raw(self, key: str) -> object:
        """The value, or ``None`` when the key is absent."""
        return self._obj.get(key)

    def _required(self, key: str) -> object:
        value = self._obj.get(key, _MISSING)
        if value is _MISSING:
            self.fail(f"{self.name(key)} is missing")
        if value is None:
            self.fail(f"{self.name(key)} is null")
        return value

    def text(self, key: str, *, empty_ok: bool = False) -> str:
        value = self._required(key)
        if not isinstance(value, str):
            self.fail(f"{self.name(key)} is not a string")
        if not value and not empty_ok:
            self.fail(f"{self.name(key)} is empty")
        return value

    def optional_text(self, key: str) -> str | None:
        value = self._obj.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.fail(f"{self.name(key)} is not a string")
        return value

    def choice(self, key: str, enum: type[E]) -> E:
        value = self.text(key)
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            self.fail(f"{named(self.name(key), value)} is not one of {allowed}")

    def time(self, key: str) -> datetime:
        self._required(key)
        moment = self.optional_time(key)
        assert moment is not None
        return moment

    def optional_time(self, key: str) -> datetime | None:
        value = self._obj.get(key)
        if value is None:
            return None
        moment = utc_time(value)
        if isinstance(moment, str):
            self.fail(f"{self.name(key)} {moment}")
        return moment

    def optional_int(self, key: str, low: int | None = None, high: int | None = None) -> int | None:
        value = self._obj.get(key)
        if value is None:
            return None
        if isinstance(value, float | Decimal):
            self.fail(f"{self.name(key)} {show(value)} is not a whole number")
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"{self.name(key)} is not a number")
        if high is not None and low is not None and not low <= value <= high:
            self.fail(f"{self.name(key)} {show(value)} is outside {low}–{high}")
        if low is not None and value < low:
            self.fail(f"{self.name(key)} {show(value)} is below {low}")
        return value

    def amount(self, key: str) -> Decimal:
        """Money: a JSON number, kept exact when the JSON was read with ``parse_float=Decimal``."""
        value = self._required(key)
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            self.fail(f"{self.name(key)} is not a number")
        if isinstance(value, float):
            if not math.isfinite(value):
                self.fail(f"{self.name(key)} is not a finite number")
            return self._bounded(key, Decimal(repr(value)))
        number = Decimal(value)
        if not number.is_finite():
            self.fail(f"{self.name(key)} is not a finite number")
        return self._bounded(key, number)

    def _bounded(self, key: str, number: Decimal) -> Decimal:
        if abs(number) > MAX_AMOUNT:
            self.fail(f"{self.name(key)} is beyond ±{MAX_AMOUNT:,}")
        return number

    def flag(self, key: str, *, default: bool) -> bool:
        value = self._obj.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.fail(f"{self.name(key)} is not true or false")
        return value

    def text_list(self, key: str, *, required: bool = False) -> tuple[str, ...]:
        value = self._required(key) if required else self._obj.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.fail(f"{self.name(key)} is not a list")
        for index, item in enumerate(value):
            if not isinstance(item, str):
                self.fail(f"{self.name(key)}[{index}] is not a string")
        return tuple(value)

    def objects(self, key: str) -> list[Fields]:
        """The objects of an optional list, each readable with its position in the reasons."""
        value = self._obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(f"{self.name(key)} is not a list")
        return [
            Fields(item, record_id=self.record_id, where=f"{self.name(key)}[{index}]")
            for index, item in enumerate(value)
        ]

    def child(self, key: str) -> Fields:
        return Fields(self._required(key), record_id=self.record_id, where=self.name(key))
