"""What stands behind a figure: the span, the filters, and the count the figure measured."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agentdesk.domain.catalogue import IndicatorKey
from agentdesk.domain.drill_down import FigureRef
from agentdesk.domain.periods import PeriodKind
from agentdesk.domain.search_query import SearchQuery
from agentdesk.errors import UsageError
from agentdesk.services.drill_down import DrillDownService
from agentdesk.services.indicators import IndicatorsService, load_workspace
from tests.conftest import DEMO_NOW
from tests.search.synced import Synced, synced_search


@pytest.fixture(scope="module")
def synced(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synced]:
    with synced_search(Path(tmp_path_factory.mktemp("synced")), 200) as ready:
        yield ready


@pytest.mark.parametrize("key", list(IndicatorKey))
@pytest.mark.parametrize("period", list(PeriodKind))
def test_the_list_counts_what_the_figure_measured(
    synced: Synced, key: IndicatorKey, period: PeriodKind
) -> None:
    drill = DrillDownService(synced.store).behind(FigureRef(key, period), DEMO_NOW)
    window = IndicatorsService(synced.store).window(
        load_workspace(synced.store),
        period,
        DEMO_NOW,
    )
    assert drill.span == window.current
    page = synced.service.search(SearchQuery("", drill.filters, limit=1))
    assert page.total == drill.expected


def test_a_chart_point_is_its_day(synced: Synced) -> None:
    service = DrillDownService(synced.store)
    days = [
        service.behind(FigureRef(IndicatorKey.CONVERSATIONS, PeriodKind.WEEK, point), DEMO_NOW)
        for point in range(3)
    ]
    week = service.behind(FigureRef(IndicatorKey.CONVERSATIONS, PeriodKind.WEEK), DEMO_NOW)
    assert days[0].span.start == week.span.start
    assert [d.span.end for d in days[:2]] == [d.span.start for d in days[1:]]
    assert sum(d.expected for d in days) == week.expected  # Monday to Wednesday, now
    with pytest.raises(UsageError):
        service.behind(FigureRef(IndicatorKey.CONVERSATIONS, PeriodKind.WEEK, 40), DEMO_NOW)
