"""The closed page's filter buttons (date, CSAT, NPS, channel) and the chips of what is applied.

Each button opens a menu that changes one part of the filters; every change goes out as the
whole new ``SearchFilters`` (``changed``). What is applied shows as removable chips
(``chip_removed(name)``) followed by "Clear filters".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from agentdesk.domain.models import Channel
from agentdesk.domain.search_query import CSAT_VALUES, Month, SearchFilters
from agentdesk.services.platform_filters import NPS_FILTER
from agentdesk.ui.closed.words import chip_labels
from agentdesk.ui.conversation.words import channel_name
from agentdesk.ui.flow_layout import FlowLayout
from agentdesk.ui.i18n import say_buttons
from agentdesk.ui.indicators.format import ValueFormatter

RECENT_MONTHS = 6
NPS_PRESETS = ((9, 10), (7, 8), (0, 6), (0, 10))


def _months_before(today: date, count: int) -> list[Month]:
    months, year, month = [], today.year, today.month
    for _ in range(count):
        months.append(Month(year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months


class FilterBar(QWidget):
    changed = Signal(object)
    """The new ``SearchFilters``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closedFilterBar")
        self.filters = SearchFilters()
        self.today = date(2000, 1, 1)
        """The agent's today, given with the filters (``set_filters``)."""
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.date_button = self._button("dateFilter", self.tr("Date"), self._date_menu)
        self.csat_button = self._button("csatFilter", self.tr("CSAT"), self._csat_menu)
        self.nps_button = self._button("npsFilter", self.tr("NPS"), self._nps_menu)
        self.channel_button = self._button("channelFilter", self.tr("Channel"), self._channel_menu)
        for button in (self.date_button, self.csat_button, self.nps_button, self.channel_button):
            row.addWidget(button)
        row.addStretch(1)

    def _button(self, name: str, text: str, fill: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        menu = QMenu(button)
        menu.setObjectName(f"{name}Menu")
        menu.aboutToShow.connect(lambda: fill(menu))  # type: ignore[operator]
        button.setMenu(menu)
        return button

    def set_filters(self, filters: SearchFilters, today: date) -> None:
        self.filters, self.today = filters, today

    def set_unavailable(self, names: frozenset[str]) -> None:
        """Hide the filters the platform has no data for (Chatwoot has no NPS)."""
        self.nps_button.setHidden(NPS_FILTER in names)

    def _emit(self, **changes: object) -> None:
        try:
            filters = replace(self.filters, **changes)  # type: ignore[arg-type]
        except ValueError:
            return  # an impossible combination (first day after the last): nothing changes
        self.filters = filters
        self.changed.emit(filters)

    # --- menus, filled when opened so that they show the current filters

    def _date_menu(self, menu: QMenu) -> None:
        menu.clear()
        for month in _months_before(self.today, RECENT_MONTHS):
            first = month.first_day
            action = menu.addAction(
                QLocale().toString(QDate(first.year, first.month, 1), "MMMM yyyy")
            )
            action.setCheckable(True)
            action.setChecked(self.filters.month == month)
            action.triggered.connect(
                lambda _c=False, m=month: self._emit(month=m, from_day=None, to_day=None)
            )
        menu.addSeparator()
        days = menu.addAction(self.tr("Choose days…"))
        days.setObjectName("chooseDaysAction")
        days.triggered.connect(self.choose_days)

    def choose_days(self) -> None:
        dialog = DaysDialog(
            self.filters.from_day or self.today, self.filters.to_day or self.today, self
        )
        dialog.accepted.connect(
            lambda: self._emit(month=None, from_day=dialog.first_day, to_day=dialog.last_day)
        )
        dialog.open()

    def _csat_menu(self, menu: QMenu) -> None:
        menu.clear()
        for value in sorted(CSAT_VALUES, reverse=True):
            action = menu.addAction(self.tr("Rated %1").replace("%1", str(value)))
            action.setCheckable(True)
            action.setChecked(value in self.filters.csat)
            action.triggered.connect(lambda checked, v=value: self._toggle_csat(v, checked))

    def _toggle_csat(self, value: int, on: bool) -> None:
        values = set(self.filters.csat)
        (values.add if on else values.discard)(value)
        self._emit(csat=frozenset(values))

    def _nps_menu(self, menu: QMenu) -> None:
        menu.clear()
        names = {
            (9, 10): self.tr("Promoters (9–10)"),
            (7, 8): self.tr("Passives (7–8)"),
            (0, 6): self.tr("Detractors (0–6)"),
            (0, 10): self.tr("Any rating (0–10)"),
        }
        current = (self.filters.nps_min, self.filters.nps_max)
        for low, high in NPS_PRESETS:
            action = menu.addAction(names[(low, high)])
            action.setCheckable(True)
            action.setChecked(current == (low, high))
            action.triggered.connect(
                lambda _c=False, lo=low, hi=high: self._emit(nps_min=lo, nps_max=hi)
            )

    def _channel_menu(self, menu: QMenu) -> None:
        menu.clear()
        for channel in Channel:
            action: QAction = menu.addAction(channel_name(channel))
            action.setCheckable(True)
            action.setChecked(channel.value in self.filters.channels)
            action.triggered.connect(
                lambda checked, c=channel.value: self._toggle_channel(c, checked)
            )

    def _toggle_channel(self, channel: str, on: bool) -> None:
        values = set(self.filters.channels)
        (values.add if on else values.discard)(channel)
        self._emit(channels=frozenset(values))


class DaysDialog(QDialog):
    """First and last day, each with a calendar; the agent's days."""

    def __init__(self, first: date, last: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("daysDialog")
        self.setWindowTitle(self.tr("Closed between"))
        form = QFormLayout(self)
        self.first_edit = self._edit("firstDay", first)
        self.last_edit = self._edit("lastDay", last)
        form.addRow(self.tr("From"), self.first_edit)
        form.addRow(self.tr("To"), self.last_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        say_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.first_edit.dateChanged.connect(self.last_edit.setMinimumDate)

    def _edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    @property
    def first_day(self) -> date:
        day: date = self.first_edit.date().toPython()  # type: ignore[assignment]
        return day

    @property
    def last_day(self) -> date:
        day: date = self.last_edit.date().toPython()  # type: ignore[assignment]
        return day


class ChipRow(QWidget):
    """The applied filters as chips ("CSAT 4, 5 ✕") and "Clear filters"."""

    chip_removed = Signal(str)
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closedChips")
        self._layout = FlowLayout(self, spacing=6)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.chips: dict[str, QToolButton] = {}

    def show_filters(self, filters: SearchFilters, formatter: ValueFormatter, tz: ZoneInfo) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()  # deleted later: not painted meanwhile
                widget.deleteLater()
        self.chips = {}
        labels = chip_labels(filters, formatter, tz)
        for name, label in labels.items():
            chip = QToolButton(self)
            chip.setObjectName(f"chip_{name}")
            chip.setProperty("role", "chip")
            chip.setText(f"{label}  ✕")
            chip.setToolTip(self.tr("Remove this filter"))
            chip.clicked.connect(lambda _c=False, n=name: self.chip_removed.emit(n))
            self._layout.addWidget(chip)
            self.chips[name] = chip
        if labels:
            clear = QToolButton(self)
            clear.setObjectName("clearFilters")
            clear.setProperty("role", "link")
            clear.setText(self.tr("Clear filters"))
            clear.clicked.connect(self.clear_requested.emit)
            self._layout.addWidget(clear)
        self.setVisible(bool(labels))
