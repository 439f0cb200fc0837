"""The sign-in dialog against the demo server: each way it can go wrong is a sentence in it."""

from __future__ import annotations

import pytest

from agentdesk.demo.workspace import DEMO_LOGIN, DEMO_PASSWORD
from agentdesk.errors import KeyringUnavailableError
from agentdesk.services.context import AppContext
from agentdesk.services.paths import AppPaths
from agentdesk.ui.app import sign_in_problem
from agentdesk.ui.sign_in import DEMO_RESULT, SignInDialog

NO_KEYRING = (
    "No system keyring is available to keep your sign-in safely. Set AGENTDESK_TOKEN=<token> in "
    "your environment instead; AgentDesk never writes the token to a file."
)


@pytest.fixture
def fresh_context() -> AppContext:
    """A first run: no server, no token."""
    ctx = AppContext(paths=AppPaths.from_environment().ensure())
    yield ctx
    ctx.close()


@pytest.fixture
def dialog(qtbot, make_ui_context, fresh_context) -> SignInDialog:
    dialog = SignInDialog(make_ui_context(fresh_context))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _submit(qtbot, dialog: SignInDialog, server: str, login: str, password: str) -> None:
    dialog.server.setText(server)
    dialog.login.setText(login)
    dialog.password.setText(password)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)


def test_good_credentials_keep_the_token_in_the_keyring(
    qtbot, dialog, demo_server, memory_keyring, fresh_context
):
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        _submit(qtbot, dialog, demo_server.url, DEMO_LOGIN, DEMO_PASSWORD)
    assert dialog.profile is not None
    assert fresh_context.token()  # from the keyring, for the server just given
    settings = fresh_context.settings()
    assert (settings.server_url, settings.login) == (demo_server.url, DEMO_LOGIN)
    assert dialog.password.text() == ""


def test_bad_credentials_are_a_sentence_in_the_dialog(qtbot, dialog, demo_server, memory_keyring):
    _submit(qtbot, dialog, demo_server.url, DEMO_LOGIN, "not the password")
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "password" in dialog.error.text().lower()
    assert memory_keyring.passwords == {}
    assert dialog.sign_in_button.isEnabled()


def test_an_unreachable_server_is_a_sentence(qtbot, dialog, closed_port, memory_keyring):
    _submit(qtbot, dialog, f"http://127.0.0.1:{closed_port}", DEMO_LOGIN, DEMO_PASSWORD)
    assert dialog.error.isVisible()
    assert "127.0.0.1" in dialog.error.text() or "reach" in dialog.error.text().lower()
    assert dialog.details_button.isVisible()
    dialog.details_button.click()
    assert dialog.details.isVisible()
    assert dialog.details.toPlainText()


def test_plain_http_to_another_machine_is_refused_before_any_traffic(qtbot, dialog, memory_keyring):
    _submit(qtbot, dialog, "http://desk.example.com", DEMO_LOGIN, DEMO_PASSWORD)
    assert dialog.error.isVisible()
    assert "https" in dialog.error.text()


def test_a_missing_keyring_offers_a_sign_in_for_this_session_only(
    qtbot, dialog, demo_server, failing_keyring, fresh_context
):
    """No keyring is not a dead end: no terminal, no variable to set; the token stays in memory."""
    _submit(qtbot, dialog, demo_server.url, DEMO_LOGIN, DEMO_PASSWORD)
    assert dialog.isVisible()
    assert "sign in for this session only" in dialog.error.text()
    assert "AGENTDESK_TOKEN" not in dialog.error.text()
    assert NO_KEYRING in dialog.details.toPlainText(), "the technical text is kept under it"
    assert dialog.session_button.isVisible()
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.session_button.click()
    assert fresh_context.token()  # from memory: the keyring can neither be read nor written
    assert fresh_context.tokens.is_session_only(demo_server.url)
    again = AppContext(paths=fresh_context.paths)  # the next start
    try:
        assert isinstance(sign_in_problem(again), KeyringUnavailableError), "it asks again"
    finally:
        again.close()


def test_empty_fields_are_a_sentence_without_traffic(qtbot, dialog):
    dialog.sign_in_button.click()
    assert not dialog.busy
    assert dialog.error.text() == "Fill in the server, your login and your password."


def test_the_demo_button_answers_the_demo_result(qtbot, dialog):
    with qtbot.waitSignal(dialog.finished, timeout=1000) as finished:
        dialog.demo_button.click()
    assert finished.args == [DEMO_RESULT]
