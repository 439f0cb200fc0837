"""The closed page answers what ``agentdesk search --json`` answers: same ids, same order, for
words, each filter and their combination; an id typed selects its conversation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agentdesk.domain.search_query import Month, SearchFilters
from agentdesk.ui.closed.page import ClosedPage
from tests.ui.closed.conftest import SearchCli, answer_to, shown_ids

MONTH = Month(2026, 11)
CASES: list[tuple[str, SearchFilters, list[str]]] = [
    ("commande", SearchFilters(), []),
    ("", SearchFilters(month=MONTH), ["--month", "2026-11"]),
    (
        "",
        SearchFilters(from_day=date(2026, 11, 2), to_day=date(2026, 11, 12)),
        ["--from", "2026-11-02", "--to", "2026-11-12"],
    ),
    ("", SearchFilters(csat=frozenset({4, 5})), ["--csat", "4,5"]),
    ("", SearchFilters(nps_min=0, nps_max=6), ["--nps-min", "0", "--nps-max", "6"]),
    ("", SearchFilters(channels=frozenset({"chat", "email"})), ["--channel", "chat,email"]),
    (
        "commande",
        SearchFilters(month=MONTH, csat=frozenset({1, 2, 3}), channels=frozenset({"chat"})),
        ["--month", "2026-11", "--csat", "1,2,3", "--channel", "chat"],
    ),
]


@pytest.mark.parametrize("case", CASES)
def test_the_list_is_what_the_command_line_finds(
    qtbot: QtBot,
    closed_page: ClosedPage,
    search_cli: SearchCli,
    case: tuple[str, SearchFilters, list[str]],
) -> None:
    text, filters, args = case
    everything = closed_page.model.total
    answer_to(qtbot, closed_page, lambda: closed_page.set_filters(filters))
    if text:
        answer_to(qtbot, closed_page, lambda: qtbot.keyClicks(closed_page.search_field, text))
    expected = search_cli(*([text] if text else []), *args)
    assert shown_ids(qtbot, closed_page) == expected
    assert expected  # each case finds something...
    assert len(expected) < everything or filters == SearchFilters(month=MONTH)  # ...and narrows
    # (the seeded workspace closed everything of its last weeks in November)
    assert closed_page.count_label.text().startswith(str(len(expected)))


def test_typing_a_word_narrows_and_esc_brings_everything_back(
    qtbot: QtBot, closed_page: ClosedPage, search_cli: SearchCli
) -> None:
    everything = closed_page.model.total
    closed_page.focus_search()
    total = answer_to(
        qtbot, closed_page, lambda: qtbot.keyClicks(closed_page.search_field, "livraison")
    )
    assert 0 < total < everything
    assert shown_ids(qtbot, closed_page) == search_cli("livraison")
    excerpt = closed_page.model.index(0, 5)
    excerpt.data(Qt.ItemDataRole.UserRole + 2)  # as the view paints it: the excerpt is asked
    qtbot.waitUntil(lambda: closed_page.model.marked(0), timeout=30_000)
    assert "<mark>" in excerpt.data(Qt.ItemDataRole.UserRole + 2).lower()
    total = answer_to(
        qtbot, closed_page, lambda: qtbot.keyClick(closed_page.search_field, Qt.Key.Key_Escape)
    )
    assert total == everything
    assert closed_page.search_field.text() == ""


def test_an_id_typed_selects_that_conversation(qtbot: QtBot, closed_page: ClosedPage) -> None:
    wanted = shown_ids(qtbot, closed_page)[7]
    number = str(int(wanted.split("-")[1]))
    with qtbot.waitSignal(closed_page.conversation_selected, timeout=30_000) as chosen:
        qtbot.keyClicks(closed_page.search_field, number)
    assert chosen.args == [wanted]
    assert closed_page.selected_id() == wanted


def test_chips_remove_one_filter_and_clear_them_all(qtbot: QtBot, closed_page: ClosedPage) -> None:
    everything = closed_page.model.total
    both = SearchFilters(csat=frozenset({5}), channels=frozenset({"chat"}))
    only_chat = answer_to(
        qtbot, closed_page, lambda: closed_page.set_filters(replace(both, csat=frozenset()))
    )
    combined = answer_to(qtbot, closed_page, lambda: closed_page.set_filters(both))
    assert set(closed_page.chips.chips) == {"csat", "channels"}
    assert combined < only_chat < everything
    assert answer_to(qtbot, closed_page, closed_page.chips.chips["csat"].click) == only_chat
    clear = closed_page.chips.findChild(type(closed_page.chips.chips["channels"]), "clearFilters")
    assert answer_to(qtbot, closed_page, clear.click) == everything
    assert closed_page.chips.isHidden()


def test_nothing_found_says_what_to_do(qtbot: QtBot, closed_page: ClosedPage) -> None:
    answer_to(qtbot, closed_page, lambda: closed_page.set_filters(SearchFilters(month=MONTH)))
    total = answer_to(
        qtbot, closed_page, lambda: qtbot.keyClicks(closed_page.search_field, "xyzzyq")
    )
    assert total == 0
    assert closed_page.stack.currentWidget() is closed_page.empty
    sentence = closed_page.empty.sentence.text()
    assert "xyzzyq" in sentence
    assert "November 2026" in sentence
    assert closed_page.empty.clear_filters_button.isVisibleTo(closed_page)
    assert answer_to(qtbot, closed_page, closed_page.empty.clear_filters_button.click) == 0
    assert answer_to(qtbot, closed_page, closed_page.empty.clear_search_button.click) > 0
    assert closed_page.stack.currentWidget() is closed_page.table
