"""The closed page shows only the filters the store's platform can answer: on a store synced
from Chatwoot (no NPS there) the NPS filter and column are hidden; on Platform API v1 they are
shown."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from agentdesk.services.indicators import PLATFORM_META
from agentdesk.ui.closed.model import ClosedListModel
from agentdesk.ui.closed.page import ClosedPage
from agentdesk.ui.context import UiContext
from tests.ui.closed.conftest import answer_to


def test_platform_api_v1_shows_the_nps_filter_and_column(closed_page: ClosedPage) -> None:
    assert closed_page.filter_bar.nps_button.isVisible()
    assert not closed_page.table.isColumnHidden(ClosedListModel.NPS)


def test_a_chatwoot_store_hides_the_nps_filter_and_column(
    qtbot: QtBot, closed_page: ClosedPage, ui_context: UiContext
) -> None:
    ui_context.app.store().set_meta(PLATFORM_META, "chatwoot")
    answer_to(qtbot, closed_page, closed_page.refresh)
    assert not closed_page.filter_bar.nps_button.isVisible()
    assert closed_page.filter_bar.csat_button.isVisible()
    assert closed_page.table.isColumnHidden(ClosedListModel.NPS)
    assert not closed_page.table.isColumnHidden(ClosedListModel.CSAT)

    ui_context.app.store().set_meta(PLATFORM_META, "v1")  # signed in to a v1 server again
    answer_to(qtbot, closed_page, closed_page.refresh)
    assert closed_page.filter_bar.nps_button.isVisible()
    assert not closed_page.table.isColumnHidden(ClosedListModel.NPS)
