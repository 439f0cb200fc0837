"""What the tooltip is made of: the verdict never signs a size its direction already says."""

from __future__ import annotations

from agentdesk.domain.periods import PeriodKind, period_window
from agentdesk.domain.tooltip import TrendVerdict, VerdictKind, previous_is_whole, trend_verdict
from agentdesk.domain.trend import Trend
from tests.domain.builders import local

PARIS = "Europe/Paris"


def test_a_fall_is_a_direction_and_an_unsigned_size() -> None:
    assert trend_verdict(-0.119, Trend.DOWN) == TrendVerdict(VerdictKind.MOVED, Trend.DOWN, 0.119)
    assert trend_verdict(0.105, Trend.UP) == TrendVerdict(VerdictKind.MOVED, Trend.UP, 0.105)


def test_a_stable_change_keeps_its_sign_and_the_edge_cases_have_their_own_kind() -> None:
    assert trend_verdict(-0.03, Trend.STABLE) == TrendVerdict(
        VerdictKind.STABLE, Trend.STABLE, -0.03
    )
    assert trend_verdict(0.0, Trend.STABLE).kind is VerdictKind.NO_CHANGE
    assert trend_verdict(None, Trend.STABLE).kind is VerdictKind.BOTH_ZERO
    assert trend_verdict(None, Trend.DOWN) == TrendVerdict(VerdictKind.FROM_ZERO, Trend.DOWN)
    assert trend_verdict(None, Trend.NONE).kind is VerdictKind.NO_TREND


def test_only_a_shorter_previous_month_is_compared_whole() -> None:
    march_31 = period_window(PeriodKind.MONTH, local(PARIS, 2026, 3, 31, 14), PARIS)
    march_18 = period_window(PeriodKind.MONTH, local(PARIS, 2026, 3, 18, 14), PARIS)
    assert previous_is_whole(march_31)
    assert not previous_is_whole(march_18)
