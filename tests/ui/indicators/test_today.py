"""The compact today window: the day's values, a click to the dashboard, always on top."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QCheckBox

from agentdesk.ui.events import SyncStatus
from agentdesk.ui.indicators.format import ValueFormatter
from agentdesk.ui.indicators.tile_words import comparison_tooltip
from agentdesk.ui.indicators.today import TodayWidget
from tests.conftest import DEMO_NOW
from tests.ui.indicators.conftest import SIGNAL_TIMEOUT_MS, report_for


@pytest.fixture
def today(qtbot, owned, ui_context) -> TodayWidget:  # type: ignore[no-untyped-def]
    widget = owned(TodayWidget(ui_context))
    with qtbot.waitSignal(widget.report_shown, timeout=SIGNAL_TIMEOUT_MS):
        widget.show()
    return widget


def test_it_shows_todays_values_not_the_weeks(today: TodayWidget, ui_context) -> None:
    fmt = ValueFormatter("fr-FR")
    day = report_for(ui_context, "day")
    expected = {r.key.value: fmt.value(r.spec.unit, r.value, r.currency) for r in day.indicators}
    assert today.value_texts() == expected
    week = report_for(ui_context, "week")
    assert expected != {
        r.key.value: fmt.value(r.spec.unit, r.value, r.currency) for r in week.indicators
    }
    trend = today.findChild(type(today.title_label), "todayTrend_conversations")
    assert trend.toolTip() == comparison_tooltip(day.indicators[0], day.window, fmt)
    assert "today so far" in trend.toolTip()


def test_a_click_or_enter_asks_for_the_dashboard(qtbot, today: TodayWidget) -> None:
    value = today.findChild(type(today.title_label), "todayValue_revenue")
    with qtbot.waitSignal(today.open_dashboard, timeout=1000):
        qtbot.mouseClick(value, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(today.open_dashboard, timeout=1000):
        qtbot.mouseClick(today.frame, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(today.open_dashboard, timeout=1000):
        qtbot.keyClick(today.frame, Qt.Key.Key_Return)


def test_it_can_stay_on_top(qtbot, today: TodayWidget) -> None:
    assert not today.is_always_on_top()
    today.pin_button.click()
    assert today.is_always_on_top()
    assert today.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert today.isVisible()
    today.set_always_on_top(False)
    assert not today.pin_button.isChecked()
    assert not today.is_always_on_top()


def test_keep_on_top_is_a_real_toggle(today: TodayWidget) -> None:
    assert isinstance(today.pin_button, QCheckBox), "a check box shows its state, a label does not"
    today.pin_button.setChecked(True)
    assert today.is_always_on_top()
    today.pin_button.setChecked(False)
    assert not today.is_always_on_top()


def test_offline_is_marked_with_the_time_of_the_figures(today: TodayWidget) -> None:
    assert today.offline_label.isHidden()
    today.show_sync_status(SyncStatus(online=False, last_synced_at=DEMO_NOW))
    assert today.offline_label.isVisible()
    assert today.offline_label.text() == "Offline"
    assert today.offline_label.toolTip().startswith("Offline — these figures were synced at ")
    today.show_sync_status(SyncStatus(online=True, last_synced_at=DEMO_NOW))
    assert today.offline_label.isHidden()


def test_it_opens_off_the_menu_bar_and_where_it_was_put(qtbot, make_window, synced_context):
    window = make_window(synced_context, start=False)
    window.start(sync=False)
    qtbot.waitUntil(lambda: window.today.widget is not None, timeout=SIGNAL_TIMEOUT_MS)
    widget = window.today.widget
    bar = window.menuBar()
    bar_rect = QRect(bar.mapToGlobal(QPoint(0, 0)), bar.size())
    assert not widget.frameGeometry().intersects(bar_rect), "it must not cover the menu bar"
    widget.move(QPoint(40, 300))
    window.today.action.trigger()  # Ctrl+T hides it
    assert synced_context.settings().today_position == (40, 300)
    window.today.close()
    window.today.show()
    assert window.today.widget.pos() == QPoint(40, 300)
