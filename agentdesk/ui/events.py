"""App-wide announcements: a change is announced once, and each page decides what to do with it.

No widget calls another widget (anki's ``OpChanges`` idea): the sync controller says the data
changed, the theme manager says the colours changed, and whoever cares listens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """Where the background sync stands, for the status area and the offline banner."""

    running: bool = False
    fetched: int = 0
    new: int = 0
    updated: int = 0
    fraction: float | None = None
    """An estimate 0–1 of how far the whole running sync is (never less than the last one
    published for this sync), or None when it cannot tell."""
    phase: str | None = None
    """What the running sync is doing: ``paused``, ``closed`` or ``search index``."""
    phase_done: int = 0
    """How many of the phase's items are done (conversations fetched, or indexed)."""
    phase_total: int | None = None
    """How many the phase has in all, when known (the search index knows; the platform does not
    say how many conversations will come)."""
    online: bool = True
    """False once a sync could not reach the server; true again after the next one that did."""
    last_synced_at: datetime | None = None
    """Aware UTC time of the last completed sync (from the store), or None if never."""
    error: str | None = None
    """The sentence of the last sync's failure, or None when it succeeded."""
    error_details: str | None = None


class AppEvents(QObject):
    data_changed = Signal()
    """A sync (or another write) changed the store: pages re-query."""
    sync_status_changed = Signal(object)
    """A new ``SyncStatus``."""
    theme_changed = Signal()
    """The palette changed (system scheme or the setting): widgets that paint re-read colours."""
    settings_changed = Signal()
    """The user's settings file changed (theme, sync interval...)."""
    workspace_loaded = Signal(object)
    """A ``services.indicators.Workspace`` read from the store (at start and after each sync):
    who is signed in, and the zone every time in the window is said in."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appEvents")
        self.sync_status: SyncStatus | None = None
        """The last ``SyncStatus`` announced (None before the first)."""
        self.sync_status_changed.connect(self._remember_sync_status)

    def _remember_sync_status(self, status: SyncStatus) -> None:
        self.sync_status = status

    def follow_sync_status(self, slot: Callable[[SyncStatus], object]) -> None:
        """Connect ``slot`` and give it the status announced so far: a page made after the
        window started (``page_stack.py``) would otherwise wait for the next change to know
        that it is offline or syncing."""
        self.sync_status_changed.connect(slot)
        if self.sync_status is not None:
            slot(self.sync_status)
