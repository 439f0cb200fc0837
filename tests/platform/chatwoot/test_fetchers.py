"""The messages of one list answer are fetched on several threads: the page must be the one a
single thread builds, in the list's order, and a failure must stop the page, not half-write it."""

from __future__ import annotations

import threading

import pytest

from agentdesk.demo import DemoServer
from agentdesk.domain.models import ConversationStatus
from agentdesk.errors import ServerError
from tests.platform.chatwoot.conftest import Connect


def test_several_fetchers_build_the_page_one_fetcher_builds(
    chatwoot_server: DemoServer, connect: Connect
) -> None:
    parallel = connect(chatwoot_server)
    serial = connect(chatwoot_server)
    serial._fetchers = 1
    for status in (ConversationStatus.CLOSED, ConversationStatus.PAUSED):
        one = serial.conversations_page(status)
        many = parallel.conversations_page(status)
        assert len(many.records) > 1
        assert many.records == one.records
        assert many.invalid == one.invalid
        assert many.next_cursor == one.next_cursor
    assert parallel._pool is not None  # the pool was used, not the serial path


def test_a_failed_message_fetch_fails_the_page_after_the_others_end(
    chatwoot_server: DemoServer, connect: Connect, monkeypatch: pytest.MonkeyPatch
) -> None:
    connector = connect(chatwoot_server)
    fetch = connector._messages
    running: set[int] = set()
    lock = threading.Lock()
    failed = threading.Event()

    def flaky(display_id: object) -> list[object]:
        assert isinstance(display_id, int)
        with lock:
            running.add(display_id)
        try:
            if not failed.is_set():
                failed.set()
                raise ServerError("Chatwoot at 127.0.0.1 sent messages without a payload list.")
            return fetch(display_id)
        finally:
            with lock:
                running.discard(display_id)

    monkeypatch.setattr(connector, "_messages", flaky)
    with pytest.raises(ServerError):
        connector.conversations_page(ConversationStatus.CLOSED)
    assert not running  # nothing still in flight once the failure is raised
