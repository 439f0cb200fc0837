"""The closed page on a synced demo workspace, and the real ``agentdesk search --json`` on the
same data folder to compare it with."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from agentdesk.demo import DemoServer
from agentdesk.ui.closed.page import ClosedPage
from agentdesk.ui.context import UiContext

SearchCli = Callable[..., list[str]]


@pytest.fixture
def search_cli(demo_server: DemoServer, ui_context: UiContext) -> SearchCli:
    """``search_cli("words", "--csat", "4,5")``: the ids ``agentdesk search --json`` prints."""
    env = dict(os.environ)
    env["AGENTDESK_SERVER"] = demo_server.url
    env["AGENTDESK_TOKEN"] = demo_server.token
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

    def run(*args: str) -> list[str]:
        result = subprocess.run(
            [sys.executable, "-m", "agentdesk.cli", "search", *args, "--limit", "10000", "--json"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return [hit["id"] for hit in json.loads(result.stdout)["results"]]

    return run


@pytest.fixture
def closed_page(qtbot: QtBot, ui_context: UiContext) -> ClosedPage:
    page = ClosedPage(ui_context)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    with qtbot.waitSignal(page.results_shown, timeout=30_000):
        page.refresh()
    return page


def shown_ids(qtbot: QtBot, page: ClosedPage) -> list[str]:
    """Every id of the answer, fetching the rest as a scroll to the end would."""
    model = page.model
    while model.rowCount() < model.total:
        before = model.rowCount()
        model.fetchMore(model.index(-1, -1))
        qtbot.waitUntil(lambda: model.rowCount() > before, timeout=30_000)  # noqa: B023
    return model.ids


def answer_to(qtbot: QtBot, page: ClosedPage, change: Callable[[], None]) -> int:
    with qtbot.waitSignal(page.results_shown, timeout=30_000) as blocker:
        change()
    total: int = blocker.args[0]
    return total
