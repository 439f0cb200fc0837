"""Following a list's pages: one fetched ahead on a daemon thread, and a server that never
lets the list end stopped with a sentence.

**Cursor-loop rule.** A list must end. It goes round in a circle when a cursor comes back
(refused at once), and it runs on for ever when a server hands out a new cursor with every page
but the pages bring nothing: no record, or only records already met in this pass with the same
``updated_at`` (a record changed during the pass legitimately comes again, newer). After
``MAX_IDLE_PAGES`` such pages in a row the pass stops; what it wrote is kept, and the watermark
has not moved past anything unseen. The number is generous because a connector that filters a
platform's pages (another agent's conversations) can legitimately send a few empty ones.

**Prefetch.** The next page is fetched on a *daemon* thread while this one is written. A thread
of a ``ThreadPoolExecutor`` is joined when the interpreter exits, so a fetch stuck on a hostile
server used to keep a stopped command alive (SIGTERM, two Ctrl+C); a daemon thread does not,
and the request's own deadline ends it anyway.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime

from agentdesk.errors import ServerError
from agentdesk.platform.client import ConversationPage

MAX_IDLE_PAGES = 50


class PageGuard:
    """Checks each page of one pass; ``server`` names the server in the sentences."""

    def __init__(self, server: str) -> None:
        self._server = server
        self._cursors: set[str] = set()
        self._met: set[tuple[str, datetime]] = set()
        self._idle = 0

    def next_cursor(self, page: ConversationPage) -> str | None:
        """The cursor to follow after ``page``, or None at the end of the list."""
        fresh = {(c.id, c.updated_at) for c in page.records} - self._met
        self._met |= fresh
        cursor = page.next_cursor
        if cursor is None:
            return None
        if cursor in self._cursors:
            raise ServerError(
                f"The server at {self._server} sent the same page of conversations twice; "
                "the sync stopped there, keeping what it had fetched. Try again later."
            )
        self._cursors.add(cursor)
        self._idle = 0 if fresh or page.invalid else self._idle + 1
        if self._idle >= MAX_IDLE_PAGES:
            raise ServerError(
                f"The server at {self._server} kept sending pages of conversations that bring "
                f"nothing new ({self._idle} in a row); the sync stopped there, keeping what it "
                "had fetched. Try again later."
            )
        return cursor


class Prefetch:
    """``fetch(cursor)`` running on a daemon thread; ``result()`` waits for it (a signal still
    interrupts the wait)."""

    def __init__(self, fetch: Callable[[str | None], ConversationPage], cursor: str | None) -> None:
        self._done = threading.Event()
        self._page: ConversationPage | None = None
        self._error: BaseException | None = None
        thread = threading.Thread(
            target=self._run, args=(fetch, cursor), name="agentdesk-fetch", daemon=True
        )
        thread.start()

    def _run(self, fetch: Callable[[str | None], ConversationPage], cursor: str | None) -> None:
        try:
            self._page = fetch(cursor)
        except BaseException as error:  # noqa: BLE001 - handed to the waiting thread
            self._error = error
        finally:
            self._done.set()

    def settle(self, timeout: float) -> None:
        """Wait up to ``timeout`` seconds for the fetch to end, whatever its outcome."""
        self._done.wait(timeout)

    def result(self) -> ConversationPage:
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._page is not None
        return self._page
