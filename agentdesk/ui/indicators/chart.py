"""The evolution chart of one indicator over the selected period (pyqtgraph in a dialog).

One dialog per page, made once and refilled (a PlotWidget is the slow part to build). The
previous period is drawn whole and faintly behind, slot by slot; gaps are NaN. The point of the
hour or day still under way is drawn apart (dotted, hollow: "so far"), so a half-day never looks
like a collapse. An empty period says so on the plot, and the legend names only what is drawn
(``chart_legend``). The value under the mouse,
or under the cursor that ← → move when the plot has focus, is written out in words above it.
Esc closes (QDialog's reject).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.domain.catalogue import IndicatorKey
from agentdesk.domain.periods import PeriodKind
from agentdesk.ui.i18n import say_buttons
from agentdesk.ui.indicators.chart_axes import LocaleAxis, SlotAxis
from agentdesk.ui.indicators.chart_data import ChartModel, Series
from agentdesk.ui.indicators.chart_legend import drawn_entries, legend_html
from agentdesk.ui.indicators.data import ChartData
from agentdesk.ui.indicators.format import ValueFormatter
from agentdesk.ui.indicators.words import indicator_name, period_words, unit_name
from agentdesk.ui.theme import ThemeColors

_TICK_STEP = {PeriodKind.DAY: 3, PeriodKind.WEEK: 1, PeriodKind.MONTH: 5}


class _Plot(pg.PlotWidget):
    """The plot, focusable, moving its cursor with the arrow keys."""

    cursor_step = Signal(int)

    def keyPressEvent(self, ev: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Home: -10_000,
            Qt.Key.Key_End: 10_000,
        }
        if ev.key() in steps:
            ev.accept()
            self.cursor_step.emit(steps[Qt.Key(ev.key())])
            return
        if ev.key() == Qt.Key.Key_Escape:
            ev.ignore()  # the dialog closes
            return
        super().keyPressEvent(ev)


class EvolutionChart(QDialog):
    loaded = Signal()
    """The data of ``show_data`` is plotted."""
    drill_down = Signal(object)
    """"Show these conversations": the marked point's index, or None for the whole period."""

    def __init__(self, colors: ThemeColors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evolutionChart")
        self.setMinimumSize(560, 400)
        self.resize(760, 480)
        self.key: IndicatorKey | None = None
        self.kind: PeriodKind | None = None
        self.model: ChartModel | None = None
        self.fmt = ValueFormatter()
        self.cursor_index: int | None = None
        self._build()
        self.set_colors(colors)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(6)
        self.title_label = self._label("chartTitle", "title")
        self.period_label = self._label("chartPeriod", "muted")
        self.legend_label = self._label("chartLegend", "")
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.slot_axis, self.value_axis = SlotAxis(), LocaleAxis()
        # One explicit tick font, so that what the axes measure is what they paint, and room
        # for it from the first paint (pyqtgraph otherwise grows the axis a paint too late).
        tick_font = QFont(self.font())
        tick_font.setPointSizeF(9.0)
        for axis in (self.slot_axis, self.value_axis):
            axis.setTickFont(tick_font)
        self.slot_axis.setHeight(QFontMetrics(tick_font).height() + 8)
        self.plot = _Plot(self, axisItems={"bottom": self.slot_axis, "left": self.value_axis})
        self.plot.setObjectName("evolutionPlot")
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plot.setAccessibleName(self.tr("Evolution chart"))
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        # Drawn in this order: last period behind, this one, then the bucket under way on top.
        self.previous_curve, self.current_curve, self.partial_curve = (
            self.plot.plot([], [], connect="finite", antialias=True) for _ in range(3)
        )
        self.empty_label = self._empty_label()
        self.marker = pg.InfiniteLine(angle=90, movable=False)
        self.marker.setVisible(False)
        self.plot.addItem(self.marker, ignoreBounds=True)
        self.highlight = pg.ScatterPlotItem(size=13, symbol="o")
        self.plot.addItem(self.highlight, ignoreBounds=True)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot.cursor_step.connect(self._step_cursor)
        self.hover_label = self._label("chartHoverLabel", "")
        self.hover_label.setWordWrap(True)
        self.hover_label.setMinimumHeight(self.hover_label.fontMetrics().lineSpacing() * 2)
        buttons = say_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self))
        buttons.setObjectName("chartButtons")
        buttons.rejected.connect(self.reject)
        self.drill_button = self._drill_button(buttons)
        self.unit_label = self._label("chartUnitLabel", "muted")
        self.time_label = self._label("chartTimeLabel", "muted")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.title_label)
        layout.addWidget(self.period_label)
        above = QHBoxLayout()
        above.addWidget(self.unit_label)
        above.addStretch(1)
        above.addWidget(self.legend_label)
        layout.addLayout(above)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.time_label)
        layout.addWidget(self.hover_label)
        layout.addWidget(buttons)

    def _empty_label(self) -> QLabel:
        """Over the plot, centred: an empty chart says so instead of showing bare axes."""
        label = QLabel(self.tr("Nothing to show for this period"), self.plot)
        label.setObjectName("chartEmptyLabel")
        label.setProperty("role", "muted")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        label.hide()
        return label

    def _drill_button(self, buttons: QDialogButtonBox) -> QPushButton:
        button = buttons.addButton(
            self.tr("Show these conversations"), QDialogButtonBox.ButtonRole.ActionRole
        )
        button.setObjectName("chartDrillDown")
        button.clicked.connect(self._ask_drill_down)
        return button

    def _ask_drill_down(self) -> None:
        model, index = self.model, self.cursor_index
        inside = model is not None and index is not None and index < len(model.current)
        self.drill_down.emit(index if inside else None)

    def _label(self, name: str, role: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if role:
            label.setProperty("role", role)
        return label

    # colours ---------------------------------------------------------------------------------
    def set_colors(self, colors: ThemeColors) -> None:
        self.colors = colors
        self.plot.setBackground(colors.surface)
        for axis in (self.slot_axis, self.value_axis):
            axis.setPen(pg.mkPen(colors.border))
            axis.setTextPen(pg.mkPen(colors.muted_text))
        current, previous = pg.mkColor(colors.chart_current), pg.mkColor(colors.chart_previous)
        faint = pg.mkColor(colors.chart_previous)
        faint.setAlpha(170)
        self.current_curve.setPen(pg.mkPen(current, width=2.5))
        self.current_curve.setSymbol("o")
        self.current_curve.setSymbolSize(7)
        self.current_curve.setSymbolBrush(current)
        self.current_curve.setSymbolPen(pg.mkPen(colors.surface, width=1))
        self.partial_curve.setPen(pg.mkPen(current, width=2, style=Qt.PenStyle.DotLine))
        self.partial_curve.setSymbol("o")
        self.partial_curve.setSymbolSize(9)
        self.partial_curve.setSymbolBrush(pg.mkBrush(colors.surface))
        self.partial_curve.setSymbolPen(pg.mkPen(current, width=2))
        self.previous_curve.setPen(pg.mkPen(faint, width=1.5, style=Qt.PenStyle.DashLine))
        self.previous_curve.setSymbol("o")
        self.previous_curve.setSymbolSize(4)
        self.previous_curve.setSymbolBrush(faint)
        self.previous_curve.setSymbolPen(None)
        self.marker.setPen(pg.mkPen(previous, width=1, style=Qt.PenStyle.DotLine))
        self.highlight.setPen(pg.mkPen(colors.accent, width=2))
        self.highlight.setBrush(pg.mkBrush(None))
        self.setStyleSheet(
            f"QGraphicsView#evolutionPlot {{ border: 1px solid {colors.border}; }}"
            f"QGraphicsView#evolutionPlot:focus {{ border: 2px solid {colors.accent}; }}"
        )
        self._update_legend()

    # data ------------------------------------------------------------------------------------
    def show_loading(self, key: IndicatorKey, kind: PeriodKind) -> None:
        """Titles at once, data when ``show_data`` brings it."""
        self.key, self.kind, self.model = IndicatorKey(key), PeriodKind(kind), None
        self.setWindowTitle(self.tr("%1 — evolution").replace("%1", indicator_name(self.key)))
        self.title_label.setText(indicator_name(self.key))
        self.current_curve.setData([], [])
        self.partial_curve.setData([], [])
        self.previous_curve.setData([], [])
        self.empty_label.hide()
        self.marker.setVisible(False)
        self.highlight.setData([])
        self.cursor_index = None
        self.hover_label.setText(self.tr("Loading…"))

    def show_data(self, data: ChartData) -> None:
        evolution = data.evolution
        self.key, self.kind = evolution.key, evolution.window.kind
        self.fmt = ValueFormatter(data.locale)
        self.value_axis.formatter = self.fmt
        model = self.model = ChartModel.of(evolution)
        self.title_label.setText(indicator_name(evolution.key))
        self.period_label.setText(period_words(evolution.window, self.fmt))
        self.setWindowTitle(self.tr("%1 — evolution").replace("%1", indicator_name(evolution.key)))
        _set_series(self.previous_curve, model.x(model.previous), model.y(model.previous))
        x, y = model.x(model.current), model.y(model.current)
        cut = model.partial_index
        if cut is None:
            _set_series(self.current_curve, x, y)
            self.partial_curve.setData([], [])
        else:
            # The whole buckets solid; the last whole one to the one under way, dotted.
            _set_series(self.current_curve, x[:cut], y[:cut])
            _set_series(
                self.partial_curve, x[max(cut - 1, 0) : cut + 1], y[max(cut - 1, 0) : cut + 1]
            )
        self.empty_label.setVisible(not model.has_values())
        self._place_empty_label()
        self.slot_axis.configure(
            len(model.slots),
            lambda index: model.slot_label(index, self.fmt),
            _TICK_STEP[model.kind],
        )
        self.plot.setXRange(-0.5, max(len(model.slots), 1) - 0.5, padding=0.02)
        self.plot.setYRange(*model.y_range(), padding=0.05)
        self._set_axis_labels(model)
        self._update_legend()
        self.cursor_index = None
        self.marker.setVisible(False)
        self.highlight.setData([])
        self.hover_label.setText(self._hint(model))
        self.loaded.emit()

    def _place_empty_label(self) -> None:
        self.empty_label.setGeometry(self.plot.rect())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_empty_label()

    def _hint(self, model: ChartModel) -> str:
        if not model.has_values():
            return ""
        return self.tr("Point at the chart, or focus it and use ← →, to read a value.")

    def _set_axis_labels(self, model: ChartModel) -> None:
        """Ticks are local times or days; these say on which clock, and in which unit."""
        tz = model.evolution.window.tz.key
        if model.kind is PeriodKind.DAY:
            self.time_label.setText(self.tr("Hours on the %1 clock").replace("%1", tz))
        else:
            self.time_label.setText(self.tr("Days on the %1 clock").replace("%1", tz))
        symbol = self.fmt.currency_symbol(model.evolution.currency)
        self.unit_label.setText(unit_name(model.evolution.spec.unit, symbol))

    def legend_entries(self) -> list[str]:
        """What the legend names: only the lines actually drawn."""
        return drawn_entries(self.model)

    def _update_legend(self) -> None:
        if self.kind is None:
            self.legend_label.setText("")
            return
        self.legend_label.setText(legend_html(self.kind, self.legend_entries(), self.colors))

    # what is plotted, for tests and the hover ------------------------------------------------
    def series(self) -> Series:
        """The current period's points as the service gave them: (bucket start, value)."""
        return list(self.model.current) if self.model else []

    def previous_series(self) -> Series:
        return list(self.model.previous) if self.model else []

    def plotted(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(x, y) of the current period (its whole buckets and the one under way) then of the
        previous one, as handed to pyqtgraph."""
        empty = np.array([], dtype=float)

        def data(curve: pg.PlotDataItem) -> tuple[np.ndarray, np.ndarray]:
            x, y = curve.getOriginalDataset()
            return (empty if x is None else x, empty if y is None else y)

        (x, y), (qx, qy), (px, py) = (
            data(c) for c in (self.current_curve, self.partial_curve, self.previous_curve)
        )
        if len(qx):  # the dotted piece repeats the last whole point: keep the one under way
            x, y = np.concatenate([x, qx[-1:]]), np.concatenate([y, qy[-1:]])
        return x, y, px, py

    # cursor ----------------------------------------------------------------------------------
    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        if self.model is None or not self.plot.plotItem.vb.sceneBoundingRect().contains(scene_pos):
            return
        x = self.plot.plotItem.vb.mapSceneToView(scene_pos).x()
        self.select_point(round(x))

    def _step_cursor(self, step: int) -> None:
        if self.model is None:
            return
        last = max(len(self.model.current), len(self.model.previous)) - 1
        start = self.cursor_index if self.cursor_index is not None else (last if step < 0 else -1)
        self.select_point(max(0, min(last, start + step)))

    def select_point(self, index: int) -> None:
        """Mark slot ``index`` and write its exact values out (clamped to the points there are)."""
        model = self.model
        if model is None:
            return
        last = max(len(model.current), len(model.previous)) - 1
        if last < 0:
            return
        index = max(0, min(last, index))
        self.cursor_index = index
        self.marker.setPos(index)
        self.marker.setVisible(True)
        value = _value_at(model.current, index)
        spots = [] if value is None else [{"pos": (index, value / model.scale)}]
        self.highlight.setData(spots)
        self.hover_label.setText(self.point_text(index))

    def point_text(self, index: int) -> str:
        model = self.model
        if model is None:
            return ""
        when = model.slot_label(index, self.fmt, long=True)
        now = _value_at(model.current, index)
        before = _value_at(model.previous, index)
        text = f"{when}: {model.value_text(now, self.fmt) if index < len(model.current) else '—'}"
        if index == model.partial_index:
            text += self.tr(" (so far)")
        if index < len(model.previous):
            last = {
                PeriodKind.DAY: self.tr("yesterday"),
                PeriodKind.WEEK: self.tr("last week"),
                PeriodKind.MONTH: self.tr("last month"),
            }[model.kind]
            text += (
                self.tr(" · same time %1: %2")
                .replace("%1", last)
                .replace("%2", model.value_text(before, self.fmt))
            )
        return text


def _value_at(series: Series, index: int) -> float | None:
    return series[index][1] if 0 <= index < len(series) else None


def _set_series(curve: pg.PlotDataItem, x: np.ndarray, y: np.ndarray) -> None:
    """A series with nothing to measure anywhere (a CSAT month without one rating) is drawn as
    nothing: pyqtgraph would compute its bounds over NaN alone and warn at every paint."""
    if np.isfinite(y).any():
        curve.setData(x, y)
    else:
        curve.setData([], [])
