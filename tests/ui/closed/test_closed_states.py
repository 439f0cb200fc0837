"""What the page says before anything is synced, and while the search index is not there yet:
the list and the filters work from the store meanwhile, and a word search rebuilds the index
(the service's policy) and then answers."""

from __future__ import annotations

import shutil

from pytestqt.qtbot import QtBot

from agentdesk.domain.search_query import SearchFilters
from agentdesk.search.index import SearchIndex
from agentdesk.services.context import AppContext
from agentdesk.ui.closed.page import ClosedPage
from tests.ui.closed.conftest import answer_to
from tests.ui.conftest import MakeUiContext


def test_nothing_synced_says_so(
    qtbot: QtBot, make_ui_context: MakeUiContext, app_context: AppContext
) -> None:
    page = ClosedPage(make_ui_context(app_context))
    qtbot.addWidget(page)
    page.show()
    assert answer_to(qtbot, page, page.refresh) == 0
    assert page.stack.currentWidget() is page.empty
    assert page.empty.sentence.text().startswith("Nothing synced yet")
    assert page.empty.clear_filters_button.isHidden()


def test_without_an_index_filters_work_and_words_rebuild_it(
    qtbot: QtBot, make_ui_context: MakeUiContext, synced_context: AppContext
) -> None:
    shutil.rmtree(synced_context.paths.index)
    page = ClosedPage(make_ui_context(synced_context))
    qtbot.addWidget(page)
    page.show()
    everything = answer_to(qtbot, page, page.refresh)
    assert everything > 0
    assert "filters and the list already work" in page.note_label.text()
    rated = answer_to(qtbot, page, lambda: page.set_filters(SearchFilters(csat=frozenset({5}))))
    assert 0 < rated < everything
    answer_to(qtbot, page, page.clear_filters)
    with qtbot.waitSignal(
        page.results_shown, timeout=60_000, check_params_cb=lambda total: total > 0
    ) as found:  # the first answer finds nothing and starts the rebuild; the second finds
        page.set_text("commande")
    assert 0 < found.args[0] < everything
    assert page.note_label.isHidden()
    qtbot.waitUntil(lambda: page.ui.runner.active_count == 0, timeout=30_000)


def test_while_another_agentdesk_builds_the_index_the_note_counts(
    qtbot: QtBot, make_ui_context: MakeUiContext, synced_context: AppContext
) -> None:
    shutil.rmtree(synced_context.paths.index)
    builder = SearchIndex(synced_context.paths.index)  # as a sync building it right now
    page = ClosedPage(make_ui_context(synced_context))
    qtbot.addWidget(page)
    page.show()
    with builder.home.maintenance():
        everything = answer_to(qtbot, page, page.refresh)
    assert page.note_label.text() == (
        f"Search is still indexing: 0 of {everything:,} conversations — filters and the list "
        "already work."
    )
