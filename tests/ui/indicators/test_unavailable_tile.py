"""A tile the platform cannot supply says so, instead of the "—" of nothing measured."""

from __future__ import annotations

from agentdesk.domain.catalogue import IndicatorKey
from agentdesk.domain.periods import PeriodKind, period_window
from agentdesk.domain.report import unavailable
from agentdesk.ui.indicators.format import ValueFormatter
from agentdesk.ui.indicators.presentation import tile_state
from tests.conftest import DEMO_NOW


def test_nps_from_chatwoot_is_not_available_rather_than_empty() -> None:
    window = period_window(PeriodKind.WEEK, DEMO_NOW, "Europe/Paris")
    state = tile_state(unavailable(IndicatorKey.NPS, "Chatwoot"), window, ValueFormatter("en-US"))
    assert f"{state.value_text} {state.trend_text}" == "not available from Chatwoot"
    assert "—" not in state.value_text
    assert "NPS: not available from Chatwoot." in state.tooltip
