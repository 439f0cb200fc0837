"""The list model passes pytest-qt's model tester while it fetches more and refills evicted rows;
opening a row shows it in the conversation pane with the query; Export… writes what the list
shows (its words and every filter: the ids ``agentdesk search --json`` prints) through the export
service, in the background, says how many went where, and can be cancelled."""

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
from tests.ui.closed.conftest import SearchCli, answer_to, shown_ids


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
    painted = model.painted(evicted[0], excerpt=True)  # what the delegate reads: data()'s
    assert painted is not None
    assert painted[0] == tuple(model.index(evicted[0], c).data() for c in range(6))
    assert painted[1] == model.index(evicted[0], 5).data(model_module.SNIPPET_ROLE)


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


def _column(path: Path, name: str) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row[name] for row in csv.DictReader(handle)]


def _export(qtbot: QtBot, page: ClosedPage, kind: ExportKind, target: Path) -> None:
    page.exporter.choose_path = lambda _kind: target
    with qtbot.waitSignal(page.exporter.finished, timeout=60_000):
        assert page.export(kind)
        assert page.exporter.running  # the window did not wait


def test_export_writes_what_the_list_shows_words_and_every_filter(
    qtbot: QtBot, closed_page: ClosedPage, search_cli: SearchCli, tmp_path: Path
) -> None:
    filters = SearchFilters(month=Month(2026, 11), csat=frozenset({4, 5}), channels={"chat"})
    answer_to(qtbot, closed_page, lambda: closed_page.set_filters(filters))
    answer_to(qtbot, closed_page, lambda: qtbot.keyClicks(closed_page.search_field, "commande"))
    listed = shown_ids(qtbot, closed_page)
    expected = search_cli("commande", "--month", "2026-11", "--csat", "4,5", "--channel", "chat")
    assert listed == expected
    assert expected
    target = tmp_path / "conversations.csv"
    _export(qtbot, closed_page, ExportKind.CONVERSATIONS, target)
    assert _column(target, "id") == list(reversed(expected))  # oldest first
    words = closed_page.note_label.text()
    assert f"Exported {len(expected)} conversation" in words
    assert str(target) in words
    messages = tmp_path / "messages.csv"
    _export(qtbot, closed_page, ExportKind.MESSAGES, messages)
    written = _column(messages, "conversation_id")
    assert set(written) == set(expected)
    assert f"Exported {len(written)} messages of {len(expected)} conversation" in (
        closed_page.note_label.text()
    )


def test_export_of_filters_alone_is_the_lists_answer(
    qtbot: QtBot, closed_page: ClosedPage, search_cli: SearchCli, tmp_path: Path
) -> None:
    filters = SearchFilters(nps_min=9, channels={"email"})
    answer_to(qtbot, closed_page, lambda: closed_page.set_filters(filters))
    expected = search_cli("--nps-min", "9", "--channel", "email")
    assert shown_ids(qtbot, closed_page) == expected
    target = tmp_path / "rated.csv"
    _export(qtbot, closed_page, ExportKind.CONVERSATIONS, target)
    assert sorted(_column(target, "id")) == sorted(expected)


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
