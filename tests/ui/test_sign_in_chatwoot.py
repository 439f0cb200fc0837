"""The sign-in dialog against a Chatwoot-shaped demo server: detection, a refused token, several
accounts, and a sign-in the first sync then works with."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from agentdesk.demo import DemoServer, Workspace
from agentdesk.demo.chatwoot import shapes
from agentdesk.demo.chatwoot.api import ChatwootDemoApi
from agentdesk.services.account import PlatformKind
from agentdesk.services.context import AppContext
from agentdesk.services.indicators import PLATFORM_META
from agentdesk.services.paths import AppPaths
from agentdesk.services.sync_service import run_sync
from agentdesk.ui.sign_in import SignInDialog
from tests.conftest import DEMO_TOKEN

SECOND_ACCOUNT = 4242


@pytest.fixture
def chatwoot_server(demo_workspace: Workspace) -> Iterator[DemoServer]:
    server = DemoServer(demo_workspace, token=DEMO_TOKEN, platform="chatwoot")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def fresh_context() -> Iterator[AppContext]:
    ctx = AppContext(paths=AppPaths.from_environment().ensure())
    yield ctx
    ctx.close()


@pytest.fixture
def dialog(qtbot, make_ui_context, fresh_context) -> SignInDialog:
    dialog = SignInDialog(make_ui_context(fresh_context))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _detect(qtbot, dialog: SignInDialog, url: str) -> None:
    dialog.server.setText(url)
    dialog.server.editingFinished.emit()
    qtbot.waitUntil(lambda: dialog.kind is not None and not dialog.busy, timeout=20_000)


def _submit(qtbot, dialog: SignInDialog, token: str) -> None:
    dialog.token.setText(token)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)


def test_a_chatwoot_server_asks_for_a_token_and_a_zone(qtbot, dialog, chatwoot_server):
    assert dialog.login.isVisible()
    assert not dialog.token.isVisible()
    _detect(qtbot, dialog, chatwoot_server.url)
    assert dialog.kind is PlatformKind.CHATWOOT
    assert dialog.token.isVisible()
    assert dialog.zone.isVisible()
    assert "Access token" in dialog.token_hint.text()
    assert not dialog.login.isVisible()
    assert not dialog.password.isVisible()
    assert not dialog.account.isVisible()  # until the profile says there are several
    assert dialog.zone.text()  # this computer's zone


def test_a_v1_server_keeps_login_and_password(qtbot, dialog, demo_server):
    _detect(qtbot, dialog, demo_server.url)
    assert dialog.kind is PlatformKind.V1
    assert dialog.login.isVisible()
    assert dialog.password.isVisible()
    assert not dialog.token.isVisible()


def test_a_refused_token_is_a_sentence(qtbot, dialog, chatwoot_server, memory_keyring):
    _detect(qtbot, dialog, chatwoot_server.url)
    _submit(qtbot, dialog, "not-the-token")
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "token" in dialog.error.text().lower()
    assert memory_keyring.passwords == {}
    assert dialog.sign_in_button.isEnabled()


def test_a_signin_then_syncs(qtbot, dialog, chatwoot_server, memory_keyring, fresh_context):
    _detect(qtbot, dialog, chatwoot_server.url)
    dialog.zone.setText("Europe/Paris")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        _submit(qtbot, dialog, DEMO_TOKEN)
    assert dialog.profile is not None
    assert dialog.token.text() == ""
    settings = fresh_context.settings()
    assert settings.platform == "chatwoot"
    assert (settings.account, settings.timezone) == (shapes.ACCOUNT_ID, "Europe/Paris")
    assert fresh_context.token() == DEMO_TOKEN
    report = run_sync(fresh_context)
    assert report.fetched > 0
    assert fresh_context.store().get_meta(PLATFORM_META) == "chatwoot"


def test_the_sign_in_button_alone_detects_then_signs_in(
    qtbot, dialog, chatwoot_server, memory_keyring
):
    """A token typed before the server was checked is not lost: the click checks, then signs in."""
    dialog.server.setText(chatwoot_server.url)
    dialog.token.setText(DEMO_TOKEN)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.sign_in_button.click()
    assert dialog.profile is not None


@pytest.mark.usefixtures("memory_keyring")
def test_several_accounts_are_a_choice(qtbot, dialog, chatwoot_server, monkeypatch, fresh_context):
    original = ChatwootDemoApi._profile

    def two_accounts(self: ChatwootDemoApi) -> dict[str, Any]:
        body = original(self)
        body["accounts"].append({"id": SECOND_ACCOUNT, "name": "Another team", "role": "agent"})
        return body

    monkeypatch.setattr(ChatwootDemoApi, "_profile", two_accounts)
    _detect(qtbot, dialog, chatwoot_server.url)
    _submit(qtbot, dialog, DEMO_TOKEN)
    assert dialog.isVisible()
    assert dialog.account.isVisible()
    assert "several" in dialog.error.text()
    assert [dialog.account.itemData(i) for i in range(dialog.account.count())] == [
        shapes.ACCOUNT_ID,
        SECOND_ACCOUNT,
    ]
    assert fresh_context.settings().account is None
    dialog.account.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        _submit(qtbot, dialog, DEMO_TOKEN)
    assert fresh_context.settings().account == shapes.ACCOUNT_ID


def test_session_only_keeps_the_token_off_the_keyring(
    qtbot, dialog, chatwoot_server, failing_keyring, fresh_context
):
    _detect(qtbot, dialog, chatwoot_server.url)
    _submit(qtbot, dialog, DEMO_TOKEN)
    assert dialog.session_button.isVisible()
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.session_button.click()
    assert fresh_context.token() == DEMO_TOKEN
