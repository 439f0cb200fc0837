"""Fixtures for the platform client: a fast retry policy, a closed port.

The keyrings (``memory_keyring``, ``failing_keyring``) are in ``tests/conftest.py``.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import TypeVar

import pytest
from keyring.backend import KeyringBackend

from agentdesk.platform import RetryPolicy
from tests.platform.scripted_server import ScriptedServer

B = TypeVar("B", bound=KeyringBackend)


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
