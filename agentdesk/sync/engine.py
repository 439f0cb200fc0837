"""Incremental, resumable sync of closed and paused conversations.

Closed conversations: ``updated_since`` + cursor. The store keeps a watermark — the
``updated_at`` of the last record written — together with the page's cursor, in the same
transaction as the page itself, so a crash or a kill at any point resumes at a page boundary
without losing or duplicating anything. ``updated_since`` is inclusive, so records stamped at the
watermark come back once more: the store recognises them by their unchanged ``updated_at`` and
does not rewrite or count them, while one changed in that same second is written.

Paused conversations are few and leave the paused list without a trace (reopened in the web
console, or closed): each sync reads the whole paused list and removes the local ones it no
longer contains. Paused runs first, so a conversation closed meanwhile is then upserted as closed
by the closed pass, which therefore always has the last word.

The store belongs to one server and one agent: when either changes, what it held is forgotten
before the first page is written. Records that failed validation are asked for again, one by
one, at the start of the next sync.

One sync at a time per store, across processes (``agentdesk.store.folder_lock``): a second one
refuses with a sentence. ``--full`` lists everything from the beginning, whatever the saved
state says, and deletes only what it has proven absent: a conversation the complete listing no
longer mentions is asked for by id, and only a 404 removes it.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from agentdesk.domain.models import ConversationStatus
from agentdesk.errors import (
    CancelledError,
    InvalidRecordError,
    NotFoundError,
    PlatformError,
)
from agentdesk.platform.client import ConversationPage
from agentdesk.platform.connector import Connector
from agentdesk.platform.server_urls import check_server_url, server_label
from agentdesk.store import Store, SyncState
from agentdesk.store.folder_lock import sync_lock
from agentdesk.sync.meta_keys import LAST_SYNC_AT, LAST_SYNC_REPORT, SKIPPED, WORKSPACE
from agentdesk.sync.pages import PageGuard, Prefetch
from agentdesk.sync.report import SkippedRecord, SyncProgress, SyncReport
from agentdesk.sync.watermark import advance, trusted_start

log = logging.getLogger(__name__)

PAGE_SIZE = 500
MAX_RETRIED_SKIPS = 500
"""Skipped records asked for again per sync (one request each); the rest wait for the next."""
NOT_ASKED_YET = "not asked for again yet (too many skipped records for one sync)"
SETTLE_S = 5.0
"""How long a cancelled pass waits for the page fetch in flight before returning anyway."""
MAX_ABSENCE_CHECKS = 2000
"""Conversations a full sync asks about one by one before deleting them (see _remove_absent)."""

ProgressCallback = Callable[[SyncProgress], None]


def workspace_identity(server_url: str, agent_id: str) -> str:
    """Which server and which agent the store's data belongs to."""
    return f"{check_server_url(server_url)} {agent_id}"


def claim_workspace(store: Store, identity: str) -> int:
    """Make the store ``identity``'s. When it held another server's or agent's data, all of it
    goes (conversations, cursors, skipped ids, the last sync's time), so that nothing of the
    previous account is ever shown as this one's. Returns how many conversations went.

    The sync claims before its first page; a sign-in claims at once, so that the window opened
    right after it shows an empty store rather than the previous agent's figures."""
    previous = store.get_meta(WORKSPACE)
    removed = 0
    if previous is not None and previous != identity:
        removed = store.forget_workspace()
        for key in (SKIPPED, LAST_SYNC_AT, LAST_SYNC_REPORT):
            store.set_meta(key, "")
        log.warning("Server or agent changed; the conversations synced before were dropped")
    store.set_meta(WORKSPACE, identity)
    return removed


