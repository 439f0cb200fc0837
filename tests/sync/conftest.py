"""Helpers to prove that the store holds exactly what the server holds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agentdesk.demo import DemoServer
from agentdesk.domain.models import Conversation, ConversationStatus
from agentdesk.platform.client import PlatformClient
from agentdesk.platform.records import parse_conversation
from agentdesk.store import Store


def server_conversations(server: DemoServer, status: ConversationStatus) -> dict[str, Conversation]:
    return {record["id"]: parse_conversation(record) for record in server.snapshot(status.value)}


def assert_store_equals_server(store: Store, server: DemoServer) -> None:
    """Same ids per status, and every conversation equal field by field, messages included."""
    for status in (ConversationStatus.CLOSED, ConversationStatus.PAUSED):
        expected = server_conversations(server, status)
        assert store.all_conversation_ids(status) == set(expected), status
        for conversation_id, conversation in expected.items():
            assert store.conversation(conversation_id) == conversation, conversation_id


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "sync.sqlite") as opened:
        yield opened


@pytest.fixture
def client_for() -> Iterator[object]:
    clients: list[PlatformClient] = []

    def make(server: DemoServer, **options: object) -> PlatformClient:
        client = PlatformClient(server.url, server.token, **options)  # type: ignore[arg-type]
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


from tests.cli.conftest import cli_for  # noqa: E402, F401 - the real command, for the kill test
