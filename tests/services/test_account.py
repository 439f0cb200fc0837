"""Signing in against demo servers: whose data the store keeps when the account changes.

The store belongs to one server and one agent. Signing in as someone else empties it at once,
so that the window opened right after the sign-in never shows the previous account's figures
as this one's (not even offline, before the first sync gets through); signing in again as the
same account keeps everything it synced.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from agentdesk.demo import DemoServer, generate_workspace
from agentdesk.demo.workspace import DEMO_LOGIN, DEMO_PASSWORD
from agentdesk.services.account import sign_in
from agentdesk.services.context import AppContext
from agentdesk.services.last_sync import last_synced_at
from agentdesk.services.paths import AppPaths
from agentdesk.services.sync_service import run_sync
from tests.conftest import DEMO_NOW, MakeDemoServer
from tests.support.keyrings import MemoryKeyring


@pytest.fixture
def signed_in_and_synced(
    demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> Iterator[AppContext]:
    """The first account: signed in to ``demo_server`` and synced once."""
    ctx = AppContext(paths=AppPaths.from_environment().ensure())
    sign_in(ctx, demo_server.url, DEMO_LOGIN, DEMO_PASSWORD)
    run_sync(ctx)
    assert ctx.store().all_conversation_ids()
    assert last_synced_at(ctx) is not None
    yield ctx
    ctx.close()


def test_signing_in_to_another_server_empties_the_store(
    signed_in_and_synced: AppContext, make_demo_server: MakeDemoServer
) -> None:
    """The same agent id on another server is another workspace: its figures are not these."""
    ctx = signed_in_and_synced
    other = make_demo_server(generate_workspace(99, 40, DEMO_NOW))
    sign_in(ctx, other.url, DEMO_LOGIN, DEMO_PASSWORD)
    assert ctx.store().all_conversation_ids() == set()
    assert last_synced_at(ctx) is None, "nothing of this account was synced yet"
    assert ctx.settings().server_url == other.url


def test_signing_in_as_another_agent_on_the_same_server_empties_the_store(
    signed_in_and_synced: AppContext, demo_server: DemoServer, make_demo_server: MakeDemoServer
) -> None:
    """Same address, another agent: the server is replaced on its port by one whose agent has
    another id, so only the agent differs."""
    ctx = signed_in_and_synced
    url, port = demo_server.url, demo_server.port
    demo_server.stop()
    workspace = generate_workspace(99, 40, DEMO_NOW)
    someone_else = dataclasses.replace(workspace, me={**workspace.me, "id": "u-99"})
    server = make_demo_server(someone_else, port=port)
    assert server.url == url
    profile = sign_in(ctx, server.url, DEMO_LOGIN, DEMO_PASSWORD)
    assert profile.id == "u-99"
    assert ctx.store().all_conversation_ids() == set()
    assert last_synced_at(ctx) is None


def test_signing_in_again_as_the_same_account_keeps_everything(
    signed_in_and_synced: AppContext, demo_server: DemoServer
) -> None:
    ctx = signed_in_and_synced
    conversations = ctx.store().all_conversation_ids()
    synced_at = last_synced_at(ctx)
    sign_in(ctx, demo_server.url, DEMO_LOGIN, DEMO_PASSWORD)
    assert ctx.store().all_conversation_ids() == conversations
    assert last_synced_at(ctx) == synced_at
