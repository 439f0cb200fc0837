"""The store's meta keys the sync writes, apart from the engine: reading when the last sync
finished (the window's status line, ``doctor``) must not import the HTTP client the engine
needs (about 0.15 s of a window start, issue 15)."""

LAST_SYNC_AT = "last_sync_at"
LAST_SYNC_REPORT = "last_sync_report"
WORKSPACE = "sync.workspace"
SKIPPED = "sync.skipped_ids"
PLATFORM_META = "platform.kind"
"""Which platform the store was synced from: what the indicators and filters offer depends on
it (read by ``agentdesk search`` too, which must not import the indicators for it)."""
