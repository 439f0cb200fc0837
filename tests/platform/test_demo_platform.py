"""The client against the embedded demo platform: the real API, then the real API failing."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest

from agentdesk.demo import DEMO_LOGIN, DEMO_PASSWORD, DemoServer, Workspace
from agentdesk.domain.models import Conversation, ConversationStatus
from agentdesk.errors import (
    AuthenticationError,
    NotFoundError,
    ReopenRefusedError,
    ServerError,
    ServerUnreachableError,
)
from agentdesk.platform import PlatformClient, RetryPolicy

MakeDemoServer = Callable[..., DemoServer]
CLOSED, PAUSED = ConversationStatus.CLOSED, ConversationStatus.PAUSED
SHORT = (1.0, 0.3)
"""Connect and read timeouts: ``slow`` answers (0.6 s) miss the read one."""


@pytest.fixture
def client(demo_server: DemoServer, fast_retry: RetryPolicy) -> Iterator[PlatformClient]:
    with PlatformClient(demo_server.url, demo_server.token, retry=fast_retry) as client:
        yield client


def faulty(
    make: MakeDemoServer, retry: RetryPolicy, spec: str, token: str = "test-token"
) -> tuple[DemoServer, PlatformClient]:
    """A demo server with ``spec`` faults (no Retry-After wait, 0.6 s slow answers), and a
    client whose read timeout the slow answers miss."""
    server = make(faults=spec + ",retry_after=0,slow_seconds=0.6", token=token)
    return server, PlatformClient(server.url, token, retry=retry, timeout=SHORT)


def every(
    client: PlatformClient, status: ConversationStatus, limit: int = 500
) -> list[Conversation]:
    return [c for page in client.conversation_pages(status, limit=limit) for c in page.records]


# --- the API as it should be --------------------------------------------------------------


def test_signing_in(demo_server: DemoServer, fast_retry: RetryPolicy) -> None:
    with PlatformClient(demo_server.url, retry=fast_retry) as client:
        with pytest.raises(AuthenticationError) as caught:
            client.authenticate(DEMO_LOGIN, "not the password")
        assert str(caught.value) == "The server refused this login and password."
        assert client.authenticate(DEMO_LOGIN, DEMO_PASSWORD) == demo_server.token
        assert client.me().email == DEMO_LOGIN


def test_a_token_the_server_does_not_know(demo_server: DemoServer, fast_retry: RetryPolicy) -> None:
    with (
        PlatformClient(demo_server.url, "forged", retry=fast_retry) as client,
        pytest.raises(AuthenticationError, match="run `agentdesk login` again"),
    ):
        client.settings()


def test_profile_and_settings(client: PlatformClient, demo_workspace: Workspace) -> None:
    profile = client.me()
    assert profile.id == demo_workspace.me["id"]
    assert profile.timezone == demo_workspace.me["timezone"]
    assert profile.week_start == demo_workspace.me.get("week_start", "monday")
    settings = client.settings()
    assert list(settings.indicators) == demo_workspace.settings["indicators"]
    assert settings.show_transactions == demo_workspace.settings["show_transactions"]


@pytest.mark.parametrize(("status", "limit"), [(CLOSED, 37), (CLOSED, 500), (PAUSED, 4)])
def test_paging_a_whole_status(
    client: PlatformClient, demo_server: DemoServer, status: ConversationStatus, limit: int
) -> None:
    pages = list(client.conversation_pages(status, limit=limit))
    served = [record["id"] for record in demo_server.snapshot(status)]
    assert [c.id for page in pages for c in page.records] == served
    assert all(not page.invalid for page in pages)
    assert all(len(page.records) <= limit for page in pages)
    assert len(pages) in (math.ceil(len(served) / limit), math.ceil(len(served) / limit) + 1)
    assert all(c.status is status for page in pages for c in page.records)


def test_changes_since_a_time(client: PlatformClient) -> None:
    everything = every(client, CLOSED)
    since = everything[len(everything) // 2].updated_at
    changed = every(client, CLOSED, limit=25)
    recent = [
        c for page in client.conversation_pages(CLOSED, updated_since=since) for c in page.records
    ]
    assert recent
    assert all(c.updated_at >= since for c in recent)
    assert {c.id for c in changed if c.updated_at > since} <= {c.id for c in recent}


def test_one_conversation_and_one_that_does_not_exist(client: PlatformClient) -> None:
    first = every(client, CLOSED)[0]
    assert client.conversation(first.id) == first
    with pytest.raises(NotFoundError) as caught:
        client.conversation("c-999999")
    assert str(caught.value) == "Conversation c-999999 was not found, or it is not yours."


def _paused_cases(client: PlatformClient, demo_server: DemoServer) -> dict[str, Conversation]:
    """One paused conversation of each kind the reopen rule tells apart."""
    agent = client.me().id
    now = demo_server.clock()
    cases: dict[str, Conversation] = {}
    for c in every(client, PAUSED):
        assert c.pause_deadline is not None
        open_ = c.pause_deadline > now
        kind = (
            "passed"
            if not open_ and c.assignee_id == agent
            else "mine"
            if open_ and c.assignee_id == agent
            else "unassigned"
            if open_ and c.assignee_id is None
            else "someone else's"
            if open_ and c.assignee_id is not None
            else None
        )
        if kind is not None:
            cases.setdefault(kind, c)
    assert set(cases) == {"passed", "mine", "unassigned", "someone else's"}, "the demo data changed"
    return cases


def test_reopen_refusals_are_explained(client: PlatformClient, demo_server: DemoServer) -> None:
    cases = _paused_cases(client, demo_server)
    closed = every(client, CLOSED)[0]
    expectations = [
        (
            cases["passed"],
            True,
            "deadline_passed",
            "has passed; it can no longer be reopened from here.",
        ),
        (
            cases["someone else's"],
            True,
            "not_assigned",
            "is not assigned to you: another agent has it, or it is unassigned",
        ),
        (
            cases["unassigned"],
            False,
            "not_assigned",
            "is not assigned to you: another agent has it, or it is unassigned",
        ),
        (closed, False, "not_paused", "is not paused any more."),
    ]
    for conversation, assign, reason, words in expectations:
        with pytest.raises(ReopenRefusedError) as caught:
            client.reopen(conversation.id, assign_to_me=assign)
        assert caught.value.reason == reason
        assert conversation.id in str(caught.value)
        assert words in str(caught.value)


def test_reopening(client: PlatformClient, demo_server: DemoServer) -> None:
    cases = _paused_cases(client, demo_server)
    agent = client.me().id
    mine = client.reopen(cases["mine"].id, assign_to_me=False)
    taken = client.reopen(cases["unassigned"].id, assign_to_me=True)
    for reopened in (mine, taken):
        assert reopened.status is ConversationStatus.OPEN
        assert reopened.assignee_id == agent
    with pytest.raises(ReopenRefusedError, match="is not paused any more"):
        client.reopen(mine.id, assign_to_me=False)
    assert mine.id not in {c.id for c in every(client, PAUSED)}


# --- the API failing ----------------------------------------------------------------------


def test_rate_limits_and_outages_are_ridden_out(
    make_demo_server: MakeDemoServer, fast_retry: RetryPolicy
) -> None:
    server, client = faulty(make_demo_server, fast_retry, "429@1,503@2,429@3,503@5")
    with client:
        assert client.me().id
        assert client.settings().indicators
    assert server.requests == 6


def test_a_truncated_answer_is_asked_again(
    make_demo_server: MakeDemoServer, fast_retry: RetryPolicy
) -> None:
    server = make_demo_server(faults="truncate@1-2")
    with PlatformClient(server.url, server.token, retry=fast_retry) as client:
        assert client.me().id
    assert server.requests == 3


def test_an_answer_always_truncated_is_a_server_error(
    make_demo_server: MakeDemoServer, fast_retry: RetryPolicy
) -> None:
    server = make_demo_server(faults="truncate@1-")
    with (
        PlatformClient(server.url, server.token, retry=fast_retry) as client,
        pytest.raises(ServerError, match="incomplete answer"),
    ):
        client.settings()
    assert server.requests == 1 + fast_retry.answer_retries


def test_a_slow_answer_is_asked_again(
    make_demo_server: MakeDemoServer, fast_retry: RetryPolicy
) -> None:
    server = make_demo_server(faults="slow@1,slow_seconds=0.6")
    with PlatformClient(server.url, server.token, retry=fast_retry, timeout=SHORT) as client:
        assert client.me().id
    assert server.requests == 2


def test_a_server_always_too_slow_is_unreachable(
    make_demo_server: MakeDemoServer, fast_retry: RetryPolicy
) -> None:
    server = make_demo_server(faults="slow@1-,slow_seconds=0.6")
    with (
        PlatformClient(server.url, server.token, retry=fast_retry, timeout=SHORT) as client,
        pytest.raises(ServerUnreachableError) as caught,
    ):
        client.me()
    assert (
        str(caught.value)
        == f"Cannot reach the server at 127.0.0.1:{server.port}: it did not answer in time."
    )
    assert server.requests == 1 + fast_retry.read


def test_dropped_connections(make_demo_server: MakeDemoServer, fast_retry: RetryPolicy) -> None:
    server = make_demo_server(faults="drop@1-2,drop@4-")
    with PlatformClient(server.url, server.token, retry=fast_retry) as client:
        assert client.me().id
        with pytest.raises(ServerUnreachableError, match="the connection was dropped"):
            client.settings()


def test_a_reopen_whose_answer_was_lost_is_not_done_twice(
    make_demo_server: MakeDemoServer, fast_retry: RetryPolicy, demo_workspace: Workspace
) -> None:
    """The first reopen is done but its answer dropped; the retry, with the same key, gets the
    platform's first answer back instead of "not paused any more"."""
    server = make_demo_server(demo_workspace)
    with PlatformClient(server.url, server.token, retry=fast_retry) as client:
        mine = _paused_cases(client, server)["mine"]
    lossy = make_demo_server(demo_workspace, faults="drop@1")
    with PlatformClient(lossy.url, lossy.token, retry=fast_retry) as client:
        reopened = client.reopen(mine.id, assign_to_me=False)
    assert reopened.status is ConversationStatus.OPEN
    assert lossy.requests == 2
    assert (lossy.conversation(mine.id) or {})["status"] == "open"


