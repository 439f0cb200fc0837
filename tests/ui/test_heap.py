"""``heap.settle``: what is alive when it runs leaves the collector's walks; what is made after
is collected as before; a cycle it froze waits for the next ``settle``."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from agentdesk.ui.heap import settle


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
