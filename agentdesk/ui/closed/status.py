"""The line above the list: how many match, and whether the index can see them all yet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agentdesk.services.search import IndexCoverage, IndexState, SearchPage
from agentdesk.ui.i18n import counted
from agentdesk.ui.indicators.format import ValueFormatter


def status_words(
    page: SearchPage, coverage: IndexCoverage | None, formatter: ValueFormatter
) -> tuple[str, str]:
    """``(count, note)``: "1,234 conversations", and a note while the index is incomplete."""
    total = page.total  # a plain name: lupdate skips a call whose %n is an attribute
    count = counted(
        QCoreApplication.translate("ClosedStatus", "%n conversation(s)", None, total),
        total,
        formatter.count(total),
    )
    if page.index_state is IndexState.READY or coverage is None:
        return count, ""
    if page.index_state is IndexState.MISSING:
        return count, QCoreApplication.translate(
            "ClosedStatus",
            "Word search needs its index, built by the next word search or sync — filters and "
            "the list already work.",
        )
    if page.index_state in (IndexState.BUILDING, IndexState.UPDATING):
        note = QCoreApplication.translate(
            "ClosedStatus",
            "Search is still indexing: %1 of %2 conversations — filters and the list already work.",
        )
        return count, note.replace("%1", formatter.count(coverage.indexed)).replace(
            "%2", formatter.count(coverage.stored)
        )
    return count, QCoreApplication.translate(
        "ClosedStatus",
        "The search index needs rebuilding; word searches may miss conversations meanwhile.",
    )
