"""Values for humans in the agent's locale, and the colour verdict, without widgets."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from agentdesk.domain.catalogue import CATALOGUE, IndicatorKey, TrendRule, Unit
from agentdesk.domain.indicators import IndicatorResult
from agentdesk.domain.periods import PeriodKind, period_window
from agentdesk.domain.trend import Trend
from agentdesk.ui.indicators.format import ValueFormatter
from agentdesk.ui.indicators.presentation import Verdict, tile_state, verdict
from tests.conftest import DEMO_NOW

NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.fixture(scope="module")
def fr() -> ValueFormatter:
    return ValueFormatter("fr-FR")


@pytest.fixture(scope="module")
def en() -> ValueFormatter:
    return ValueFormatter("en-US")


@pytest.mark.parametrize(
    "case",
    [
        (Unit.SECONDS, 72, None, "1 min 12 s", "1 min 12 s"),
        (Unit.SECONDS, 45.4, None, "45 s", "45 s"),
        (Unit.SECONDS, 3900, None, "1 h 05 min", "1 h 05 min"),
        (Unit.PERCENT, 87.5, None, f"87,5{NBSP}%", "87.5%"),
        (Unit.PERCENT, 87.25, None, f"87,3{NBSP}%", "87.3%"),  # halves up, as the tooltip
        (Unit.POINTS, 32.0, None, "+32 points", "+32 points"),
        (Unit.POINTS, -10.5, None, "−10,5 points", "−10.5 points"),
        (Unit.POINTS, 1.0, None, "+1 point", "+1 point"),
        (Unit.CURRENCY, Decimal("1234.5"), "EUR", f"1{NNBSP}234,50{NBSP}€", "€1,234.50"),
        (Unit.CURRENCY, Decimal("1234.5"), "USD", f"1{NNBSP}234,50{NBSP}$", "$1,234.50"),
        (Unit.CURRENCY, Decimal("9.99"), "CHF", f"9,99{NBSP}CHF", "CHF9.99"),
        (Unit.COUNT, 1234, None, f"1{NNBSP}234", "1,234"),
        (Unit.COUNT, 0, None, "0", "0"),
        (Unit.SECONDS, None, None, "—", "—"),
        (Unit.PERCENT, None, None, "—", "—"),
    ],
)
def test_values_in_french_and_american_english(
    fr: ValueFormatter, en: ValueFormatter, case: tuple[Unit, object, str | None, str, str]
) -> None:
    unit, value, currency, french, american = case
    assert fr.value(unit, value, currency) == french  # type: ignore[arg-type]
    assert en.value(unit, value, currency) == american  # type: ignore[arg-type]


def test_changes_are_signed_in_the_trends_own_unit(fr: ValueFormatter, en: ValueFormatter):
    assert fr.change(TrendRule.RELATIVE, 0.105) == f"+10,5{NBSP}%"
    assert fr.change(TrendRule.RELATIVE, -0.4178) == f"−41,8{NBSP}%"
    assert en.change(TrendRule.RELATIVE, 0.0) == "0.0%"
    assert en.change(TrendRule.POINTS, -2.5) == "−2.5 points"


def test_dates_and_times_on_the_agents_clock(fr: ValueFormatter, en: ValueFormatter) -> None:
    at = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
    paris = ZoneInfo("Europe/Paris")
    # The window speaks English (the tests' locale): a French agent reads English day names on
    # a 24-hour clock, while an American one keeps the 12-hour clock of en-US.
    assert fr.moment(at, paris) == "Wed 18 Nov 15:00"
    assert en.moment(at, paris) == f"Wed 18 Nov 3:00{NNBSP}PM"


def test_dates_speak_the_agents_language_once_the_window_does(monkeypatch) -> None:
    from PySide6.QtCore import QLocale  # noqa: PLC0415

    from agentdesk.ui.indicators import format as format_module  # noqa: PLC0415

    monkeypatch.setattr(format_module, "window_language", lambda: QLocale.Language.French)
    at = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
    assert ValueFormatter("fr-FR").moment(at, ZoneInfo("Europe/Paris")) == "mer. 18 nov. 15:00"


def test_an_unknown_locale_falls_back_to_english_with_separators() -> None:
    assert ValueFormatter("tlh-XX").count(1234) == "1,234"
    assert ValueFormatter(None).count(1234) == "1,234"


def _result(key: IndicatorKey, trend: Trend, change: float | None = 0.2) -> IndicatorResult:
    spec = CATALOGUE[key]
    return IndicatorResult(key, spec, 10, 8, change, trend)


@pytest.mark.parametrize(
    ("key", "trend", "expected"),
    [
        (IndicatorKey.RESPONSE_TIME, Trend.DOWN, Verdict.GOOD),
        (IndicatorKey.RESPONSE_TIME, Trend.UP, Verdict.BAD),
        (IndicatorKey.HANDLING_TIME, Trend.DOWN, Verdict.GOOD),
        (IndicatorKey.CONVERSATIONS, Trend.DOWN, Verdict.BAD),
        (IndicatorKey.CSAT, Trend.UP, Verdict.GOOD),
        (IndicatorKey.NPS, Trend.STABLE, Verdict.NEUTRAL),
        (IndicatorKey.REVENUE, Trend.NONE, Verdict.NONE),
    ],
)
def test_direction_is_not_judgement(key: IndicatorKey, trend: Trend, expected: Verdict) -> None:
    assert verdict(_result(key, trend)) is expected


def test_a_tile_state_reads_like_the_tile(fr: ValueFormatter) -> None:
    result = replace(_result(IndicatorKey.RESPONSE_TIME, Trend.DOWN, -0.25), value=72, previous=96)
    week = period_window(PeriodKind.WEEK, DEMO_NOW, "Europe/Paris")
    state = tile_state(result, week, fr)
    assert state.name == "Response time"
    assert state.value_text == "1 min 12 s"
    assert state.previous_text == "Last week: 1 min 36 s"
    assert state.trend_text == f"↓ −25,0{NBSP}%"
    assert state.trend_words == "down, good"
    assert "1 min 36 s over the same span last week" in state.tooltip
    assert "down 25,0" in state.tooltip, "the direction word says the sign: never down −25,0 %"
    assert state.tooltip.count("25,0") == 1
    day = period_window(PeriodKind.DAY, DEMO_NOW, "Europe/Paris")
    from_zero = replace(_result(IndicatorKey.REVENUE, Trend.UP, None), previous=0)
    assert tile_state(from_zero, day, fr).trend_text == "↑ from 0"
