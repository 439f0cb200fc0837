"""``heap.settle``: what is alive when it runs leaves the collector's walks; what is made after
is collected as before; a cycle it froze waits for the next ``settle``. ``ScrollCollections``:
no full collection while a view scrolls, the one that came due when the scroll is over."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from agentdesk.ui.heap import FULL_AFTER, NEVER, ScrollCollections, settle


class _Node:
    me: object = None


@pytest.fixture
def thawed() -> Iterator[None]:
    yield
    gc.unfreeze()  # the rest of the suite runs with the collector as it was


def _cycle() -> weakref.ref[_Node]:
    node = _Node()
    node.me = node
    return weakref.ref(node)


def test_settle_freezes_what_lives_and_still_collects_what_comes_after(thawed: None) -> None:
    before = _cycle()  # garbage already: settle collects it first
    kept = _Node()
    kept.me = kept
    settle()
    assert before() is None
    assert gc.get_freeze_count() > 0
    assert not any(found is kept for found in gc.get_objects())  # out of every walk
    after = _cycle()
    assert after() is not None
    gc.collect()
    assert after() is None  # the collector is still on


def test_a_frozen_cycle_is_collected_at_the_next_settle(thawed: None) -> None:
    node = _Node()
    node.me = node
    gone = weakref.ref(node)
    settle()
    del node
    gc.collect()
    assert gone() is not None  # frozen: no collection sees it...
    settle()
    assert gone() is None  # ...until settle unfreezes and collects


@pytest.fixture
def threshold() -> Iterator[None]:
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)


def _garbage_in_the_oldest_generation() -> weakref.ref[_Node]:
    """A cycle that became garbage after it reached the third generation: only a full
    collection frees it."""
    node = _Node()
    node.me = node
    gc.collect(1)  # it survives, and moves to the oldest generation
    assert any(found is node for found in gc.get_objects(2))
    return weakref.ref(node)


def test_a_scroll_holds_full_collections_until_it_is_over(qtbot: QtBot, threshold: None) -> None:
    view = QObject()
    collections = ScrollCollections(view)
    collections.frame()
    assert collections.held
    assert gc.get_threshold()[2] == NEVER
    gone = _garbage_in_the_oldest_generation()
    for _ in range(FULL_AFTER + 1):  # young collections go on, and make a full one due
        gc.collect(1)
    assert gone() is not None
    qtbot.waitUntil(lambda: not collections.held, timeout=10_000)  # no frame for a while
    assert gc.get_threshold()[2] == FULL_AFTER
    assert gone() is None  # the full collection that came due ran then


def test_the_threshold_comes_back_when_every_view_stopped_or_went(
    qtbot: QtBot, threshold: None
) -> None:
    first, second = QObject(), QObject()
    one, two = ScrollCollections(first), ScrollCollections(second)
    one.frame()
    two.frame()
    one.release()
    assert gc.get_threshold()[2] == NEVER  # the other still scrolls
    with qtbot.waitSignal(second.destroyed, timeout=10_000):
        second.deleteLater()
    assert not two.held
    assert gc.get_threshold()[2] == FULL_AFTER
