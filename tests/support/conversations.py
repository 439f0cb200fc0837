"""Conversations for the transcript tests, made from the demo generator's records."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any

from agentdesk.domain.models import Conversation, Message, SenderType
from tests.search.reference import folded

Record = dict[str, Any]
_SENDERS = (SenderType.CONTACT, SenderType.AGENT, SenderType.BOT, SenderType.SYSTEM)


def accented_word(records: list[Record]) -> tuple[str, str]:
    """A conversation and a word of its messages written with an accent (``é``, ``ñ``…)."""
    for record in records:
        for message in record["messages"]:
            for piece in message["text"].split():
                word = piece.strip(".,!?;:()«»\"'")
                if word.isalpha() and not word.isascii() and folded(word).isascii():
                    return record["id"], word
    raise AssertionError("the demo data has no accented word")


def long_conversation(base: Conversation, count: int, pool: list[str]) -> Conversation:
    """``base`` with ``count`` messages whose texts cycle through ``pool`` (the demo's own
    texts), senders in turn, a minute apart: the two-thousand-message conversation."""
    messages = tuple(
        Message(
            id=f"{base.id}-m{n}",
            at=base.started_at + timedelta(minutes=n),
            sender_type=_SENDERS[n % 4] if n % 7 == 6 else _SENDERS[n % 2],
            sender_id=base.contact.id if n % 2 == 0 else base.assignee_id,
            type="text",
            text=pool[n % len(pool)],
        )
        for n in range(count)
    )
    closed = base.started_at + timedelta(minutes=count + 1)
    return dataclasses.replace(
        base, messages=messages, closed_at=closed, updated_at=closed + timedelta(seconds=1)
    )
