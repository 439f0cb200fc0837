"""What ``agentdesk doctor`` checks about the sync: the states in which later syncs would say
"nothing new" while conversations are missing.

- **A watermark in the future**: every change stamped before it is never asked for.
- **Skipped records waiting**: they are asked for again, a batch per sync; an empty list does
  not prove that none were lost (an older AgentDesk forgot those past the 500th), hence:
- **Fewer conversations than the server lists**: the server's closed list is read (ids and
  ``updated_at`` only matter here; nothing is written) and every conversation stamped at or
  before the watermark — which the last sync must therefore have seen — is looked for in the
  store. Newer ones are simply not synced yet. One missing is a loss ``sync --full`` repairs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from agentdesk.domain.models import ConversationStatus
from agentdesk.platform.connector import Connector
from agentdesk.platform.server_urls import server_label
from agentdesk.store import Store
from agentdesk.sync.engine import PAGE_SIZE
from agentdesk.sync.meta_keys import SKIPPED
from agentdesk.sync.pages import PageGuard
from agentdesk.sync.watermark import in_the_future


@dataclass(frozen=True, slots=True)
class SyncAudit:
    watermark: datetime | None
    future_watermark: bool
    waiting: int
    """Skipped records still to be asked for again."""
    listed: int
    """Closed conversations the server lists."""
    missing: tuple[str, ...]
    """Listed, stamped at or before the watermark, neither stored nor waiting."""


def local_audit(store: Store, now: datetime) -> tuple[datetime | None, bool, set[str]]:
    state = store.sync_state(ConversationStatus.CLOSED)
    waiting = set(json.loads(store.get_meta(SKIPPED) or "[]"))
    return state.since, in_the_future(state, now), waiting


def audit(client: Connector, store: Store, now: datetime) -> SyncAudit:
    watermark, future, waiting = local_audit(store, now)
    stored = store.all_conversation_ids(ConversationStatus.CLOSED)
    guard = PageGuard(server_label(client.base_url))
    listed = 0
    missing: list[str] = []
    cursor: str | None = None
    while True:
        page = client.conversations_page(
            ConversationStatus.CLOSED, updated_since=None, cursor=cursor, limit=PAGE_SIZE
        )
        listed += len(page.records) + len(page.invalid)
        for conversation in page.records:
            seen_by_last_sync = watermark is not None and (
                future or conversation.updated_at <= watermark
            )
            if (
                seen_by_last_sync
                and conversation.id not in stored
                and conversation.id not in waiting
            ):
                missing.append(conversation.id)
        cursor = guard.next_cursor(page)
        if cursor is None:
            break
    return SyncAudit(watermark, future, len(waiting), listed, tuple(sorted(missing)))
