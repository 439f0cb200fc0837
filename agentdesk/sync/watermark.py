"""How far one page may move the closed sync's watermark.

The next sync asks for ``updated_since=watermark``; a change the server makes later is stamped
with its clock at that moment. So the watermark must never pass the server's clock at the time
it sent the page, or every change stamped between that time and the watermark is never fetched.
One record stamped 2099 used to move it to 2099 and stop every later update.

**Watermark bound.** A page may move the watermark up to its record's ``updated_at`` but no
further than its *ceiling*: the server's ``Date`` for that answer (the same clock that stamps
the records), or, for an answer without a readable ``Date``, the sync's start on this
computer's clock plus ``NO_DATE_TOLERANCE``; and never more than ``CLOCK_SKEW`` past the sync's
start, whatever the server's clock says. The record itself is kept as sent. A ceiling set too
low only costs a few records fetched again and recognised as unchanged; too high loses changes.

A saved watermark more than ``CLOCK_SKEW`` past now was set by such a record before this rule
existed (or by a clock that has since been corrected): it is not trusted and the pass lists
every closed conversation again (nothing is deleted by that).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from agentdesk.platform.client import ConversationPage
from agentdesk.store import SyncState

log = logging.getLogger(__name__)

NO_DATE_TOLERANCE = timedelta(minutes=10)
CLOCK_SKEW = timedelta(days=1)


def ceiling(page: ConversationPage, sync_started: datetime) -> datetime:
    """The highest watermark ``page`` may set."""
    bound = page.server_time or sync_started + NO_DATE_TOLERANCE
    return min(bound, sync_started + CLOCK_SKEW)


def advance(state: SyncState, page: ConversationPage, sync_started: datetime) -> SyncState:
    """The state that resumes after ``page``."""
    last = max(page.records, key=lambda c: (c.updated_at, c.id), default=None)
    if last is None or _not_past(last.updated_at, last.id, state):
        # Nothing past the watermark on this page: it never goes back, so a platform that pages
        # newest first (Chatwoot) does not leave it at its oldest page.
        return SyncState(state.since, state.since_id, page.next_cursor)
    limit = ceiling(page, sync_started)
    if last.updated_at > limit:
        log.warning(
            "Conversation %s is stamped %s, past the server's clock (%s): kept, but the "
            "watermark stops at the server's clock",
            last.id,
            last.updated_at.isoformat(),
            limit.isoformat(),
        )
        since = limit if state.since is None else max(limit, state.since)
        return SyncState(since, None, page.next_cursor)
    return SyncState(last.updated_at, last.id, page.next_cursor)


def _not_past(updated_at: datetime, record_id: str, state: SyncState) -> bool:
    """Whether a page's newest record is at or behind the watermark already reached."""
    if state.since is None:
        return False
    return (updated_at, record_id) <= (state.since, state.since_id or "")


def in_the_future(state: SyncState, now: datetime) -> bool:
    """A saved watermark that no correct sync could have set by ``now``."""
    return state.since is not None and state.since > now + CLOCK_SKEW


def trusted_start(state: SyncState, now: datetime) -> SyncState:
    if in_the_future(state, now):
        log.warning(
            "The saved sync watermark %s is in the future; listing every closed conversation again",
            state.since.isoformat() if state.since else None,
        )
        return SyncState.EMPTY
    return state
