"""Small factories for conversations, and a fresh store per test."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from agentdesk.domain.models import (
    Contact,
    Conversation,
    ConversationStatus,
    Message,
    SenderType,
    Transaction,
)
from agentdesk.store import Store

T0 = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
CLOSED = ConversationStatus.CLOSED
PAUSED = ConversationStatus.PAUSED
OPEN = ConversationStatus.OPEN


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)


def message(
    id: str, at: datetime, sender: SenderType = SenderType.CONTACT, text: str = "Bonjour"
) -> Message:
    return Message(
        id=id, at=at, sender_type=sender, sender_id=f"{sender}-1", type="text", text=text
    )


def transaction(id: str, amount: str, currency: str = "EUR", at: datetime = T0) -> Transaction:
    return Transaction(id=id, amount=Decimal(amount), currency=currency, at=at)


def exchange(cid: str, start: datetime, *, replies: int = 1) -> tuple[Message, ...]:
    """A contact message, then an agent answer a minute later, ``replies`` times."""
    messages: list[Message] = []
    for i in range(replies):
        at = start + minutes(2 * i)
        messages.append(message(f"{cid}-q{i}", at, SenderType.CONTACT, "Je veux un remboursement"))
        messages.append(message(f"{cid}-a{i}", at + minutes(1), SenderType.AGENT, "Je regarde"))
    return tuple(messages)


def conversation(
    id: str = "c-1",
    *,
    status: ConversationStatus = CLOSED,
    started_at: datetime = T0,
    closed_at: datetime | None = None,
    updated_at: datetime | None = None,
    **fields: object,
) -> Conversation:
    """A conversation with sensible defaults: closed 30 minutes after it started, with one
    question and answer, unless told otherwise."""
    if closed_at is None and status is CLOSED:
        closed_at = started_at + minutes(30)
    base = Conversation(
        id=id,
        status=status,
        channel="chat",
        assignee_id="u-7",
        contact=Contact(id=f"k-{id}", name="Inès Martin", type="new"),
        started_at=started_at,
        updated_at=updated_at or (closed_at or started_at) + timedelta(seconds=1),
        closed_at=closed_at,
        messages=exchange(id, started_at),
    )
    return replace(base, **fields)


def paused(id: str = "p-1", *, deadline: datetime | None = None, **fields: object) -> Conversation:
    defaults: dict[str, object] = {
        "status": PAUSED,
        "paused_at": T0 + minutes(10),
        "pause_deadline": deadline or T0 + timedelta(days=1),
    }
    return conversation(id, **(defaults | fields))  # type: ignore[arg-type]


def random_conversation(
    rng: random.Random,
    index: int,
    *,
    start: datetime = T0,
    days: int = 30,
    currencies: tuple[str, ...] = ("EUR",),
) -> Conversation:
    """A closed conversation with random times, ratings, messages and transactions."""
    cid = f"r-{index:05d}"
    started = start + timedelta(seconds=rng.randrange(days * 86_400))
    at = started
    messages = []
    for j in range(rng.randint(0, 6)):
        at += timedelta(seconds=rng.randint(1, 900))
        sender = rng.choice(list(SenderType))
        messages.append(message(f"{cid}-m{j}", at, sender, f"texte {j}"))
    closed = at + timedelta(seconds=rng.randint(0, 3_600))
    transactions = tuple(
        transaction(
            f"{cid}-t{k}",
            f"{rng.randint(1, 99_999)}.{rng.randint(0, 999):03d}",
            rng.choice(currencies),
            closed,
        )
        for k in range(rng.choice((0, 0, 1, 2)))
    )
    return conversation(
        cid,
        started_at=started,
        closed_at=closed,
        messages=tuple(messages),
        transactions=transactions,
        handling_time_s=rng.choice((None, rng.randint(0, 5_000))),
        csat=rng.choice((None, 1, 2, 3, 4, 5)),
        nps=rng.choice((None, *range(11))),
        tags=tuple(rng.sample(("refund", "vip", "late", "billing"), rng.randint(0, 2))),
    )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "agentdesk.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path) as opened:
        yield opened
