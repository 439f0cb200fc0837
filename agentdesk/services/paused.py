"""Paused conversations and reopening one: the list comes from the store (works offline), the
reopen goes to the platform and its answer is written back at once.

The list is read once (``load_paused``) and judged against any "now" afterwards
(``PausedList.items``), because the window's countdown and badge move with the clock while the
data only moves with a sync.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from agentdesk.domain.models import Conversation, ConversationStatus
from agentdesk.domain.reopen import ReopenEligibility, reopen_eligibility
from agentdesk.errors import (
    AgentDeskError,
    ErrorKind,
    NotFoundError,
    ReopenRefusedError,
    UsageError,
)
from agentdesk.store import Store

if TYPE_CHECKING:
    # Listing reads the store only; reopening reaches the server through the context.
    from agentdesk.platform.connector import Connector
    from agentdesk.services.context import AppContext

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PausedItem:
    conversation: Conversation
    eligibility: ReopenEligibility

    def to_json(self, tz: ZoneInfo) -> dict[str, object]:
        """Times on the agent's clock, like every other command's output."""
        c = self.conversation
        return {
            "id": c.id,
            "contact": c.contact.name,
            "channel": c.channel,
            "paused_at": c.paused_at.astimezone(tz).isoformat() if c.paused_at else None,
            "pause_deadline": c.pause_deadline.astimezone(tz).isoformat()
            if c.pause_deadline
            else None,
            "assignee_id": c.assignee_id,
            "can_reopen": self.eligibility.can_reopen,
            "requires_assign_to_me": self.eligibility.requires_assign_to_me,
            "reason": self.eligibility.refusal.value if self.eligibility.refusal else None,
        }


@dataclass(frozen=True, slots=True)
class PausedList:
    """The agent's paused conversations as the store holds them, earliest deadline first."""

    agent_id: str
    timezone: str
    """The agent's IANA zone (from ``/me``), for showing times on the agent's clock."""
    locale: str | None
    conversations: tuple[Conversation, ...] = field(default=())

    def items(self, now: datetime) -> list[PausedItem]:
        return [
            PausedItem(c, reopen_eligibility(c, self.agent_id, now)) for c in self.conversations
        ]

    def reopenable_count(self, now: datetime) -> int:
        """How many the agent can still pick up (the navigation badge)."""
        return sum(1 for item in self.items(now) if item.eligibility.can_reopen)

    def next_deadline(self, now: datetime) -> datetime | None:
        """The first deadline still to come: when the count can next drop by itself."""
        coming = [
            c.pause_deadline
            for c in self.conversations
            if c.pause_deadline is not None and c.pause_deadline > now
        ]
        return min(coming, default=None)


def _profile_of(store: Store) -> tuple[str, str, str | None]:
    profile = store.load_profile()
    if profile is None:
        raise UsageError(
            "Nothing has been synced yet: run `agentdesk sync` first.",
            kind=ErrorKind.NOTHING_SYNCED,
        )
    return profile.id, profile.timezone, profile.locale


def read_paused(store: Store) -> PausedList:
    agent_id, timezone, locale = _profile_of(store)
    return PausedList(agent_id, timezone, locale, tuple(store.paused()))


def load_paused(ctx: AppContext) -> PausedList:
    """The window's entry point (``UsageError`` when nothing is synced yet)."""
    return read_paused(ctx.store())


def list_paused(store: Store, now: datetime) -> list[PausedItem]:
    return read_paused(store).items(now)


def new_idempotency_key() -> str:
    """One per reopen the agent asks for: retrying that same request (a timeout, a dropped
    connection) with it can never reopen twice."""
    return str(uuid.uuid4())


def reopen(
    ctx: AppContext,
    conversation_id: str,
    *,
    assign_to_me: bool,
    idempotency_key: str | None = None,
) -> Conversation:
    """The server decides; when it refuses, the conversation is fetched again and the store
    updated (closed or reopened elsewhere, taken by someone else, deadline moved), so the list
    stops offering what the server will not do."""
    store = ctx.store()
    with ctx.new_client() as client:
        return _reopen(
            store,
            client,
            conversation_id,
            assign_to_me=assign_to_me,
            idempotency_key=idempotency_key or new_idempotency_key(),
        )


def _reopen(
    store: Store,
    client: Connector,
    conversation_id: str,
    *,
    assign_to_me: bool,
    idempotency_key: str,
) -> Conversation:
    try:
        updated = client.reopen(
            conversation_id, assign_to_me=assign_to_me, idempotency_key=idempotency_key
        )
    except ReopenRefusedError:
        try:
            _refresh(store, conversation_id, client.conversation)
        except AgentDeskError as error:
            # The refusal is what the user asked about; the refresh is housekeeping.
            log.warning("Could not refresh %s after a refusal: %s", conversation_id, error)
        raise
    store.apply_conversation(updated)
    log.info("Reopened %s (assign_to_me=%s)", conversation_id, assign_to_me)
    return updated


def _refresh(store: Store, conversation_id: str, fetch: Callable[[str], Conversation]) -> None:
    try:
        current = fetch(conversation_id)
    except NotFoundError:
        store.retain_paused(
            store.all_conversation_ids(ConversationStatus.PAUSED) - {conversation_id}
        )
        return
    store.apply_conversation(current)
