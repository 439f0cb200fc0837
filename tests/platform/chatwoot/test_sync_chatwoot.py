"""The sync engine on the Chatwoot connector against the Chatwoot-shaped demo: the same figures
as Platform API v1 where Chatwoot can supply them, a history of status changes followed by
incremental syncs, a 429 storm, and invalid records."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from agentdesk.demo import DemoServer
from agentdesk.demo.isotime import format_time
from agentdesk.domain.catalogue import IndicatorKey
from agentdesk.domain.models import ConversationStatus
from agentdesk.domain.periods import PeriodKind
from agentdesk.platform.client import PlatformClient
from agentdesk.services.indicators import PLATFORM_META, IndicatorsService
from agentdesk.store import Store
from agentdesk.sync import SyncEngine
from tests.conftest import DEMO_NOW
from tests.platform.chatwoot.conftest import Connect, FakeTime, MakeServer

SUPPLIED = (
    IndicatorKey.CONVERSATIONS,
    IndicatorKey.FIRST_RESPONSE_TIME,
    IndicatorKey.RESPONSE_TIME,
    IndicatorKey.CSAT,
)


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[list[Store]]:
    opened: list[Store] = []

    def make(name: str) -> Store:
        store = Store.open(tmp_path / f"{name}.sqlite")
        opened.append(store)
        return store

    yield make  # type: ignore[misc]
    for store in opened:
        store.close()


def _number(v1_id: str) -> str:
    return str(int(v1_id.removeprefix("c-")))


def _everything(store: Store) -> dict[str, object]:
    ids = store.all_conversation_ids(ConversationStatus.CLOSED) | store.all_conversation_ids(
        ConversationStatus.PAUSED
    )
    return {i: store.conversation(i) for i in sorted(ids)}


def test_indicators_equal_those_of_platform_api_v1(
    make_demo_server, make_chatwoot_server: MakeServer, connect: Connect, stores
) -> None:
    v1_server: DemoServer = make_demo_server()
    v1_store, cw_store = stores("v1"), stores("chatwoot")
    with PlatformClient(v1_server.url, v1_server.token) as client:
        SyncEngine(client, v1_store).run()
    chatwoot = connect(make_chatwoot_server())
    chatwoot._indicators = (*chatwoot._indicators, "nps", "revenue")
    SyncEngine(chatwoot, cw_store).run()
    cw_store.set_meta(PLATFORM_META, "chatwoot")
    compared = 0
    for period in (PeriodKind.DAY, PeriodKind.WEEK, PeriodKind.MONTH):
        v1 = {r.key: r for r in IndicatorsService(v1_store).report(period, DEMO_NOW).indicators}
        cw = {r.key: r for r in IndicatorsService(cw_store).report(period, DEMO_NOW).indicators}
        for key in SUPPLIED:
            assert (cw[key].value, cw[key].previous) == (v1[key].value, v1[key].previous), key
            compared += cw[key].value is not None
        assert cw[IndicatorKey.NPS].unavailable_from == "Chatwoot"
        assert cw[IndicatorKey.NPS].value is None
        assert cw[IndicatorKey.REVENUE].unavailable_from == "Chatwoot"
    assert compared >= 8, "the comparison must be about figures, not about nothing"
    report = IndicatorsService(cw_store).report(PeriodKind.WEEK, DEMO_NOW).to_json()
    nps = next(item for item in report["indicators"] if item["key"] == "nps")  # type: ignore[index, union-attr]
    assert nps["unavailable_from"] == "Chatwoot"  # type: ignore[index]  # the CLI words it


def test_resolved_reopened_snoozed_resolved_ends_in_the_right_place(
    chatwoot_server: DemoServer, connect: Connect, stores
) -> None:
    store = stores("history")
    connector = connect(chatwoot_server)
    SyncEngine(connector, store).run()
    v1_id = chatwoot_server.snapshot("closed")[5]["id"]
    number = _number(v1_id)
    first_closed = store.conversation(number).closed_at

    chatwoot_server.touch(v1_id, status="open")
    SyncEngine(connector, store).run()
    assert number not in {c.id for c in store.paused()}

    now = chatwoot_server.clock()
    chatwoot_server.touch(
        v1_id,
        status="paused",
        paused_at=format_time(now),
        pause_deadline=format_time(now + timedelta(hours=3)),
    )
    before = connector.api.requests
    SyncEngine(connector, store).run()
    assert number in {c.id for c in store.paused()}
    assert store.conversation(number).status is ConversationStatus.PAUSED

    resolved = chatwoot_server.touch(v1_id, status="closed")
    SyncEngine(connector, store).run()
    final = store.conversation(number)
    assert final.status is ConversationStatus.CLOSED
    assert final.closed_at is not None
    assert first_closed is not None
    assert format_time(final.closed_at) == resolved["closed_at"]
    assert final.closed_at > first_closed
    assert number not in {c.id for c in store.paused()}
    # Incremental: a window and a few messages, not a walk through every page.
    assert connector.api.requests - before < 60


def test_a_429_storm_during_backfill_loses_nothing(
    make_chatwoot_server: MakeServer, connect: Connect, stores
) -> None:
    clean, stormy = stores("clean"), stores("stormy")
    SyncEngine(connect(make_chatwoot_server()), clean).run()
    server = make_chatwoot_server(faults="429:0.6,retry_after=0,seed=11")
    fake = FakeTime()
    report = SyncEngine(connect(server, fake=fake), stormy).run()
    assert report.skipped == []
    assert _everything(stormy) == _everything(clean)
    assert fake.slept, "the storm outlasted urllib3's own retries at least once"


def test_an_invalid_record_is_skipped_then_fetched_again(
    make_chatwoot_server: MakeServer, connect: Connect, stores
) -> None:
    clean, store = stores("clean"), stores("faulty")
    SyncEngine(connect(make_chatwoot_server()), clean).run()
    server = make_chatwoot_server(faults="invalid@2")  # the first list: snoozed, mine
    connector = connect(server)
    first = SyncEngine(connector, store).run()
    assert len(first.skipped) == 1
    assert first.skipped[0].id is not None
    assert "created_at" in first.skipped[0].reason
    second = SyncEngine(connector, store).run()
    assert second.skipped == []
    assert _everything(store) == _everything(clean)
