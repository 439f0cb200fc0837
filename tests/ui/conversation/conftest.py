"""A synced demo workspace and a shown ``ConversationPane`` over it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from agentdesk.demo import DemoServer
from agentdesk.ui.context import UiContext
from agentdesk.ui.conversation.pane import ConversationPane

MakePane = Callable[[UiContext], ConversationPane]


@pytest.fixture
def make_pane(qtbot: QtBot) -> MakePane:
    def make(ui: UiContext) -> ConversationPane:
        pane = ConversationPane(ui)
        qtbot.addWidget(pane)
        pane.resize(1000, 640)
        pane.show()
        qtbot.waitExposed(pane)
        pane.activateWindow()
        return pane

    return make


@pytest.fixture
def pane(make_pane: MakePane, ui_context: UiContext) -> ConversationPane:
    return make_pane(ui_context)


@pytest.fixture
def closed_records(demo_server: DemoServer) -> list[dict[str, object]]:
    return demo_server.snapshot("closed")
