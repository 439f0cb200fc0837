"""Signing in and out, and the doctor, as a user runs them."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture
def keyring_cli(cli_for, tmp_path):
    cli = cli_for(None)
    cli.env["PYTHON_KEYRING_BACKEND"] = "tests.support.file_keyring.FileKeyring"
    cli.env["AGENTDESK_TEST_KEYRING"] = str(tmp_path / "keyring.json")
    return cli


def _login(cli, server, password: str):
    return cli.run(
        "login",
        "--server",
        server.url,
        "--user",
        server.workspace.login,
        "--password-stdin",
        stdin=password + "\n",
    )


def test_login_sync_logout(keyring_cli, demo_server, tmp_path) -> None:
    refused = _login(keyring_cli, demo_server, "not-the-password")
    assert refused.returncode != 0
    assert "refused this login and password" in refused.stderr
    assert not (tmp_path / "keyring.json").exists()

    signed_in = _login(keyring_cli, demo_server, demo_server.workspace.password)
    assert signed_in.returncode == 0, signed_in.stderr
    assert demo_server.token in (tmp_path / "keyring.json").read_text()
    settings = json.loads((keyring_cli.home / "settings.json").read_text())
    assert settings["server_url"] == demo_server.url
    assert demo_server.token not in json.dumps(settings)

    synced = keyring_cli.run("sync")
    assert synced.returncode == 0, synced.stderr

    out = keyring_cli.run("logout")
    assert out.returncode == 0, out.stderr
    assert demo_server.token not in (tmp_path / "keyring.json").read_text()
    again = keyring_cli.run("sync")
    assert again.returncode != 0
    assert "not signed in" in again.stderr


def test_print_token_stores_nothing(cli_for, demo_server) -> None:
    cli = cli_for(None)
    result = cli.run(
        "login",
        "--server",
        demo_server.url,
        "--user",
        demo_server.workspace.login,
        "--print-token",
        "--password-stdin",
        stdin=demo_server.workspace.password + "\n",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == demo_server.token
    for path in cli.home.rglob("*"):
        if path.is_file():
            assert demo_server.token.encode() not in path.read_bytes(), path


def test_doctor_says_what_is_fine_and_what_is_not(cli_for, make_demo_server) -> None:
    server = make_demo_server()
    cli = cli_for(server)
    assert cli.run("sync").returncode == 0
    healthy = cli.run("doctor", "--json")
    assert healthy.returncode == 0, healthy.stdout + healthy.stderr
    checks = {c["name"]: c for c in json.loads(healthy.stdout)["checks"]}
    assert {"data folder", "store", "sign-in", "server"} <= set(checks)
    assert checks["server"]["health"] == "ok"

    server.stop()
    sick = cli.run("doctor")
    assert sick.returncode == 1
    assert "[FAIL] server: Cannot reach the server" in sick.stdout
    assert "[ok  ] store:" in sick.stdout
