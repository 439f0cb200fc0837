"""The sign-in dialog keeps its fields whole: it grows for a long message instead of squeezing."""

from __future__ import annotations

import pytest

from agentdesk.services.context import AppContext
from agentdesk.services.paths import AppPaths
from agentdesk.ui.sign_in import SignInDialog

LONG = (
    "No system keyring is available to keep your sign-in safely. Set AGENTDESK_TOKEN=<token> in "
    "your environment instead; AgentDesk never writes the token to a file. " * 3
)


@pytest.fixture(params=["v1", "chatwoot"])
def dialog(qtbot, make_ui_context, request):
    ctx = AppContext(paths=AppPaths.from_environment().ensure())
    ctx.settings_file.update(server_url="https://desk.example.com", platform=request.param)
    dialog = SignInDialog(make_ui_context(ctx))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    ctx.close()


@pytest.mark.parametrize("message", ["", "Wrong password.", LONG])
def test_fields_keep_their_height_at_every_message_length(qtbot, dialog, message):
    fields = [
        f
        for f in (dialog.server, dialog.login, dialog.password, dialog.token, dialog.zone)
        if f.isVisible()
    ]
    assert len(fields) == 3
    wanted = {f.objectName(): f.sizeHint().height() for f in fields}
    if message:
        dialog.show_error(message, "details")
    dialog.details_button.setChecked(True)
    qtbot.waitUntil(lambda: dialog.error.isVisible() or not message)
    for _ in range(3):
        qtbot.wait(1)
    for field in fields:
        assert field.height() >= wanted[field.objectName()], field.objectName()
    assert dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())
