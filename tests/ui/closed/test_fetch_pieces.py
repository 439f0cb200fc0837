"""A scroll's fetch reads its rows in pieces, each after its turn at the list's ``FrameGate``,
and gets what one search would; the list's frames are known to its gate (a scroll or a paint
begins one, the event loop turning after it ends it)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from agentdesk.domain.search_query import ListPosition, SearchQuery
from agentdesk.services.search import SearchPage
from agentdesk.ui.closed.answers import PIECE, SearchHolder
from agentdesk.ui.closed.page import ClosedPage
from agentdesk.ui.context import UiContext
from agentdesk.ui.frame_gate import FrameGate


class _CountingGate(FrameGate):
    def __init__(self) -> None:
        super().__init__()
        self.turns = 0

    def wait_turn(self, cancel: threading.Event | None = None) -> None:
        self.turns += 1
        super().wait_turn(cancel)


def _rows(page: SearchPage) -> list[tuple[str, str]]:
    return [(hit.conversation.id, hit.snippet) for hit in page.hits]


@pytest.mark.parametrize(
    ("text", "offset", "limit"), [("", 30, 200), ("", 7, 60), ("merci", 5, 80)]
)
def test_a_fetch_in_pieces_reads_what_one_search_reads(
    ui_context: UiContext, text: str, offset: int, limit: int
) -> None:
    holder = SearchHolder(ui_context.app)
    try:
        service = holder.service()
        before = service.search(SearchQuery(text, limit=offset), snippets=False).hits[-1]
        after = ListPosition(before.conversation.closed_at, before.conversation.id)
        query = SearchQuery(text, limit=limit, offset=offset, after=after)
        whole = service.search(query, snippets=False)
        whole = service.excerpted(whole, len(whole.hits))
        gate = _CountingGate()
        pieces = holder.more(query, gate, threading.Event())
        assert _rows(pieces) == _rows(whole)
        assert len(pieces.hits) > PIECE  # more than one piece was read
        assert pieces.total == whole.total
        assert pieces.query == query
        assert gate.turns >= len(pieces.hits) // PIECE  # a turn before each piece
    finally:
        holder.close()


def test_rows_the_list_waits_for_are_read_at_once(ui_context: UiContext) -> None:
    holder = SearchHolder(ui_context.app)
    try:
        service = holder.service()
        before = service.search(SearchQuery("", limit=30), snippets=False).hits[-1]
        after = ListPosition(before.conversation.closed_at, before.conversation.id)
        query = SearchQuery("", limit=200, offset=30, after=after)
        gate = _CountingGate()
        gate.set_waited_for(True)
        fetched = holder.more(query, gate, threading.Event())
        whole = service.search(query, snippets=False)
        assert _rows(fetched) == _rows(service.excerpted(whole, len(whole.hits)))
        assert gate.turns == 1
    finally:
        holder.close()


def test_the_list_tells_its_gate_when_it_scrolls_and_paints(
    qtbot: QtBot, closed_page: ClosedPage
) -> None:
    table = closed_page.table
    gate = table.frame_gate
    _event_loop_turned(qtbot)
    assert not gate.in_frame
    table.viewport().repaint()
    assert gate.in_frame  # the paint returned, the frame is not over: its caller is in it
    _event_loop_turned(qtbot)
    assert not gate.in_frame
    table.verticalScrollBar().setValue(table.verticalScrollBar().value() + 50)
    assert gate.in_frame
    qtbot.waitUntil(lambda: not gate.in_frame, timeout=10_000)  # painted, then over


def test_at_the_end_of_its_loaded_rows_the_list_waits_for_the_fetch(
    qtbot: QtBot, closed_page: ClosedPage
) -> None:
    table, model = closed_page.table, closed_page.model
    assert model.rowCount() < model.total
    gate = table.frame_gate
    table.scrollToBottom()
    assert gate.waited_for  # the last loaded row shown: workers need not wait for frames
    qtbot.waitUntil(lambda: model.rowCount() == model.total, timeout=30_000)
    table.scrollToBottom()
    assert not gate.waited_for  # everything is there: nothing to wait for
    table.scrollToTop()
    assert not gate.waited_for


def _event_loop_turned(qtbot: QtBot) -> None:
    probe = QTimer()
    probe.setSingleShot(True)
    with qtbot.waitSignal(probe.timeout, timeout=10_000):
        probe.start(0)
