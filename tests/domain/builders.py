"""Hand-built conversations for the indicator tests: every number in them is chosen to be worked
out by hand in the test that uses it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from agentdesk.domain.aggregate import PeriodAggregate
from agentdesk.domain.facts import facts_of
from agentdesk.domain.models import (
    Contact,
    Conversation,
    ConversationStatus,
    Message,
    SenderType,
    Transaction,
)
from agentdesk.domain.periods import Span

CONTACT, AGENT = SenderType.CONTACT, SenderType.AGENT
BOT, SYSTEM = SenderType.BOT, SenderType.SYSTEM


def local(  # noqa: PLR0917 - positional like datetime's own fields
    zone: str,
    year: int,
    month: int,
    day: int,
    hour: int = 0,
    minute: int = 0,
    second: int = 0,
    *,
    fold: int = 0,
) -> datetime:
    """A wall-clock time in ``zone`` as the UTC instant it is: ``local("Europe/Paris", 2026, 11,
    18, 14)`` is 13:00Z."""
    wall = datetime(year, month, day, hour, minute, second, tzinfo=ZoneInfo(zone), fold=fold)
    return wall.astimezone(UTC)


def conversation(
    closed_at: datetime,
    *,
    cid: str = "c-1",
    duration_s: int = 600,
    handling_time_s: int | None = None,
    csat: int | None = None,
    nps: int | None = None,
    amounts: Sequence[str] = (),
    currency: str = "EUR",
    messages: Sequence[tuple[int, SenderType]] = (),
) -> Conversation:
    """A closed conversation that started ``duration_s`` before ``closed_at``; ``messages`` are
    ``(seconds after the start, sender)``; ``amounts`` are its transactions' amounts."""
    started_at = closed_at - timedelta(seconds=duration_s)
    return Conversation(
        id=cid,
        status=ConversationStatus.CLOSED,
        channel="chat",
        assignee_id="u-7",
        contact=Contact("k-1", "Inès Martin"),
        started_at=started_at,
        updated_at=closed_at,
        closed_at=closed_at,
        handling_time_s=handling_time_s,
        csat=csat,
        nps=nps,
        transactions=tuple(
            Transaction(f"{cid}-t{i}", Decimal(amount), currency, closed_at)
            for i, amount in enumerate(amounts)
        ),
        messages=tuple(
            Message(
                f"{cid}-m{i}", started_at + timedelta(seconds=offset), sender, None, "text", "…"
            )
            for i, (offset, sender) in enumerate(messages)
        ),
    )


def aggregate_in(span: Span, conversations: Iterable[Conversation]) -> PeriodAggregate:
    """What the store sums for ``span``: the conversations closed inside it."""
    return PeriodAggregate.of(
        facts_of(c) for c in conversations if c.closed_at is not None and c.closed_at in span
    )


def printed(document: object) -> Any:
    """``document`` as ``--json`` prints it and a reader parses it back: fails on anything that is
    not plain JSON (a Decimal, a datetime)."""
    return json.loads(json.dumps(document, allow_nan=False))
