"""The paused page's state, apart from its widgets: the list as last read, "now", the selection,
the box, the connection, a reopen in flight, and what the server said.

One ``changed`` signal carries what changed (``Change`` flags), so the table repaints only the
countdown when the clock moves and the whole list only when the data did.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Flag, auto

from PySide6.QtCore import QObject, Signal

from agentdesk.domain.models import Conversation
from agentdesk.domain.reopen import RefusalReason, ReopenEligibility
from agentdesk.services.paused import PausedItem, PausedList, new_idempotency_key
from agentdesk.ui.paused.availability import ActionState, action_state


class Change(Flag):
    ROWS = auto()
    """The list itself (a read, a reopen): rows came or went."""
    TIMES = auto()
    """Only the clock moved: countdowns, highlights, eligibility."""
    ACTION = auto()
    """What the button and the box offer."""
    BADGE = auto()


@dataclass(frozen=True, slots=True)
class ReopenRequest:
    conversation_id: str
    contact: str
    assign_to_me: bool
    idempotency_key: str


class PausedViewModel(QObject):
    changed = Signal(object)
    """A ``Change``."""

    def __init__(self, now: datetime, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pausedViewModel")
        self.paused: PausedList | None = None
        self.load_error: str | None = None
        self.now = now
        self.items: list[PausedItem] = []
        self.selected_id: str | None = None
        self.assign_to_me = False
        self.online = True
        self.busy_id: str | None = None
        self._deadline_refusals: dict[str, datetime | None] = {}
        """Ids the server said were past their deadline (with the deadline it was about): the
        server's clock wins over ours until the deadline changes."""
        self._keys: dict[tuple[str, bool], str] = {}
        """One idempotency key per reopen asked for, kept until the server answers it."""
        self._badge = -1
        self._shown: tuple[tuple[ReopenEligibility, int | None], ...] = ()
        """What the rows said at the last change: eligibility and whole minutes left."""

    # -- inputs -------------------------------------------------------------------------------
    def set_list(self, paused: PausedList) -> None:
        """A read of the store; one that found what is already shown (most reads after a
        sync, or on showing the page) changes nothing on screen."""
        if paused == self.paused and self.load_error is None:
            self._recompute(Change.TIMES | Change.ACTION, quiet_if_same=True)
            return
        self.paused, self.load_error = paused, None
        ids = {c.id for c in paused.conversations}
        if self.selected_id not in ids:
            self.selected_id = None
        self._recompute(Change.ROWS | Change.ACTION)

    def set_load_error(self, sentence: str) -> None:
        """Nothing to list (nothing synced yet, the store refused): said in the empty state."""
        self.paused, self.load_error, self.selected_id = None, sentence, None
        self._recompute(Change.ROWS | Change.ACTION)

    def set_now(self, now: datetime) -> None:
        """Says nothing unless a countdown's minute or an eligibility changed: showing the
        page or a tick between two minutes repaints nothing."""
        self.now = now
        self._recompute(Change.TIMES | Change.ACTION, quiet_if_same=True)

    def select(self, conversation_id: str | None) -> None:
        if conversation_id != self.selected_id:
            self.selected_id = conversation_id
            self.assign_to_me = False  # taking a conversation is asked for each one
            self.changed.emit(Change.ACTION)

    def set_assign_to_me(self, checked: bool) -> None:
        if checked != self.assign_to_me:
            self.assign_to_me = checked
            self.changed.emit(Change.ACTION)

    def set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.changed.emit(Change.ACTION)

    # -- reopening ----------------------------------------------------------------------------
    def begin_reopen(self) -> ReopenRequest | None:
        """The request for the selection, or None when the button should not have been on."""
        item = self.selected()
        if item is None or not self.action().can_reopen:
            return None
        conversation = item.conversation
        assign = item.eligibility.requires_assign_to_me and self.assign_to_me
        key = self._keys.setdefault((conversation.id, assign), new_idempotency_key())
        self.busy_id = conversation.id
        self.changed.emit(Change.ACTION)
        return ReopenRequest(conversation.id, conversation.contact.name, assign, key)

    def reopen_done(self, request: ReopenRequest) -> None:
        """The server reopened it: it leaves the list now, before the store is read again."""
        self._answered(request)
        if self.paused is not None:
            kept = tuple(c for c in self.paused.conversations if c.id != request.conversation_id)
            self.set_list(
                PausedList(self.paused.agent_id, self.paused.timezone, self.paused.locale, kept)
            )

    def reopen_refused(self, request: ReopenRequest, reason: str) -> None:
        self._answered(request)
        if reason == RefusalReason.DEADLINE_PASSED.value:
            current = self._conversation(request.conversation_id)
            self._deadline_refusals[request.conversation_id] = (
                current.pause_deadline if current else None
            )
        self._recompute(Change.TIMES | Change.ACTION)

    def reopen_failed(self, _request: ReopenRequest, *, unreachable: bool) -> None:
        """No answer from the server: the key is kept, so asking again is the same request."""
        self.busy_id = None
        if unreachable:
            self.online = False
        self.changed.emit(Change.ACTION)

    def _answered(self, request: ReopenRequest) -> None:
        self.busy_id = None
        self._keys.pop((request.conversation_id, request.assign_to_me), None)

    # -- outputs ------------------------------------------------------------------------------
    def selected(self) -> PausedItem | None:
        return next((i for i in self.items if i.conversation.id == self.selected_id), None)

    def action(self) -> ActionState:
        item = self.selected()
        return action_state(
            item.eligibility if item else None,
            assign_to_me=self.assign_to_me,
            online=self.online,
            busy=self.busy_id is not None,
        )

    @property
    def reopenable(self) -> int:
        return sum(1 for i in self.items if i.eligibility.can_reopen)

    @property
    def agent_id(self) -> str:
        return self.paused.agent_id if self.paused else ""

    # -- internals ----------------------------------------------------------------------------
    def _conversation(self, conversation_id: str) -> Conversation | None:
        return next(
            (i.conversation for i in self.items if i.conversation.id == conversation_id), None
        )

    def _recompute(self, change: Change, *, quiet_if_same: bool = False) -> None:
        items = self.paused.items(self.now) if self.paused else []
        order = [i.conversation.id for i in self.items]
        self.items = sorted((self._with_server_word(i) for i in items), key=_still_to_come_first)
        if order != [i.conversation.id for i in self.items]:
            change |= Change.ROWS  # one went past its deadline and moved down: not a repaint
        shown = tuple((i.eligibility, _minutes_left(i, self.now)) for i in self.items)
        if quiet_if_same and shown == self._shown:
            return
        self._shown = shown
        if self.reopenable != self._badge:
            self._badge = self.reopenable
            change |= Change.BADGE
        self.changed.emit(change)

    def _with_server_word(self, item: PausedItem) -> PausedItem:
        conversation = item.conversation
        refused = conversation.id in self._deadline_refusals
        if refused and self._deadline_refusals[conversation.id] == conversation.pause_deadline:
            passed = ReopenEligibility(False, False, RefusalReason.DEADLINE_PASSED)
            return PausedItem(conversation, passed)
        return item


def _still_to_come_first(item: PausedItem) -> tuple[int, float]:
    """Deadlines still to come first, earliest first; then those passed, latest first: the top
    of the list is what the agent can still act on."""
    deadline = item.conversation.pause_deadline
    stamp = deadline.timestamp() if deadline else float("inf")
    if item.eligibility.refusal is RefusalReason.DEADLINE_PASSED:
        return (1, -stamp)
    return (0, stamp)


def _minutes_left(item: PausedItem, now: datetime) -> int | None:
    """What a countdown shows, to the minute (-1 once passed)."""
    deadline = item.conversation.pause_deadline
    if deadline is None:
        return None
    left = (deadline - now).total_seconds()
    return -1 if left <= 0 else int(left // 60)