class SyncEngine:
    def __init__(
        self,
        client: Connector,
        store: Store,
        *,
        page_size: int = PAGE_SIZE,
        on_progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._client = client
        self._store = store
        self._page_size = page_size
        self._on_progress = on_progress
        self._cancel = cancel or threading.Event()
        self._clock = clock
        self._fetched_ids: set[str] = set()

    def run(self, *, full: bool = False) -> SyncReport:
        """``SyncBusyError`` when another sync of this store is running."""
        with sync_lock(self._store.path):
            return self._run(full=full)

    def _run(self, *, full: bool) -> SyncReport:
        report = SyncReport(started_at=self._clock(), full=full)
        self._fetched_ids = set()
        profile = self._client.me()
        report.removed += claim_workspace(
            self._store, workspace_identity(self._client.base_url, profile.id)
        )
        self._store.save_profile(profile)
        self._store.save_settings(self._client.settings())
        self._retry_skipped(report)
        self._sync_paused(report)
        self._sync_closed(report, full=full)
        self._remember_skipped(report)
        report.finished_at = self._clock()
        self._store.set_meta(LAST_SYNC_AT, report.finished_at.isoformat())
        self._store.set_meta(LAST_SYNC_REPORT, report.dumps())
        log.info(
            "Sync done: %d new, %d updated, %d removed, %d skipped in %.1f s",
            report.new,
            report.updated,
            report.removed,
            len(report.skipped),
            report.duration_s,
        )
        return report

    def _check_cancel(self) -> None:
        if self._cancel.is_set():
            raise CancelledError("Sync cancelled; what was already fetched is kept.")

    def _emit(self, phase: str, report: SyncReport, fraction: float | None, done: int = 0) -> None:
        if self._on_progress is not None:
            self._on_progress(
                SyncProgress(
                    phase=phase,
                    fetched=report.fetched,
                    new=report.new,
                    updated=report.updated,
                    skipped=len(report.skipped),
                    fraction=fraction,
                    done=done,
                )
            )

    def _write(
        self,
        report: SyncReport,
        status: ConversationStatus,
        page: ConversationPage,
        state: SyncState,
    ) -> None:
        """One page: its records, and the state that resumes after it, in one transaction."""
        report.pages += 1
        report.fetched += len(page.records)
        report.skipped.extend(SkippedRecord(i.record_id, i.reason) for i in page.invalid)
        self._fetched_ids.update(c.id for c in page.records)
        outcome = self._store.write_page(status, page.records, state)
        report.new += len(outcome.new)
        report.updated += len(outcome.updated)
        report.unchanged += outcome.unchanged

    def _retry_skipped(self, report: SyncReport) -> None:
        """Ask again for records that failed validation last time: the platform may have fixed
        them without touching ``updated_at``, and the watermark has moved past them. Past
        ``MAX_RETRIED_SKIPS``, the rest stay on the list for the next sync."""
        ids: list[str] = json.loads(self._store.get_meta(SKIPPED) or "[]")
        still: list[SkippedRecord] = []
        for conversation_id in ids[:MAX_RETRIED_SKIPS]:
            self._check_cancel()
            try:
                conversation = self._client.conversation(conversation_id)
            except InvalidRecordError as invalid:
                still.append(SkippedRecord(conversation_id, invalid.reason))
                continue
            except NotFoundError:
                continue
            self._store.apply_conversation(conversation)
            self._fetched_ids.add(conversation.id)
            report.new += 1
        still.extend(SkippedRecord(i, NOT_ASKED_YET) for i in ids[MAX_RETRIED_SKIPS:])
        report.skipped.extend(still)

    def _remember_skipped(self, report: SyncReport) -> None:
        """Every skipped id not fetched whole since (a later page may have brought it fixed)."""
        report.skipped = [s for s in report.skipped if s.id not in self._fetched_ids]
        ids = sorted({s.id for s in report.skipped if s.id})
        self._store.set_meta(SKIPPED, json.dumps(ids))

    def _sync_paused(self, report: SyncReport) -> None:
        seen: set[str] = set()
        guard = PageGuard(server_label(self._client.base_url))
        cursor: str | None = None
        before = report.fetched
        self._emit("paused", report, None)
        while True:
            self._check_cancel()
            page = self._client.conversations_page(
                ConversationStatus.PAUSED, updated_since=None, cursor=cursor, limit=self._page_size
            )
            seen.update(c.id for c in page.records)
            seen.update(i.record_id for i in page.invalid if i.record_id)
            self._write(
                report,
                ConversationStatus.PAUSED,
                page,
                SyncState(None, None, page.next_cursor),
            )
            self._emit("paused", report, None, report.fetched - before)
            cursor = guard.next_cursor(page)
            if cursor is None:
                break
        report.removed += len(self._store.retain_paused(seen))

    def _sync_closed(self, report: SyncReport, *, full: bool) -> None:
        """Page k+1 is fetched (network, JSON, validation) on a helper thread while page k is
        written, so the wait for the server overlaps the work here. Only that thread touches
        the client during the pass; every write stays on this thread, in page order.

        A full pass starts from nothing in memory: it never reads the saved state, which a
        sync of another process may have moved (the lock prevents that now; this stays true
        without it)."""
        started = report.started_at
        if full:
            start = SyncState.EMPTY
        else:
            start = trusted_start(self._store.sync_state(ConversationStatus.CLOSED), started)
        state = start
        started_from = start.since
        seen: set[str] = set()
        guard = PageGuard(server_label(self._client.base_url))
        before = report.fetched
        self._emit("closed", report, 0.0)

        def fetch(cursor: str | None) -> ConversationPage:
            return self._client.conversations_page(
                ConversationStatus.CLOSED,
                updated_since=start.since,
                cursor=cursor,
                limit=self._page_size,
            )

        pending: Prefetch | None = Prefetch(lambda c: _resume(fetch, c), start.cursor)
        try:
            while pending is not None:
                page = pending.result()
                self._check_cancel()
                following = guard.next_cursor(page)
                pending = Prefetch(fetch, following) if following else None
                if started_from is None and page.records:
                    # A first sync has no watermark: history starts where the first page does.
                    started_from = min(c.updated_at for c in page.records)
                seen.update(c.id for c in page.records)
                seen.update(i.record_id for i in page.invalid if i.record_id)
                state = advance(state, page, started)
                self._write(report, ConversationStatus.CLOSED, page, state)
                self._emit(
                    "closed",
                    report,
                    _fraction(started_from, state.since, started),
                    report.fetched - before,
                )
        except Exception:
            # A cancel or a failure: let a fetch in flight end before the client is used again
            # (the window may sync again at once). A signal (KeyboardInterrupt) does not wait.
            if pending is not None:
                pending.settle(SETTLE_S)
            raise
        if full:
            report.removed += self._remove_absent(seen)
        self._emit("closed", report, 1.0, report.fetched - before)

    def _remove_absent(self, listed: set[str]) -> int:
        """After a complete listing from the beginning: the closed conversations it did not
        mention are asked for one by one, and only those the server answers 404 for are
        deleted. One that comes back is kept (written again when closed); at most
        ``MAX_ABSENCE_CHECKS`` are asked about per sync, the rest wait for the next full one."""
        unlisted = sorted(self._store.all_conversation_ids(ConversationStatus.CLOSED) - listed)
        if len(unlisted) > MAX_ABSENCE_CHECKS:
            log.warning(
                "%d stored conversations were not listed; %d are checked now, the rest at the "
                "next full sync",
                len(unlisted),
                MAX_ABSENCE_CHECKS,
            )
        absent: list[str] = []
        for conversation_id in unlisted[:MAX_ABSENCE_CHECKS]:
            self._check_cancel()
            try:
                conversation = self._client.conversation(conversation_id)
            except NotFoundError:
                absent.append(conversation_id)
                continue
            except InvalidRecordError:
                continue
            if conversation.status is ConversationStatus.CLOSED:
                self._store.apply_conversation(conversation)
        if unlisted:
            log.info("%d unlisted conversations checked, %d gone", len(unlisted), len(absent))
        return len(self._store.remove_closed(absent))


def _resume(
    fetch: Callable[[str | None], ConversationPage], cursor: str | None
) -> ConversationPage:
    """A saved cursor may have expired on the platform (a 4xx): the watermark alone is enough
    to carry on, at the price of a few records fetched twice and recognised as unchanged."""
    if cursor is None:
        return fetch(None)
    try:
        return fetch(cursor)
    except PlatformError as error:
        if type(error) is not PlatformError:
            raise
        log.warning("The saved sync cursor was refused (%s); resuming from the watermark", error)
        return fetch(None)


def _fraction(start: datetime | None, reached: datetime | None, horizon: datetime) -> float | None:
    if reached is None or start is None:
        return None
    whole = (horizon - start).total_seconds()
    if whole <= 0:
        return 1.0
    return max(0.0, min(1.0, (reached - start).total_seconds() / whole))
