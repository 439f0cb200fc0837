"""The index built beside the sync (issue 15): a first sync killed with SIGKILL at random points,
then run to its end, leaves the store and the index a clean sync leaves.

The real ``agentdesk sync`` runs in its own session, so a kill can take the sync and its
indexing process together (a crash of the machine's user session) or the sync alone (its
indexing process must then stop by itself). Segments are made small
(``AGENTDESK_INDEX_SEGMENT_MB``) so that kills land between index commits too.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agentdesk.domain.search_query import NO_FILTERS
from agentdesk.search.documents import micros
from agentdesk.search.index import SearchIndex
from agentdesk.search.query_parser import parse_query
from agentdesk.services.index_follower import SEGMENT_MB_ENV
from agentdesk.services.indexing import compare_index
from agentdesk.store import Store
from tests.cli.conftest import Cli
from tests.sync.conftest import assert_store_equals_server

pytestmark = pytest.mark.slow

CONVERSATIONS = 5000
QUERIES = ("commande", "remboursement", '"merci pour"', "cmd", "livraison retard")
KILLS = 5


def _start(cli: Cli) -> subprocess.Popen[str]:
    env = {**cli.env, SEGMENT_MB_ENV: "0.5"}
    return subprocess.Popen(
        [sys.executable, "-m", "agentdesk.cli", "sync"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _home_state(home: Path) -> tuple[dict[str, int], list[tuple[int, tuple[str, ...]]]]:
    """The index's ids with their versions, and its answers to ``QUERIES``."""
    with Store.open(home / "agentdesk.sqlite") as store:
        index = SearchIndex(home / "index")
        try:
            comparison = compare_index(store, index)
            assert comparison.agrees, comparison
            assert comparison.pending == 0
            versions = {cid: micros(at) for cid, at in store.closed_versions().items()}
            inventory = index.inventory()
            assert inventory == versions
            answers = []
            for text in QUERIES:
                result = index.search(parse_query(text), NO_FILTERS, start=0, stop=10_000)
                answers.append((result.total, result.ids))
        finally:
            index.close()
    return inventory, answers


def _kill_at_random(cli: Cli, rng: random.Random, n: int) -> str:
    """Start a sync and SIGKILL it a random moment after a random point: the store has gained
    a random number of conversations, or (every other time) the indexer has committed a
    segment of this run. Returns what happened, for the failure message."""
    database = cli.home / "agentdesk.sqlite"
    before = _stored(database)
    indexed_before = _indexed(cli.home)
    target = before + rng.randint(1, CONVERSATIONS // 8)
    process = _start(cli)
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if n % 2 and _indexed(cli.home) > indexed_before:
            break
        if not n % 2 and _stored(database) >= target:
            break
        time.sleep(0.1)
    # Then a little more, so that the kill lands anywhere in the indexer's work too.
    time.sleep(rng.uniform(0.0, 1.5))
    if process.poll() is not None:
        process.communicate()
        return f"ended before the kill ({process.returncode})"
    whole_group = rng.random() < 0.5
    if whole_group:
        os.killpg(process.pid, signal.SIGKILL)
    else:
        process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)
    with Store.open(database) as store:
        stored, pending = store.counts().closed, store.outbox_pending()
    who = "with its indexer" if whole_group else "alone"
    return f"killed {who}: {stored} stored, {_indexed(cli.home)} indexed, {pending} waiting"


def _stored(database: Path) -> int:
    if not database.exists():
        return 0
    with Store.open(database) as store:
        return store.counts().closed


def _indexed(home: Path) -> int:
    index = SearchIndex(home / "index")
    try:
        return index.document_count()
    finally:
        index.close()


def test_a_first_sync_killed_five_times_ends_as_a_clean_sync(
    make_demo_server, cli_for, tmp_path: Path
) -> None:
    server = make_demo_server(conversations=CONVERSATIONS, faults="slow@3-,slow_seconds=1.0")
    clean = cli_for(server)
    result = clean.run("sync", timeout=300)
    assert result.returncode == 0, result.stderr
    expected = _home_state(clean.home)
    assert all(total for total, _ids in expected[1][:3]), "the queries should find something"

    killed = Cli(
        tmp_path / "killed-home", {**clean.env, "AGENTDESK_HOME": str(tmp_path / "killed-home")}
    )
    rng = random.Random(15)
    events = [_kill_at_random(killed, rng, n) for n in range(KILLS)]
    print("\n".join(events))
    assert sum(e.startswith("killed") for e in events) >= 3, "the kills should land mid-sync"
    result = killed.run("sync", timeout=300)
    assert result.returncode == 0, (events, result.stderr)
    with Store.open(killed.home / "agentdesk.sqlite") as store:
        assert_store_equals_server(store, server)
    assert _home_state(killed.home) == expected, events
