"""The command line's tooltip names both spans, both values and the verdict, on the agent's
clock, in English (the window's is tested in tests/ui/indicators/test_tile_words.py)."""

from __future__ import annotations

from decimal import Decimal

from agentdesk.cli import indicator_words
from agentdesk.domain.catalogue import CATALOGUE, IndicatorKey, IndicatorSpec
from agentdesk.domain.indicators import IndicatorResult, MissingReason
from agentdesk.domain.periods import PeriodKind, PeriodWindow, period_window
from agentdesk.domain.report import unavailable
from agentdesk.domain.trend import Number, Trend
from tests.domain.builders import local

PARIS = "Europe/Paris"
WEEK = period_window(PeriodKind.WEEK, local(PARIS, 2026, 11, 18, 14), PARIS)
CONVERSATIONS = CATALOGUE[IndicatorKey.CONVERSATIONS]


def indicator_tooltip(
    spec: IndicatorSpec,
    window: PeriodWindow,
    *,
    value: Number | None,
    previous: Number | None,
    change: float | None,
    trend: Trend,
    reason: MissingReason | None = None,
    currency: str | None = None,
) -> str:
    result = IndicatorResult(
        spec.key, spec, value, previous, change, trend, currency, reason=reason
    )
    return indicator_words.indicator_tooltip(result, window)


def test_the_design_s_example_sentence() -> None:
    text = indicator_tooltip(
        CONVERSATIONS, WEEK, value=42, previous=38, change=4 / 38, trend=Trend.UP
    )
    assert text == (
        "Conversations this week so far (Mon 16 Nov 00:00 – Wed 18 Nov 14:00): 42, against 38 "
        "over the same span last week (Mon 9 Nov 00:00 – Wed 11 Nov 14:00): up 10.5 %."
    )


def test_a_missing_value_says_why() -> None:
    text = indicator_tooltip(
        CATALOGUE[IndicatorKey.CSAT],
        WEEK,
        value=None,
        previous=87.5,
        change=None,
        trend=Trend.NONE,
        reason=MissingReason.NO_RATING,
    )
    assert text == (
        "CSAT this week so far (Mon 16 Nov 00:00 – Wed 18 Nov 14:00): — no rated conversation "
        "in this span, against 87.5 % over the same span last week "
        "(Mon 9 Nov 00:00 – Wed 11 Nov 14:00): no trend."
    )


def test_a_day_after_a_25_hour_sunday_compares_the_same_clock_times() -> None:
    day = period_window(PeriodKind.DAY, local(PARIS, 2026, 10, 26, 10), PARIS)
    text = indicator_tooltip(
        CONVERSATIONS, day, value=5, previous=7, change=-2 / 7, trend=Trend.DOWN
    )
    assert text == (
        "Conversations today so far (Mon 26 Oct 00:00 – 10:00): 5, against 7 over the same span "
        "yesterday (Sun 25 Oct 00:00 – 10:00): down 28.6 %."
    )


def test_a_shorter_previous_month_is_said_to_be_compared_whole() -> None:
    month = period_window(PeriodKind.MONTH, local(PARIS, 2026, 3, 31, 14), PARIS)
    text = indicator_tooltip(
        CATALOGUE[IndicatorKey.REVENUE],
        month,
        value=Decimal("1250"),
        previous=Decimal("1000"),
        change=0.25,
        trend=Trend.UP,
        currency="EUR",
    )
    assert text == (
        "Revenue this month so far (Sun 1 Mar 00:00 – Tue 31 Mar 14:00): 1,250.00 EUR, against "
        "1,000.00 EUR over the whole of last month, which was shorter "
        "(Sun 1 Feb 00:00 – Sat 28 Feb 24:00): up 25.0 %."
    )


def test_stable_and_from_zero_verdicts() -> None:
    def verdict(value: int, previous: int, change: float | None, trend: Trend) -> str:
        text = indicator_tooltip(
            CONVERSATIONS, WEEK, value=value, previous=previous, change=change, trend=trend
        )
        return text.rsplit("): ", 1)[1]

    assert verdict(32, 31, 1 / 31, Trend.STABLE) == "stable (+3.2 %)."
    assert verdict(31, 31, 0.0, Trend.STABLE) == "stable (no change)."
    assert verdict(3, 0, None, Trend.UP) == "up from 0."
    assert verdict(0, 0, None, Trend.STABLE) == "stable (0 both times)."
    # A refund-only week after an empty one: the sentence follows the arrow.
    assert verdict(-60, 0, None, Trend.DOWN) == "down from 0."


def test_points_read_as_points() -> None:
    text = indicator_tooltip(
        CATALOGUE[IndicatorKey.NPS], WEEK, value=32.0, previous=20.0, change=12.0, trend=Trend.UP
    )
    assert text.endswith("): +32 points, against +20 points over the same span last week "
                         "(Mon 9 Nov 00:00 – Wed 11 Nov 14:00): up 12 points.")  # fmt: skip


def test_a_tile_the_platform_cannot_supply_says_so() -> None:
    result = unavailable(IndicatorKey.NPS, "Chatwoot")
    assert indicator_words.indicator_tooltip(result, WEEK) == "NPS: not available from Chatwoot."
