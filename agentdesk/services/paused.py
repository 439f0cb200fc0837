"""Paused conversations and reopening one: the list comes from the store (works offline), the
reopen goes to the platform and its answer is written back at once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from agentdesk.domain.models import Conversation, ConversationStatus
from agentdesk.domain.reopen import ReopenEligibility, reopen_eligibility
from agentdesk.errors import AgentDeskError, NotFoundError, ReopenRefusedError, UsageError
from agentdesk.store import Store

if TYPE_CHECKING:
    # Listing reads the store only; reopening reaches the server through the context.
    from agentdesk.platform.client import PlatformClient
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


def _agent_id(store: Store) -> str:
    profile = store.load_profile()
    if profile is None:
        raise UsageError("Nothing has been synced yet: run `agentdesk sync` first.")
    return profile.id


def list_paused(store: Store, now: datetime) -> list[PausedItem]:
    agent_id = _agent_id(store)
    return [PausedItem(c, reopen_eligibility(c, agent_id, now)) for c in store.paused()]


def reopen(ctx: AppContext, conversation_id: str, *, assign_to_me: bool) -> Conversation:
    """The server decides; when it refuses because the conversation changed under us (closed,
    reopened elsewhere), the store is refreshed so the list stops offering it."""
    store = ctx.store()
    with ctx.new_client() as client:
        return _reopen(store, client, conversation_id, assign_to_me=assign_to_me)


def _reopen(
    store: Store, client: PlatformClient, conversation_id: str, *, assign_to_me: bool
) -> Conversation:
    try:
        updated = client.reopen(conversation_id, assign_to_me=assign_to_me)
    except ReopenRefusedError as refusal:
        if refusal.reason == "not_paused":
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
