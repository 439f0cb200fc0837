"""Sync progress that tells the truth: one bar that never goes back, phases named with their
counts and totals, stored data shown while the rest arrives, and a short sync acknowledged."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from agentdesk.sync.report import SyncProgress
from agentdesk.ui.events import SyncStatus
from agentdesk.ui.indicators.format import locale_for


def _n(value: int) -> str:
    return locale_for(QLocale().name()).toString(value)  # never bare "C": "35,000"


def _tick(phase: str, fraction: float | None, done: int, total: int | None = None) -> SyncProgress:
    return SyncProgress(phase, 40_000, 40_000, 0, 0, fraction, done, total)


def test_the_bar_never_goes_back_and_names_each_phase(qtbot, make_window, synced_context):
    window = make_window(synced_context, start=False)
    sync, label = window.sync, window.status_area.label
    fractions: list[float] = []
    window.ui.events.sync_status_changed.connect(
        lambda s: s.fraction is not None and fractions.append(s.fraction)
    )
    sync._set_status(SyncStatus(running=True))
    sync.publish(_tick("paused", None, 120))
    assert label.text() == "Syncing paused conversations… 120 fetched"
    sync.publish(_tick("closed", 0.88, 35_000))
    assert label.text() == f"Syncing closed conversations… {_n(35_000)} fetched"
    sync.publish(_tick("search index", 0.05, 2_000, 40_000))
    assert label.text() == f"Updating the search index… {_n(2_000)} of {_n(40_000)}"
    sync.publish(_tick("search index", 0.55, 22_000, 40_000))
    assert fractions == sorted(fractions), f"the bar went back: {fractions}"
    assert fractions[-1] > fractions[1], "the index phase moves the bar on from the closed one"


def test_each_new_phase_shows_what_is_already_stored(qtbot, make_window, synced_context):
    window = make_window(synced_context, start=False)
    sync = window.sync
    sync._set_status(SyncStatus(running=True))
    sync.publish(_tick("closed", 0.5, 100))
    with qtbot.waitSignal(window.ui.events.data_changed, timeout=1000):
        sync.publish(_tick("search index", 0.0, 0, 100))


def test_a_short_sync_says_up_to_date(qtbot, make_window, synced_context):
    window = make_window(synced_context, start=False)
    window.sync._set_status(SyncStatus(running=True))
    window.sync._set_status(SyncStatus(running=False, last_synced_at=window.ui.clock()))
    assert window.status_area.label.text() == "Up to date"


def test_a_first_sync_is_not_nothing_synced(qtbot, make_window, app_context):
    window = make_window(app_context, start=False)
    page = window.pages["indicators"]
    qtbot.waitUntil(lambda: page.empty_label.text().startswith("Nothing has been synced"))
    window.sync._set_status(SyncStatus(running=True))
    assert page.empty_label.text().startswith("The first sync is under way.")
