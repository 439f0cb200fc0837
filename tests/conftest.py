"""Fixtures shared by every test folder.

- Every test runs with ``AGENTDESK_HOME`` in its own temporary folder and without
  ``AGENTDESK_TOKEN`` / ``AGENTDESK_SERVER`` (the root ``conftest.py`` also clears them once and
  sets Qt offscreen), so no test touches the developer's real data.
- ``demo_workspace``: the seeded demo workspace (seed 7, 300 conversations, now = DEMO_NOW).
- ``demo_server``: that workspace served on 127.0.0.1 (free port) with token "test-token".
- ``make_demo_server(**options)``: more servers (sizes, faults, clocks, datasets); each is
  stopped after the test, and the test fails if a demo-server thread survives.
- ``memory_keyring`` / ``failing_keyring``: an in-memory keyring, or one that always raises
  (a headless machine without D-Bus), installed for one test.
- Hypothesis profiles (loaded here, before any test module applies its own ``@settings``):
  property tests keep their number of examples, and nothing in them depends on the machine's
  speed: no per-example deadline, no "input generation is slow" health check (a loaded
  two-core machine failed ``tests/platform/test_message_fast_path.py`` with it). The other
  health checks count examples, not seconds, and stay on. ``ci`` (when ``CI`` is set) also
  derandomizes, so that a CI failure reproduces with the same examples, and keeps no example
  database; ``HYPOTHESIS_PROFILE`` picks one explicitly.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from keyring.backend import KeyringBackend
from keyring.backends import fail

from agentdesk.demo import DemoServer, FaultPlan, Workspace, generate_workspace
from agentdesk.demo.handler import THREAD_PREFIX
from tests.support.keyrings import MemoryKeyring, installed

_SPEED_INDEPENDENT = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("dev", **_SPEED_INDEPENDENT)
settings.register_profile(
    "ci", derandomize=True, database=None, print_blob=True, **_SPEED_INDEPENDENT
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)

DEMO_SEED = 7
DEMO_CONVERSATIONS = 300
DEMO_NOW = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
"""A Wednesday, 15:00 in Paris: there are conversations today, this week and last week."""
DEMO_TOKEN = "test-token"

MakeDemoServer = Callable[..., DemoServer]


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("AGENTDESK_HOME", str(tmp_path / "agentdesk-home"))
    monkeypatch.delenv("AGENTDESK_TOKEN", raising=False)
    monkeypatch.delenv("AGENTDESK_SERVER", raising=False)


@pytest.fixture
def demo_now() -> datetime:
    return DEMO_NOW


@pytest.fixture
def demo_workspace() -> Workspace:
    return generate_workspace(DEMO_SEED, DEMO_CONVERSATIONS, DEMO_NOW)


def _demo_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith(THREAD_PREFIX) and t.is_alive()]


@pytest.fixture
def make_demo_server() -> Iterator[MakeDemoServer]:
    """``make_demo_server(workspace=None, *, seed=7, conversations=300, now=DEMO_NOW,
    token="test-token", faults=None (a FaultPlan or a SPEC string), clock=None,
    host="127.0.0.1", port=0, start=True) -> DemoServer`` (started unless ``start=False``)."""
    servers: list[DemoServer] = []

    def make(
        workspace: Workspace | None = None,
        *,
        seed: int = DEMO_SEED,
        conversations: int = DEMO_CONVERSATIONS,
        now: datetime = DEMO_NOW,
        token: str | None = DEMO_TOKEN,
        faults: FaultPlan | str | None = None,
        clock: Callable[[], datetime] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        start: bool = True,
    ) -> DemoServer:
        if workspace is None:
            workspace = generate_workspace(seed, conversations, now)
        plan = FaultPlan.parse(faults) if isinstance(faults, str) else faults
        server = DemoServer(workspace, host=host, port=port, token=token, faults=plan, clock=clock)
        servers.append(server)
        if start:
            server.start()
        return server

    yield make
    for server in servers:
        server.stop()
    deadline = time.monotonic() + 5
    while _demo_threads() and time.monotonic() < deadline:
        time.sleep(0.02)
    if leftovers := _demo_threads():
        pytest.fail(f"demo server threads left running: {[t.name for t in leftovers]}")


@pytest.fixture
def demo_server(make_demo_server: MakeDemoServer, demo_workspace: Workspace) -> DemoServer:
    return make_demo_server(demo_workspace)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with installed(MemoryKeyring()) as backend:
        yield backend


@pytest.fixture
def failing_keyring() -> Iterator[KeyringBackend]:
    """What a headless machine without D-Bus has: every call raises NoKeyringError."""
    with installed(fail.Keyring()) as backend:
        yield backend
