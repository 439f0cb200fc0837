"""Whether "Reopen" and "Assign to me" are offered for the selected conversation, and why not.

Pure logic over the domain's prediction (``reopen_eligibility``) plus what only the window
knows: whether the server can be reached, whether a reopen is already on its way, and the box.
The platform stays the judge; this decides what to offer.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from agentdesk.domain.reopen import RefusalReason, ReopenEligibility


class Availability(StrEnum):
    NO_SELECTION = "no_selection"
    READY = "ready"
    """Assigned to the agent, before the deadline."""
    READY_TAKE = "ready_take"
    """Unassigned with "Assign to me" ticked."""
    NEEDS_ASSIGN_BOX = "needs_assign_box"
    DEADLINE_PASSED = "deadline_passed"
    SOMEONE_ELSE = "someone_else"
    NOT_PAUSED = "not_paused"
    OFFLINE = "offline"
    BUSY = "busy"


@dataclass(frozen=True, slots=True)
class ActionState:
    reason: Availability
    can_reopen: bool
    """The "Reopen" button is enabled."""
    box_enabled: bool
    """The "Assign to me" box can be ticked (only an unassigned conversation needs it)."""


_REFUSALS = {
    RefusalReason.DEADLINE_PASSED: Availability.DEADLINE_PASSED,
    RefusalReason.NOT_ASSIGNED: Availability.SOMEONE_ELSE,
    RefusalReason.NOT_PAUSED: Availability.NOT_PAUSED,
}


def action_state(
    eligibility: ReopenEligibility | None, *, assign_to_me: bool, online: bool, busy: bool
) -> ActionState:
    """The rule's refusals come first (they hold online or not), then the connection (the box
    can still be ticked offline, but nothing is sent), then the box."""
    if eligibility is None:
        return ActionState(Availability.NO_SELECTION, False, False)
    if busy:
        return ActionState(Availability.BUSY, False, False)
    if eligibility.refusal is not None:
        return ActionState(_REFUSALS[eligibility.refusal], False, False)
    box = eligibility.requires_assign_to_me
    if not online:
        return ActionState(Availability.OFFLINE, False, box)
    if box and not assign_to_me:
        return ActionState(Availability.NEEDS_ASSIGN_BOX, False, True)
    return ActionState(Availability.READY_TAKE if box else Availability.READY, True, box)
