"""Run a sync for the current context: the same call for ``agentdesk sync`` and the window."""

from __future__ import annotations

import threading
from dataclasses import replace

from agentdesk.services.context import AppContext
from agentdesk.services.index_follower import IndexFollower, plan_follower
from agentdesk.services.indexing import index_after_sync, search_index
from agentdesk.sync import SyncEngine
from agentdesk.sync import SyncProgress as SyncProgress  # noqa: PLC0414 - re-exported for the window
from agentdesk.sync import SyncReport as SyncReport  # noqa: PLC0414 - re-exported for the window
from agentdesk.sync.engine import ProgressCallback
from agentdesk.sync.meta_keys import PLATFORM_META


def run_sync(
    ctx: AppContext,
    *,
    full: bool = False,
    on_progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> SyncReport:
    client, store = ctx.client(), ctx.store()
    index = search_index(ctx)
    try:
        plan = plan_follower(store, index)
        follower = IndexFollower(plan and replace(plan, log_file=ctx.paths.log_file))
    finally:
        index.close()
    last: list[SyncProgress] = []

    def progress(tick: SyncProgress) -> None:
        last[:] = [tick]
        follower.maybe_start(tick.new + tick.updated)
        if on_progress is not None:
            on_progress(tick)

    engine = SyncEngine(client, store, on_progress=progress, cancel=cancel)
    try:
        report = engine.run(full=full)  # its first tick (under the sync lock) may start it
    except BaseException:
        follower.stop()
        raise
    store.set_meta(PLATFORM_META, client.kind.value)

    def indexing(done: int) -> None:
        if on_progress is not None and last:
            total = last[0].new + last[0].updated
            fraction = min(1.0, done / total) if total else None
            on_progress(
                replace(last[0], phase="search index", fraction=fraction, done=done, total=total)
            )

    # The index followed the sync in another process (a big sync): let it finish the outbox.
    follower.finish(indexing, cancel)
    # What is left in the outbox (all of it when nothing followed): index it now.
    index_after_sync(ctx, report, on_progress=on_progress, cancel=cancel)
    return report
