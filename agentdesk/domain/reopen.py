"""The agent desk's reopen rule, so the list can say in advance what the server will answer.

The platform stays the judge (its clock, its assignment); this only predicts, for the
``can_reopen`` column and to grey out the button.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from agentdesk.domain.models import Conversation, ConversationStatus


class RefusalReason(StrEnum):
    DEADLINE_PASSED = "deadline_passed"
    NOT_ASSIGNED = "not_assigned"
    NOT_PAUSED = "not_paused"


@dataclass(frozen=True, slots=True)
class ReopenEligibility:
    can_reopen: bool
    requires_assign_to_me: bool
    refusal: RefusalReason | None

    @property
    def explanation(self) -> str:
        if self.refusal is RefusalReason.DEADLINE_PASSED:
            return "The pause deadline has passed."
        if self.refusal is RefusalReason.NOT_ASSIGNED:
            return "Assigned to someone else."
        if self.refusal is RefusalReason.NOT_PAUSED:
            return "Not paused any more."
        if self.requires_assign_to_me:
            return "Unassigned: take it with “assign to me” (--assign-to-me)."
        return "Can be reopened."


def reopen_eligibility(
    conversation: Conversation, agent_id: str, now: datetime
) -> ReopenEligibility:
    if conversation.status is not ConversationStatus.PAUSED:
        return ReopenEligibility(False, False, RefusalReason.NOT_PAUSED)
    if conversation.pause_deadline is not None and now >= conversation.pause_deadline:
        return ReopenEligibility(False, False, RefusalReason.DEADLINE_PASSED)
    if conversation.assignee_id is None:
        return ReopenEligibility(True, True, None)
    if conversation.assignee_id != agent_id:
        return ReopenEligibility(False, False, RefusalReason.NOT_ASSIGNED)
    return ReopenEligibility(True, False, None)
