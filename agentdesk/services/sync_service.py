"""Run a sync for the current context: the same call for ``agentdesk sync`` and the window."""

from __future__ import annotations

import threading
from datetime import datetime

from agentdesk.services.context import AppContext
from agentdesk.services.indexing import index_after_sync
from agentdesk.services.indicators import PLATFORM_META
from agentdesk.sync import SyncEngine
from agentdesk.sync import SyncProgress as SyncProgress  # noqa: PLC0414 - re-exported for the window
from agentdesk.sync import SyncReport as SyncReport  # noqa: PLC0414 - re-exported for the window
from agentdesk.sync.engine import LAST_SYNC_AT, ProgressCallback


def run_sync(
    ctx: AppContext,
    *,
    full: bool = False,
    on_progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> SyncReport:
    client, store = ctx.client(), ctx.store()
    engine = SyncEngine(client, store, on_progress=on_progress, cancel=cancel)
    report = engine.run(full=full)
    store.set_meta(PLATFORM_META, client.kind.value)
    # The store's outbox now names what changed: index it (a first sync is a full build).
    index_after_sync(ctx, report, on_progress=on_progress, cancel=cancel)
    return report


def last_synced_at(ctx: AppContext) -> datetime | None:
    value = ctx.store().get_meta(LAST_SYNC_AT)
    return datetime.fromisoformat(value) if value else None
