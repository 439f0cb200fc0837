"""Figures with their context and tooltips that fit: what a tile says around its value."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6 import QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from agentdesk.domain.aggregate import PeriodAggregate
from agentdesk.domain.catalogue import IndicatorKey
from agentdesk.domain.indicators import CurrencyAmount
from agentdesk.domain.periods import PeriodKind, period_window
from agentdesk.domain.report import evaluate
from agentdesk.ui.indicators.format import NBSP, ValueFormatter
from agentdesk.ui.indicators.grid_layout import GroupPlace, columns_for, plan
from agentdesk.ui.indicators.presentation import tile_state
from agentdesk.ui.indicators.tile_words import TOOLTIP_WIDTH
from tests.conftest import DEMO_NOW

WINDOW = period_window(PeriodKind.WEEK, DEMO_NOW, "Europe/Paris")


@pytest.fixture(scope="module")
def fr() -> ValueFormatter:
    return ValueFormatter("fr-FR")


def _state(key: IndicatorKey, current: PeriodAggregate, previous: PeriodAggregate, fmt, **kw):
    result = evaluate(key, WINDOW, current, previous, **kw)
    return tile_state(result, WINDOW, fmt)


def test_the_tooltip_writes_numbers_as_the_tile_does_and_wraps(qapp, fr):
    current = PeriodAggregate(conversations=1, handling_sum=250.0, handling_n=1)
    previous = PeriodAggregate(conversations=1, handling_sum=340.0, handling_n=1)
    state = _state(IndicatorKey.HANDLING_TIME, current, previous, fr)
    change = state.trend_text.removeprefix("↓ ")
    assert change == f"−26,5{NBSP}%"
    document = QTextDocument()
    document.setHtml(state.tooltip)
    text = document.toPlainText().replace(NBSP, " ")
    assert f"down {change.removeprefix('−').replace(NBSP, ' ')}." in text, (
        "the tooltip's change is the tile's, decimal comma included, its sign said by the word"
    )
    assert "−26" not in text, "never a direction word and a minus sign both"
    assert state.value_text.replace(NBSP, " ") in text
    assert "26.5" not in text
    # As QToolTip shows it: a label that wraps only rich text.
    label = QLabel(state.tooltip)
    label.setWordWrap(QtGui.Qt.mightBeRichText(state.tooltip))
    assert label.sizeHint().width() <= TOOLTIP_WIDTH + 20, "wrapped at a readable width"
    assert len(text) > 150, "a long sentence, so the width is the wrap's doing"


def test_a_score_says_how_many_answers_it_is_made_of(qapp, fr):
    one = PeriodAggregate(conversations=1, nps_rated=1, nps_detractors=1)
    state = _state(IndicatorKey.NPS, one, PeriodAggregate(), fr)
    assert state.value_text == "−100 points"
    assert state.note == "From 1 answer. Too few to judge."
    many = PeriodAggregate(conversations=40, csat_rated=40, csat_satisfied=30)
    assert _state(IndicatorKey.CSAT, many, many, fr).note == "From 40 answers."


def test_zero_revenue_still_carries_its_currency(qapp, fr):
    state = _state(IndicatorKey.REVENUE, PeriodAggregate(), PeriodAggregate(), fr, currency="EUR")
    assert state.value_text == f"0,00{NBSP}€"
    assert state.previous_text == f"Last week: 0,00{NBSP}€"


def test_revenue_in_other_currencies_is_never_left_out_silently(qapp, fr):
    current = PeriodAggregate(conversations=3, transactions=2, revenue_milli=100_000, converted=2)
    left = (CurrencyAmount("USD", Decimal("42.50"), 1),)
    state = _state(IndicatorKey.REVENUE, current, current, fr, currency="EUR", left_out=left)
    assert state.value_text == f"100,00{NBSP}€"
    assert state.note == f"Not included: 42,50{NBSP}$ in USD (1 conversation)."
    basket = _state(IndicatorKey.AVERAGE_BASKET, current, current, fr, left_out=left)
    assert "42,50" in basket.note
    assert _state(IndicatorKey.CONVERSATIONS, current, current, fr, left_out=left).note == ""


def test_the_grid_uses_the_width():
    assert columns_for(514) == 2  # the minimum window
    assert columns_for(1394) == 6  # 1600 px wide
    # Activity 4, Satisfaction 2, Sales 2 on 6 columns: two bands, categories side by side.
    assert plan([4, 2, 2], 6) == [GroupPlace(0, 0, 4), GroupPlace(0, 4, 2), GroupPlace(1, 0, 2)]
    assert plan([4, 2, 2], 4) == [GroupPlace(0, 0, 4), GroupPlace(1, 0, 2), GroupPlace(1, 2, 2)]
    assert plan([4, 2], 2) == [GroupPlace(0, 0, 2), GroupPlace(1, 0, 2)]
