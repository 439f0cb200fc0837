"""The sync engine: pulls pages from the platform and writes them to the store, resumably."""

from agentdesk.sync.engine import SyncEngine
from agentdesk.sync.report import SkippedRecord, SyncProgress, SyncReport

__all__ = ["SkippedRecord", "SyncEngine", "SyncProgress", "SyncReport"]
