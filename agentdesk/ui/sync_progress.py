"""One progress bar for a sync made of phases, that never goes back.

The engine reports each phase's own fraction (paused conversations, closed conversations, then
the search index); shown as is, the bar went from ~88 % (closed) back to 0 % (index). Here each
phase owns a slice of the bar, in the order they run, and the bar only ever moves forward.
Pure Python: the status area and its tests share it.
"""

from __future__ import annotations

PHASES: dict[str, tuple[float, float]] = {
    "paused": (0.0, 0.05),
    "closed": (0.05, 0.7),
    "search index": (0.7, 1.0),
}
"""Each phase's slice of the bar. Closed conversations are most of a first sync's wait; the
search index most of the rest."""


def overall_fraction(phase: str | None, fraction: float | None, previous: float | None) -> float:
    """Where the bar stands: the phase's slice scaled by its own fraction, never below
    ``previous``. A phase that cannot tell how far it is stands at its slice's start."""
    start, end = PHASES.get(phase or "", (0.0, 0.0))
    share = 0.0 if fraction is None else max(0.0, min(1.0, fraction))
    reached = start + (end - start) * share
    return max(previous or 0.0, reached)
