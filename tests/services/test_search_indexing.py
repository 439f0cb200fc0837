"""The index follows the store through the outbox: after each sync, at start-up, and after a
crash between the store's commit and the index's."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from agentdesk.domain.models import ConversationStatus
from agentdesk.domain.search_query import SearchQuery
from agentdesk.services import indexing
from agentdesk.services.context import AppContext
from agentdesk.services.indexing import check_index, prepare_search_index
from agentdesk.services.paths import AppPaths
from agentdesk.services.search import IndexState, SearchService
from agentdesk.services.sync_service import run_sync
from agentdesk.store import Store
from tests.search.reference import has_word

pytestmark = pytest.mark.slow


@pytest.fixture
def ctx_for(tmp_path: Path):
    contexts: list[AppContext] = []

    def make(server) -> AppContext:
        paths = AppPaths(home=tmp_path / "home").ensure()
        contexts.append(
            AppContext(paths=paths, server_override=server.url, token_override=server.token)
        )
        return contexts[-1]

    yield make
    for ctx in contexts:
        ctx.close()


def _search(ctx: AppContext, text: str) -> list[str]:
    with SearchService.for_context(ctx) as service:
        page = service.search(SearchQuery(text, limit=1000))
    assert page.index_state is IndexState.READY
    return [hit.conversation.id for hit in page.hits]


def test_each_sync_indexes_what_changed(ctx_for, make_demo_server) -> None:
    server = make_demo_server(conversations=200)
    ctx = ctx_for(server)
    run_sync(ctx)
    merci = [r["id"] for r in server.snapshot("closed") if has_word(r, "merci")]
    assert sorted(_search(ctx, "merci")) == sorted(merci)

    renamed, reopened = merci[0], merci[1]
    server.touch(renamed, closing_note="Le grille-pain Zorglub est reparti.")
    run_sync(ctx)
    assert _search(ctx, "zorglub") == [renamed]
    # The platform answers with a conversation that is open again: the store drops it.
    stored = ctx.store().conversation(reopened)
    assert stored is not None
    later = stored.updated_at + timedelta(minutes=1)
    ctx.store().apply_conversation(
        replace(stored, status=ConversationStatus.OPEN, closed_at=None, updated_at=later)
    )
    assert ctx.store().outbox_pending() == 1
    prepare_search_index(ctx)
    assert reopened not in _search(ctx, "merci")
    assert ctx.store().outbox_pending() == 0
    comparison = check_index(ctx)
    assert comparison.agrees, comparison


def test_a_first_large_sync_builds_the_index_in_one_go(
    ctx_for, make_demo_server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(indexing, "REBUILD_THRESHOLD", 50)
    server = make_demo_server(conversations=300)
    ctx = ctx_for(server)
    run_sync(ctx)
    with SearchService.for_context(ctx) as service:
        assert service.index_state() is IndexState.READY
    assert check_index(ctx).indexed == len(server.snapshot("closed"))


def _kill_self_before(target: str) -> str:
    """Python for a child process that replaces ``target`` (module:Class.method) with a
    SIGKILL of the process: the crash lands exactly there."""
    module, attribute = target.split(":")
    owner, method = attribute.split(".")
    return textwrap.dedent(
        f"""
        import os, signal
        import {module} as target
        def crash(*args, **kwargs):
            os.kill(os.getpid(), signal.SIGKILL)
        setattr(target.{owner}, "{method}", crash)
        """
    )


def _run_child(code: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AGENTDESK_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _drain_in_child(home: Path) -> str:
    return textwrap.dedent(
        f"""
        from pathlib import Path
        from agentdesk.search.index import SearchIndex
        from agentdesk.services.indexing import update_index
        from agentdesk.store import Store
        with Store.open(Path({str(home / "agentdesk.sqlite")!r})) as store:
            update_index(store, SearchIndex(Path({str(home / "index")!r})))
        """
    )


def test_a_crash_between_the_store_and_the_index_commits_loses_nothing(
    ctx_for, make_demo_server
) -> None:
    server = make_demo_server(conversations=150)
    ctx = ctx_for(server)
    run_sync(ctx)
    home = ctx.paths.home
    changed = [r["id"] for r in server.snapshot("closed")][:30]
    for cid in changed:
        server.touch(cid, closing_note=f"Dossier zorglub {cid}.")
    # A sync in the store only (the engine, without the drain the service adds after it).
    from agentdesk.sync import SyncEngine  # noqa: PLC0415

    SyncEngine(ctx.client(), ctx.store()).run()
    assert ctx.store().outbox_pending() == len(changed)
    ctx.close()

    # The indexer dies with its Whoosh commit not done: the outbox must keep everything.
    crash = _kill_self_before("agentdesk.search.writing:IndexUpdater.commit")
    child = _run_child(crash + _drain_in_child(home), home)
    assert child.returncode == -signal.SIGKILL, child.stderr
    with Store.open(home / "agentdesk.sqlite") as store:
        assert store.outbox_pending() == len(changed)

    # The next start finishes the outbox: every stored conversation is searchable again.
    restarted = ctx_for(server)
    report = prepare_search_index(restarted)
    assert report.indexed == len(changed)
    assert sorted(_search(restarted, "zorglub")) == sorted(changed)
    comparison = check_index(restarted)
    assert comparison.agrees
    assert comparison.pending == 0
    assert comparison.indexed == len(
        restarted.store().all_conversation_ids(ConversationStatus.CLOSED)
    )


def test_a_crash_mid_rebuild_leaves_search_working(ctx_for, make_demo_server) -> None:
    server = make_demo_server(conversations=150)
    ctx = ctx_for(server)
    run_sync(ctx)
    before = _search(ctx, "merci")
    home = ctx.paths.home
    ctx.close()
    crash = textwrap.dedent(
        """
        import os, signal
        from agentdesk.services import indexing
        batches = indexing._batches
        def dying(store, size=500):
            yield from list(batches(store, 50))[:1]
            os.kill(os.getpid(), signal.SIGKILL)
        indexing._batches = dying
        from pathlib import Path
        from agentdesk.search.index import SearchIndex
        from agentdesk.store import Store
        """
    ) + textwrap.dedent(
        f"""
        with Store.open(Path({str(home / "agentdesk.sqlite")!r})) as store:
            indexing.rebuild_index(store, SearchIndex(Path({str(home / "index")!r})))
        """
    )
    child = _run_child(crash, home)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert len(list((home / "index").glob("gen-*"))) == 2  # the live one and the half-built one

    restarted = ctx_for(server)
    assert _search(restarted, "merci") == before
    report = prepare_search_index(restarted)  # the next start: nothing to do, leftover kept
    assert not report.rebuilt
    assert _search(restarted, "merci") == before
    with SearchService.for_context(restarted) as service:
        assert service.index_state() is IndexState.READY
