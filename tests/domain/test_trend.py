"""Up, down or stable: the 5 % band for counts, sums and times, the 2-point band for percents."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.domain.catalogue import CATALOGUE, IndicatorKey
from agentdesk.domain.trend import Trend, compare

CONVERSATIONS = CATALOGUE[IndicatorKey.CONVERSATIONS]
HANDLING = CATALOGUE[IndicatorKey.HANDLING_TIME]
REVENUE = CATALOGUE[IndicatorKey.REVENUE]
CSAT = CATALOGUE[IndicatorKey.CSAT]
NPS = CATALOGUE[IndicatorKey.NPS]
MIRROR = {Trend.UP: Trend.DOWN, Trend.DOWN: Trend.UP, Trend.STABLE: Trend.STABLE}


def test_42_conversations_against_38_is_up_10_5_percent() -> None:
    change, trend = compare(CONVERSATIONS, 42, 38)
    assert change == pytest.approx(0.10526, abs=1e-5)  # 4 / 38
    assert trend is Trend.UP


@pytest.mark.parametrize(
    ("value", "previous", "trend"),
    [
        (105, 100, Trend.UP),  # exactly +5 %: not "below 5 %", so up
        (95, 100, Trend.DOWN),  # exactly −5 %
        (21, 20, Trend.UP),  # 1/20 = 5 %
        (104, 100, Trend.STABLE),
        (96, 100, Trend.STABLE),
        (100, 100, Trend.STABLE),
    ],
)
def test_relative_band_is_strictly_below_5_percent(value: int, previous: int, trend: Trend) -> None:
    assert compare(CONVERSATIONS, value, previous)[1] is trend


def test_a_mean_exactly_5_percent_longer_is_up_despite_float_noise() -> None:
    # 651 s over 10 conversations = 65.1 s against 62 s: 62 × 1.05 = 65.1, exactly +5 %,
    # though (65.1 − 62) / 62 is 0.0499999… in floating point.
    change, trend = compare(HANDLING, 651 / 10, 62.0)
    assert change == pytest.approx(0.05)
    assert trend is Trend.UP


@pytest.mark.parametrize(
    ("value", "previous", "trend"),
    [
        (87.5, 85.5, Trend.UP),  # +2 points exactly
        (60.0, 62.0, Trend.DOWN),
        (87.5, 86.0, Trend.STABLE),  # +1.5 points
        (100 * 4 / 23, 100 * 177 / 1150, Trend.UP),  # 200/1150 − 177/1150 = 2 %, 1.99999… in floats
    ],
)
def test_points_band_is_strictly_below_2_points(
    value: float, previous: float, trend: Trend
) -> None:
    change, got = compare(CSAT, value, previous)
    assert got is trend
    assert change == pytest.approx(value - previous)


def test_nps_change_is_in_points_even_below_zero() -> None:
    assert compare(NPS, -10.0, -8.0) == (-2.0, Trend.DOWN)
    assert compare(NPS, 32.0, -10.0) == (42.0, Trend.UP)


@pytest.mark.parametrize("key", list(IndicatorKey))
def test_no_value_or_no_previous_value_means_no_trend(key: IndicatorKey) -> None:
    assert compare(CATALOGUE[key], None, 5) == (None, Trend.NONE)
    assert compare(CATALOGUE[key], 5, None) == (None, Trend.NONE)
    assert compare(CATALOGUE[key], None, None) == (None, Trend.NONE)


def test_a_count_from_zero_is_stable_at_zero_and_up_otherwise() -> None:
    assert compare(CONVERSATIONS, 0, 0) == (None, Trend.STABLE)
    assert compare(CONVERSATIONS, 3, 0) == (None, Trend.UP)
    assert compare(REVENUE, Decimal("0"), Decimal("0")) == (None, Trend.STABLE)


def test_money_is_compared_exactly() -> None:
    assert compare(REVENUE, Decimal("105.00"), Decimal("100.00")) == (0.05, Trend.UP)
    change, trend = compare(REVENUE, Decimal("104.99"), Decimal("100.00"))
    assert trend is Trend.STABLE
    assert change == pytest.approx(0.0499)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**6), st.integers(1, 10**6))
def test_relative_trend_matches_exact_arithmetic(value: int, previous: int) -> None:
    change, trend = compare(CONVERSATIONS, value, previous)
    exact = Fraction(value - previous, previous)
    assert change == pytest.approx(float(exact))
    if abs(exact) < Fraction(5, 100):
        assert trend is Trend.STABLE
    else:
        assert trend is (Trend.UP if exact > 0 else Trend.DOWN)


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 10**6), st.integers(1, 10**6))
def test_relative_trend_reversed_never_contradicts(value: int, previous: int) -> None:
    change, trend = compare(CONVERSATIONS, value, previous)
    back_change, back = compare(CONVERSATIONS, previous, value)
    assert change is not None
    assert back_change is not None
    assert (change > 0) == (back_change < 0) or change == back_change == 0
    if trend is Trend.DOWN:  # falling 5 % of the larger number is rising > 5 % of the smaller
        assert back is Trend.UP
    if trend is Trend.UP:
        assert back in (Trend.DOWN, Trend.STABLE)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 1000).flatmap(lambda b: st.tuples(st.integers(0, b), st.just(b))),
    st.integers(1, 1000).flatmap(lambda d: st.tuples(st.integers(0, d), st.just(d))),
)
def test_points_trend_is_symmetric_and_matches_exact_arithmetic(
    rated_now: tuple[int, int], rated_before: tuple[int, int]
) -> None:
    (a, b), (c, d) = rated_now, rated_before
    value, previous = 100 * a / b, 100 * c / d
    change, trend = compare(CSAT, value, previous)
    back_change, back = compare(CSAT, previous, value)
    assert back is MIRROR[trend]
    assert back_change == pytest.approx(-change if change is not None else 0)
    exact = Fraction(100 * a, b) - Fraction(100 * c, d)
    if abs(exact) < 2:
        assert trend is Trend.STABLE
    else:
        assert trend is (Trend.UP if exact > 0 else Trend.DOWN)
