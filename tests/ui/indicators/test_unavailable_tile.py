"""A tile the platform cannot supply says so, instead of the "—" of nothing measured."""

from __future__ import annotations

from agentdesk.domain.catalogue import IndicatorKey
from agentdesk.domain.periods import PeriodKind
from agentdesk.domain.report import unavailable
from agentdesk.ui.indicators.format import ValueFormatter
from agentdesk.ui.indicators.presentation import tile_state


def test_nps_from_chatwoot_is_not_available_rather_than_empty() -> None:
    state = tile_state(
        unavailable(IndicatorKey.NPS, "Chatwoot"), PeriodKind.WEEK, ValueFormatter("en-US")
    )
    assert f"{state.value_text} {state.trend_text}" == "not available from Chatwoot"
    assert "—" not in state.value_text
    assert "not available from Chatwoot" in state.tooltip
