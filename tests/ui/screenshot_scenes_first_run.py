"""Screenshot scenes before the dashboard: the sign-in dialog (a wrong password, no keyring) and
a first sync in progress.

The demo server listens on a random port; the dialog's Server field is set to a fixed address
before each picture, so that a second ``./run screenshots`` writes the same bytes (the attempt
itself went to the real demo server).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtWidgets import QApplication, QWidget

from agentdesk.demo import DemoServer, generate_workspace
from agentdesk.demo.workspace import DEMO_LOGIN, DEMO_PASSWORD
from agentdesk.services.context import AppContext
from agentdesk.services.paths import AppPaths
from agentdesk.sync.report import SyncProgress
from agentdesk.ui.app import build_ui_context, dispose
from agentdesk.ui.events import SyncStatus
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.sign_in import SignInDialog
from tests.conftest import DEMO_NOW

SHOWN_SERVER = "https://desk.example.com"
Save = Callable[[str, QWidget], None]
Wait = Callable[[Callable[[], object]], None]


@contextmanager
def _keyring(backend: KeyringBackend) -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def sign_in_scene(
    app: QApplication,
    paths: AppPaths,
    server_url: str,
    name: str,
    *,
    password: str,
    save: Save,
    wait_until: Wait,
    no_keyring: bool = False,
) -> None:
    """The dialog after a real attempt: a wrong password, or (``no_keyring``) a right one on a
    desktop without a keyring, where the session-only sign-in is offered."""
    first_run = AppContext(paths=paths)
    ui = build_ui_context(first_run, app, clock=lambda: DEMO_NOW)
    dialog = SignInDialog(ui)
    dialog.server.setText(server_url)
    dialog.login.setText(DEMO_LOGIN)
    dialog.password.setText(password)
    dialog.show()
    if no_keyring:
        with _keyring(fail.Keyring()):
            dialog.submit()
            wait_until(lambda: not dialog.busy)
    else:
        dialog.submit()
        wait_until(lambda: not dialog.busy)
    dialog.server.setText(SHOWN_SERVER)
    save(name, dialog)
    dialog.close()
    dialog.deleteLater()
    dispose(ui)
    first_run.close()


def wrong_password(app: QApplication, paths: AppPaths, url: str, save: Save, wait: Wait) -> None:
    sign_in_scene(app, paths, url, "sign-in-error", password="nope", save=save, wait_until=wait)


def no_keyring(
    app: QApplication, paths: AppPaths, url: str, save: Save, wait: Wait, *, name: str
) -> None:
    sign_in_scene(
        app, paths, url, name, password=DEMO_PASSWORD, save=save, wait_until=wait, no_keyring=True
    )


def chatwoot_scene(app: QApplication, paths: AppPaths, save: Save, wait_until: Wait) -> None:
    """The dialog once the server was found to be a Chatwoot, after a refused access token:
    token, where to find it, time zone (this process's, Europe/Paris). The Chatwoot-shaped demo
    server answers the real detection and the real refusal."""
    first_run = AppContext(paths=paths.ensure())
    ui = build_ui_context(first_run, app, clock=lambda: DEMO_NOW)
    dialog = SignInDialog(ui)
    with DemoServer(generate_workspace(7, 20, DEMO_NOW), platform="chatwoot") as server:
        dialog.server.setText(server.url)
        dialog.token.setText("not-a-token")
        dialog.show()
        dialog.submit()
        wait_until(lambda: not dialog.busy and dialog.error.isVisible())
        # The server's real sentence, with the fixed address in place of the random port.
        real, shown = (u.split("//", 1)[1] for u in (server.url, SHOWN_SERVER))
        dialog.error.setText(dialog.error.text().replace(real, shown))
    dialog.server.setText(SHOWN_SERVER)
    save("sign-in-chatwoot", dialog)
    dialog.close()
    dialog.deleteLater()
    dispose(ui)
    first_run.close()


def first_sync_scene(
    app: QApplication, home: AppPaths, save: Save, wait_until: Wait, size: tuple[int, int]
) -> None:
    """A window on an empty store while the first sync fetches closed conversations: the page
    says the sync is under way, the status bar names the phase and its count. The progress is
    set, not raced, so that the picture is the same at every run."""
    ctx = AppContext(paths=home.ensure(), server_override=SHOWN_SERVER, token_override="x")
    ui = build_ui_context(ctx, app, clock=lambda: DEMO_NOW)
    window = MainWindow(ui, demo=True)
    window.resize(*size)
    window.show()
    window.start(sync=False)
    page = window.pages["indicators"]
    wait_until(lambda: page.empty_label.text() != "")
    window.sync._set_status(SyncStatus(running=True))
    window.sync.publish(SyncProgress("paused", 38, 38, 0, 0, None, 38))
    window.sync.publish(SyncProgress("closed", 1_238, 1_238, 0, 0, 0.41, 1_200))
    window.status_area._reveal_progress()
    save("first-sync", window)
    window.sync._set_status(SyncStatus())
    window.close()
    window.deleteLater()
    dispose(ui)
    ctx.close()
