"""Chatwoot has no NPS: ``agentdesk search --nps-min/--nps-max`` on a Chatwoot workspace is
refused with a sentence instead of finding nothing; the other filters keep working."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import output_json
from tests.platform.chatwoot.conftest import MakeServer

pytestmark = pytest.mark.slow


def test_nps_options_are_refused_on_a_chatwoot_workspace(
    cli_for, make_chatwoot_server: MakeServer, tmp_path: Path
) -> None:
    server = make_chatwoot_server(conversations=60)
    cli = cli_for(None)
    cli.env["PYTHON_KEYRING_BACKEND"] = "tests.support.file_keyring.FileKeyring"
    cli.env["AGENTDESK_TEST_KEYRING"] = str(tmp_path / "keyring.json")
    signed = cli.run(
        "login",
        "--server",
        server.url,
        "--password-stdin",
        "--timezone",
        "Europe/Paris",
        stdin=server.token + "\n",
    )
    assert signed.returncode == 0, signed.stderr
    assert cli.run("sync").returncode == 0

    for option in ("--nps-min", "--nps-max"):
        refused = cli.run("search", option, "5")
        assert refused.returncode == 2
        assert "Chatwoot has no NPS" in refused.stderr
        assert "Traceback" not in refused.stderr

    found = output_json(cli.run("search", "--csat", "1,2,3,4,5", "--json"))
    assert found["total"] > 0
