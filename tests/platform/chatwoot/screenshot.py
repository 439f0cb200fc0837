"""``python -m tests.platform.chatwoot.screenshot``: the window on the Chatwoot-shaped demo,
offscreen, for docs/screenshots/indicators-week-chatwoot.png.

The same scene machinery as ``tests.ui.screenshots`` (fixed "now", Europe/Paris, a real sync of
a real demo server), with the connector for Chatwoot and a local indicator list that asks for
NPS and revenue too, so the picture shows what "not available from Chatwoot" looks like.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
NAME = "indicators-week-chatwoot"
INDICATORS = [
    "conversations",
    "handling_time",
    "first_response_time",
    "response_time",
    "csat",
    "nps",
    "revenue",
]


def main() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["TZ"] = "Europe/Paris"
    time.tzset()
    from PySide6.QtCore import qInstallMessageHandler  # noqa: PLC0415 - after the env is set

    from agentdesk.demo import DemoServer, generate_workspace  # noqa: PLC0415
    from agentdesk.services.context import AppContext  # noqa: PLC0415
    from agentdesk.services.indicators import PLATFORM_META  # noqa: PLC0415
    from agentdesk.services.paths import AppPaths  # noqa: PLC0415
    from agentdesk.sync import SyncEngine  # noqa: PLC0415
    from agentdesk.ui.app import make_application  # noqa: PLC0415
    from tests.ui.screenshot_scenes import (  # noqa: PLC0415
        DEMO_CONVERSATIONS,
        DEMO_NOW,
        DEMO_SEED,
        SYNCED_AT,
        SceneRunner,
        quiet_offscreen,
        wait_until,
    )

    qInstallMessageHandler(quiet_offscreen)
    with tempfile.TemporaryDirectory(prefix="agentdesk-shot-cw-") as home:
        app = make_application()
        workspace = generate_workspace(DEMO_SEED, DEMO_CONVERSATIONS, DEMO_NOW)
        with DemoServer(workspace, token="shot", platform="chatwoot") as server:
            ctx = AppContext(
                paths=AppPaths(Path(home)).ensure(),
                server_override=server.url,
                token_override="shot",
            )
            ctx.settings_file.update(
                platform="chatwoot",
                account=1,
                timezone="Europe/Paris",
                local_indicators=INDICATORS,
            )
            store = ctx.store()
            SyncEngine(ctx.client(), store, clock=lambda: SYNCED_AT).run()
            store.set_meta(PLATFORM_META, "chatwoot")
            runner = SceneRunner(OUT, {NAME}, scaled=False)
            window = runner._window(app, ctx, sync=False)
            wait_until(lambda: window.status_area.label.text() != "Not synced yet")
            runner._show_period(window, "week")
            runner.save(NAME, window)
            runner._close(window)
            ctx.close()
    print(OUT / f"{NAME}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
