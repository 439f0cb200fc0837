"""DESIGN.md's example Conversation, the one hand-written record the parsing tests vary."""

from __future__ import annotations

import copy
from typing import Any

_CONVERSATION: dict[str, Any] = {
    "id": "c-000123",
    "status": "closed",
    "channel": "chat",
    "assignee_id": "u-7",
    "contact": {"id": "k-55", "name": "Inès Martin", "type": "new"},
    "category": "billing",
    "tags": ["refund", "vip"],
    "started_at": "2026-11-16T09:12:00Z",
    "first_response_at": "2026-11-16T09:13:10Z",
    "closed_at": "2026-11-16T09:31:40Z",
    "paused_at": None,
    "pause_deadline": None,
    "updated_at": "2026-11-16T09:31:41Z",
    "handling_time_s": 1180,
    "csat": 4,
    "nps": 9,
    "closing_note": "Refund issued for order 5521.",
    "transactions": [
        {"id": "t-1", "amount": 59.90, "currency": "EUR", "at": "2026-11-16T09:30:00Z"}
    ],
    "messages": [
        {
            "id": "m-1",
            "at": "2026-11-16T09:12:00Z",
            "sender_type": "contact",
            "sender_id": "k-55",
            "type": "text",
            "text": "Bonjour, je veux un remboursement",
        },
        {
            "id": "m-2",
            "at": "2026-11-16T09:13:10Z",
            "sender_type": "agent",
            "sender_id": "u-7",
            "type": "text",
            "text": "Bonjour Inès, je regarde votre commande.",
        },
    ],
}


def conversation_json(**changes: Any) -> dict[str, Any]:
    """DESIGN.md's example Conversation as parsed JSON, with top-level fields replaced.

    A value of ``...`` removes the field."""
    record = copy.deepcopy(_CONVERSATION)
    for key, value in changes.items():
        if value is ...:
            record.pop(key, None)
        else:
            record[key] = value
    return record
