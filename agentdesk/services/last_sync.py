"""When the last sync finished, read without the sync service: the window asks it while it
starts, and the sync service imports the HTTP client and the search index (issue 15)."""

from __future__ import annotations

from datetime import datetime

from agentdesk.services.context import AppContext
from agentdesk.sync.meta_keys import LAST_SYNC_AT


def last_synced_at(ctx: AppContext) -> datetime | None:
    value = ctx.store().get_meta(LAST_SYNC_AT)
    return datetime.fromisoformat(value) if value else None
