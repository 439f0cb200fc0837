"""Screenshots of the closed conversations page (``./run screenshots``), light and dark:

| file | shows |
| --- | --- |
| `closed-search-{light,dark}.png` | "remboursement" typed: the matches, the matched words marked |
| `closed-filters-{light,dark}.png` | November, CSAT 4–5 and two channels as chips, with a word |
| `closed-empty-{light,dark}.png` | a long query matches nothing: what happened, what to do |
| `closed-drill-down-{light,dark}.png` | the CSAT tile's "Show these conversations" |
| `closed-minimum-size.png` | the page with its filters at 720 × 520 |
| `closed-search-light-150.png` | "remboursement" at 150 % |
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from agentdesk.domain.search_query import Month, SearchFilters
from agentdesk.services.context import AppContext
from agentdesk.services.indexing import prepare_search_index
from agentdesk.ui.closed.page import ClosedPage
from agentdesk.ui.main_window import MINIMUM_SIZE, MainWindow

if TYPE_CHECKING:
    from tests.ui.screenshot_scenes import SceneRunner

LONG_QUERY = "parapluie rouge oublié dans le train de 18 h 42 en direction de Lyon Part-Dieu"
FILTERS = SearchFilters(
    month=Month(2026, 11), csat=frozenset({4, 5}), channels=frozenset({"chat", "whatsapp"})
)


def _answered(runner: SceneRunner, page: ClosedPage, change: object) -> None:
    from tests.ui.screenshot_scenes import wait_until  # noqa: PLC0415

    shown: list[int] = []
    page.results_shown.connect(shown.append)
    change()  # type: ignore[operator]
    wait_until(lambda: bool(shown) and page.ui.runner.active_count == 0)
    page.results_shown.disconnect(shown.append)
    page.table.viewport().repaint()  # the visible rows ask for their excerpts
    visible = range(page.visible_rows())
    wait_until(lambda: all(page.model.marked(row) for row in visible))


def closed_scenes(runner: SceneRunner, app: QApplication, ctx: AppContext) -> None:
    names = ("closed-search", "closed-filters", "closed-empty", "closed-drill-down")
    if not runner.want(*[f"{n}-{m}" for n in names for m in ("light", "dark")]):
        return
    prepare_search_index(ctx)
    window: MainWindow = runner._window(app, ctx, sync=False)
    page: ClosedPage = window.pages["closed"]  # type: ignore[assignment]
    for mode in ("light", "dark"):
        window.ui.theme.set_mode(mode)
        window.show_page("closed")
        _answered(runner, page, page.clear_filters)
        _answered(runner, page, lambda: page.set_text("remboursement"))
        runner.save(f"closed-search-{mode}", window)
        _answered(runner, page, lambda: page.set_filters(FILTERS))
        _answered(runner, page, lambda: page.set_text("commande"))
        runner.save(f"closed-filters-{mode}", window)
        _answered(runner, page, lambda: page.set_text(LONG_QUERY))
        runner.save(f"closed-empty-{mode}", window)
        _answered(runner, page, page.clear_search)
        runner._show_period(window, "week")
        tile = window.pages["indicators"].tiles()["csat"]
        _answered(runner, page, tile.actions()[0].trigger)
        runner.save(f"closed-drill-down-{mode}", window)
    window.ui.theme.set_mode("light")
    if runner.want("closed-minimum-size"):
        window.resize(MINIMUM_SIZE)
        _answered(runner, page, lambda: page.set_filters(FILTERS))
        runner.save("closed-minimum-size", window)
    runner._close(window)


def closed_scaled(runner: SceneRunner, window: MainWindow) -> None:
    """At 150 % (the scaled process): the rows' images are painted at the device pixel ratio."""
    if not runner.want("closed-search-light-150"):
        return
    prepare_search_index(window.ui.app)
    page: ClosedPage = window.pages["closed"]  # type: ignore[assignment]
    window.show_page("closed")
    _answered(runner, page, lambda: page.set_text("remboursement"))
    runner.save("closed-search-light-150", window)
