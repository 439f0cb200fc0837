"""The export's streaming reads: which conversations, in which order, with which counts, in
bounded batches, from one snapshot."""

from __future__ import annotations

import random
from datetime import timedelta

from agentdesk.domain.models import SenderType
from agentdesk.store import Store, SyncState
from agentdesk.store.export_values import ConversationExport, ExportSelection
from tests.store.conftest import (
    CLOSED,
    PAUSED,
    T0,
    conversation,
    message,
    minutes,
    paused,
    random_conversation,
    transaction,
)

STATE = SyncState()
START, END = T0, T0 + timedelta(days=1)
MICRO = timedelta(microseconds=1)
between = ExportSelection.between


def _conversations(store: Store, start=START, end=END, **options) -> list[ConversationExport]:
    with store.export_reader() as reader:
        return [
            row for batch in reader.conversations(between(start, end), **options) for row in batch
        ]


def test_a_conversation_is_selected_by_its_closed_at_in_a_half_open_span(store: Store) -> None:
    store.write_page(
        CLOSED,
        [
            conversation("before", started_at=START - minutes(60), closed_at=START - MICRO),
            conversation("first", started_at=START - minutes(60), closed_at=START),
            conversation("last", started_at=START, closed_at=END - MICRO),
            conversation("after", started_at=START, closed_at=END),
        ],
        STATE,
    )
    store.write_page(PAUSED, [paused("paused-in-span", started_at=START + minutes(5))], STATE)
    assert [c.id for c in _conversations(store)] == ["first", "last"]
    with store.export_reader() as reader:
        assert reader.conversation_count(between(START, END)) == 2
        assert reader.conversation_count(between(None, None)) == 4
        assert reader.conversation_count(between(START, None)) == 3
        assert reader.conversation_count(between(None, START)) == 1


def test_a_row_counts_contact_and_agent_messages_and_sums_money_per_currency(
    store: Store,
) -> None:
    at = T0 + minutes(1)
    messages = (
        message("m1", at, SenderType.BOT),
        message("m2", at + minutes(1), SenderType.CONTACT),
        message("m3", at + minutes(2), SenderType.SYSTEM),
        message("m4", at + minutes(3), SenderType.AGENT),
        message("m5", at + minutes(4), SenderType.CONTACT),
        message("m6", at + minutes(5), SenderType.CONTACT),
    )
    store.write_page(
        CLOSED,
        [
            conversation(
                "c-1",
                messages=messages,
                tags=("vip", "refund", "vip"),
                handling_time_s=1180,
                csat=4,
                nps=None,
                closing_note="Remboursé.",
                category="billing",
                transactions=(
                    transaction("t1", "10.5", "EUR"),
                    transaction("t2", "0.001", "USD"),
                    transaction("t3", "1.25", "EUR"),
                ),
            ),
            conversation("c-2", messages=(), closed_at=T0 + minutes(40)),
        ],
        STATE,
    )
    first, second = _conversations(store)
    assert (first.incoming, first.outgoing) == (3, 1)
    assert first.tags == ("vip", "refund", "vip")
    assert first.first_response_s == 120.0
    assert first.handling_time_s == 1180.0
    assert (first.csat, first.nps, first.category) == (4, None, "billing")
    assert first.transaction_count == 3
    assert first.amounts == (("EUR", 11_750), ("USD", 1))
    assert first.contact_name == "Inès Martin"
    assert first.closed_at == T0 + minutes(30)
    assert (second.incoming, second.outgoing, second.tags, second.amounts) == (0, 0, (), ())
    assert second.first_response_s is None
    assert second.handling_time_s == 40 * 60.0


def test_batches_are_bounded_and_ordered_by_closed_at_then_id(store: Store) -> None:
    rng = random.Random(5)
    batch = [random_conversation(rng, i, days=1) for i in range(40)]
    twins = [conversation(f"tie-{i}", closed_at=T0 + minutes(300)) for i in (3, 1, 2)]
    store.write_page(CLOSED, batch + twins, STATE)
    with store.export_reader() as reader:
        batches = list(reader.conversations(between(None, None), batch_size=7))
    assert all(len(b) <= 7 for b in batches)
    assert len(batches) == 7
    rows = [row for b in batches for row in b]
    expected = sorted(
        ((c.closed_at, c.id) for c in batch + twins), key=lambda pair: (pair[0], pair[1])
    )
    assert [(r.closed_at, r.id) for r in rows] == expected


def test_messages_come_conversation_by_conversation_in_time_order(store: Store) -> None:
    rng = random.Random(11)
    batch = [random_conversation(rng, i, days=1) for i in range(60)]
    late = message("late", T0 + minutes(50), SenderType.AGENT)
    early = message("early", T0 + minutes(5), SenderType.CONTACT)
    tie = message("tie", T0 + minutes(5), SenderType.BOT)
    batch.append(conversation("out-of-order", messages=(late, early, tie)))
    store.write_page(CLOSED, batch, STATE)
    with store.export_reader() as reader:
        total = reader.message_count(between(None, None))
        batches = list(reader.messages(between(None, None), batch_size=20))
        order = [c.id for b in reader.conversations(between(None, None)) for c in b]
    rows = [m for b in batches for m in b]
    assert len(rows) == total == sum(len(c.messages) for c in batch)
    expected = []
    for cid in order:
        source = next(c for c in batch if c.id == cid)
        ordered = sorted(enumerate(source.messages), key=lambda p: (p[1].at, p[0]))
        expected += [(cid, m.id, m.at, m.sender_type.value, m.text) for _, m in ordered]
    assert [(m.conversation_id, m.message_id, m.at, m.sender_type, m.text) for m in rows] == (
        expected
    )
    assert [m.message_id for m in rows if m.conversation_id == "out-of-order"] == [
        "early",
        "tie",
        "late",
    ]
    for b in batches:  # a conversation is never cut in two
        ids = {m.conversation_id for m in b}
        assert all(
            sum(1 for m in rows if m.conversation_id == cid)
            == sum(1 for m in b if m.conversation_id == cid)
            for cid in ids
        )
    assert len(batches) > 3


def test_one_reader_sees_one_snapshot_while_the_sync_writes(store: Store) -> None:
    store.write_page(CLOSED, [conversation("c-1")], STATE)
    with store.export_reader() as reader:
        assert reader.conversation_count(between(START, END)) == 1
        store.write_page(CLOSED, [conversation("c-2", closed_at=T0 + minutes(45))], STATE)
        assert [c.id for b in reader.conversations(between(START, END)) for c in b] == ["c-1"]
        assert reader.message_count(between(START, END)) == 2
    assert [c.id for c in _conversations(store)] == ["c-1", "c-2"]
