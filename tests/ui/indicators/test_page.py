"""The indicators page against the demo workspace: what the agent reads on each tile."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QTextDocumentFragment
from PySide6.QtWidgets import QToolTip

from agentdesk.domain.catalogue import CATALOGUE, Category, IndicatorKey, Polarity
from agentdesk.domain.trend import Trend
from agentdesk.ui.indicators.format import ValueFormatter
from agentdesk.ui.indicators.page import IndicatorsPage
from agentdesk.ui.indicators.tile import IndicatorTile
from agentdesk.ui.indicators.tile_words import comparison_tooltip
from agentdesk.ui.theme import DARK, LIGHT
from tests.ui.indicators.conftest import SIGNAL_TIMEOUT_MS, report_for, switch_to


def expected_colour(trend: Trend, polarity: Polarity, colors=LIGHT) -> str:  # type: ignore[no-untyped-def]
    """Written out independently of the page: direction is not judgement."""
    if trend is Trend.NONE:
        return colors.muted_text
    if trend is Trend.STABLE:
        return colors.neutral
    good = (trend is Trend.UP) == (polarity is Polarity.HIGHER_IS_BETTER)
    return colors.good if good else colors.bad


def plain(tooltip: str) -> str:
    """A tooltip's words, as read (its rich text and non-breaking spaces aside)."""
    return QTextDocumentFragment.fromHtml(tooltip).toPlainText().replace("\u00a0", " ")


def text_colour(tile: IndicatorTile) -> str:
    return tile.trend_label.palette().color(QPalette.ColorRole.WindowText).name()


def test_opens_on_the_week_with_the_admins_tiles_in_order_under_their_categories(
    shown_page: IndicatorsPage, ui_context
) -> None:
    report = report_for(ui_context, "week")
    assert shown_page.period() == "week"
    assert shown_page.switch.button("week").isChecked()
    keys = [r.key.value for r in report.indicators]
    assert list(shown_page.tiles()) == keys
    assert 0 < len(keys) <= 10
    for heading in shown_page.grid.headings.values():
        assert heading.isVisible()
    for tile in shown_page.tiles().values():
        # Under its own category's heading: the nearest heading above it, spanning its column.
        above = [
            (tile.y() - h.y(), category)
            for category, h in shown_page.grid.headings.items()
            if h.y() < tile.y() and h.x() <= tile.x() < h.x() + h.width()
        ]
        assert min(above)[1] is CATALOGUE[IndicatorKey(tile.key)].category
    assert (
        set(shown_page.grid.headings)
        == {CATALOGUE[IndicatorKey(k)].category for k in keys}
        == {Category.ACTIVITY, Category.SATISFACTION, Category.SALES}
    )
    # Numbers are French (fr-FR agent); day and month names follow the English window.
    assert shown_page.period_label.text() == "This week, Mon 16 Nov – now"


@pytest.mark.parametrize("sequence", [("day", "month", "week"), ("month", "day")])
def test_switching_periods_updates_every_tile_to_the_services_report(
    qtbot, shown_page: IndicatorsPage, ui_context, sequence: tuple[str, ...]
) -> None:
    tiles_before = dict(shown_page.tiles())
    fmt = ValueFormatter("fr-FR")
    for period in sequence:
        switch_to(qtbot, shown_page, period)
        assert shown_page.period() == period
        assert shown_page.switch.button(period).isChecked()
        report = report_for(ui_context, period)
        for result in report.indicators:
            tile = shown_page.tiles()[result.key.value]
            assert tile.value_label.text() == fmt.value(
                result.spec.unit, result.value, result.currency
            ), (period, result.key)
            previous = fmt.value(result.spec.unit, result.previous, result.currency)
            assert tile.previous_label.text().endswith(previous), (period, result.key)
            expected = comparison_tooltip(result, report.window, fmt)
            assert tile.trend_label.toolTip() == expected
    assert shown_page.tiles() == tiles_before, "a period switch must reuse the tiles"


def test_the_period_switch_is_keyboard_accessible(qtbot, shown_page: IndicatorsPage) -> None:
    week = shown_page.switch.button("week")
    week.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(shown_page.period_changed, timeout=SIGNAL_TIMEOUT_MS) as changed:
        qtbot.keyClick(week, Qt.Key.Key_Right)
    assert changed.args == ["month"]
    assert shown_page.period() == "month"
    with qtbot.waitSignal(shown_page.period_changed, timeout=SIGNAL_TIMEOUT_MS) as changed:
        qtbot.keyClick(shown_page.switch, Qt.Key.Key_Home)
    assert changed.args == ["day"]


