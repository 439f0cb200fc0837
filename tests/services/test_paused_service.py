"""The paused service against the demo server: the list judged at any "now", reopen with one
idempotency key, and the store brought up to date when the server refuses."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest

from agentdesk.demo import DemoServer
from agentdesk.domain.reopen import RefusalReason
from agentdesk.errors import ReopenRefusedError, UsageError
from agentdesk.services.context import AppContext
from agentdesk.services.paths import AppPaths
from agentdesk.services.paused import PausedItem, load_paused, new_idempotency_key, reopen
from agentdesk.services.sync_service import run_sync
from tests.conftest import DEMO_NOW, DEMO_TOKEN, MakeDemoServer
from tests.support.paused import deadline_of, paused_by_kind


@pytest.fixture
def server_now() -> list[datetime]:
    """The demo server's clock, which a test can move."""
    return [DEMO_NOW]


@pytest.fixture
def server(make_demo_server: MakeDemoServer, server_now: list[datetime]) -> DemoServer:
    return make_demo_server(clock=lambda: server_now[0])


@pytest.fixture
def ctx(server: DemoServer) -> Iterator[AppContext]:
    context = AppContext(
        paths=AppPaths.from_environment().ensure(),
        server_override=server.url,
        token_override=DEMO_TOKEN,
    )
    run_sync(context)
    yield context
    context.close()


def _item(ctx: AppContext, conversation_id: str, now: datetime = DEMO_NOW) -> PausedItem | None:
    items = {i.conversation.id: i for i in load_paused(ctx).items(now)}
    return items.get(conversation_id)


def test_the_list_is_judged_at_any_now(ctx: AppContext, server: DemoServer) -> None:
    paused = load_paused(ctx)
    kinds = paused_by_kind(server, DEMO_NOW)
    assert {c.id for c in paused.conversations} == {i for ids in kinds.values() for i in ids}
    reachable = len(kinds["mine"]) + len(kinds["unassigned"])
    assert paused.reopenable_count(DEMO_NOW) == reachable
    first = paused.next_deadline(DEMO_NOW)
    assert first is not None
    assert first > DEMO_NOW
    # At the first deadline still to come, the count drops by whatever was due then.
    due = [c for c in paused.conversations if c.pause_deadline == first]
    due_reachable = sum(1 for c in due if c.id not in kinds["other"])
    assert paused.reopenable_count(first) == reachable - due_reachable
    far = DEMO_NOW + timedelta(days=30)
    assert paused.reopenable_count(far) == 0
    assert paused.next_deadline(far) is None


def test_nothing_synced_is_a_usage_error(app_paths_ctx: Callable[[], AppContext]) -> None:
    with pytest.raises(UsageError, match="Nothing has been synced"):
        load_paused(app_paths_ctx())


@pytest.fixture
def app_paths_ctx() -> Iterator[Callable[[], AppContext]]:
    made: list[AppContext] = []

    def make() -> AppContext:
        made.append(AppContext(paths=AppPaths.from_environment().ensure()))
        return made[-1]

    yield make
    for context in made:
        context.close()


def test_reopen_once_per_key(ctx: AppContext, server: DemoServer) -> None:
    conversation_id = paused_by_kind(server, DEMO_NOW)["mine"][0]
    key = new_idempotency_key()
    first = reopen(ctx, conversation_id, assign_to_me=False, idempotency_key=key)
    # The same request again (a retry after a lost answer) is answered the same, not refused.
    again = reopen(ctx, conversation_id, assign_to_me=False, idempotency_key=key)
    assert first == again
    assert first.status.value == "open"
    assert _item(ctx, conversation_id) is None
    with pytest.raises(ReopenRefusedError) as refused:
        reopen(ctx, conversation_id, assign_to_me=False)  # a new key: a new request
    assert refused.value.reason == RefusalReason.NOT_PAUSED.value


def test_taken_by_someone_else_meanwhile_updates_the_store(
    ctx: AppContext, server: DemoServer
) -> None:
    conversation_id = paused_by_kind(server, DEMO_NOW)["unassigned"][0]
    server.touch(conversation_id, assignee_id="u-12")
    with pytest.raises(ReopenRefusedError) as refused:
        reopen(ctx, conversation_id, assign_to_me=True)
    assert refused.value.reason == RefusalReason.NOT_ASSIGNED.value
    item = _item(ctx, conversation_id)
    assert item is not None
    assert item.conversation.assignee_id == "u-12"
    assert item.eligibility.refusal is RefusalReason.NOT_ASSIGNED


def test_deadline_passed_on_the_servers_clock(
    ctx: AppContext, server: DemoServer, server_now: list[datetime]
) -> None:
    conversation_id = paused_by_kind(server, DEMO_NOW)["mine"][0]
    server_now[0] = deadline_of(server, conversation_id) + timedelta(seconds=1)
    with pytest.raises(ReopenRefusedError) as refused:
        reopen(ctx, conversation_id, assign_to_me=False)
    assert refused.value.reason == RefusalReason.DEADLINE_PASSED.value
    assert _item(ctx, conversation_id) is not None, "still paused: it stays in the list"
