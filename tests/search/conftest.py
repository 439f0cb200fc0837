"""Closed conversations of the seeded demo generator, as the index sees them, and one index of
them built per test module (building is the slow part)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from agentdesk.demo import generate_workspace
from agentdesk.domain.search_records import MessageText, SearchableConversation
from agentdesk.platform.records import parse_conversation
from agentdesk.search.index import SearchIndex
from tests.conftest import DEMO_NOW, DEMO_SEED
from tests.search.reference import Record
from tests.search.whoosh_paths import on_both_paths, whoosh_path

__all__ = ["whoosh_path"]  # a fixture: every test here runs on both Whoosh paths


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    on_both_paths(metafunc)


DEMO_SIZE = 400


@functools.cache
def demo_records(size: int = DEMO_SIZE) -> tuple[Record, ...]:
    closed = generate_workspace(DEMO_SEED, size, DEMO_NOW).ordered("closed")
    return tuple(closed.record_at(position) for position in range(len(closed)))


def searchable(record: Record) -> SearchableConversation:
    c = parse_conversation(record)
    assert c.closed_at is not None
    return SearchableConversation(
        id=c.id,
        closed_at=c.closed_at,
        updated_at=c.updated_at,
        channel=c.channel,
        contact_name=c.contact.name,
        category=c.category,
        tags=c.tags,
        csat=c.csat,
        nps=c.nps,
        closing_note=c.closing_note,
        messages=tuple(MessageText(m.id, m.text) for m in c.messages),
    )


def build(
    root: Path, conversations: list[SearchableConversation], parallel_from: int | None = None
) -> SearchIndex:
    index = SearchIndex(root)
    batches = [conversations[i : i + 100] for i in range(0, len(conversations), 100)]
    index.build(batches, parallel_from=parallel_from)
    return index


MakeIndex = Callable[[list[SearchableConversation]], SearchIndex]


@pytest.fixture
def make_index(tmp_path: Path) -> Iterator[MakeIndex]:
    """``make_index(conversations)``: a new index of them (closed after the test)."""
    made: list[SearchIndex] = []

    def make(conversations: list[SearchableConversation]) -> SearchIndex:
        made.append(build(tmp_path / f"index-{len(made)}", conversations))
        return made[-1]

    yield make
    for index in made:
        index.close()


@pytest.fixture(scope="module")
def demo_index(tmp_path_factory: pytest.TempPathFactory, whoosh_path: str) -> Iterator[SearchIndex]:
    """Read-only: an index of the demo records; tests that write build their own. One per
    Whoosh path, so that nothing read on one path is reused on the other. Built as a big
    rebuild is, with a helper process writing some of its segments (``search.helper``), so
    that every search test checks an index put together from two processes' segments."""
    records = [searchable(r) for r in demo_records()]
    index = build(tmp_path_factory.mktemp("index"), records, parallel_from=100)
    yield index
    index.close()
