"""Incremental, resumable sync of closed and paused conversations.

Closed conversations: ``updated_since`` + cursor. The store keeps a watermark — the
``(updated_at, id)`` of the last record written — together with the page's cursor, in the same
transaction as the page itself, so a crash or a kill at any point resumes at a page boundary
without losing or duplicating anything. ``updated_since`` is inclusive on the server, so the
record at the watermark comes back once more and is dropped here by its ``(updated_at, id)``.

Paused conversations are few and leave the paused list without a trace (reopened in the web
console, or closed): each sync reads the whole paused list and removes the local ones it no
longer contains. Paused runs first, so a conversation closed meanwhile is then upserted as closed
by the closed pass, which therefore always has the last word.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime

from agentdesk.domain.models import Conversation, ConversationStatus
from agentdesk.errors import CancelledError
from agentdesk.platform.client import ConversationPage, PlatformClient
from agentdesk.store import Store, SyncState
from agentdesk.sync.report import SkippedRecord, SyncProgress, SyncReport

log = logging.getLogger(__name__)

PAGE_SIZE = 500
LAST_SYNC_AT = "last_sync_at"
LAST_SYNC_REPORT = "last_sync_report"

ProgressCallback = Callable[[SyncProgress], None]


def _after_watermark(conversation: Conversation, state: SyncState) -> bool:
    if state.since is None or state.since_id is None:
        return True
    return (conversation.updated_at, conversation.id) > (state.since, state.since_id)


class SyncEngine:
    def __init__(
        self,
        client: PlatformClient,
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

    def run(self, *, full: bool = False) -> SyncReport:
        report = SyncReport(started_at=self._clock(), full=full)
        if full:
            self._store.reset_sync_state()
        self._store.save_profile(self._client.me())
        self._store.save_settings(self._client.settings())
        self._sync_paused(report)
        self._sync_closed(report)
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

    def _tally(self, report: SyncReport, page: ConversationPage, kept: list[Conversation]) -> None:
        report.pages += 1
        report.fetched += len(kept)
        for invalid in page.invalid:
            report.skipped.append(SkippedRecord(invalid.record_id, invalid.reason))
            log.warning("Skipped record %s: %s", invalid.record_id, invalid.reason)

    def _emit(self, phase: str, report: SyncReport, fraction: float | None) -> None:
        if self._on_progress is not None:
            self._on_progress(
                SyncProgress(
                    phase=phase,
                    fetched=report.fetched,
                    new=report.new,
                    updated=report.updated,
                    skipped=len(report.skipped),
                    fraction=fraction,
                )
            )

    def _sync_paused(self, report: SyncReport) -> None:
        seen: set[str] = set()
        cursor: str | None = None
        self._emit("paused", report, None)
        while True:
            self._check_cancel()
            page = self._client.conversations_page(
                ConversationStatus.PAUSED, updated_since=None, cursor=cursor, limit=self._page_size
            )
            kept = list(page.records)
            seen.update(c.id for c in kept)
            seen.update(i.record_id for i in page.invalid if i.record_id)
            self._tally(report, page, kept)
            outcome = self._store.write_page(
                ConversationStatus.PAUSED, kept, SyncState(None, None, page.next_cursor)
            )
            report.new += len(outcome.new)
            report.updated += len(outcome.updated)
            report.unchanged += outcome.unchanged
            self._emit("paused", report, None)
            cursor = page.next_cursor
            if cursor is None:
                break
        report.removed += len(self._store.retain_paused(seen))

    def _sync_closed(self, report: SyncReport) -> None:
        """Page k+1 is fetched (network, JSON, validation) on a helper thread while page k is
        written, so the wait for the server overlaps the work here. Only that thread touches
        the client during the pass; every write stays on this thread, in page order."""
        start = self._store.sync_state(ConversationStatus.CLOSED)
        state = start
        started_from = start.since
        horizon = self._clock()
        self._emit("closed", report, 0.0)

        def fetch(cursor: str | None) -> ConversationPage:
            return self._client.conversations_page(
                ConversationStatus.CLOSED,
                updated_since=start.since,
                cursor=cursor,
                limit=self._page_size,
            )

        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="agentdesk-fetch") as pool:
            pending: Future[ConversationPage] | None = pool.submit(fetch, start.cursor)
            try:
                while pending is not None:
                    page = pending.result()
                    self._check_cancel()
                    pending = pool.submit(fetch, page.next_cursor) if page.next_cursor else None
                    kept = [c for c in page.records if _after_watermark(c, start)]
                    if started_from is None and page.records:
                        # A first sync has no watermark: history starts where the first page does.
                        started_from = min(c.updated_at for c in page.records)
                    self._tally(report, page, kept)
                    state = self._write_closed(report, page, kept, state)
                    self._emit("closed", report, _fraction(started_from, state.since, horizon))
            finally:
                if pending is not None:
                    pending.cancel()
        self._emit("closed", report, 1.0)

    def _write_closed(
        self,
        report: SyncReport,
        page: ConversationPage,
        kept: list[Conversation],
        state: SyncState,
    ) -> SyncState:
        last = max(page.records, key=lambda c: (c.updated_at, c.id), default=None)
        new_state = SyncState(
            since=last.updated_at if last else state.since,
            since_id=last.id if last else state.since_id,
            cursor=page.next_cursor,
        )
        outcome = self._store.write_page(ConversationStatus.CLOSED, kept, new_state)
        report.new += len(outcome.new)
        report.updated += len(outcome.updated)
        report.unchanged += outcome.unchanged
        return new_state


def _fraction(start: datetime | None, reached: datetime | None, horizon: datetime) -> float | None:
    if reached is None:
        return None
    if start is None:
        return None
    whole = (horizon - start).total_seconds()
    if whole <= 0:
        return 1.0
    return max(0.0, min(1.0, (reached - start).total_seconds() / whole))
