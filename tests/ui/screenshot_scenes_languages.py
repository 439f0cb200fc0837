"""Screenshot scenes in the agents' languages: for French, Spanish and Indonesian, the indicators
page, a tile's tooltip, the evolution chart, the sign-in dialog (with its own sentence) and the
offline banner.

Run by ``SceneRunner.run`` once the demo server has stopped (the offline banner needs it gone);
the indicators page shows what the store holds. Each language is installed as View → Language
installs it (``set_language``), and English is put back at the end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from agentdesk.demo.workspace import DEMO_LOGIN
from agentdesk.services.context import AppContext
from agentdesk.ui.app import build_ui_context, dispose
from agentdesk.ui.i18n import set_language
from agentdesk.ui.sign_in import SignInDialog
from tests.conftest import DEMO_NOW
from tests.ui.screenshot_scenes_first_run import SHOWN_SERVER

if TYPE_CHECKING:
    from tests.ui.screenshot_scenes import SceneRunner

LANGUAGES = ("fr", "es", "id")


def language_scenes(runner: SceneRunner, app: QApplication, ctx: AppContext) -> None:
    from tests.ui.screenshot_scenes import wait_until  # noqa: PLC0415 (a cycle otherwise)

    for code in LANGUAGES:
        scenes = ("indicators", "tooltip", "chart", "sign-in", "offline")
        names = [f"{scene}-{code}" for scene in scenes]
        if not runner.want(*names):
            continue
        set_language(app, code)
        try:
            window = runner._window(app, ctx, sync=True)
            wait_until(lambda w=window: not w.offline_banner.isHidden())
            runner._show_period(window, "week")
            runner.save(f"offline-{code}", window)
            window.offline_banner.clear()
            runner.save(f"indicators-{code}", window)
            if runner.want(f"tooltip-{code}"):
                runner.save(f"tooltip-{code}", _tooltip(window.pages["indicators"]))
                QToolTip.hideText()
            if runner.want(f"chart-{code}"):
                chart = window.pages["indicators"].open_chart("handling_time")  # type: ignore[attr-defined]
                wait_until(lambda c=chart: c.key is not None and c.series() is not None)
                runner.save(f"chart-{code}", chart)
                chart.close()
            runner._close(window)
            if runner.want(f"sign-in-{code}"):
                _sign_in(runner, app, ctx, code)
        finally:
            set_language(app, "en")


def _tooltip(page: QWidget) -> QWidget:
    """The first tile's tooltip as the agent sees it on hover: Qt's own tooltip window."""
    tile = next(iter(page.tiles().values()))  # type: ignore[attr-defined]
    QToolTip.showText(tile.mapToGlobal(QPoint(8, tile.height())), tile.toolTip(), tile)
    shown = [w for w in QApplication.topLevelWidgets() if w.inherits("QLabel") and w.isVisible()]
    if not shown:
        raise RuntimeError("no tooltip window to photograph")
    return shown[0]


def _sign_in(runner: SceneRunner, app: QApplication, ctx: AppContext, code: str) -> None:
    """The dialog after Sign in with the password left empty: its own sentence says what to do."""
    first_run = AppContext(paths=ctx.paths.__class__(home=ctx.paths.home / "sign-in-languages"))
    ui = build_ui_context(first_run, app, clock=lambda: DEMO_NOW)
    dialog = SignInDialog(ui)
    dialog.server.setText(SHOWN_SERVER)
    dialog.login.setText(DEMO_LOGIN)
    dialog.show()
    dialog.sign_in_button.click()
    runner.save(f"sign-in-{code}", dialog)
    dialog.close()
    dialog.deleteLater()
    dispose(ui)
    first_run.close()
