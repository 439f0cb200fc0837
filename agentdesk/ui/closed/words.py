"""The closed page's words: channel names, filter chips and the drill-down's description, as
literal ``translate`` calls (``pyside6-lupdate`` must see them)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate

from agentdesk.domain.drill_down import DrillDown
from agentdesk.domain.search_query import CSAT_VALUES, Measured, SearchFilters
from agentdesk.ui.conversation.words import channel_name
from agentdesk.ui.indicators.format import ValueFormatter
from agentdesk.ui.indicators.words import indicator_name


def measured_words(measured: Measured) -> str:
    return {
        Measured.HANDLING_TIME: QCoreApplication.translate("ClosedWords", "with a handling time"),
        Measured.REPLY_DELAY: QCoreApplication.translate("ClosedWords", "with a reply delay"),
        Measured.FIRST_RESPONSE: QCoreApplication.translate("ClosedWords", "with a first response"),
        Measured.TRANSACTIONS: QCoreApplication.translate("ClosedWords", "with transactions"),
    }[measured]


def _values(values: frozenset[int]) -> str:
    return ", ".join(str(v) for v in sorted(values))


def chip_labels(filters: SearchFilters, formatter: ValueFormatter, tz: ZoneInfo) -> dict[str, str]:
    """One label per removable chip, keyed by what removing it clears."""
    chips: dict[str, str] = {}
    if filters.month is not None:
        month_start = filters.month.first_day
        chips["month"] = formatter.words_locale.toString(
            QDate(month_start.year, month_start.month, 1), "MMMM yyyy"
        )
    if filters.from_day is not None or filters.to_day is not None:
        since = formatter.day(filters.from_day) if filters.from_day else "…"
        until = formatter.day(filters.to_day) if filters.to_day else "…"
        chips["days"] = f"{since} – {until}"
    if filters.closed_from is not None or filters.closed_until is not None:
        first = formatter.moment(filters.closed_from, tz) if filters.closed_from else "…"
        last = formatter.moment(filters.closed_until, tz) if filters.closed_until else "…"
        chips["span"] = f"{first} – {last}"
    if filters.measured is not None:
        chips["measured"] = measured_words(filters.measured)
    if filters.csat == CSAT_VALUES:
        chips["csat"] = QCoreApplication.translate("ClosedWords", "Rated CSAT")
    elif filters.csat:
        chips["csat"] = QCoreApplication.translate("ClosedWords", "CSAT %1").replace(
            "%1", _values(filters.csat)
        )
    if (filters.nps_min, filters.nps_max) == (0, None):
        chips["nps"] = QCoreApplication.translate("ClosedWords", "Rated NPS")
    elif filters.nps_min is not None or filters.nps_max is not None:
        low = 0 if filters.nps_min is None else filters.nps_min
        high = 10 if filters.nps_max is None else filters.nps_max
        chips["nps"] = (
            QCoreApplication.translate("ClosedWords", "NPS %1–%2")
            .replace("%1", str(low))
            .replace("%2", str(high))
        )
    if filters.channels:
        chips["channels"] = ", ".join(sorted(channel_name(c) for c in filters.channels))
    return chips


def drill_title(drill: DrillDown) -> str:
    return QCoreApplication.translate("ClosedWords", "Behind “%1”").replace(
        "%1", indicator_name(drill.figure.key)
    )
