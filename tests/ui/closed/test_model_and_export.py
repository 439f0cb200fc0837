"""The list model passes pytest-qt's model tester while it fetches more and refills evicted rows;
opening a row shows it in the conversation pane with the query; Export… writes the page's days
through the export service, in the background, and can be cancelled."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agentdesk.domain.search_query import Month, SearchFilters
from agentdesk.services.export import ExportKind
from agentdesk.ui.closed import model as model_module
from agentdesk.ui.closed.page import ClosedPage
from tests.ui.closed.conftest import answer_to, shown_ids


def test_the_model_holds_ids_and_fetches_rows_lazily(
    qtbot: QtBot,
    qtmodeltester,  # type: ignore[no-untyped-def]
    closed_page: ClosedPage,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = closed_page.model
    assert model.rowCount() < model.total  # the first answer is one page, not everything
    qtmodeltester.check(model, force_py=True)
    monkeypatch.setattr(model_module, "ROW_CACHE", 210)  # just above a fetch
    ids = shown_ids(qtbot, closed_page)  # fetchMore until every id is there
    assert len(ids) == model.total == len(set(ids))
    qtmodeltester.check(model, force_py=True)
    evicted = [row for row in range(model.rowCount()) if model.index(row, 0).data() == "…"]
    assert evicted  # a placeholder while an evicted row is asked again...
    again = model.index(evicted[0], 0)
    qtbot.waitUntil(lambda: again.data() not in (None, "…"), timeout=30_000)  # ...then the row
    assert again.data(model_module.ID_ROLE) == ids[evicted[0]]


def test_enter_opens_the_conversation_beside_the_list_with_the_query(
    qtbot: QtBot, closed_page: ClosedPage
) -> None:
    answer_to(qtbot, closed_page, lambda: qtbot.keyClicks(closed_page.search_field, "commande"))
    closed_page.table.setFocus()
    closed_page.table.setCurrentIndex(closed_page.model.index(2, 0))
    with qtbot.waitSignal(closed_page.pane.loaded, timeout=30_000) as loaded:
        qtbot.keyClick(closed_page.table, Qt.Key.Key_Return)
    assert loaded.args == [closed_page.model.ids[2]]
    assert closed_page.pane.isVisible()
    assert closed_page.pane.current_match() >= 0  # the query's first match is marked


def test_export_writes_the_filtered_days_in_the_background(
    qtbot: QtBot, closed_page: ClosedPage, tmp_path: Path
) -> None:
    month = SearchFilters(month=Month(2026, 11))
    total = answer_to(qtbot, closed_page, lambda: closed_page.set_filters(month))
    target = tmp_path / "november.csv"
    closed_page.exporter.choose_path = lambda _kind: target
    with qtbot.waitSignal(closed_page.exporter.finished, timeout=60_000) as done:
        assert closed_page.export(ExportKind.CONVERSATIONS)
        assert closed_page.exporter.running  # the window did not wait
    assert done.args[0].rows == total
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["id"] for row in rows} == set(shown_ids(qtbot, closed_page))
    assert "Exported" in closed_page.note_label.text()


def test_a_cancelled_export_leaves_no_file(
    qtbot: QtBot, closed_page: ClosedPage, tmp_path: Path
) -> None:
    target = tmp_path / "messages.csv"
    closed_page.exporter.choose_path = lambda _kind: target
    assert closed_page.export(ExportKind.MESSAGES)
    closed_page.exporter.cancel()
    assert not closed_page.exporter.running
    qtbot.waitUntil(lambda: closed_page.ui.runner.active_count == 0, timeout=30_000)
    assert not target.exists()
