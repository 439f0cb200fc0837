"""The sync engine: pulls pages from the platform and writes them to the store, resumably.

``SyncEngine`` is loaded on first use (PEP 562): the engine brings the HTTP client, and a
process that only reads what the sync wrote (``sync.meta_keys``, ``sync.report``) should not
pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from agentdesk.sync.report import SkippedRecord, SyncProgress, SyncReport

if TYPE_CHECKING:
    from agentdesk.sync.engine import SyncEngine

__all__ = ["SkippedRecord", "SyncEngine", "SyncProgress", "SyncReport"]


def __getattr__(name: str) -> Any:
    if name == "SyncEngine":
        from agentdesk.sync.engine import SyncEngine  # noqa: PLC0415 - see the docstring

        return SyncEngine
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