def test_invalid_records_are_skipped_and_named(
    make_demo_server: MakeDemoServer, fast_retry: RetryPolicy, caplog: pytest.LogCaptureFixture
) -> None:
    server = make_demo_server(faults="invalid@1,invalid:0.05,seed=3")
    served = {record["id"] for record in server.snapshot(CLOSED)}
    with (
        PlatformClient(server.url, server.token, retry=fast_retry) as client,
        caplog.at_level(logging.WARNING),
    ):
        pages = list(client.conversation_pages(CLOSED, limit=100))
    invalid = [error for page in pages for error in page.invalid]
    valid = [c.id for page in pages for c in page.records]
    assert invalid
    assert invalid[0].record_id == server.snapshot(CLOSED)[0]["id"]
    assert {e.record_id for e in invalid} | set(valid) == served
    assert len(invalid) + len(valid) == len(served)
    for error in invalid:
        assert (
            f"Skipped conversation {error.record_id} from the server: {error.reason}" in caplog.text
        )


def test_a_whole_sync_through_every_kind_of_fault(
    make_demo_server: MakeDemoServer, fast_retry: RetryPolicy, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "demo-s3cr3t-token-value"
    spec = "429:0.15,503:0.15,truncate:0.15,drop:0.1,slow:0.05,seed=1"
    caplog.set_level(logging.DEBUG)
    server, client = faulty(make_demo_server, fast_retry, spec, token=secret)
    with client:
        closed = every(client, CLOSED, limit=60)
        paused = every(client, PAUSED, limit=5)
        with pytest.raises(NotFoundError) as caught:
            client.conversation("c-999999")
    pages = math.ceil(len(closed) / 60) + math.ceil(len(paused) / 5) + 1
    assert server.requests > pages, "the faults should have cost retries"
    assert [c.id for c in closed] == [r["id"] for r in server.snapshot(CLOSED)]
    assert len(closed) + len(paused) == 300
    assert secret not in caplog.text
    assert secret not in repr(caught.value)


def test_the_sign_in_itself_is_never_retried_once_sent(
    make_demo_server: MakeDemoServer, fast_retry: RetryPolicy
) -> None:
    server = make_demo_server(faults="503@1,token=on")
    with PlatformClient(server.url, retry=fast_retry) as client:
        with pytest.raises(ServerError, match="HTTP 503"):
            client.authenticate(DEMO_LOGIN, DEMO_PASSWORD)
        assert client.authenticate(DEMO_LOGIN, DEMO_PASSWORD)
    assert server.requests == 2


def test_times_in_the_demo_data_are_utc(client: PlatformClient) -> None:
    for conversation in every(client, CLOSED)[:20]:
        assert isinstance(conversation.closed_at, datetime)
        assert conversation.closed_at.utcoffset() is not None
        assert conversation.closed_at.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
