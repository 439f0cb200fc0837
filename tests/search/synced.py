"""A store synced from the demo server, with its search index and service, built once per test
module (``synced_search``), and the server's own records for the expectations."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from agentdesk.demo import DemoServer, generate_workspace
from agentdesk.platform.client import PlatformClient
from agentdesk.search.index import SearchIndex
from agentdesk.services.indexing import update_index
from agentdesk.services.search import SearchService
from agentdesk.store import Store
from agentdesk.sync import SyncEngine
from tests.conftest import DEMO_NOW, DEMO_SEED, DEMO_TOKEN
from tests.search.reference import Record


@dataclass
class Synced:
    records: list[Record]
    """The closed conversations as the demo server serves them."""
    store: Store
    index: SearchIndex
    service: SearchService
    timezone: str
    folder: Path


@contextmanager
def synced_search(folder: Path, size: int) -> Iterator[Synced]:
    workspace = generate_workspace(DEMO_SEED, size, DEMO_NOW)
    server = DemoServer(workspace, token=DEMO_TOKEN, clock=lambda: DEMO_NOW)
    server.start()
    store = Store.open(folder / "agentdesk.sqlite")
    try:
        with PlatformClient(server.url, server.token) as client:
            SyncEngine(client, store).run()
        records = server.snapshot("closed")
    finally:
        server.stop()
    index = SearchIndex(folder / "index")
    update_index(store, index)
    service = SearchService(store, index)
    try:
        yield Synced(records, store, index, service, str(workspace.me["timezone"]), folder)
    finally:
        service.close()
        store.close()
