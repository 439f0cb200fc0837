"""The world's failures reach the user as one sentence, never as a traceback or a wrong one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from agentdesk.errors import ReopenRefusedError, UsageError
from agentdesk.services.clock import parse_at
from agentdesk.services.context import AppContext
from agentdesk.services.paths import AppPaths
from agentdesk.services.paused import reopen


@pytest.mark.parametrize("text", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:00:00"])
def test_an_at_at_the_calendars_ends_is_a_usage_error(text: str) -> None:
    with pytest.raises(UsageError, match="between the years"):
        parse_at(text)


def test_a_log_file_that_cannot_be_written_warns_once(tmp_path: Path) -> None:
    log_file = tmp_path / "agentdesk.log"
    log_file.symlink_to("/dev/full")
    script = (
        "import logging, sys; from pathlib import Path;"
        "from agentdesk.services.logs import configure_logging;"
        f"configure_logging(Path({str(log_file)!r}));"
        "[logging.getLogger('x').warning('line %d', i) for i in range(50)]"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0
    assert "Traceback" not in done.stderr
    assert done.stderr.count("cannot write its log file") == 1


def test_a_refusal_survives_a_failed_refresh(make_demo_server, tmp_path: Path) -> None:
    """Reopening a closed conversation is refused; the store is then refreshed, and here that
    fails too (every record the server sends is spoiled): the user still reads the refusal."""
    server = make_demo_server(faults="invalid:1.0")
    closed = server.snapshot("closed")[0]["id"]
    ctx = AppContext(
        paths=AppPaths(tmp_path).ensure(), server_override=server.url, token_override=server.token
    )
    try:
        with pytest.raises(ReopenRefusedError, match="not paused any more"):
            reopen(ctx, closed, assign_to_me=False)
    finally:
        ctx.close()
