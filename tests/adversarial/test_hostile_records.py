"""Records of every wrong type in one page: each is stored exactly as the careful parser reads
it or skipped with a reason, the sync finishes, and what the store holds can be exported and
shown (a date the validator let through once made ``export messages`` fail)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from agentdesk.domain.models import ConversationStatus
from agentdesk.errors import InvalidRecordError
from agentdesk.platform.client import PlatformClient
from agentdesk.platform.records import parse_conversation
from agentdesk.store import Store
from agentdesk.sync import SyncEngine
from tests.adversarial.hostile_server import Exchange, HostileServer
from tests.adversarial.records import spoiled_records, valid_records


def _careful(record: Any) -> Any:
    try:
        return parse_conversation(json.loads(json.dumps(record)))
    except InvalidRecordError:
        return None


@pytest.mark.timeout(60)
def test_a_page_of_records_of_every_wrong_type_is_stored_or_skipped_one_by_one(
    tmp_path: Path,
) -> None:
    served = [*valid_records(3), *spoiled_records(), 5, "text", None, [], {"id": 7}]

    def conversations(ex: Exchange) -> None:
        if ex.query.get("status") == "paused":
            ex.json({"data": [], "next_cursor": None})
        else:
            ex.json({"data": served, "next_cursor": None})

    with (
        HostileServer({"/api/v1/conversations": conversations}) as server,
        PlatformClient(server.url, "token") as client,
        Store.open(tmp_path / "s.sqlite") as store,
    ):
        report = SyncEngine(client, store).run()
        stored = store.all_conversation_ids(ConversationStatus.CLOSED)
        expected = {}
        for record in served:
            parsed = _careful(record)
            if parsed is not None and parsed.status is ConversationStatus.CLOSED:
                expected[parsed.id] = parsed
        assert stored == set(expected)
        for conversation_id, conversation in expected.items():
            assert store.conversation(conversation_id) == conversation
        assert len(report.skipped) == len(served) - len(expected)
        assert all(skipped.reason for skipped in report.skipped)
        for conversation in expected.values():
            for message in conversation.messages:
                assert 1 <= message.at.year <= 9998
