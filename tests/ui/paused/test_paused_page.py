"""The paused page against the demo server: what it lists, what it offers and why, reopening
before the deadline, and the server's refusals (deadline passed meanwhile, taken by someone
else), with the list and the badge following."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from agentdesk.demo import DemoServer, generate_workspace
from agentdesk.services.context import AppContext
from agentdesk.services.paths import AppPaths
from agentdesk.services.paused import load_paused
from agentdesk.services.sync_service import run_sync
from agentdesk.ui.events import SyncStatus
from agentdesk.ui.paused.model import Column
from agentdesk.ui.paused.page import PausedPage
from tests.conftest import DEMO_NOW, DEMO_TOKEN, MakeDemoServer
from tests.support.paused import deadline_of
from tests.ui.conftest import MakeUiContext
from tests.ui.paused.conftest import TIMEOUT_MS, open_page


def _cell(page: PausedPage, conversation_id: str, column: Column) -> str:
    row = page.model.row_of(conversation_id)
    assert row >= 0, f"{conversation_id} is not listed"
    return str(page.model.index(row, column).data())


def _badges(page: PausedPage) -> list[str]:
    seen: list[str] = []
    page.badge_changed.connect(lambda text, _words: seen.append(text))
    return seen


def _reopen(qtbot: QtBot, page: PausedPage, conversation_id: str) -> str:
    assert page.select(conversation_id)
    assert page.reopen_box.button.isEnabled(), page.reopen_box.reason.text()
    with qtbot.waitSignal(page.reopen_finished, timeout=TIMEOUT_MS) as finished:
        qtbot.mouseClick(page.reopen_box.button, Qt.MouseButton.LeftButton)
    assert finished.args is not None
    assert finished.args[0] == conversation_id
    return str(finished.args[1])


def test_the_list_says_when_and_who(paused_page: PausedPage, kinds: dict[str, list[str]]) -> None:
    listed = {i.conversation.id for i in paused_page.vm.items}
    assert listed == {i for ids in kinds.values() for i in ids}
    assert paused_page.model.rowCount() == len(listed)
    for conversation_id in kinds["late"]:
        assert _cell(paused_page, conversation_id, Column.TIME_LEFT) == "deadline passed"
    assert _cell(paused_page, kinds["mine"][0], Column.ASSIGNEE) == "You"
    assert _cell(paused_page, kinds["unassigned"][0], Column.ASSIGNEE) == "Nobody"
    assert _cell(paused_page, kinds["other"][0], Column.ASSIGNEE) == "Someone else"
    countdown = _cell(paused_page, kinds["mine"][0], Column.TIME_LEFT)
    assert countdown.startswith("in "), countdown
    # Still to come first, then the ones past their deadline.
    order = [i.conversation.id for i in paused_page.vm.items]
    assert set(order[-len(kinds["late"]) :]) == set(kinds["late"])
    reachable = len(kinds["mine"]) + len(kinds["unassigned"])
    assert paused_page.vm.reopenable == reachable
    assert f"{reachable} can still be reopened" in paused_page.summary.text()


def test_what_is_offered_and_why(paused_page: PausedPage, kinds: dict[str, list[str]]) -> None:
    box = paused_page.reopen_box
    paused_page.select(kinds["late"][0])
    assert not box.button.isEnabled()
    assert not box.assign_box.isEnabled()
    assert "deadline has passed" in box.reason.text()
    paused_page.select(kinds["other"][0])
    assert not box.button.isEnabled()
    assert "someone else" in box.reason.text()
    paused_page.select(kinds["unassigned"][0])
    assert not box.button.isEnabled()
    assert box.assign_box.isEnabled()
    assert "Assign to me" in box.reason.text()
    box.assign_box.setChecked(True)
    assert box.button.isEnabled()
    paused_page.select(kinds["mine"][0])
    assert box.button.isEnabled()
    assert not box.assign_box.isEnabled()
    assert not box.assign_box.isChecked(), "the box is asked for each conversation"


def test_reopen_before_the_deadline(
    qtbot: QtBot, paused_page: PausedPage, paused_server: DemoServer, kinds: dict[str, list[str]]
) -> None:
    badges = _badges(paused_page)
    before = paused_page.vm.reopenable
    mine = kinds["mine"][0]
    assert _reopen(qtbot, paused_page, mine) == "reopened"
    assert paused_page.model.row_of(mine) == -1
    assert paused_page.message.isVisible()
    assert "Reopened" in paused_page.message.text()
    assert mine in paused_page.message.text()
    assert badges[-1] == str(before - 1)
    record = paused_server.conversation(mine)
    assert record is not None
    assert record["status"] == "open"
    with qtbot.waitSignal(paused_page.loaded, timeout=TIMEOUT_MS):
        pass  # the read that follows the reopen agrees with the store
    assert paused_page.model.row_of(mine) == -1
    assert mine not in {c.id for c in load_paused(paused_page.ui.app).conversations}


def test_assign_to_me_takes_an_unassigned_one(
    qtbot: QtBot, paused_page: PausedPage, paused_server: DemoServer, kinds: dict[str, list[str]]
) -> None:
    unassigned = kinds["unassigned"][0]
    paused_page.select(unassigned)
    paused_page.reopen_box.assign_box.setChecked(True)
    assert _reopen(qtbot, paused_page, unassigned) == "reopened"
    record = paused_server.conversation(unassigned)
    assert record is not None
    assert record["assignee_id"] == paused_server.workspace.me["id"]


def test_refused_when_the_deadline_passed_meanwhile(
    qtbot: QtBot,
    paused_page: PausedPage,
    paused_server: DemoServer,
    server_now: list[datetime],
    kinds: dict[str, list[str]],
) -> None:
    mine = kinds["mine"][0]
    server_now[0] = deadline_of(paused_server, mine) + timedelta(seconds=5)  # our clock lags
    badges = _badges(paused_page)
    before = paused_page.vm.reopenable
    assert _reopen(qtbot, paused_page, mine) == "refused"
    assert "pause deadline passed" in paused_page.message.text()
    with qtbot.waitSignal(paused_page.loaded, timeout=TIMEOUT_MS):
        pass
    assert _cell(paused_page, mine, Column.TIME_LEFT) == "deadline passed"
    paused_page.select(mine)
    assert not paused_page.reopen_box.button.isEnabled()
    assert "deadline has passed" in paused_page.reopen_box.reason.text()
    assert badges[-1] == str(before - 1)


def test_refused_when_someone_else_took_it(
    qtbot: QtBot, paused_page: PausedPage, paused_server: DemoServer, kinds: dict[str, list[str]]
) -> None:
    mine = kinds["mine"][0]
    paused_server.touch(mine, assignee_id="u-12")  # after our sync: the page still offers it
    badges = _badges(paused_page)
    before = paused_page.vm.reopenable
    assert _reopen(qtbot, paused_page, mine) == "refused"
    assert "assigned to someone else now" in paused_page.message.text()
    with qtbot.waitSignal(paused_page.loaded, timeout=TIMEOUT_MS):
        pass
    assert _cell(paused_page, mine, Column.ASSIGNEE) == "Someone else"
    paused_page.select(mine)
    assert not paused_page.reopen_box.button.isEnabled()
    assert badges[-1] == str(before - 1)


def test_the_countdown_follows_the_clock(
    paused_page: PausedPage,
    paused_server: DemoServer,
    ui_now: list[datetime],
    kinds: dict[str, list[str]],
) -> None:
    mine = kinds["mine"][0]
    deadline = deadline_of(paused_server, mine)
    before = paused_page.vm.reopenable
    ui_now[0] = deadline - timedelta(hours=3, minutes=20, seconds=30)
    paused_page.tick()
    assert _cell(paused_page, mine, Column.TIME_LEFT) == "in 3 h 20 min"
    index = paused_page.model.index(paused_page.model.row_of(mine), Column.TIME_LEFT)
    assert index.data(Qt.ItemDataRole.FontRole) is None
    ui_now[0] = deadline - timedelta(minutes=59)
    paused_page.tick()
    assert _cell(paused_page, mine, Column.TIME_LEFT) == "in 59 min"
    index = paused_page.model.index(paused_page.model.row_of(mine), Column.TIME_LEFT)
    assert index.data(Qt.ItemDataRole.FontRole).bold(), "under an hour is highlighted"
    badges = _badges(paused_page)
    paused_page.select(mine)
    assert paused_page.reopen_box.button.isEnabled()
    ui_now[0] = deadline
    paused_page.tick()
    assert _cell(paused_page, mine, Column.TIME_LEFT) == "deadline passed"
    assert paused_page.vm.reopenable < before
    assert badges, "the badge follows time, with no sync"
    # It moved down among the passed ones; the selection went with it.
    assert paused_page.table.currentIndex().row() == paused_page.model.row_of(mine)
    assert not paused_page.reopen_box.button.isEnabled()
    assert "deadline has passed" in paused_page.reopen_box.reason.text()


def test_offline_reopening_needs_the_server(
    qtbot: QtBot, paused_page: PausedPage, paused_server: DemoServer, kinds: dict[str, list[str]]
) -> None:
    box = paused_page.reopen_box
    paused_page.select(kinds["mine"][0])
    events = paused_page.ui.events
    events.sync_status_changed.emit(SyncStatus(online=False, last_synced_at=DEMO_NOW))
    assert not box.button.isEnabled()
    assert "needs the server" in box.button.text()
    assert "needs the server" in box.reason.text()
    events.sync_status_changed.emit(SyncStatus(online=True, last_synced_at=DEMO_NOW))
    assert box.button.isEnabled()
    # The server goes away between two syncs: the attempt says why, and the page knows.
    paused_server.stop()
    assert _reopen(qtbot, paused_page, kinds["mine"][0]) == "failed"
    assert "cannot be reached" in paused_page.message.text()
    assert not box.button.isEnabled()
    assert "needs the server" in box.button.text()
    assert paused_page.model.row_of(kinds["mine"][0]) >= 0


def test_the_model_holds_qt_s_rules(qtmodeltester: ModelTester, paused_page: PausedPage) -> None:
    qtmodeltester.check(paused_page.model)


def test_nothing_paused(
    qtbot: QtBot, make_ui_context: MakeUiContext, make_demo_server: MakeDemoServer
) -> None:
    server = make_demo_server(generate_workspace(7, 2, DEMO_NOW))
    ctx = AppContext(
        paths=AppPaths.from_environment().ensure(),
        server_override=server.url,
        token_override=DEMO_TOKEN,
    )
    run_sync(ctx)
    page = open_page(qtbot, make_ui_context, ctx, lambda: DEMO_NOW)
    assert page.stack.currentWidget() is page.empty_label
    assert "No paused conversations" in page.empty_label.text()
    assert not page.reopen_box.button.isEnabled()
    ctx.close()


def test_the_selected_one_is_shown_with_its_details(
    qtbot: QtBot, paused_page: PausedPage, kinds: dict[str, list[str]]
) -> None:
    late = kinds["late"][0]
    with qtbot.waitSignal(paused_page.pane.loaded, timeout=TIMEOUT_MS) as shown:
        paused_page.select(late)
    assert shown.args == [late]
    details = paused_page.pane.details
    assert details is not None
    assert details.id == late
    assert paused_page.pane.title.text() == _cell(paused_page, late, Column.CONTACT)


def test_nothing_synced_yet(
    qtbot: QtBot, make_ui_context: MakeUiContext, app_context: AppContext
) -> None:
    page = open_page(qtbot, make_ui_context, app_context, lambda: DEMO_NOW)
    assert page.stack.currentWidget() is page.empty_label
    assert "after the first sync" in page.empty_label.text()
    assert "agentdesk sync" not in page.empty_label.text(), "a window, not a command line"
