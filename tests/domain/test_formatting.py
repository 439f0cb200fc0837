"""The words and numbers a person reads in a tooltip or in the CLI."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from agentdesk.domain.catalogue import TrendRule, Unit
from agentdesk.domain.formatting import (
    format_change,
    format_count,
    format_duration,
    format_money,
    format_percent,
    format_points,
    format_span,
    format_value,
)
from agentdesk.domain.periods import Span

PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (45, "45 s"),
        (44.5, "45 s"),  # halves round up
        (0.4, "0 s"),
        (72, "1 min 12 s"),
        (65, "1 min 05 s"),
        (59.6, "1 min 00 s"),
        (7500, "2 h 05 min"),  # 2 h 5 min 0 s
        (3629, "1 h 00 min"),  # 29 s rounds the minutes down
        (3630, "1 h 01 min"),
        (90_000, "25 h 00 min"),
    ],
)
def test_durations(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


@pytest.mark.parametrize(
    ("percent", "text"),
    [(87.5, "87.5 %"), (200 / 3, "66.7 %"), (87.25, "87.3 %"), (100, "100.0 %"), (0, "0.0 %")],
)
def test_percents(percent: float, text: str) -> None:
    assert format_percent(percent) == text


@pytest.mark.parametrize(
    ("points", "text"),
    [
        (32, "+32 points"),
        (-10, "−10 points"),
        (0, "0 points"),
        (1, "+1 point"),
        (100 / 3, "+33.3 points"),
    ],
)
def test_nps_points_are_signed(points: float, text: str) -> None:
    assert format_points(points) == text


def test_money_counts_and_missing_values() -> None:
    assert format_money(Decimal("1234.5"), "EUR") == "1,234.50 EUR"
    assert format_money(Decimal("115") / 3, "EUR") == "38.33 EUR"
    assert format_money(Decimal("0.005"), None) == "0.01"
    assert format_count(1234567) == "1,234,567"
    assert format_value(Unit.CURRENCY, None, "EUR") == "—"
    assert format_value(Unit.SECONDS, 750.0) == "12 min 30 s"
    assert format_value(Unit.COUNT, 42) == "42"


def test_changes_are_signed_in_their_own_unit() -> None:
    assert format_change(TrendRule.RELATIVE, 4 / 38) == "+10.5 %"
    assert format_change(TrendRule.RELATIVE, -0.25) == "−25.0 %"
    assert format_change(TrendRule.POINTS, -2.5) == "−2.5 points"


def test_spans_read_on_the_agent_s_clock() -> None:
    week = Span(datetime(2026, 11, 15, 23, tzinfo=UTC), datetime(2026, 11, 18, 13, tzinfo=UTC))
    assert format_span(week, PARIS) == "Mon 16 Nov 00:00 – Wed 18 Nov 14:00"
    assert format_span(week, ZoneInfo("Asia/Jakarta")) == "Mon 16 Nov 06:00 – Wed 18 Nov 20:00"
    morning = Span(datetime(2026, 11, 15, 23, tzinfo=UTC), datetime(2026, 11, 16, 9, tzinfo=UTC))
    assert format_span(morning, PARIS) == "Mon 16 Nov 00:00 – 10:00"


def test_a_span_ending_at_midnight_ends_at_24_00_the_day_before() -> None:
    february = Span(datetime(2026, 1, 31, 23, tzinfo=UTC), datetime(2026, 2, 28, 23, tzinfo=UTC))
    assert format_span(february, PARIS) == "Sun 1 Feb 00:00 – Sat 28 Feb 24:00"
    one_day = Span(datetime(2026, 11, 15, 23, tzinfo=UTC), datetime(2026, 11, 16, 23, tzinfo=UTC))
    assert format_span(one_day, PARIS) == "Mon 16 Nov 00:00 – 24:00"
    empty = Span(datetime(2026, 11, 15, 23, tzinfo=UTC), datetime(2026, 11, 15, 23, tzinfo=UTC))
    assert format_span(empty, PARIS) == "Mon 16 Nov 00:00 – 00:00"
