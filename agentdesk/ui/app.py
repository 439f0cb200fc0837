"""The window's ``main()``: one QApplication, one ``UiContext``, sign-in when needed, the window.

Called by ``agentdesk`` with no sub-command (and ``agentdesk --demo``) with an ``AppContext`` the
command line built; the demo workspace is handed in as a factory so that the window never needs
to know how the command line starts it.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from datetime import datetime
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

import agentdesk
from agentdesk.errors import AgentDeskError, ConfigurationError, NotSignedInError, UsageError
from agentdesk.installation import APP_ID
from agentdesk.services.context import AppContext
from agentdesk.ui.assets import resource
from agentdesk.ui.context import UiContext, system_clock
from agentdesk.ui.events import AppEvents
from agentdesk.ui.heap import settle
from agentdesk.ui.i18n import install_translators, set_language
from agentdesk.ui.language import rebuild_on_language_change
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.sign_in import DEMO_RESULT, SignInDialog
from agentdesk.ui.tasks import TaskRunner, bug_sentence, prefer_gui_thread
from agentdesk.ui.theme import ThemeManager

log = logging.getLogger(__name__)

DemoOpener = Callable[[], AbstractContextManager[AppContext]]


def check_display() -> None:
    """Without a display Qt aborts the process; say why in a sentence instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise ConfigurationError(
            "AgentDesk's window needs a desktop session, and this one has no display "
            "(neither DISPLAY nor WAYLAND_DISPLAY is set); the agentdesk sub-commands work "
            "without one."
        )


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("AgentDesk")
    app.setOrganizationName("AgentDesk")
    app.setDesktopFileName(APP_ID)  # the .desktop file and the AppStream id
    app.setWindowIcon(QIcon(str(resource("icons", "agentdesk.svg"))))
    install_translators(app)
    prefer_gui_thread()
    return app


def build_ui_context(
    ctx: AppContext, app: QApplication, *, clock: Callable[[], datetime] = system_clock
) -> UiContext:
    events = AppEvents()
    theme = ThemeManager(events, ctx.settings().theme)
    theme.apply(app)
    runner = TaskRunner(log_path=ctx.paths.log_file)
    return UiContext(app=ctx, runner=runner, events=events, theme=theme, clock=clock)


def dispose(ui: UiContext) -> None:
    ui.runner.shutdown(5000)
    for obj in (ui.runner, ui.theme, ui.events):
        obj.deleteLater()


def sign_in_problem(ctx: AppContext) -> AgentDeskError | None:
    """Why the window cannot start signed in, or None. A first run is a ``UsageError`` (no
    server) or a ``NotSignedInError`` (no token): the dialog then shows no error."""
    try:
        ctx.server_url()
        ctx.token()
    except AgentDeskError as error:
        return error
    return None


def _install_excepthook(ui: UiContext) -> None:
    """Exceptions escaping a slot are bugs: logged, then one sentence in the window's banner."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("Unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
        ui.runner.bug.emit(bug_sentence(ui.runner.log_path) + f"\n\n{kind.__name__}: {error}")

    sys.excepthook = hook


def run_window(ctx: AppContext, *, demo: bool = False, open_demo: DemoOpener | None = None) -> int:
    """Runs until the window closes; returns the process exit code. ``ctx`` stays the
    caller's to close; contexts opened here (the demo, a new sign-in) are closed here."""
    check_display()
    app = make_application()
    previous_hook = sys.excepthook
    with ExitStack() as stack:
        while True:
            ui = build_ui_context(ctx, app)
            set_language(app, ctx.settings().language)  # the sign-in dialog speaks it too
            _install_excepthook(ui)
            problem = None if demo else sign_in_problem(ctx)
            if problem is not None:
                dialog = SignInDialog(ui, demo_available=open_demo is not None)
                if not isinstance(problem, UsageError | NotSignedInError):
                    dialog.show_problem(problem)
                result = dialog.exec()
                dialog.deleteLater()
                if result == DEMO_RESULT and open_demo is not None:
                    dispose(ui)
                    ctx, demo = stack.enter_context(open_demo()), True
                    continue
                if result != QDialog.DialogCode.Accepted:
                    dispose(ui)
                    break
            try:
                ctx.store()
            except AgentDeskError as error:
                QMessageBox.critical(
                    None, QCoreApplication.translate("App", "AgentDesk"), error.sentence
                )
                dispose(ui)
                sys.excepthook = previous_hook
                return 1
            signed_out = _show_window(app, ui, demo)
            dispose(ui)
            if not signed_out:
                break
            ctx = stack.enter_context(AppContext(paths=ctx.paths))
            demo = False
    sys.excepthook = previous_hook
    return 0


def _give_version() -> None:
    QCoreApplication.setApplicationVersion(agentdesk.__version__)


def _show_window(app: QApplication, ui: UiContext, demo: bool) -> bool:
    """Runs the event loop with the window; True when it closed because the user signed out."""
    window = MainWindow(ui, demo=demo)
    current = [window]  # the window shown now: another language rebuilds it
    signed_out: list[bool] = []

    def on_sign_out() -> None:
        signed_out.append(True)
        current[0].close_when_idle()

    def adopt(new: MainWindow) -> None:
        current[0].deleteLater()  # closed by now
        current[0] = new
        new.sign_out_requested.connect(on_sign_out)
        new.pages_made.connect(settle)
        settle()

    def close_current() -> None:
        current[0].close()

    window.sign_out_requested.connect(on_sign_out)
    # Once every page is made (after the first answer is painted, page_stack.py): what the
    # window is made of leaves later full collections' walk, and the version (read through
    # importlib.metadata, ~70 ms) is given to Qt without delaying the first paint.
    window.pages_made.connect(settle)
    window.pages_made.connect(_give_version, Qt.ConnectionType.SingleShotConnection)
    rebuild_on_language_change(window, adopt)
    window.show()
    window.start()
    with _closing_on_interrupt(close_current):
        app.exec()
    current[0].deleteLater()
    app.processEvents()
    return bool(signed_out)


@contextmanager
def _closing_on_interrupt(close: Callable[[], object]) -> Iterator[None]:
    """Ctrl+C in the terminal closes the window as its Quit would (settings saved, the demo's
    temporary folder removed). Python only sees the signal when it runs, hence the timer."""
    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(250)
    previous = signal.signal(signal.SIGINT, lambda *_: close())
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        wake.stop()
