"""The window makes the page it opens on, and the others once that page has shown its first
answer (``ui/page_stack.py``): a start pays for one page, and nothing of the others is lost."""

from __future__ import annotations

from agentdesk.ui.events import AppEvents, SyncStatus
from agentdesk.ui.nav_badge import BADGE_ROLE


def _made(window) -> set[str]:
    return {page.objectName() for page in window.pages.made()}


def test_only_the_page_shown_is_made_until_the_window_starts(make_window, synced_context):
    window = make_window(synced_context, start=False)
    assert _made(window) == {"indicatorsPage"}
    assert set(window.pages) == {"indicators", "closed", "paused"}
    assert "closed" in window.pages
    assert _made(window) == {"indicatorsPage"}  # asking whether it has one makes none
    assert window.stack.count() == window.navigation.count() == 3


def test_a_page_is_made_when_it_is_shown_or_asked_for(qtbot, make_window, synced_context):
    window = make_window(synced_context, start=False)
    window.show_page("paused")
    assert window.stack.currentWidget().objectName() == "pausedPage"
    assert window.pages["closed"].objectName() == "closedPage"
    assert _made(window) == {"indicatorsPage", "pausedPage", "closedPage"}
    assert window.stack.count() == 3
    assert window.current_key == "paused"  # making another page did not move the stack


def test_the_other_pages_follow_the_first_answer(qtbot, make_window, synced_context):
    window = make_window(synced_context, start=False)
    with qtbot.waitSignal(window.pages_made, timeout=20_000):
        window.start()
    assert len(window.pages.made()) == 3
    order = [window.stack.widget(i).objectName() for i in range(window.stack.count())]
    assert order == ["indicatorsPage", "closedPage", "pausedPage"]
    assert window.stack.currentWidget().objectName() == "indicatorsPage"
    badge_item = window.navigation.item(2)
    # The paused page, made late, still puts its count beside its name.
    qtbot.waitUntil(lambda: badge_item.data(BADGE_ROLE) is not None, timeout=20_000)
    assert badge_item.data(BADGE_ROLE).isdigit()


def test_a_page_made_late_hears_the_sync_status_it_missed(qapp):
    events = AppEvents()
    heard: list[SyncStatus] = []
    events.follow_sync_status(heard.append)
    assert heard == []  # nothing announced yet: nothing to say
    offline = SyncStatus(online=False, error="The server cannot be reached.")
    events.sync_status_changed.emit(offline)
    late: list[SyncStatus] = []
    events.follow_sync_status(late.append)
    assert late == [offline]
    assert heard == [offline]
    events.deleteLater()
