"""Background sync seen from the window: progress, the offline banner, a loop that keeps turning."""

from __future__ import annotations

import itertools
import shutil
import threading
import time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer

from agentdesk.services.context import AppContext
from agentdesk.services.last_sync import last_synced_at
from agentdesk.services.paths import AppPaths
from agentdesk.sync.report import SyncProgress
from agentdesk.ui.context import system_clock
from agentdesk.ui.status_area import PROGRESS_DELAY_MS
from agentdesk.ui.time_words import local_clock
from tests.conftest import DEMO_TOKEN


def _tile_values(window) -> dict[str, str]:
    return {k: t.value_label.text() for k, t in window.pages["indicators"].tiles().items()}


def _shown(window) -> bool:
    values = _tile_values(window)
    return bool(values) and all(v not in ("", "…") for v in values.values())


def test_offline_banner_while_pages_keep_showing_the_store(
    qtbot, make_window, synced_context: AppContext, demo_server
):
    synced_at = last_synced_at(synced_context)
    assert synced_at is not None
    demo_server.stop()
    window = make_window(synced_context, clock=system_clock)
    banner = window.offline_banner
    qtbot.waitUntil(lambda: not banner.isHidden(), timeout=20_000)
    # One clock: the agent's /me zone (Paris), not the machine's (UTC here), and it says so.
    zone = ZoneInfo(synced_context.store().load_profile().timezone)
    paris = synced_at.astimezone(zone)
    expected = (
        f"{paris:%H:%M} {paris.tzname()}"
        if zone.utcoffset(synced_at) != synced_at.astimezone().utcoffset()
        else f"{paris:%H:%M}"
    )
    qtbot.waitUntil(lambda: banner.sentence == f"Offline — showing what was synced at {expected}.")
    assert local_clock(synced_at, zone) == expected
    assert banner.action_button.text() == "Try again"
    assert banner.details_button.isVisible(), "the technical reason is one click away"
    assert window.status_area.label.text().startswith("Offline")
    qtbot.waitUntil(lambda: _shown(window), timeout=10_000)
    assert _tile_values(window)["conversations"] != "—"
    assert window.error_banner.isHidden(), "being offline is not an error to dismiss"


def test_the_banner_goes_once_the_server_answers_again(
    qtbot, make_window, synced_context: AppContext, demo_server, make_demo_server
):
    port = int(demo_server.url.rsplit(":", 1)[1])
    demo_server.stop()
    window = make_window(synced_context)
    qtbot.waitUntil(lambda: not window.offline_banner.isHidden(), timeout=20_000)
    make_demo_server(port=port)
    window.offline_banner.action_button.click()
    qtbot.waitUntil(window.offline_banner.isHidden, timeout=20_000)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
    assert window.status_area.label.text().startswith("Up to date")  # a sync acknowledges itself


SLOW_SECONDS = 2.0


def test_the_event_loop_keeps_turning_during_a_slow_sync(qtbot, make_window, make_demo_server):
    """Every request answers after 2 s: had one of them run on the GUI thread, the loop would
    stop for 2 s. The bound is well below that and well above what a loaded machine's scheduler
    or the pages' redraw at the end of the sync cost the loop."""
    server = make_demo_server(faults=f"slow@1-,slow_seconds={SLOW_SECONDS:g}")
    ctx = AppContext(
        paths=AppPaths.from_environment().ensure(),
        server_override=server.url,
        token_override=DEMO_TOKEN,
    )
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    window = make_window(ctx)
    assert window.sync.running
    progress = window.status_area.progress
    qtbot.wait(PROGRESS_DELAY_MS // 2)
    assert progress.isHidden(), "no progress bar flashes for a sync that may be quick"
    qtbot.waitUntil(lambda: not progress.isHidden(), timeout=5000)
    assert window.status_area.label.text().startswith("Syncing")
    qtbot.waitUntil(lambda: not window.sync.running, timeout=60_000)
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert ticks[-1] - ticks[0] > 4, "the sync really was slow"
    # A request on the GUI thread stalls it the whole 2 s. The longest honest pause is the pages
    # redrawing once the sync ends (0.18 s at load 3; 0.78 s once, in a full run beside other
    # suites): the bound sits between the two.
    assert max(gaps) < SLOW_SECONDS * 0.6, f"the GUI thread stalled for {max(gaps):.2f} s"
    assert progress.isHidden()
    assert window.status_area.label.text().startswith("Up to date")  # a sync acknowledges itself
    ctx.close()


def test_a_sync_that_writes_announces_data_changed(qtbot, make_window, app_context: AppContext):
    window = make_window(app_context, start=False)
    with qtbot.waitSignal(window.ui.events.data_changed, timeout=20_000):
        window.start()
    qtbot.waitUntil(lambda: _shown(window), timeout=10_000)


def test_progress_is_published_at_most_ten_times_a_second(qtbot, make_window, make_demo_server):
    """However fast the engine reports, the status bar hears about it every 100 ms at most."""
    server = make_demo_server(faults=f"slow@1-,slow_seconds={SLOW_SECONDS:g}")
    ctx = AppContext(
        paths=AppPaths.from_environment().ensure(),
        server_override=server.url,
        token_override=DEMO_TOKEN,
    )
    window = make_window(ctx)
    statuses: list[tuple[float, int]] = []
    window.ui.events.sync_status_changed.connect(
        lambda s: statuses.append((time.monotonic(), s.fetched))
    )
    stop = threading.Event()

    def flood() -> None:  # the engine's callback, called from a worker thread
        n = 0
        while not stop.is_set():
            n += 1
            window.sync._remember(SyncProgress("closed", n, n, 0, 0, None))

    def published() -> list[float]:
        return [at for at, fetched in statuses if fetched > 0]

    thread = threading.Thread(target=flood)
    thread.start()
    try:
        # However long a loaded machine takes to turn the loop eight times (a fixed one-second
        # wait once saw only four publications on a CI run sharing its cores).
        qtbot.waitUntil(lambda: len(published()) >= 8, timeout=30_000)
    finally:
        stop.set()
        thread.join()
    assert window.sync.running
    # The property itself, however long the wait was stretched by load: publications
    # at least ~100 ms apart (a little slack for timer jitter), and not starved either.
    # The flood calls back millions of times a second; what reaches the status bar is the
    # 100 ms timer's publications, give or take the real sync's own events (started, done,
    # the last sync's time) racing beside it. Unthrottled, this would be thousands.
    ticks = published()
    assert (len(ticks) - 1) / (ticks[-1] - ticks[0]) <= 15, statuses
    qtbot.waitUntil(lambda: not window.sync.running, timeout=60_000)
    ctx.close()


def test_a_sync_whose_index_cannot_be_written_says_so_in_the_window(
    qtbot, make_window, app_context: AppContext
):
    index = app_context.paths.index
    if index.is_dir():
        shutil.rmtree(index)
    index.write_text("not a folder")  # no index can be written, even by root
    window = make_window(app_context)
    banner = window.error_banner
    qtbot.waitUntil(lambda: not banner.isHidden(), timeout=60_000)
    assert banner.sentence.startswith("The conversations are synced, but the search index")
    assert "search by id or filters still work" in banner.sentence
    assert banner.details_button.isVisible(), "the technical reason is one click away"
    assert window.sync.status.new > 0, "the conversations themselves were stored"
    assert window.offline_banner.isHidden()
