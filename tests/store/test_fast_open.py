"""Opening a database that is already at the newest schema must not import Alembic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from agentdesk.store import Store
from agentdesk.store.migrate import _scripts, alembic_config, newest_known_revision


def test_the_head_read_from_the_files_is_alembics_head() -> None:
    assert newest_known_revision() == _scripts(alembic_config()).get_current_head()


def test_a_current_database_opens_without_alembic(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    Store.open(path).close()
    script = (
        "import sys; from pathlib import Path; from agentdesk.store import Store;"
        f"Store.open(Path({str(path)!r})).close();"
        "print('alembic' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "False"
