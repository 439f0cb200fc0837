"""What ``agentdesk doctor`` says about the search index, and what to do about it."""

from __future__ import annotations

from typing import Literal

from agentdesk.search.errors import IndexProblem
from agentdesk.services.context import AppContext
from agentdesk.services.indexing import IndexComparison, check_index

Level = Literal["ok", "warning", "problem"]
MANY_SEGMENTS = 40
MANY_DELETED = 0.3
_EXAMPLES = 3
_REINDEX = "run `agentdesk reindex` to rebuild it from the local store"


def _some(ids: tuple[str, ...]) -> str:
    shown = ", ".join(ids[:_EXAMPLES])
    return shown + (", …" if len(ids) > _EXAMPLES else "")


def describe(comparison: IndexComparison) -> tuple[Level, str]:
    check = comparison.check
    if check.problem is IndexProblem.MISSING:
        return "problem", f"There is no search index; {_REINDEX} (a search also builds it)."
    if check.problem is IndexProblem.OUTDATED:
        return "warning", f"The search index is from another version ({check.reason}); {_REINDEX}."
    if check.problem is IndexProblem.DAMAGED:
        return "problem", f"The search index is damaged ({check.reason}); {_REINDEX}."
    waiting = (
        f" {comparison.pending} change{'s' if comparison.pending != 1 else ''} wait to be "
        "indexed (done at the next start or search)."
        if comparison.pending
        else ""
    )
    if not comparison.agrees:
        parts = [
            f"{len(ids)} {label} ({_some(ids)})"
            for ids, label in (
                (comparison.missing, "missing"),
                (comparison.stale, "out of date"),
                (comparison.orphans, "no longer in the store"),
            )
            if ids
        ]
        return (
            "problem",
            f"The search index disagrees with the store: {'; '.join(parts)}; {_REINDEX}." + waiting,
        )
    summary = (
        f"{comparison.indexed} conversations indexed, as in the store "
        f"({check.segments} segment{'s' if check.segments != 1 else ''})."
    )
    if check.segments > MANY_SEGMENTS or check.deleted > MANY_DELETED * max(1, check.documents):
        return "warning", f"{summary} It is fragmented: run `agentdesk reindex` to compact it."
    return ("warning" if comparison.pending else "ok"), summary + waiting


def index_health(ctx: AppContext) -> tuple[Level, str]:
    return describe(check_index(ctx))
