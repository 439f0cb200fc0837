"""The sign-in is kept in AGENTDESK_TOKEN or the OS keyring, and nowhere else."""

from __future__ import annotations

import ast
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import null

import agentdesk
from agentdesk.errors import InsecureServerError, KeyringUnavailableError
from agentdesk.platform import TokenStore
from tests.support.keyrings import MemoryKeyring

SERVER = "https://platform.example.com"
NO_KEYRING_SENTENCE = (
    "No system keyring is available to keep your sign-in safely. Set AGENTDESK_TOKEN=<token> "
    "in your environment instead; AgentDesk never writes the token to a file."
)


@pytest.fixture
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every folder a fallback could write to, pointed at an empty temporary directory."""
    for variable in (
        "HOME",
        "XDG_DATA_HOME",
        "XDG_CONFIG_HOME",
        "XDG_CACHE_HOME",
        "AGENTDESK_HOME",
    ):
        monkeypatch.setenv(variable, str(tmp_path))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_token_is_kept_per_server_in_the_keyring(memory_keyring: MemoryKeyring) -> None:
    store = TokenStore()
    store.set(SERVER, "tok-1")
    store.set("http://127.0.0.1:8080", "tok-2")
    assert store.get(SERVER) == "tok-1"
    assert store.get("http://127.0.0.1:8080") == "tok-2"
    assert store.get("https://other.example.com") is None
    assert memory_keyring.passwords == {
        ("agentdesk", SERVER): "tok-1",
        ("agentdesk", "http://127.0.0.1:8080"): "tok-2",
    }


def test_the_same_server_written_differently_is_one_key(memory_keyring: MemoryKeyring) -> None:
    store = TokenStore()
    store.set("HTTPS://Platform.Example.com/", "tok-1")
    assert store.get(SERVER) == "tok-1"
    assert len(memory_keyring.passwords) == 1


def test_the_environment_wins_over_the_keyring(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = TokenStore()
    store.set(SERVER, "from-keyring")
    monkeypatch.setenv("AGENTDESK_TOKEN", "from-env")
    assert store.get(SERVER) == "from-env"
    monkeypatch.setenv("AGENTDESK_TOKEN", "  ")
    assert store.get(SERVER) == "from-keyring"


def test_delete_forgets_the_token(memory_keyring: MemoryKeyring) -> None:
    store = TokenStore()
    store.set(SERVER, "tok-1")
    assert store.delete(SERVER) is True
    assert store.get(SERVER) is None
    assert store.delete(SERVER) is False


def test_without_a_keyring_nothing_is_written_anywhere(
    failing_keyring: KeyringBackend, isolated_home: Path
) -> None:
    with pytest.raises(KeyringUnavailableError) as caught:
        TokenStore().set(SERVER, "tok-1")
    assert str(caught.value) == NO_KEYRING_SENTENCE
    assert list(isolated_home.rglob("*")) == []


def test_without_a_keyring_reading_says_to_use_the_environment(
    failing_keyring: KeyringBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(KeyringUnavailableError) as caught:
        TokenStore().get(SERVER)
    assert "AGENTDESK_TOKEN" in str(caught.value)
    monkeypatch.setenv("AGENTDESK_TOKEN", "from-env")
    assert TokenStore().get(SERVER) == "from-env"


def test_without_a_keyring_delete_raises_a_sentence(failing_keyring: KeyringBackend) -> None:
    with pytest.raises(KeyringUnavailableError, match="could not be changed"):
        TokenStore().delete(SERVER)


def test_the_null_keyring_is_not_trusted_to_keep_a_token(isolated_home: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    try:
        with pytest.raises(KeyringUnavailableError) as caught:
            TokenStore().set(SERVER, "tok-1")
        assert str(caught.value) == NO_KEYRING_SENTENCE
        assert TokenStore().get(SERVER) is None
        assert TokenStore().delete(SERVER) is False
    finally:
        keyring.set_keyring(previous)
    assert list(isolated_home.rglob("*")) == []


def test_a_token_for_an_insecure_server_is_refused(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(InsecureServerError):
        TokenStore().set("http://platform.example.com", "tok-1")
    assert memory_keyring.passwords == {}


def test_the_application_defines_no_keyring_backend() -> None:
    """keyring would auto-select any such class: only tests may define one. Read, not imported,
    so a half-written module elsewhere cannot hide one."""
    package = Path(agentdesk.__file__).parent
    offenders = []
    for source in package.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                "KeyringBackend" in ast.unparse(base) for base in node.bases
            ):
                offenders.append(f"{source.relative_to(package)}:{node.name}")
    assert offenders == []
    assert not [c for c in KeyringBackend._classes if c.__module__.startswith("agentdesk")]
