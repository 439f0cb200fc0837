"""The paused page's pictures for ``tests.ui.screenshots`` (listed in docs/ui.md).

- ``paused-{light,dark}``: the demo agent's paused list at the fixed "now", with conversations
  past their deadline (muted, "deadline passed") below ones that can be reopened, the latest
  passed one selected (the reason in words, its transcript and details);
- ``paused-refused``: a reopen the server refused because a colleague took the conversation
  meanwhile (the sentence, and the list read again);
- ``paused-empty-{light,dark}``: a workspace with nothing paused;
- ``paused-minimum-size``: the page at the window's minimum size, one of the agent's own
  selected ("Reopen" offered), one due within the hour highlighted.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QApplication

from agentdesk.demo import DemoServer, generate_workspace
from agentdesk.domain.reopen import RefusalReason
from agentdesk.services.context import AppContext
from agentdesk.services.paths import AppPaths
from agentdesk.sync import SyncEngine
from agentdesk.ui.app import build_ui_context, dispose
from agentdesk.ui.main_window import MINIMUM_SIZE, MainWindow
from agentdesk.ui.paused.page import PausedPage
from tests.conftest import DEMO_NOW
from tests.ui.screenshot_scenes import SYNCED_AT, TOKEN, WINDOW_SIZE, SceneRunner, wait_until

COLLEAGUE = "u-12"


def paused_scenes(
    runner: SceneRunner, app: QApplication, ctx: AppContext, server: DemoServer
) -> None:
    if runner.want("paused-light", "paused-dark", "paused-minimum-size", "paused-refused"):
        _list(runner, app, ctx, server)
    if runner.want("paused-empty-light", "paused-empty-dark"):
        _empty(runner, app, ctx)


def _open(app: QApplication, ctx: AppContext) -> tuple[MainWindow, PausedPage]:
    ui = build_ui_context(ctx, app, clock=lambda: DEMO_NOW)
    window = MainWindow(ui, demo=True)
    window.resize(*WINDOW_SIZE)
    window.show()
    window.start(sync=False)
    window.show_page("paused")
    page = window.pages["paused"]
    assert isinstance(page, PausedPage)
    wait_until(lambda: page.vm.paused is not None or page.vm.load_error is not None)
    wait_until(lambda: window.status_area.label.text() != "Not synced yet")
    return window, page


def _close(window: MainWindow) -> None:
    ui = window.ui
    window.close()
    window.deleteLater()
    dispose(ui)


def _list(runner: SceneRunner, app: QApplication, ctx: AppContext, server: DemoServer) -> None:
    _one_due_soon(ctx, server)
    window, page = _open(app, ctx)
    reachable = [i for i in page.vm.items if i.eligibility.can_reopen]
    # The second of the agent's own: the first is the one due soon, whose highlight a
    # selection would cover.
    mine = [i for i in reachable if not i.eligibility.requires_assign_to_me][1]
    # The latest past its deadline: the list scrolls to where reopenable and passed meet,
    # and the box says why it cannot be reopened.
    passed = next(
        i for i in page.vm.items if i.eligibility.refusal is RefusalReason.DEADLINE_PASSED
    )
    page.select(passed.conversation.id)
    _wait_for_pane(page, passed.conversation.id)
    for mode in ("light", "dark"):
        window.ui.theme.set_mode(mode)
        runner.save(f"paused-{mode}", window)
    window.ui.theme.set_mode("light")
    page.select(mine.conversation.id)
    _wait_for_pane(page, mine.conversation.id)
    if runner.want("paused-minimum-size"):
        window.resize(MINIMUM_SIZE)
        runner.save("paused-minimum-size", window)
        window.resize(*WINDOW_SIZE)
    if runner.want("paused-refused"):
        # A colleague takes it on the platform after our last sync: the button still offers
        # it, the server refuses, the page says so and reads the list again.
        server.touch(mine.conversation.id, assignee_id=COLLEAGUE)
        done: list[str] = []
        page.reopen_finished.connect(lambda _id, outcome: done.append(outcome))
        page.reopen_selected()
        wait_until(lambda: bool(done) and window.ui.runner.active_count == 0)
        page.select(mine.conversation.id)
        _wait_for_pane(page, mine.conversation.id)
        runner.save("paused-refused", window)
    _close(window)


def _wait_for_pane(page: PausedPage, conversation_id: str) -> None:
    wait_until(lambda: page.pane.details is not None and page.pane.details.id == conversation_id)


def _one_due_soon(ctx: AppContext, server: DemoServer) -> None:
    """The generated deadlines are 20 minutes to days away, rarely under an hour at the fixed
    "now": one of the agent's gets 42 minutes left (as a platform would after a change in the
    agent's availability), so the highlight shows; synced like the rest, "18 minutes ago"."""
    for record in server.snapshot("paused"):
        deadline = datetime.fromisoformat(record["pause_deadline"].replace("Z", "+00:00"))
        if record["assignee_id"] == server.workspace.me["id"] and deadline > DEMO_NOW:
            soon = DEMO_NOW + timedelta(minutes=42)
            server.touch(record["id"], pause_deadline=soon.isoformat().replace("+00:00", "Z"))
            break
    SyncEngine(ctx.client(), ctx.store(), clock=lambda: SYNCED_AT).run()


def _empty(runner: SceneRunner, app: QApplication, ctx: AppContext) -> None:
    """Two conversations, none paused (``paused_count(2) == 0``), in a data folder of its own."""
    paths = AppPaths(ctx.paths.home / "nothing-paused").ensure()
    with DemoServer(generate_workspace(7, 2, DEMO_NOW), token=TOKEN) as server:
        empty = AppContext(paths=paths, server_override=server.url, token_override=TOKEN)
        SyncEngine(empty.client(), empty.store(), clock=lambda: SYNCED_AT).run()
        window, page = _open(app, empty)
        wait_until(lambda: page.stack.currentWidget() is page.empty_label)
        for mode in ("light", "dark"):
            window.ui.theme.set_mode(mode)
            runner.save(f"paused-empty-{mode}", window)
        window.ui.theme.set_mode("light")
        _close(window)
        empty.close()
