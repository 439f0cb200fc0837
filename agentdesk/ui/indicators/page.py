"""The "How am I doing?" page: the period switch, the period in words, the tiles, the charts.

Every query runs on the task runner. A refresh asks for the shown period first, then fetches
the two others in the background, so that a period switch repaints from memory at once (and
re-asks only when that report is more than a minute old). Results of an older refresh are
dropped (``_generation``), so a slow answer never overwrites a newer one.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.domain.catalogue import IndicatorKey
from agentdesk.domain.drill_down import FigureRef
from agentdesk.domain.periods import PeriodKind
from agentdesk.errors import AgentDeskError
from agentdesk.ui.context import UiContext
from agentdesk.ui.error_words import plain_sentence
from agentdesk.ui.indicators.data import ChartData, PageData, evolution_work, report_work
from agentdesk.ui.indicators.format import ValueFormatter
from agentdesk.ui.indicators.period_switch import PERIODS, PeriodSwitch
from agentdesk.ui.indicators.presentation import tile_state
from agentdesk.ui.indicators.style import indicators_style
from agentdesk.ui.indicators.tile import IndicatorTile
from agentdesk.ui.indicators.tile_grid import TileGrid
from agentdesk.ui.indicators.words import comparison_words, period_words

if TYPE_CHECKING:
    from agentdesk.ui.indicators.chart import EvolutionChart

PAGE_MINIMUM = QSize(500, 320)
"""Two tiles side by side and the header fit; the tiles wrap and scroll below that."""
STALE_AFTER = timedelta(seconds=60)
"""A cached report older than this (by the clock) is re-asked for when its period is shown."""


class IndicatorsPage(QWidget):
    period_changed = Signal(str)
    report_shown = Signal(str)
    """A report for this period is on screen (or the empty state, when nothing is synced)."""
    chart_loaded = Signal()
    """The evolution chart shows the data it was opened for."""
    drill_down_requested = Signal(object)
    """A ``FigureRef``: the window shows the conversations behind it."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorsPage")
        self._ui = ui
        self._period = PeriodKind.default()
        self._generation = 0
        self._reports: dict[PeriodKind, PageData] = {}
        self._asked: set[PeriodKind] = set()
        self._evolutions: dict[tuple[IndicatorKey, PeriodKind], ChartData] = {}
        self._formatters: dict[str | None, ValueFormatter] = {}
        self._chart: EvolutionChart | None = None
        self._chart_tile: QWidget | None = None
        self._build()
        self.apply_theme()
        self._syncing = False
        ui.events.data_changed.connect(self.refresh)
        ui.events.theme_changed.connect(self.apply_theme)
        ui.events.follow_sync_status(self._on_sync_status)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(4)
        header = QHBoxLayout()
        header.setSpacing(16)
        title = QLabel(self.tr("How am I doing?"), self)
        title.setObjectName("indicatorsTitle")
        self.switch = PeriodSwitch(self)
        self.switch.period_selected.connect(self.set_period)
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.switch)
        layout.addLayout(header)
        self.period_label = self._label("periodLabel")
        self.comparison_label = self._label("comparisonLabel")
        self.comparison_label.setWordWrap(True)
        self.message_label = self._label("indicatorsMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        for label in (self.period_label, self.comparison_label, self.message_label):
            layout.addWidget(label)
        layout.addSpacing(6)
        self.grid = TileGrid()
        self.grid.activated.connect(self.open_chart)
        self.grid.drill_down.connect(lambda key: self._drill_down(IndicatorKey(key), self._period))
        scroll = QScrollArea(self)
        scroll.setObjectName("indicatorsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.grid)
        self.empty_label = self._label("indicatorsEmptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)
        self.period_label.setWordWrap(True)
        # Explicit, so that texts arriving later never change the window's minimum size.
        self.setMinimumSize(PAGE_MINIMUM)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    # public API ------------------------------------------------------------------------------
    def period(self) -> str:
        return self._period.value

    def set_period(self, kind: str) -> None:
        """Show ``kind`` ("day", "week", "month"): from memory at once when it was fetched."""
        period = PeriodKind(kind)
        if period is self._period:
            return
        self._period = period
        self.switch.set_period(period.value)
        self.period_changed.emit(period.value)
        cached = self._reports.get(period)
        if cached is not None:
            self._show(cached)
        else:
            self.grid.set_loading()
        never_shown = self._generation == 0  # the first showing asks (see showEvent)
        if not never_shown and (cached is None or self._is_stale(cached)):
            self._ask(period, self._generation)
        if self._chart is not None and self._chart.isVisible() and self._chart.key is not None:
            self.open_chart(self._chart.key.value)

    def refresh(self) -> None:
        """Re-query the shown period now and the others after it (in the background)."""
        self._generation += 1
        self._asked.clear()
        self._evolutions.clear()
        self._ask(self._period, self._generation)

    def tiles(self) -> dict[str, IndicatorTile]:
        """The tiles by indicator key, in the order they are shown."""
        return {key.value: tile for key, tile in self.grid.tiles.items()}

    @property
    def chart(self) -> EvolutionChart | None:
        return self._chart

    # data ------------------------------------------------------------------------------------
    def _is_stale(self, data: PageData) -> bool:
        return data.report is None or self._ui.clock() - data.report.window.now > STALE_AFTER

    def _ask(self, period: PeriodKind, generation: int) -> None:
        self._asked.add(period)
        work = report_work(self._ui.app.store(), period, self._ui.clock())
        self._ui.runner.run(
            work,
            lambda data: self._on_report(data, generation),
            self._on_failure,
            receiver=self,
            name=f"indicators {period.value}",
        )

    def _on_report(self, data: PageData, generation: int) -> None:
        if generation != self._generation:
            return
        self._reports[data.kind] = data
        self.message_label.hide()
        if data.kind is self._period:
            self._show(data)
        self._refresh_open_chart(data.kind)
        if data.report is not None:  # fetch the other periods, one after the other
            missing = [p for p in PERIODS if p not in self._asked]
            if missing:
                self._ask(missing[0], generation)

    def _on_failure(self, error: AgentDeskError) -> None:
        sentence = plain_sentence(error)
        self.message_label.setText(sentence)
        self.message_label.show()
        if not self._reports:
            self.empty_label.setText(sentence)
            self.stack.setCurrentWidget(self.empty_label)

    def _formatter(self, locale: str | None) -> ValueFormatter:
        if locale not in self._formatters:
            self._formatters[locale] = ValueFormatter(locale)
        return self._formatters[locale]

    def _on_sync_status(self, status: object) -> None:
        syncing = bool(getattr(status, "running", False))
        if syncing != self._syncing:
            self._syncing = syncing
            shown = self._reports.get(self._period)
            if shown is not None and shown.report is None:
                self._show(shown)  # the empty state's sentence follows the sync

    def _show(self, data: PageData) -> None:
        report = data.report
        if report is None and self._syncing:
            self._show_empty(
                self.tr(
                    "The first sync is under way. Your indicators appear here as soon as the "
                    "first conversations are stored."
                )
            )
        elif report is None:
            self._show_empty(
                self.tr(
                    "Nothing has been synced yet. Your indicators appear here after the first "
                    "sync with the platform."
                )
            )
        elif not report.indicators:
            self._show_empty(self.tr("Your administrator has not chosen any indicator to show."))
        else:
            fmt = self._formatter(data.locale)
            self.grid.set_keys([result.key for result in report.indicators])
            self.grid.set_states([tile_state(r, report.window, fmt) for r in report.indicators])
            self.period_label.setText(period_words(report.window, fmt))
            self.comparison_label.setText(comparison_words(report.window, fmt))
            self.comparison_label.show()
            self.stack.setCurrentIndex(0)
        self.report_shown.emit(data.kind.value)

    def _show_empty(self, sentence: str) -> None:
        self.empty_label.setText(sentence)
        self.period_label.setText("")
        self.comparison_label.hide()
        self.stack.setCurrentWidget(self.empty_label)

    # chart -----------------------------------------------------------------------------------
    def open_chart(self, key: str) -> EvolutionChart:
        """Show ``key``'s evolution over the shown period (from memory when already fetched)."""
        indicator, period = IndicatorKey(key), self._period
        chart = self._ensure_chart()
        tile = self.grid.tiles.get(indicator)
        if tile is not None and tile.hasFocus():
            self._chart_tile = tile
        cached = self._evolutions.get((indicator, period))
        if cached is not None:
            chart.show_data(cached)
        else:
            chart.show_loading(indicator, period)
            self._fetch_evolution(chart, indicator, period)
        if chart.isVisible():
            if not chart.isActiveWindow():
                chart.raise_()
                chart.activateWindow()
        else:
            chart.show()
        chart.plot.setFocus(Qt.FocusReason.OtherFocusReason)
        return chart

    def close_chart(self) -> None:
        if self._chart is not None:
            self._chart.close()

    def _fetch_evolution(
        self, chart: EvolutionChart, indicator: IndicatorKey, period: PeriodKind
    ) -> None:
        """In the background, at the same "now" as the tiles of ``period``, so that the chart's
        last point and the tile always agree."""
        shown = self._reports.get(period)
        now = shown.report.window.now if shown and shown.report else self._ui.clock()
        generation = self._generation
        self._ui.runner.run(
            evolution_work(self._ui.app.store(), indicator, period, now),
            lambda data: self._on_evolution(data, generation),
            self._on_chart_failure,
            receiver=chart,
            name=f"evolution {indicator.value} {period.value}",
        )

    def _refresh_open_chart(self, period: PeriodKind) -> None:
        """New figures for ``period`` arrived (after a sync): an open chart of that period
        follows them quietly, without taking the focus or showing "Loading…"."""
        chart = self._chart
        if chart is None or not chart.isVisible() or chart.key is None or chart.kind is not period:
            return
        if (chart.key, period) not in self._evolutions:
            self._fetch_evolution(chart, chart.key, period)

    def _ensure_chart(self) -> EvolutionChart:
        if self._chart is None:
            # pyqtgraph and numpy cost a quarter of a second to import: not before the first
            # chart, so that the dashboard paints sooner.
            from agentdesk.ui.indicators.chart import EvolutionChart  # noqa: PLC0415

            self._chart = EvolutionChart(self._ui.theme.colors, self)
            self._chart.finished.connect(self._on_chart_closed)
            self._chart.loaded.connect(self.chart_loaded)
            self._chart.drill_down.connect(self._chart_drill_down)
        return self._chart

    def _drill_down(self, key: IndicatorKey, period: PeriodKind, point: int | None = None) -> None:
        """At the "now" of the figures on screen, so the list counts what the tile counts."""
        shown = self._reports.get(period)
        at = shown.report.window.now if shown and shown.report else None
        self.drill_down_requested.emit(FigureRef(key, period, point, at))

    def _chart_drill_down(self, point: int | None) -> None:
        chart = self._chart
        if chart is not None and chart.key is not None and chart.kind is not None:
            self._drill_down(chart.key, chart.kind, point)

    def _on_evolution(self, data: ChartData, generation: int) -> None:
        if generation == self._generation:
            self._evolutions[(data.evolution.key, data.evolution.window.kind)] = data
        chart = self._chart
        if chart is not None and (chart.key, chart.kind) == (
            data.evolution.key,
            data.evolution.window.kind,
        ):
            chart.show_data(data)

    def _on_chart_failure(self, error: AgentDeskError) -> None:
        if self._chart is not None:
            self._chart.hover_label.setText(plain_sentence(error))

    def _on_chart_closed(self) -> None:
        if self._chart_tile is not None:
            self.window().activateWindow()
            self._chart_tile.setFocus(Qt.FocusReason.OtherFocusReason)
            self._chart_tile = None

    # look ------------------------------------------------------------------------------------
    def apply_theme(self) -> None:
        colors = self._ui.theme.colors
        self.setStyleSheet(indicators_style(colors))
        if self._chart is not None:
            self._chart.set_colors(colors)

    def showEvent(self, event: QShowEvent) -> None:
        """The first showing asks for data, so a page built and never shown costs nothing."""
        super().showEvent(event)
        if self._generation == 0:
            self.refresh()
