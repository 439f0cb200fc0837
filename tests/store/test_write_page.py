"""write_page, apply_conversation and retain_paused: what is written, counted and announced."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import event

from agentdesk.domain.models import ConversationStatus
from agentdesk.store import EMPTY, OutboxEntry, PageOutcome, Store, SyncState
from agentdesk.store import outbox as outbox_module
from agentdesk.store.rows import (
    CONVERSATION_COLUMNS,
    MESSAGE_COLUMNS,
    TAG_COLUMNS,
    TRANSACTION_COLUMNS,
)
from agentdesk.store.schema import Base, ConversationRow, MessageRow, TagRow, TransactionRow
from tests.store.conftest import (
    CLOSED,
    OPEN,
    PAUSED,
    T0,
    conversation,
    exchange,
    minutes,
    paused,
    transaction,
)

STATE = SyncState(since=T0, since_id="c-2", cursor="page-2")


def _ops(store: Store) -> list[tuple[str, str]]:
    return [(e.conversation_id, e.op) for e in store.outbox_batch()]


def _later(c: object, seconds: int = 60) -> object:
    return replace(c, updated_at=c.updated_at + timedelta(seconds=seconds))  # type: ignore[attr-defined]


def test_new_updated_and_unchanged_are_counted(store: Store) -> None:
    first = store.write_page(CLOSED, [conversation("c-1"), conversation("c-2")], STATE)
    assert first == PageOutcome(new=("c-1", "c-2"), updated=(), unchanged=0)

    again = [conversation("c-1"), _later(conversation("c-2")), conversation("c-3")]
    second = store.write_page(CLOSED, again, STATE)  # type: ignore[arg-type]
    assert second == PageOutcome(new=("c-3",), updated=("c-2",), unchanged=1)
    assert store.counts().closed == 3


def test_an_unchanged_conversation_is_not_rewritten(store: Store) -> None:
    store.write_page(CLOSED, [conversation("c-1")], STATE)
    # Same updated_at, different content: the stored one is trusted, not rewritten.
    same_instant = conversation("c-1", csat=1)
    assert store.write_page(CLOSED, [same_instant], STATE).unchanged == 1
    assert store.conversation("c-1") == conversation("c-1")
    assert _ops(store) == [("c-1", "upsert")]


def test_children_are_replaced_not_duplicated(store: Store) -> None:
    original = conversation(
        "c-1",
        tags=("refund", "vip"),
        transactions=(transaction("t-1", "10.00"), transaction("t-2", "5.50")),
        messages=exchange("c-1", T0, replies=3),
    )
    store.write_page(CLOSED, [original], STATE)
    assert store.counts().messages == 6

    edited = replace(
        original,
        updated_at=original.updated_at + minutes(5),
        tags=("vip",),
        transactions=(transaction("t-2", "5.50"),),
        messages=exchange("c-1", T0, replies=2),
    )
    assert store.write_page(CLOSED, [edited], STATE).updated == ("c-1",)
    assert store.conversation("c-1") == edited
    assert store.counts().messages == 4
    assert store.aggregate(T0, T0 + timedelta(days=1)).transactions == 1


def test_a_closed_conversation_is_announced_to_the_index(store: Store) -> None:
    store.write_page(CLOSED, [conversation("c-1")], STATE)
    store.write_page(CLOSED, [_later(conversation("c-1"))], STATE)  # type: ignore[list-item]
    assert _ops(store) == [("c-1", "upsert"), ("c-1", "upsert")]


def test_a_paused_conversation_is_not_announced(store: Store) -> None:
    store.write_page(PAUSED, [paused("p-1")], STATE)
    assert _ops(store) == []
    assert store.counts().paused == 1


def test_closed_then_paused_is_deleted_from_the_index(store: Store) -> None:
    store.write_page(CLOSED, [conversation("c-1")], STATE)
    later = paused("c-1", updated_at=T0 + timedelta(hours=2))
    assert store.write_page(PAUSED, [later], STATE).updated == ("c-1",)
    assert _ops(store) == [("c-1", "upsert"), ("c-1", "delete")]
    assert store.all_conversation_ids(PAUSED) == {"c-1"}
    assert store.all_conversation_ids(CLOSED) == set()


def test_paused_then_closed_is_indexed(store: Store) -> None:
    store.write_page(PAUSED, [paused("c-1")], STATE)
    closed = conversation("c-1", updated_at=T0 + timedelta(hours=2))
    store.write_page(CLOSED, [closed], STATE)
    assert _ops(store) == [("c-1", "upsert")]


def test_an_open_conversation_is_deleted(store: Store) -> None:
    store.write_page(CLOSED, [conversation("c-1"), conversation("c-2")], STATE)
    store.write_page(PAUSED, [paused("p-1")], STATE)
    reopened = [
        conversation("c-1", status=OPEN, closed_at=None, updated_at=T0 + timedelta(hours=3)),
        paused("p-1", status=OPEN, updated_at=T0 + timedelta(hours=3)),
        conversation("x-9", status=OPEN, closed_at=None),  # never stored: nothing to do
    ]
    outcome = store.write_page(CLOSED, reopened, STATE)
    assert outcome == PageOutcome(new=(), updated=(), unchanged=1, removed=("c-1", "p-1"))
    assert store.all_conversation_ids() == {"c-2"}
    assert store.conversation("c-1") is None
    assert store.counts().messages == 2
    # Only the closed one was in the index.
    assert _ops(store)[-1:] == [("c-1", "delete")]
    assert ("p-1", "delete") not in _ops(store)


def test_a_page_with_an_id_twice_keeps_the_last(store: Store) -> None:
    old, new = conversation("c-1"), conversation("c-1", csat=5, updated_at=T0 + timedelta(hours=1))
    outcome = store.write_page(CLOSED, [old, new], STATE)
    assert outcome == PageOutcome(new=("c-1",), updated=(), unchanged=1)
    stored = store.conversation("c-1")
    assert stored is not None
    assert stored.csat == 5


def test_apply_conversation_writes_or_deletes(store: Store) -> None:
    store.apply_conversation(paused("p-1"))
    assert store.all_conversation_ids(PAUSED) == {"p-1"}
    store.apply_conversation(paused("p-1", status=OPEN, updated_at=T0 + timedelta(hours=1)))
    assert store.all_conversation_ids() == set()
    store.apply_conversation(conversation("c-1"))
    assert _ops(store) == [("c-1", "upsert")]


def test_retain_paused_removes_the_unseen_ones_only(store: Store) -> None:
    store.write_page(CLOSED, [conversation("c-1")], STATE)
    store.write_page(PAUSED, [paused("p-1"), paused("p-2"), paused("p-3")], STATE)
    assert store.retain_paused(["p-2", "unknown"]) == ("p-1", "p-3")
    assert store.all_conversation_ids(PAUSED) == {"p-2"}
    assert store.all_conversation_ids(CLOSED) == {"c-1"}
    assert store.retain_paused(["p-2"]) == ()


def test_sync_state_round_trip(store: Store) -> None:
    assert store.sync_state(CLOSED) == EMPTY == SyncState.EMPTY
    store.write_page(CLOSED, [conversation("c-1")], STATE)
    store.write_page(PAUSED, [], SyncState(since=T0 + minutes(1), since_id="p-9", cursor=None))
    assert store.sync_state(CLOSED) == STATE
    assert store.sync_state(PAUSED) == SyncState(T0 + minutes(1), "p-9", None)
    store.reset_sync_state()
    assert store.sync_state(CLOSED) == EMPTY
    assert store.all_conversation_ids() == {"c-1"}  # a full sync starts over, data stays


def test_a_failing_page_writes_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.write_page(CLOSED, [conversation("c-1")], STATE)
    before = (store.counts(), store.outbox_batch(), store.conversation("c-1"))

    def crash(*_args: object) -> None:
        raise OSError("power cut after the children were written")

    monkeypatch.setattr(outbox_module, "add", crash)
    page = [
        conversation("c-2"),
        conversation("c-1", csat=2, updated_at=T0 + timedelta(hours=1)),
        paused("p-1"),
    ]
    with pytest.raises(OSError, match="power cut"):
        store.write_page(CLOSED, page, SyncState(T0 + timedelta(hours=1), "c-1", "page-3"))

    assert store.sync_state(CLOSED) == STATE
    assert (store.counts(), store.outbox_batch(), store.conversation("c-1")) == before
    assert store.all_conversation_ids() == {"c-1"}


def test_outbox_batches_in_order_and_acks(store: Store) -> None:
    page = [conversation(f"c-{i}") for i in range(5)]
    store.write_page(CLOSED, page, STATE)
    first = store.outbox_batch(limit=3)
    assert [e.conversation_id for e in first] == ["c-0", "c-1", "c-2"]
    store.ack_outbox([e.seq for e in first])
    rest = store.outbox_batch()
    assert [e.conversation_id for e in rest] == ["c-3", "c-4"]
    store.ack_outbox([e.seq for e in rest])
    assert store.counts().outbox_pending == 0
    # A seq is never handed out again, even once the table is empty.
    store.write_page(CLOSED, [_later(page[0])], STATE)  # type: ignore[list-item]
    assert store.outbox_batch() == [
        OutboxEntry(seq=rest[-1].seq + 1, conversation_id="c-0", op="upsert")
    ]


def test_readers_on_other_threads_see_whole_pages_only(store: Store) -> None:
    """One writer thread, three readers: every count a reader sees is a whole number of pages,
    never half a page, and never goes backwards."""
    pages, size = 12, 25
    done = threading.Event()
    seen: list[list[int]] = [[], [], []]

    def read(into: list[int]) -> None:
        while not done.is_set():
            into.append(store.counts().closed)
            store.aggregate(T0, T0 + timedelta(days=1))

    def write() -> None:
        try:
            for p in range(pages):
                batch = [conversation(f"c-{p}-{i}") for i in range(size)]
                store.write_page(CLOSED, batch, SyncState(cursor=str(p)))
        finally:
            done.set()

    with ThreadPoolExecutor(max_workers=4) as pool:
        readers = [pool.submit(read, into) for into in seen]
        pool.submit(write).result(timeout=60)
        for reader in readers:
            reader.result(timeout=60)
    assert store.counts().closed == pages * size
    for counts in seen:
        assert counts, "a reader never ran"
        assert all(count % size == 0 for count in counts)
        assert counts == sorted(counts)


def test_the_status_argument_only_names_the_cursor(store: Store) -> None:
    # A paused conversation can come back from the closed sync's page: it is kept as paused.
    store.write_page(ConversationStatus.CLOSED, [paused("p-1")], STATE)
    assert store.all_conversation_ids(PAUSED) == {"p-1"}
    assert store.sync_state(PAUSED) == EMPTY


def test_a_page_is_written_with_a_few_bulk_statements(store: Store) -> None:
    """500 conversations, 2,000 messages: the statement count does not grow with the page."""
    statements: list[str] = []
    event.listen(store._engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    page = [conversation(f"c-{i}", messages=exchange(f"c-{i}", T0, replies=2)) for i in range(500)]
    store.write_page(CLOSED, page, STATE)
    assert len(statements) <= 15, statements
    statements.clear()
    rewritten = [_later(c) for c in page]
    assert len(store.write_page(CLOSED, rewritten, STATE).updated) == 500  # type: ignore[arg-type]
    assert len(statements) <= 15, statements
    assert store.counts().messages == 2_000


def test_bulk_columns_cover_every_column() -> None:
    def columns(model: type[Base]) -> set[str]:
        return {c.name for c in model.__table__.columns} - {"pk"}

    assert set(CONVERSATION_COLUMNS) == columns(ConversationRow)
    assert set(MESSAGE_COLUMNS) == columns(MessageRow)
    assert set(TAG_COLUMNS) == columns(TagRow)
    assert set(TRANSACTION_COLUMNS) == columns(TransactionRow)
