"""pyqtgraph axes that speak the agent's clock and locale instead of raw floats."""

from __future__ import annotations

import math
from collections.abc import Callable

import pyqtgraph as pg

from agentdesk.ui.indicators.format import ValueFormatter

SlotLabel = Callable[[int], str]
Ticks = list[tuple[float, list[float]]]


class SlotAxis(pg.AxisItem):
    """The bottom axis: integer slots labelled by local time ("14:00") or day ("Mon 16")."""

    def __init__(self) -> None:
        super().__init__("bottom")
        self._label: SlotLabel = lambda _index: ""
        self._count = 0
        self._step = 1

    def configure(self, count: int, label: SlotLabel, step: int) -> None:
        self._count, self._label, self._step = count, label, max(1, step)
        self.picture = None
        self.update()

    def tickValues(self, minVal: float, maxVal: float, size: float) -> Ticks:  # noqa: N803
        first = max(0, math.ceil(minVal))
        last = min(self._count - 1, math.floor(maxVal))
        major = [float(i) for i in range(first, last + 1) if i % self._step == 0]
        return [(float(self._step), major)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [self._label(round(v)) for v in values]


class LocaleAxis(pg.AxisItem):
    """The value axis with the locale's decimal separator ("2,5" in French)."""

    def __init__(self) -> None:
        super().__init__("left")
        self.formatter = ValueFormatter()

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        places = max(0, -math.floor(math.log10(spacing))) if spacing > 0 else 0
        locale = self.formatter.locale
        return [locale.toString(float(v * scale), "f", min(places, 3)) for v in values]
