"""The evolution chart's legend: one entry per line actually drawn, never one for a line that
is not there (a period with no value at all has no "This week" entry, a finished bucket no
"so far")."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from agentdesk.domain.periods import PeriodKind
from agentdesk.ui.indicators.chart_data import ChartModel
from agentdesk.ui.theme import ThemeColors

translate = QCoreApplication.translate


def drawn_entries(model: ChartModel | None) -> list[str]:
    """``current``, ``partial`` and ``previous``, in that order, for what has a value."""
    if model is None:
        return []
    cut = model.partial_index
    whole = model.current[:cut] if cut is not None else model.current
    entries = []
    if model.drawn(whole):
        entries.append("current")
    if cut is not None and model.drawn(model.current[cut:]):
        entries.append("partial")
    if model.drawn(model.previous):
        entries.append("previous")
    return entries


def legend_html(kind: PeriodKind, entries: list[str], c: ThemeColors) -> str:
    this = {
        PeriodKind.DAY: translate("EvolutionChart", "Today"),
        PeriodKind.WEEK: translate("EvolutionChart", "This week"),
        PeriodKind.MONTH: translate("EvolutionChart", "This month"),
    }[kind]
    last = {
        PeriodKind.DAY: translate("EvolutionChart", "Yesterday"),
        PeriodKind.WEEK: translate("EvolutionChart", "Last week"),
        PeriodKind.MONTH: translate("EvolutionChart", "Last month"),
    }[kind]
    so_far = (
        translate("EvolutionChart", "This hour so far")
        if kind is PeriodKind.DAY
        else translate("EvolutionChart", "Today so far")
    )
    parts = {
        "current": f'<span style="color:{c.chart_current}">●━━</span> {escape(this)}',
        "partial": f'<span style="color:{c.chart_current}">○┈┈</span> {escape(so_far)}',
        "previous": f'<span style="color:{c.chart_previous}">●╍╍</span> {escape(last)}',
    }
    return "&nbsp;&nbsp;&nbsp;".join(parts[e] for e in entries)
