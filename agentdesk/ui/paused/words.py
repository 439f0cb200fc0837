"""What the paused page says: countdowns, who has a conversation, why "Reopen" is greyed out,
and what the server answered.

Every sentence is a literal ``QCoreApplication.translate("PausedWords", ...)`` call so that
``pyside6-lupdate`` finds it; the layers below give codes (``RefusalReason``, error classes) and
this module words them, as DESIGN.md asks.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from agentdesk.errors import AgentDeskError, ReopenRefusedError, ServerUnreachableError
from agentdesk.ui.error_words import plain_sentence
from agentdesk.ui.paused.availability import Availability

translate = QCoreApplication.translate

HOUR_S = 3600


def countdown(deadline: datetime | None, now: datetime) -> str:
    """ "in 3 h 20 min", "in 45 min", "in 2 d 4 h", "deadline passed". Whole minutes are
    dropped, never rounded up: the agent has at least the time shown."""
    if deadline is None:
        return translate("PausedWords", "no deadline")
    left = int((deadline - now).total_seconds())
    if left <= 0:
        return translate("PausedWords", "deadline passed")
    if left < 60:
        return translate("PausedWords", "in less than a minute")
    return _in_minutes(left // 60)


def _in_minutes(minutes: int) -> str:
    if minutes < 60:
        return translate("PausedWords", "in %n min", None, minutes)
    hours, rest = divmod(minutes, 60)
    if hours < 24:
        if rest == 0:
            return translate("PausedWords", "in %n h", None, hours)
        text = translate("PausedWords", "in %1 h %2 min")
        return text.replace("%1", str(hours)).replace("%2", str(rest))
    days, hours = divmod(hours, 24)
    if hours == 0:
        return translate("PausedWords", "in %n d", None, days)
    return (
        translate("PausedWords", "in %1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))
    )


def is_urgent(deadline: datetime | None, now: datetime) -> bool:
    """Under an hour left: the row is highlighted."""
    return deadline is not None and 0 < (deadline - now).total_seconds() < HOUR_S


def assignee(assignee_id: str | None, agent_id: str) -> str:
    if assignee_id is None:
        return translate("PausedWords", "Nobody")
    if assignee_id == agent_id:
        return translate("PausedWords", "You")
    return translate("PausedWords", "Someone else")


def availability(reason: Availability) -> str:
    """The line under the button: why it is greyed out, or what pressing it will do."""
    sentences = {
        Availability.NO_SELECTION: translate(
            "PausedWords", "Select a conversation to see whether you can reopen it."
        ),
        Availability.READY: translate(
            "PausedWords", "Assigned to you: reopening puts it back in your web console."
        ),
        Availability.READY_TAKE: translate(
            "PausedWords",
            "Unassigned: reopening assigns it to you and puts it in your web console.",
        ),
        Availability.NEEDS_ASSIGN_BOX: translate(
            "PausedWords", "Unassigned: tick “Assign to me” to take it, then reopen it."
        ),
        Availability.DEADLINE_PASSED: translate(
            "PausedWords", "The pause deadline has passed: it can no longer be reopened from here."
        ),
        Availability.SOMEONE_ELSE: translate(
            "PausedWords", "Assigned to someone else: only they can reopen it."
        ),
        Availability.NOT_PAUSED: translate("PausedWords", "It is not paused any more."),
        Availability.OFFLINE: translate(
            "PausedWords",
            "Reopening needs the server, which cannot be reached: try again once you are online.",
        ),
        Availability.BUSY: translate("PausedWords", "Reopening…"),
    }
    return sentences[reason]


def nothing_paused() -> str:
    return translate(
        "PausedWords",
        "No paused conversations.\n\nWhen you pause one in the web console, it appears here "
        "with its deadline after the next sync.",
    )


def nothing_synced() -> str:
    return translate(
        "PausedWords",
        "Nothing is synced yet. Your paused conversations appear here after the first sync "
        "with the platform.",
    )


def reopened(contact: str, conversation_id: str) -> str:
    return (
        translate("PausedWords", "Reopened %1 (%2): it is yours again in the web console.")
        .replace("%1", contact)
        .replace("%2", conversation_id)
    )


def failure(error: AgentDeskError, contact: str, conversation_id: str) -> str:
    """A refusal by its code (an unknown code is named as the platform gave it), the network in
    words; anything else in its kind's words."""
    who = f"{contact} ({conversation_id})"
    if isinstance(error, ReopenRefusedError):
        if error.reason == "deadline_passed":
            return translate(
                "PausedWords",
                "The server did not reopen %1: its pause deadline passed in the meantime.",
            ).replace("%1", who)
        if error.reason == "not_assigned":
            return translate(
                "PausedWords",
                "The server did not reopen %1: it is assigned to someone else now.",
            ).replace("%1", who)
        if error.reason == "not_paused":
            return translate(
                "PausedWords",
                "The server did not reopen %1: it is not paused any more (closed or reopened "
                "elsewhere).",
            ).replace("%1", who)
        return (
            translate("PausedWords", "The server did not reopen %1: %2")
            .replace("%1", who)
            .replace("%2", error.reason)
        )
    if isinstance(error, ServerUnreachableError):
        return translate(
            "PausedWords",
            "%1 was not reopened: the server cannot be reached, and reopening needs it.",
        ).replace("%1", who)
    return plain_sentence(error)
