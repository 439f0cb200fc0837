"""The closed list asks for its next rows before the view reaches the end of those loaded, and
never from inside the scroll or the paint that asked: the fetch starts from the event loop.
A row's closing time is the formatter's ``moment``, from the model's day and time caches."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from agentdesk.domain.search_records import ConversationSummary, Highlights
from agentdesk.services.search_page import SearchHit
from agentdesk.ui.closed.channel_icons import ChannelIcons
from agentdesk.ui.closed.model import FETCH_AHEAD, ClosedListModel
from agentdesk.ui.closed.page import ClosedPage
from agentdesk.ui.indicators.format import ValueFormatter

NEWEST = datetime(2026, 11, 18, 14, 5, tzinfo=UTC)


def _hits(count: int, first: int = 0) -> list[SearchHit]:
    return [
        SearchHit(
            ConversationSummary(
                f"c-{n:06d}",
                NEWEST - timedelta(minutes=37 * n),
                "chat",
                f"Contact {n}",
                None,
                n % 5 + 1,
                n % 11,
            ),
            "",
            Highlights(),
        )
        for n in range(first, first + count)
    ]


def _event_loop_turned(qtbot: QtBot) -> None:
    """Until a zero timer started now has fired: any zero timer started before has too."""
    probe = QTimer()
    probe.setSingleShot(True)
    with qtbot.waitSignal(probe.timeout, timeout=10_000):
        probe.start(0)


def test_fetch_ahead_asks_before_the_end_from_the_event_loop(qtbot: QtBot) -> None:
    model = ClosedListModel(ChannelIcons())
    model.reset(_hits(600), 5000)
    asked: list[int] = []
    model.more_wanted.connect(asked.append)
    assert not model.fetch_ahead(600 - 1 - FETCH_AHEAD)  # as many as FETCH_AHEAD below: not yet
    assert model.fetch_ahead(600 - FETCH_AHEAD)  # one fewer: asks
    assert asked == []  # not from inside the scroll that asked...
    assert not model.canFetchMore(model.index(-1, -1))  # ...but asked: one fetch at a time
    assert not model.fetch_ahead(599)
    _event_loop_turned(qtbot)
    assert asked == [600]  # ...from the event loop, once
    model.append(600, _hits(200, 600), 5000)
    assert model.fetch_ahead(800 - FETCH_AHEAD)
    _event_loop_turned(qtbot)
    assert asked == [600, 800]


def test_fetch_ahead_stops_at_the_total(qtbot: QtBot) -> None:
    model = ClosedListModel(ChannelIcons())
    model.reset(_hits(50), 50)
    assert not model.fetch_ahead(49)  # everything is there


def test_a_new_answer_drops_the_fetch_asked_for_the_one_before(qtbot: QtBot) -> None:
    model = ClosedListModel(ChannelIcons())
    model.reset(_hits(30), 5000)
    asked: list[int] = []
    model.more_wanted.connect(asked.append)
    model.fetchMore(model.index(-1, -1))
    model.reset(_hits(30, 100), 700)  # typed meanwhile
    _event_loop_turned(qtbot)
    assert asked == []
    model.fetchMore(model.index(-1, -1))  # the new answer's own fetch is asked
    _event_loop_turned(qtbot)
    assert asked == [30]


def test_the_list_fetches_ahead_while_scrolling_and_not_inside_the_frame(
    qtbot: QtBot, closed_page: ClosedPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    table, model = closed_page.table, closed_page.model
    bar = table.verticalScrollBar()
    assert 0 < model.rowCount() < model.total
    assert bar.maximum() > 2 * table.verticalHeader().defaultSectionSize()
    started: list[str] = []
    run = closed_page.ui.runner.run

    def spied(*args, **kwargs):  # type: ignore[no-untyped-def]
        started.append(kwargs.get("name", ""))
        return run(*args, **kwargs)

    monkeypatch.setattr(closed_page.ui.runner, "run", spied)
    at_end_when_asked: list[bool] = []
    model.more_wanted.connect(
        lambda _offset: at_end_when_asked.append(bar.value() >= bar.maximum())
    )
    bar.setValue(table.verticalHeader().defaultSectionSize())  # one row down: far from the end
    table.viewport().repaint()
    assert started == []  # no worker started inside the scroll or its paint
    qtbot.waitUntil(lambda: model.rowCount() == model.total, timeout=30_000)
    assert "closed more" in started
    assert at_end_when_asked
    assert not any(at_end_when_asked)  # every fetch asked before the view reached the end


def test_a_rows_closing_time_is_the_formatters_moment(qtbot: QtBot) -> None:
    model = ClosedListModel(ChannelIcons())
    tz, formatter = ZoneInfo("America/New_York"), ValueFormatter("fr_FR")
    model.set_zone(tz, formatter)
    hits = _hits(120)  # 37 minutes apart: days, and times of day, repeat
    model.reset(hits, 120)
    for row, hit in enumerate(hits):
        shown = model.index(row, ClosedListModel.CLOSED).data()
        assert shown == formatter.moment(hit.conversation.closed_at, tz)
    model.set_zone(ZoneInfo("Asia/Tokyo"), ValueFormatter("en_GB"))  # caches dropped
    assert model.index(0, ClosedListModel.CLOSED).data() == ValueFormatter("en_GB").moment(
        hits[0].conversation.closed_at, ZoneInfo("Asia/Tokyo")
    )
