"""A closed conversation as the fields of its index document (see ``fields``)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from agentdesk.domain.search_records import SearchableConversation

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def micros(moment: datetime) -> int:
    """UTC microseconds since the epoch: how the index keeps instants (as the store does)."""
    delta = moment - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def document_fields(conversation: SearchableConversation) -> dict[str, Any]:
    c = conversation
    texts = [message.text for message in c.messages]
    texts.extend(text for text in (c.closing_note, c.contact_name, *c.tags, c.category) if text)
    document: dict[str, Any] = {
        "id": c.id,
        "text": texts,
        "closed_at": micros(c.closed_at),
        "version": micros(c.updated_at),
    }
    if c.channel:
        document["channel"] = c.channel
    if c.csat is not None:
        document["csat"] = str(c.csat)
    if c.nps is not None:
        document["nps"] = str(c.nps)
    return document
