"""One tile on its own: activation by mouse and keyboard, and values too long for it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from agentdesk.domain.catalogue import IndicatorKey
from agentdesk.ui.indicators.presentation import TileState, Verdict
from agentdesk.ui.indicators.style import indicators_style
from agentdesk.ui.indicators.tile import IndicatorTile
from agentdesk.ui.theme import LIGHT


def state(value_text: str) -> TileState:
    return TileState(
        key="revenue",
        name="Revenue",
        value_text=value_text,
        previous_text="Last month: 0",
        trend_text="↑ from 0",
        trend_words="up, good",
        verdict=Verdict.GOOD,
        tooltip="Revenue this month so far …",
    )


@pytest.fixture
def tile(qtbot, owned) -> IndicatorTile:  # type: ignore[no-untyped-def]
    made = owned(IndicatorTile(IndicatorKey.REVENUE))
    made.setStyleSheet(indicators_style(LIGHT))  # as the page sets it
    made.set_state(state("7 355,96 €"))
    made.show()
    qtbot.waitExposed(made)
    return made


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_keys_activate_a_tile(qtbot, tile: IndicatorTile, key: Qt.Key) -> None:
    with qtbot.waitSignal(tile.activated, timeout=1000) as activated:
        qtbot.keyClick(tile, key)
    assert activated.args == ["revenue"]


def test_a_click_activates_a_tile_and_other_keys_do_not(qtbot, tile: IndicatorTile) -> None:
    with qtbot.waitSignal(tile.activated, timeout=1000):
        qtbot.mouseClick(tile.value_label, Qt.MouseButton.LeftButton)
    with qtbot.assertNotEmitted(tile.activated, wait=50):
        qtbot.keyClick(tile, Qt.Key.Key_A)
        qtbot.mouseClick(tile, Qt.MouseButton.RightButton)


def test_a_value_too_long_for_the_tile_is_written_smaller_not_clipped(tile: IndicatorTile):
    assert tile.value_label.property("fit") == "normal"
    normal = tile.value_label.font().pointSizeF()
    tile.set_state(state("12\u202f345\u202f678,90\u00a0€"))
    assert tile.value_label.property("fit") == "small"
    assert tile.value_label.font().pointSizeF() < normal
    assert tile.value_label.sizeHint().width() <= tile.contentsRect().width()
    assert tile.accessibleName() == "Revenue: 12\u202f345\u202f678,90\u00a0€"
