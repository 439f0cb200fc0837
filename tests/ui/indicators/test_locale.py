"""The same demo week for an agent whose profile says en-US: numbers follow the profile."""

from __future__ import annotations

from dataclasses import replace

import pytest

from agentdesk.demo import Workspace
from agentdesk.ui.indicators.page import IndicatorsPage
from tests.ui.indicators.conftest import report_for, wait_for_chart


@pytest.fixture
def demo_workspace(demo_workspace: Workspace) -> Workspace:
    """The seeded workspace, its agent American."""
    return replace(demo_workspace, me={**demo_workspace.me, "locale": "en-US"})


def test_an_american_agent_reads_american_numbers(
    qtbot, shown_page: IndicatorsPage, ui_context
) -> None:
    revenue = next(r for r in report_for(ui_context, "week").indicators if r.key == "revenue")
    tiles = shown_page.tiles()
    assert tiles["revenue"].value_label.text() == "€7,355.96"
    assert float(revenue.value) == pytest.approx(7355.96)
    assert tiles["csat"].value_label.text() == "71.9%"
    assert tiles["handling_time"].value_label.text() == "21 min 13 s"
    assert tiles["nps"].value_label.text() == "+43.2 points"
    assert shown_page.period_label.text() == "This week, Mon 16 Nov – now"
    chart = wait_for_chart(qtbot, shown_page, lambda: shown_page.open_chart("revenue"))
    assert chart.unit_label.text() == "Amount in €"
    assert chart.value_axis.tickStrings([1000.0, 1500.0], 1, 500) == ["1,000", "1,500"]
    chart.close()
