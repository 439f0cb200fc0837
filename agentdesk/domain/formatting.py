"""Plain, locale-neutral English text for values, changes and times: the tooltip's and the CLI's.

The window formats for the agent's locale itself; this is the fallback every front end shares,
so it stays deliberately simple: English day and month abbreviations (never ``strftime``, whose
output follows the process locale), "," for thousands, "." for decimals, and halves rounded up
(87.25 % reads 87.3 %, as a person rounding by hand would write, not Python's 87.2 %).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from agentdesk.domain.catalogue import TrendRule, Unit
from agentdesk.domain.periods import Span
from agentdesk.domain.trend import Number

NONE_TEXT = "—"
"""What a value with nothing to measure reads as: never 0."""
MINUS = "\u2212"
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _half_up(value: Number, places: int) -> Decimal:
    """``value`` rounded half up. Floats are first rounded to nine decimals and read through
    their shortest repr, so that 0.2345 × 100 (23.449999999999996) still shows 23.5 %."""
    exact = value if isinstance(value, Decimal) else Decimal(repr(round(value, 9)))
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _signed(text: str, negative: bool, *, plus: bool = False) -> str:
    if negative:
        return MINUS + text
    return "+" + text if plus else text


def format_count(count: int) -> str:
    return _signed(f"{abs(count):,}", count < 0)


def format_duration(seconds: float) -> str:
    """Seconds as "45 s", "1 min 12 s" or "2 h 05 min": seconds are dropped once hours show."""
    whole = int(_half_up(abs(seconds), 0))
    if whole < 60:
        text = f"{whole} s"
    elif whole < 3600:
        text = f"{whole // 60} min {whole % 60:02d} s"
    else:
        hours, minutes = divmod((whole + 30) // 60, 60)
        text = f"{hours} h {minutes:02d} min"
    return _signed(text, seconds < 0 and whole > 0)


def format_percent(percent: float) -> str:
    """A 0–100 percent with one decimal: "87.5 %"."""
    rounded = _half_up(percent, 1)
    return _signed(f"{abs(rounded):,.1f} %", rounded < 0)


def _points_number(points: float) -> tuple[str, bool]:
    rounded = _half_up(points, 1)
    number = (
        f"{abs(rounded):.0f}" if rounded == rounded.to_integral_value() else f"{abs(rounded):.1f}"
    )
    return number, abs(rounded) == 1


def format_points(points: float) -> str:
    """An NPS or a change in points, signed: "+32 points", "−10 points", "0 points"."""
    number, singular = _points_number(points)
    nonzero = number != "0"
    return _signed(
        f"{number} {'point' if singular else 'points'}", nonzero and points < 0, plus=nonzero
    )


def format_money(amount: Decimal, currency: str | None) -> str:
    """Two decimals and the ISO code after: "1,234.50 EUR" (no code when none is known)."""
    rounded = _half_up(amount, 2)
    text = f"{abs(rounded):,.2f}" + (f" {currency}" if currency else "")
    return _signed(text, rounded < 0)


def format_value(unit: Unit, value: Number | None, currency: str | None = None) -> str:
    """Any indicator value in its unit; "—" for None."""
    if value is None:
        return NONE_TEXT
    if unit is Unit.COUNT:
        return format_count(int(value))
    if unit is Unit.SECONDS:
        return format_duration(float(value))
    if unit is Unit.PERCENT:
        return format_percent(float(value))
    if unit is Unit.POINTS:
        return format_points(float(value))
    return format_money(Decimal(value), currency)


def format_change(rule: TrendRule, change: float) -> str:
    """A change as the trend measures it, signed: "+10.5 %" (relative) or "−2.5 points"."""
    if rule is TrendRule.POINTS:
        return format_points(change)
    percent = _half_up(change * 100, 1)
    return _signed(f"{abs(percent):,.1f} %", percent < 0, plus=percent > 0)


def format_moment(at: datetime, tz: ZoneInfo, *, with_date: bool = True) -> str:
    """``at`` on the agent's clock: "Mon 16 Nov 14:00"."""
    local = at.astimezone(tz)
    clock = f"{local.hour:02d}:{local.minute:02d}"
    if not with_date:
        return clock
    return f"{_DAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]} {clock}"


def format_span(span: Span, tz: ZoneInfo) -> str:
    """ "Mon 16 Nov 00:00 – Wed 18 Nov 14:00"; a span ending at local midnight ends at "24:00" of
    the day before (February's end reads "Sat 28 Feb 24:00"), and one ending the day it starts
    shows its end's time only: "Mon 16 Nov 00:00 – 10:00"."""
    start = span.start.astimezone(tz)
    end = span.end.astimezone(tz)
    midnight = end.hour == end.minute == end.second == end.microsecond == 0
    if midnight and span.end > span.start:
        day_before = (end - timedelta(days=1)).date()
        shown_end = (
            f"{_DAYS[day_before.weekday()]} {day_before.day} {_MONTHS[day_before.month - 1]} 24:00"
        )
        if day_before == start.date():
            shown_end = "24:00"
    elif end.date() == start.date():
        shown_end = format_moment(span.end, tz, with_date=False)
    else:
        shown_end = format_moment(span.end, tz)
    return f"{format_moment(span.start, tz)} – {shown_end}"
