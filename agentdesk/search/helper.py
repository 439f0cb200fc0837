"""A second process that writes segments of a full build, so that a rebuild keeps both cores busy
(issue 15).

One core indexes ~4,000 conversations a second at best (the store's read, the analysis of new
texts and Whoosh's per-term writing are Python; docs/benchmarks.md). A rebuild of a big store
therefore hands some of its batches to a helper (a ``spawn`` process running ``help_build``),
which writes them as segments of its own Whoosh index, in a folder inside the generation being
built. When the batches end, both commit their last segment at the same time; the helper stops,
and the builder moves the helper's segment files beside its own and lists them in one more
commit (``adopt``): one generation, as if one process had written every segment. Nothing is
published before that commit, so a failure or a kill of either process leaves the previous
generation answering, as any failed rebuild does.

- **Sharing the work.** The builder offers each batch to the helper and keeps it when the
  helper's queue is full (``QUEUE_BATCHES``): the two share the batches by how fast each goes,
  on a quiet machine or a busy one, and the builder never waits for the helper until the end.
- **Memory.** Each process holds at most one segment being written (``BUILD_SEGMENT_MB``) and
  the helper at most ``QUEUE_BATCHES`` batches more: both stay under the 200 MB of a first sync.
- **Talking.** One pipe: the builder sends ``("batch", documents)`` (each conversation as
  ``document_fields`` makes it: plain dicts pickle and unpickle ten times faster than the
  conversations' dataclasses, which cost the pair ~1.4 s of CPU per 10,000) and finally
  ``("done", None)``; the helper answers ``("committed", count)`` or ``("failed",
  sentence)``. A sender thread does the sending, so the builder goes on indexing while a
  batch is on its way. The helper stops at once when the pipe breaks: a builder killed with
  ``kill -9`` does not leave it running.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import queue
import threading
from collections.abc import Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from agentdesk.domain.search_records import SearchableConversation
from agentdesk.search.documents import document_fields
from agentdesk.search.errors import SearchIndexError

log = logging.getLogger(__name__)

PARALLEL_FROM = 4000
"""Conversations a build indexes alone before it starts a helper: a smaller build is done
before a helper (an interpreter and Whoosh's imports, ~0.4 s of CPU) would have helped."""
QUEUE_BATCHES = 2
"""Batches waiting for the helper (beside the one it indexes) before the builder keeps the
next one for itself."""
HELPER_FOLDER = "helper"
"""Inside the generation folder: the helper's own Whoosh index, emptied by ``adopt``."""
WAIT_S = 0.2


def parallel_possible() -> bool:
    """Whether a second core is there to help."""
    return (os.cpu_count() or 1) > 1


class BuildHelper:
    """The builder's side of the helper process."""

    def __init__(self, folder: Path, segment_mb: float, verdicts: Path | None) -> None:
        self.folder = folder
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        self._process = context.Process(
            target=help_build,
            args=(folder, segment_mb, verdicts, theirs),
            name="agentdesk-index-helper",
            daemon=True,
        )
        self._process.start()
        theirs.close()
        self._pipe: Connection = ours
        self._outbox: queue.Queue[tuple[str, object] | None] = queue.Queue(QUEUE_BATCHES)
        self._broken = threading.Event()
        self._sender = threading.Thread(target=self._send_all, name="index-helper-sender")
        self._sender.daemon = True
        self._sender.start()
        self.sent = 0
        """Conversations handed to the helper."""

    def offer(self, batch: Sequence[SearchableConversation]) -> bool:
        """Hand ``batch`` to the helper if its queue has room; False: index it yourself."""
        if self._broken.is_set():
            return False
        if self._outbox.full():
            return False
        try:
            self._outbox.put_nowait(("batch", [document_fields(c) for c in batch]))
        except queue.Full:
            return False
        self.sent += len(batch)
        return True

    def finish(self) -> int:
        """Tell the helper that the batches have ended and wait for its last commit; returns
        how many conversations it indexed. ``SearchIndexError`` if it failed or vanished."""
        self._outbox.put(("done", None))  # the sender drains the queue even after a failure
        self._sender.join()
        try:
            if self._broken.is_set():
                raise EOFError
            while not self._pipe.poll(WAIT_S):
                if not self._process.is_alive():
                    raise EOFError
            kind, value = self._pipe.recv()
        except (EOFError, OSError) as error:
            self.stop()
            raise SearchIndexError(
                "The process helping to build the search index stopped; run `agentdesk reindex`."
            ) from error
        self._end(wait=True)
        if kind != "committed":
            raise SearchIndexError(f"The process helping to build the search index failed: {value}")
        if int(value) != self.sent:
            raise SearchIndexError(
                f"The process helping to build the search index wrote {value} conversations "
                f"of {self.sent}; run `agentdesk reindex`."
            )
        return int(value)

    def stop(self) -> None:
        """End the helper at once, its work dropped (a failed or cancelled build)."""
        self._end(wait=False)

    def _end(self, *, wait: bool) -> None:
        self._broken.set()
        with contextlib.suppress(queue.Full):
            self._outbox.put_nowait(None)
        if not wait:
            self._process.kill()  # also ends a send the sender thread is blocked in
        self._process.join(WAIT_S * 25)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()
        self._pipe.close()

    def _send_all(self) -> None:
        """The sender thread: batches to the helper, in order; after a failure it only takes
        them off the queue (so that ``finish`` can always put its word there)."""
        while (item := self._outbox.get()) is not None:
            if not self._broken.is_set():
                try:
                    self._pipe.send(item)
                except (OSError, ValueError):
                    self._broken.set()
            if item[0] == "done":
                return


def help_build(folder: Path, segment_mb: float, verdicts: Path | None, pipe: Connection) -> None:
    """The helper process: index what the pipe brings into a Whoosh index in ``folder``."""
    from whoosh import index as whoosh_index  # noqa: PLC0415 - the child's own imports

    from agentdesk.search.fields import build_schema  # noqa: PLC0415
    from agentdesk.search.whoosh_access import remember_verdicts_in  # noqa: PLC0415
    from agentdesk.search.writing import SegmentBuilder  # noqa: PLC0415

    remember_verdicts_in(verdicts)
    count = 0
    segment: SegmentBuilder | None = None
    try:
        folder.mkdir()
        ix = whoosh_index.create_in(str(folder), build_schema())
        segment = SegmentBuilder(ix, segment_mb)
        while True:
            kind, batch = pipe.recv()
            if kind == "done":
                break
            segment.add_documents(batch)
            count += len(batch)
            if segment.full():
                segment.commit()
                segment = SegmentBuilder(ix, segment_mb)
        segment.commit()
        segment = None
        pipe.send(("committed", count))
    except (EOFError, OSError, KeyboardInterrupt):
        return  # the builder is gone or gave up: nothing to say, nothing to keep
    except Exception as error:  # noqa: BLE001 - said to the builder, which raises it
        _say(pipe, ("failed", f"{type(error).__name__}: {error}"))
    finally:
        if segment is not None:
            segment.cancel()
        pipe.close()


def _say(pipe: Connection, message: tuple[str, Any]) -> None:
    with contextlib.suppress(OSError, ValueError):
        pipe.send(message)
