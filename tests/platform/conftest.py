"""Fixtures for the platform client: an in-memory keyring, a fast retry policy, a closed port.

The keyring backend lives here, in tests, on purpose: keyring auto-selects every imported
``KeyringBackend`` subclass, so application code must never define one.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from typing import TypeVar

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.compat import properties
from keyring.errors import PasswordDeleteError

from agentdesk.platform import RetryPolicy
from tests.platform.scripted_server import ScriptedServer

B = TypeVar("B", bound=KeyringBackend)


class MemoryKeyring(KeyringBackend):
    """A keyring holding passwords in a dict; never chosen automatically (negative priority)."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - keyring's classproperty convention
        return -1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


@contextlib.contextmanager
def _installed(backend: B) -> Iterator[B]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with _installed(MemoryKeyring()) as backend:
        yield backend


@pytest.fixture
def failing_keyring() -> Iterator[KeyringBackend]:
    """What a headless machine without D-Bus has: every call raises NoKeyringError."""
    with _installed(fail.Keyring()) as backend:
        yield backend


@pytest.fixture
def fast_retry() -> RetryPolicy:
    """The production policy's shape, with sleeps short enough for a test suite."""
    return RetryPolicy(backoff_factor=0.01, backoff_max=0.05, backoff_jitter=0.01)


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (it was free a moment ago)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.fixture
def scripted_server() -> Iterator[ScriptedServer]:
    server = ScriptedServer().start()
    try:
        yield server
    finally:
        server.stop()
