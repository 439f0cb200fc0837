"""The Chatwoot connector says the server's clock (each list answer's ``Date``) with its pages, so
that a record stamped in the future cannot move the sync's watermark past it (``docs/sync.md``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agentdesk.demo.isotime import format_time
from agentdesk.domain.models import ConversationStatus
from agentdesk.store import Store
from agentdesk.sync import SyncEngine
from tests.platform.chatwoot.conftest import Connect, MakeServer


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "store.sqlite")
    yield opened
    opened.close()


def test_every_list_page_carries_the_servers_clock(
    make_chatwoot_server: MakeServer, connect: Connect
) -> None:
    server = make_chatwoot_server(conversations=60)
    connector = connect(server)
    before = datetime.now(UTC).replace(microsecond=0)
    first = connector.conversations_page(ConversationStatus.CLOSED)
    assert first.next_cursor is not None
    second = connector.conversations_page(ConversationStatus.CLOSED, cursor=first.next_cursor)
    after = datetime.now(UTC)
    for page in (first, second):
        assert page.server_time is not None
        assert before <= page.server_time <= after


def test_a_record_stamped_in_the_future_stops_the_watermark_at_the_servers_clock(
    make_chatwoot_server: MakeServer, connect: Connect, store: Store
) -> None:
    """Five minutes ahead is within the tolerance given to answers without a ``Date``: only the
    server's clock keeps the watermark from following the record."""
    server = make_chatwoot_server(conversations=60)
    ahead = server.snapshot("closed")[0]["id"]
    server.touch(
        ahead, updated_at=format_time(datetime.now(UTC) + timedelta(minutes=5)), tags=["ahead"]
    )
    SyncEngine(connect(server), store).run()
    kept = store.conversation(str(int(ahead.removeprefix("c-"))))
    assert kept is not None
    assert kept.tags == ("ahead",)  # the record itself is kept as sent
    since = store.sync_state(ConversationStatus.CLOSED).since
    assert since is not None
    assert since <= datetime.now(UTC)
