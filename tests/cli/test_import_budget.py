"""Each command imports only what it uses.

Every ``agentdesk`` run (and every Tab of shell completion) pays for what the parser imports,
so parsing any command must load none of the heavy libraries; a command then loads only what
its own work needs (no Alembic on a store already at the newest schema, no HTTP or keyring to
read the store). Checked by *which* modules a fresh interpreter holds, never by milliseconds,
so the tests do not depend on how busy the machine is.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from agentdesk.cli.export_cmd import KINDS
from agentdesk.services.export import ExportKind

LIBRARIES = frozenset(
    {
        "alembic",
        "argcomplete",
        "importlib.metadata",
        "keyring",
        "numpy",
        "pyqtgraph",
        "PySide6",
        "requests",
        "rich",
        "sqlalchemy",
        "urllib3",
        "whoosh",
        # Whoosh's query side: its English morphology compiles regular expressions on import
        # (~30-60 ms); our queries run on the segments' readers and need none of it.
        "whoosh.query",
        "whoosh.searching",
    }
)

_PROBE = """
import json, sys
argv = json.loads(sys.argv[1])
libraries = set(json.loads(sys.argv[2]))
{work}
names = {{name.partition(".")[0] for name in sys.modules}} | set(sys.modules)
loaded = sorted(names & libraries)
print(json.dumps({{"loaded": loaded}}), file=sys.stderr)
"""

_PARSE = """
from agentdesk.cli.main import build_parser
for line in argv:
    build_parser().parse_args(line)
"""

_RUN = """
from agentdesk.cli.main import main
code = main(argv)
if code:
    sys.exit(code)
"""


def _loaded(work: str, argv: object, env: dict[str, str] | None = None) -> set[str]:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _PROBE.format(work=work),
            json.dumps(argv),
            json.dumps(sorted(LIBRARIES)),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stderr.strip().splitlines()[-1])["loaded"])


COMMAND_LINES = [
    [],
    ["indicators", "--period", "month"],
    ["evolution", "csat"],
    ["search", "refund", "--month", "2026-11"],
    ["reindex"],
    ["paused"],
    ["reopen", "c-000001"],
    ["sync", "--full"],
    ["show", "c-000001", "refund"],
    ["export", "messages", "--out", "x.csv"],
    ["doctor"],
    ["login", "--server", "http://127.0.0.1:1"],
    ["logout"],
    ["completion", "bash"],
    ["demo-server", "--conversations", "10"],
]


def test_parsing_any_command_loads_no_library() -> None:
    assert _loaded(_PARSE, COMMAND_LINES) == set()


def test_the_export_kinds_the_parser_offers_are_the_exports() -> None:
    assert tuple(kind.value for kind in ExportKind) == KINDS


@pytest.mark.parametrize(
    ("argv", "needed"),
    [
        (["indicators", "--period", "month"], set()),
        (["paused"], set()),
        (["search", "refund"], {"whoosh"}),
        (["show", "c-000001"], set()),
        # Nothing new: only small writes, on sqlite3; AGENTDESK_TOKEN holds the token; the
        # index, in order by its manifest, is not opened (``SearchIndex.quick_check``).
        (["sync"], {"requests", "urllib3"}),
    ],
)
def test_a_command_loads_only_what_it_uses(synced, argv: list[str], needed: set[str]) -> None:
    """On a synced home (its store at the newest schema): no Alembic, no Qt, no HTTP or keyring
    for a command that only reads the store, and no SQLAlchemy either (the store reads through
    ``sqlite3``; SQLAlchemy comes with the first write of conversations)."""
    loaded = _loaded(_RUN, argv, synced.env)
    if needed & {"sqlalchemy", "urllib3"}:
        # SQLAlchemy (its plugins) and urllib3 (``urllib3.http2``) import importlib.metadata
        # themselves: not ours to avoid there.
        loaded -= {"importlib.metadata"}
    assert loaded == needed


def test_the_window_starts_without_the_store_writer_the_network_or_charts() -> None:
    """What the window imports before its first paint, whichever page it reopens on: no
    SQLAlchemy (the store reads through ``sqlite3``), no requests or keyring (the first sync
    imports them on the task runner), no pyqtgraph (the first chart does)."""
    work = (
        "import agentdesk.ui.app, agentdesk.ui.indicators.page, agentdesk.ui.closed.page, "
        "agentdesk.ui.paused.page"
    )
    loaded = _loaded(work, [])
    assert not loaded & {"sqlalchemy", "alembic", "requests", "keyring", "pyqtgraph", "numpy"}


_WINDOW = """
import os, time
from pathlib import Path
from agentdesk.services.context import AppContext
from agentdesk.services.paths import AppPaths
from agentdesk.ui.app import build_ui_context, make_application
from agentdesk.ui.main_window import MainWindow
app = make_application()
ctx = AppContext(paths=AppPaths(Path(os.environ["AGENTDESK_HOME"])).ensure())
ui = build_ui_context(ctx, app)
window = MainWindow(ui)
window.show_page("indicators")
shown = []
window.pages["indicators"].report_shown.connect(shown.append)
window.show()
window.start(sync=False)
deadline = time.monotonic() + 100
while not shown and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
assert shown, "the dashboard was not shown"
window.repaint()
ui.runner.shutdown(5000)
"""


def test_the_window_paints_its_dashboard_before_the_index_or_the_network(synced) -> None:
    """From start to the painted dashboard on a synced home: neither Whoosh (the closed page's
    search, made after the dashboard's first answer) nor requests (the first sync, on the task
    runner) is imported, nor SQLAlchemy, nor ``importlib.metadata`` (the version is given to Qt
    once every page is made)."""
    env = {**synced.env, "QT_QPA_PLATFORM": "offscreen"}
    loaded = _loaded(_WINDOW, [], env) - {"PySide6"}
    assert loaded == set()
