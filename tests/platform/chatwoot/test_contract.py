"""The connector against Chatwoot's answers: the recorded fixtures, and the demo that imitates
them. Every contract here runs on both, so the demo cannot drift from the real shapes without
a test saying so."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from agentdesk.demo import DemoServer
from agentdesk.domain.models import ConversationStatus
from agentdesk.errors import AuthenticationError, PlatformError, ReopenRefusedError
from agentdesk.platform.chatwoot.connector import ChatwootConnector
from agentdesk.platform.client import ConversationPage
from tests.conftest import DEMO_TOKEN
from tests.platform.chatwoot.conftest import Connect, FakeTime, MakeServer
from tests.platform.chatwoot.fixture_server import ACCOUNT, TOKEN, FixtureServer


@dataclass
class Target:
    url: str
    token: str
    account: int
    clock: Callable[[], datetime]
    resolved_ids: set[str]
    reopenable_unassigned: str
    deadline_passed: str
    changed_recently: str
    throttle: Callable[[int], None]
    requests_seen: Callable[[], int]


def _fixture_target(server: FixtureServer) -> Target:
    moment = datetime.fromtimestamp(1763473000 + 600, UTC)
    return Target(
        server.url,
        TOKEN,
        ACCOUNT,
        lambda: moment,
        {"42", "41"},
        "44",
        "45",
        "43",
        server.throttle,
        lambda: len(server.seen),
    )


def _demo_target(server: DemoServer) -> Target:
    def number(record: dict[str, object]) -> str:
        return str(int(str(record["id"]).removeprefix("c-")))

    paused = server.snapshot("paused")
    now = server.clock()
    unassigned = next(
        p for p in paused if p["assignee_id"] is None and str(p["pause_deadline"]) > now.isoformat()
    )
    passed = next(
        p
        for p in paused
        if p["assignee_id"] == "u-7" and datetime.fromisoformat(str(p["pause_deadline"])) < now
    )
    changed = server.touch(server.snapshot("closed")[0]["id"], tags=["touched"])

    def throttle(count: int) -> None:
        first = server.requests + 1
        server.faults.plan = server.faults.plan.parse(f"429@{first}-{first + count - 1}")

    return Target(
        server.url,
        DEMO_TOKEN,
        1,
        server.clock,
        {number(r) for r in server.snapshot("closed") if r["assignee_id"] == "u-7"},
        number(unassigned),
        number(passed),
        number(changed),
        throttle,
        lambda: server.requests,
    )


@pytest.fixture(params=["fixtures", "demo"])
def target(request: pytest.FixtureRequest, make_chatwoot_server: MakeServer) -> Iterator[Target]:
    if request.param == "fixtures":
        with FixtureServer() as server:
            yield _fixture_target(server)
    else:
        yield _demo_target(make_chatwoot_server(conversations=120))


@pytest.fixture
def connector(target: Target, connect: Connect) -> ChatwootConnector:
    return connect(target.url, token=target.token, account=target.account, clock=target.clock)


def _all_pages(
    connector: ChatwootConnector, status: ConversationStatus, **kw: object
) -> list[ConversationPage]:
    pages = [connector.conversations_page(status, **kw)]  # type: ignore[arg-type]
    while pages[-1].next_cursor is not None:
        pages.append(connector.conversations_page(status, cursor=pages[-1].next_cursor))
    return pages


def test_profile_names_the_agent(connector: ChatwootConnector) -> None:
    profile = connector.me()
    assert profile.id == "7"
    assert profile.name == "Camille Durand"
    assert profile.timezone == "Europe/Paris"


def test_backfill_reads_every_resolved_conversation_once(
    connector: ChatwootConnector, target: Target
) -> None:
    pages = _all_pages(connector, ConversationStatus.CLOSED)
    ids = [c.id for page in pages for c in page.records]
    assert sorted(ids) == sorted(target.resolved_ids)
    for conversation in (c for page in pages for c in page.records):
        assert conversation.status is ConversationStatus.CLOSED
        assert conversation.closed_at is not None
        assert conversation.closed_at >= conversation.started_at
        assert conversation.messages, conversation.id


def test_incremental_window_brings_what_changed(
    connector: ChatwootConnector, target: Target
) -> None:
    since = target.clock() - timedelta(minutes=30)
    page = connector.conversations_page(ConversationStatus.CLOSED, updated_since=since)
    assert page.next_cursor is None
    assert target.changed_recently in {c.id for c in page.records}
    assert all(c.updated_at >= since for c in page.records)


def test_reopen_takes_an_unassigned_snoozed_conversation(
    connector: ChatwootConnector, target: Target
) -> None:
    reopened = connector.reopen(target.reopenable_unassigned, assign_to_me=True)
    assert reopened.status is ConversationStatus.OPEN
    assert reopened.assignee_id == "7"


def test_reopen_refusals_say_why(connector: ChatwootConnector, target: Target) -> None:
    with pytest.raises(ReopenRefusedError) as unassigned:
        connector.reopen(target.reopenable_unassigned, assign_to_me=False)
    assert unassigned.value.reason == "not_assigned"
    with pytest.raises(ReopenRefusedError) as late:
        connector.reopen(target.deadline_passed, assign_to_me=False)
    assert late.value.reason == "deadline_passed"
    assert "ended" in late.value.sentence


def test_a_refused_token_gets_a_sentence(target: Target, connect: Connect) -> None:
    wrong = connect(target.url, token="not-a-token", account=target.account, clock=target.clock)
    with pytest.raises(AuthenticationError, match="refused this access token"):
        wrong.me()


def test_an_account_the_agent_is_not_in_gets_a_sentence(target: Target, connect: Connect) -> None:
    other = connect(target.url, token=target.token, account=9, clock=target.clock)
    with pytest.raises(AuthenticationError, match="not a member of account 9"):
        other.me()
    with pytest.raises(AuthenticationError, match="not a member of account 9"):
        other.conversations_page(ConversationStatus.CLOSED)


def test_an_admin_only_endpoint_gets_a_sentence(
    connector: ChatwootConnector, target: Target
) -> None:
    with pytest.raises(PlatformError, match="administrators only"):
        connector.api.get(f"/api/v2/accounts/{target.account}/reports/summary")


def test_a_429_is_outlasted(target: Target, connect: Connect) -> None:
    fake = FakeTime()
    connector = connect(
        target.url, token=target.token, account=target.account, clock=target.clock, fake=fake
    )
    before = target.requests_seen()
    target.throttle(8)
    assert connector.me().id == "7"
    assert target.requests_seen() - before >= 9
    assert fake.slept, "the connector paused after urllib3 gave up"


def test_a_forbidden_answer_gets_a_sentence(connect: Connect) -> None:
    with FixtureServer() as server:
        connector = connect(server.url, token=TOKEN, account=ACCOUNT)
        with pytest.raises(PlatformError, match="administrators only"):
            connector.api.get(f"/api/v1/accounts/{ACCOUNT}/conversations/42/messages/500")


def test_a_server_ignoring_updated_within_is_paged_instead(connect: Connect) -> None:
    with FixtureServer() as server:
        server.ignore_updated_within = True
        moment = datetime.fromtimestamp(1763473000 + 600, UTC)
        connector = connect(server.url, token=TOKEN, account=ACCOUNT, clock=lambda: moment)
        since = moment - timedelta(minutes=30)
        page = connector.conversations_page(ConversationStatus.CLOSED, updated_since=since)
        assert page.records == ()  # 42 and 41 are older than the watermark
        assert page.next_cursor is None  # newest first: nothing further can be newer
        asked = [s for s in server.seen if "/conversations?" in s]
        assert "updated_within=" in asked[0]
        assert "page=1" in asked[1]
