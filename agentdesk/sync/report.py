"""What a sync did, for the progress bar while it runs and the report once it is done."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class SkippedRecord:
    id: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """One tick of progress. ``fraction`` is an estimate: the platform gives no total, but its
    pages come ordered by ``updated_at``, so how far the last record is between the watermark
    and now says how much of the way is done."""

    phase: str
    fetched: int
    new: int
    updated: int
    skipped: int
    fraction: float | None
    """How far *this phase* is (0–1); the window turns phases into one bar that never goes back."""
    done: int = 0
    """Items of this phase done so far: conversations fetched (paused, closed) or indexed."""
    total: int | None = None
    """Items this phase has in all, when known (the search index); the platform gives no total."""


@dataclass(slots=True)
class SyncReport:
    started_at: datetime
    finished_at: datetime | None = None
    full: bool = False
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    fetched: int = 0
    pages: int = 0
    skipped: list[SkippedRecord] = field(default_factory=list)
    index_problem: str | None = None
    """Why the search index could not follow this sync (the synced data is kept)."""

    @property
    def duration_s(self) -> float:
        end = self.finished_at or self.started_at
        return (end - self.started_at).total_seconds()

    @property
    def changed(self) -> bool:
        return bool(self.new or self.updated or self.removed)

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["started_at"] = self.started_at.isoformat()
        data["finished_at"] = self.finished_at.isoformat() if self.finished_at else None
        data["duration_s"] = round(self.duration_s, 3)
        return data

    def dumps(self) -> str:
        return json.dumps(self.to_json())

    def summary(self) -> str:
        parts = [f"{self.new} new", f"{self.updated} updated"]
        if self.removed:
            parts.append(f"{self.removed} removed")  # left the paused list, or the server
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        what = ", ".join(parts) if self.changed or self.skipped else "nothing new"
        return f"Synced in {self.duration_s:.1f} s: {what}."
