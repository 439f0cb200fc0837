"""Chatwoot-shaped demo servers and connectors for the tests of this folder.

Connectors here pace at an unreachable rate with a clock that only moves when they "sleep", so
no test waits for real pacing or back-off; ``test_pacing`` checks the spacing itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest

from agentdesk.demo import DemoServer, FaultPlan, Workspace, generate_workspace
from agentdesk.platform.chatwoot.api import ChatwootApi
from agentdesk.platform.chatwoot.connector import ChatwootConnector
from agentdesk.platform.chatwoot.pacing import Pacer
from agentdesk.platform.http import RetryPolicy
from tests.conftest import DEMO_CONVERSATIONS, DEMO_NOW, DEMO_SEED, DEMO_TOKEN

MakeServer = Callable[..., DemoServer]
QUICK_RETRY = RetryPolicy(
    backoff_factor=0.01, backoff_max=0.05, backoff_jitter=0.0, retry_after_max=0.05
)
"""urllib3's own retries, without their real sleeps."""
Connect = Callable[..., ChatwootConnector]


class FakeTime:
    """A monotonic clock that advances only by what is slept."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def make_chatwoot_server() -> Iterator[MakeServer]:
    servers: list[DemoServer] = []

    def make(
        workspace: Workspace | None = None,
        *,
        conversations: int = DEMO_CONVERSATIONS,
        faults: str | None = None,
        now: datetime = DEMO_NOW,
    ) -> DemoServer:
        workspace = workspace or generate_workspace(DEMO_SEED, conversations, now)
        plan = FaultPlan.parse(faults) if faults else None
        server = DemoServer(workspace, token=DEMO_TOKEN, faults=plan, platform="chatwoot")
        servers.append(server)
        server.start()
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def chatwoot_server(make_chatwoot_server: MakeServer) -> DemoServer:
    return make_chatwoot_server()


@pytest.fixture
def connect() -> Iterator[Connect]:
    """``connect(server_or_url, token=DEMO_TOKEN, account=1, clock=None, fake=None)``."""
    made: list[ChatwootConnector] = []

    def make(
        server: DemoServer | str,
        *,
        token: str = DEMO_TOKEN,
        account: int | None = 1,
        clock: Callable[[], datetime] | None = None,
        fake: FakeTime | None = None,
    ) -> ChatwootConnector:
        url = server if isinstance(server, str) else server.url
        fake = fake or FakeTime()
        pacer = Pacer(1e9, clock=fake.clock, sleep=fake.sleep)
        api = ChatwootApi(url, token, account_id=account, pacer=pacer, retry=QUICK_RETRY)
        if clock is None and isinstance(server, DemoServer):
            clock = server.clock
        connector = ChatwootConnector(
            api, timezone="Europe/Paris", **({"clock": clock} if clock else {})
        )
        made.append(connector)
        return connector

    yield make
    for connector in made:
        connector.close()


def wait_for(condition: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


from tests.cli.conftest import cli_for  # noqa: E402, F401 - the real command, for CLI tests