def test_a_tiles_tooltip_is_the_comparison_sentence_and_focus_shows_it(
    qtbot, shown_page: IndicatorsPage, ui_context
) -> None:
    result = report_for(ui_context, "week").indicators[0]
    tile = shown_page.tiles()[result.key.value]
    sentence = tile.trend_label.toolTip()
    assert sentence == tile.toolTip()
    words = plain(sentence)
    assert "this week so far (Mon 16 Nov 00:00 – Wed 18 Nov 15:00)" in words
    assert "over the same span last week (Mon 9 Nov 00:00 – Wed 11 Nov 15:00)" in words
    change = plain(tile.trend_label.text().split(" ", 1)[1])  # "−6,8 %" on the tile
    assert f"down {change.removeprefix('−')}." in words, "the size as the tile says it, unsigned"
    shown_page.activateWindow()
    qtbot.waitUntil(shown_page.isActiveWindow, timeout=SIGNAL_TIMEOUT_MS)
    tile.setFocus(Qt.FocusReason.TabFocusReason)
    assert tile.hasFocus()
    qtbot.waitUntil(QToolTip.isVisible, timeout=SIGNAL_TIMEOUT_MS)
    assert QToolTip.text() == sentence
    QToolTip.hideText()


@pytest.mark.parametrize("period", ["day", "week", "month"])
def test_trend_colour_follows_the_indicators_polarity(
    qtbot, shown_page: IndicatorsPage, ui_context, period: str
) -> None:
    if period != "week":
        switch_to(qtbot, shown_page, period)
    for result in report_for(ui_context, period).indicators:
        tile = shown_page.tiles()[result.key.value]
        assert text_colour(tile) == expected_colour(result.trend, result.spec.polarity), (
            result.key,
            result.trend,
        )


def test_a_falling_handling_time_is_good_news_in_green(
    shown_page: IndicatorsPage, ui_context
) -> None:
    result = next(
        r for r in report_for(ui_context, "week").indicators if r.key is IndicatorKey.HANDLING_TIME
    )
    assert result.trend is Trend.DOWN  # the seeded demo week: 21 min against 37 min
    tile = shown_page.tiles()["handling_time"]
    assert tile.trend_label.text().startswith("↓ −")
    assert tile.trend_label.property("trend") == "good"
    assert text_colour(tile) == LIGHT.good


def test_the_theme_change_recolours_the_trends(qtbot, shown_page: IndicatorsPage, ui_context):
    ui_context.theme.set_mode("dark")
    tile = shown_page.tiles()["handling_time"]
    assert text_colour(tile) == DARK.good
    ui_context.theme.set_mode("light")
    assert text_colour(tile) == LIGHT.good


def test_nothing_to_measure_reads_dash_with_the_reason_in_the_tooltip(
    qtbot, make_page, make_ui_context, synced_context
) -> None:
    # Five past midnight in Paris: nothing has been closed today yet.
    ui = make_ui_context(synced_context, clock=lambda: datetime(2026, 11, 17, 23, 5, tzinfo=UTC))
    page = make_page(ui)
    switch_to(qtbot, page, "day")
    conversations = page.tiles()["conversations"]
    assert conversations.value_label.text() == "0"  # a count is 0, not missing
    handling = page.tiles()["handling_time"]
    assert handling.value_label.text() == "—"
    assert "— (no conversation closed in this span)" in plain(handling.trend_label.toolTip())
    assert handling.trend_label.text() == "no trend"
    assert text_colour(handling) == LIGHT.muted_text


def test_before_any_sync_the_page_says_so(make_page, make_ui_context, app_context) -> None:
    page = make_page(make_ui_context(app_context))
    assert page.stack.currentWidget() is page.empty_label
    assert page.empty_label.isVisible()
    assert "Nothing has been synced yet" in page.empty_label.text()
    assert page.tiles() == {}


def test_new_data_is_picked_up_when_the_store_changes(
    qtbot, shown_page: IndicatorsPage, ui_context
) -> None:
    with qtbot.waitSignal(shown_page.report_shown, timeout=SIGNAL_TIMEOUT_MS) as shown:
        ui_context.events.data_changed.emit()
    assert shown.args == ["week"]


def test_a_new_admin_list_after_a_sync_rebuilds_the_tiles_in_its_order(
    qtbot, shown_page: IndicatorsPage, ui_context
) -> None:
    store = ui_context.app.store()
    chosen = ("nps", "transactions", "unknown_key", "handling_time")
    store.save_settings(replace(store.load_settings(), indicators=chosen))
    with qtbot.waitSignal(shown_page.report_shown, timeout=SIGNAL_TIMEOUT_MS):
        ui_context.events.data_changed.emit()
    assert list(shown_page.tiles()) == ["nps", "transactions", "handling_time"]
    qtbot.waitUntil(lambda: len(shown_page.grid.findChildren(IndicatorTile)) == 3, timeout=5000)
    assert [h.objectName() for h in shown_page.grid.headings.values()] == [
        "categoryHeader_satisfaction",
        "categoryHeader_sales",
        "categoryHeader_activity",
    ]
    store.save_settings(replace(store.load_settings(), indicators=()))
    with qtbot.waitSignal(shown_page.report_shown, timeout=SIGNAL_TIMEOUT_MS):
        ui_context.events.data_changed.emit()
    assert shown_page.stack.currentWidget() is shown_page.empty_label
    assert "administrator has not chosen any indicator" in shown_page.empty_label.text()
