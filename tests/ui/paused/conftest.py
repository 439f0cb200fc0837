"""The paused page over a store synced from a demo server whose clock the test holds.

- ``server_now`` / ``ui_now``: one-element lists, the server's and the window's "now" (both
  start at DEMO_NOW); moving one apart from the other is how a test makes the server refuse
  what the window still offers.
- ``paused_server``: the seeded demo (300 conversations, 12 paused of every kind) on that clock.
- ``paused_ctx``: an ``AppContext`` signed in to it and synced once.
- ``paused_page``: a shown ``PausedPage`` that has applied its first read.
- ``kinds``: the server's paused ids by kind (``late``, ``mine``, ``unassigned``, ``other``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from agentdesk.demo import DemoServer
from agentdesk.services.context import AppContext
from agentdesk.services.paths import AppPaths
from agentdesk.services.sync_service import run_sync
from agentdesk.ui.paused.page import PausedPage
from tests.conftest import DEMO_NOW, DEMO_TOKEN, MakeDemoServer
from tests.support.paused import paused_by_kind
from tests.ui.conftest import MakeUiContext

TIMEOUT_MS = 15_000


@pytest.fixture
def server_now() -> list[datetime]:
    return [DEMO_NOW]


@pytest.fixture
def ui_now() -> list[datetime]:
    return [DEMO_NOW]


@pytest.fixture
def paused_server(make_demo_server: MakeDemoServer, server_now: list[datetime]) -> DemoServer:
    return make_demo_server(clock=lambda: server_now[0])


@pytest.fixture
def paused_ctx(paused_server: DemoServer) -> Iterator[AppContext]:
    ctx = AppContext(
        paths=AppPaths.from_environment().ensure(),
        server_override=paused_server.url,
        token_override=DEMO_TOKEN,
    )
    run_sync(ctx)
    yield ctx
    ctx.close()


@pytest.fixture
def kinds(paused_server: DemoServer) -> dict[str, list[str]]:
    return paused_by_kind(paused_server, DEMO_NOW)


def open_page(
    qtbot: QtBot, make_ui_context: MakeUiContext, ctx: AppContext, clock: object
) -> PausedPage:
    ui = make_ui_context(ctx, clock=clock)
    page = PausedPage(ui)
    qtbot.addWidget(page)
    page.resize(900, 600)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT_MS):
        page.show()
    return page


@pytest.fixture
def paused_page(
    qtbot: QtBot, make_ui_context: MakeUiContext, paused_ctx: AppContext, ui_now: list[datetime]
) -> PausedPage:
    return open_page(qtbot, make_ui_context, paused_ctx, lambda: ui_now[0])
