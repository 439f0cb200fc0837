"""A total deadline for one HTTP exchange, headers and body included.

A socket's read timeout bounds each wait for the next bytes, not the whole answer: a server
that sends one byte every 20 seconds never trips a 30-second read timeout and can hold a sync
for ever. ``Deadline`` arms a timer; when it fires, it shuts down the socket of every
connection the exchange used (so the blocked read returns at once, in whatever thread it waits)
and any connection the exchange opens afterwards (urllib3's own retries) is cut as soon as it
connects. The caller then sees a broken connection and ``expired`` says why.

The sockets are found through urllib3's connection classes: ``WATCHED_POOLS`` are the pool
classes whose connections report to the deadline of the thread that uses them (public
extension points of urllib3: ``PoolManager.pool_classes_by_scheme`` and
``HTTPConnectionPool.ConnectionCls``).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from types import TracebackType
from typing import Any

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

log = logging.getLogger(__name__)

_local = threading.local()


class Deadline:
    """``with Deadline(seconds) as deadline:`` around one exchange, on the thread doing it."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._connections: list[HTTPConnection] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> Deadline:
        _local.deadline = self
        self._timer.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._timer.cancel()
        _local.deadline = None

    def attach(self, connection: HTTPConnection) -> None:
        with self._lock:
            if connection not in self._connections:
                self._connections.append(connection)
            if self.expired:
                _cut(connection)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            log.warning("An answer took more than %.0f s: its connection is cut", self.seconds)
            for connection in self._connections:
                _cut(connection)


def _cut(connection: HTTPConnection) -> None:
    sock = getattr(connection, "sock", None)
    if sock is None:
        return
    with contextlib.suppress(OSError):  # already closed: nothing waits on it
        sock.shutdown(socket.SHUT_RDWR)


def _report(connection: HTTPConnection) -> None:
    deadline: Deadline | None = getattr(_local, "deadline", None)
    if deadline is not None:
        deadline.attach(connection)


class _WatchedHTTPConnection(HTTPConnection):
    """Reports itself to the thread's deadline when it connects and before each request (a
    kept-alive connection serves many). As the first base of ``_WatchedHTTPSConnection`` its
    ``super()`` calls reach ``HTTPSConnection``."""

    def connect(self) -> None:
        super().connect()
        _report(self)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _report(self)
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(_WatchedHTTPConnection, HTTPSConnection):
    pass


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


WATCHED_POOLS: dict[str, type[HTTPConnectionPool]] = {
    "http": _WatchedHTTPPool,
    "https": _WatchedHTTPSPool,
}
