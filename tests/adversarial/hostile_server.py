"""A platform server on 127.0.0.1 that misbehaves on purpose, byte by byte.

Each route is a function that writes the raw answer itself, so a test can drip bytes, send a
gzip bomb, hand out cursors for ever or stamp records in 2099. ``/api/v1/me`` and
``/api/v1/me/settings`` answer well unless a test replaces them. Every answer loop checks
``stopping``, so ``stop()`` ends even a drip that would go on for ever.
"""

from __future__ import annotations

import json
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

ME = {
    "id": "u-7",
    "name": "Agent Seven",
    "email": "seven@example.test",
    "timezone": "Europe/Paris",
    "locale": "fr-FR",
    "week_start": "monday",
}
SETTINGS = {"indicators": ["conversations"], "daily_widget": False, "show_transactions": True}

Route = Callable[["Exchange"], None]


class Exchange:
    """One request and the means to answer it as badly as a test wants."""

    def __init__(self, handler: BaseHTTPRequestHandler, stopping: threading.Event) -> None:
        self.handler = handler
        self.stopping = stopping
        parts = urlsplit(handler.path)
        self.path = parts.path
        self.query = {k: v[-1] for k, v in parse_qs(parts.query).items()}

    def write(self, data: bytes) -> None:
        self.handler.wfile.write(data)

    def head(self, status: int = 200, headers: dict[str, str] | None = None) -> None:
        self.handler.send_response(status)  # also sends Date and Server
        for name, value in (headers or {}).items():
            self.handler.send_header(name, value)
        self.handler.end_headers()

    def json(self, body: Any, status: int = 200, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.head(
            status,
            {"Content-Type": "application/json", "Content-Length": str(len(data))}
            | (headers or {}),
        )
        self.write(data)

    def drip(self, data: Iterator[bytes], every: float) -> None:
        """Write one piece every ``every`` seconds until the client goes or the server stops."""
        for piece in data:
            if self.stopping.wait(every):
                return
            try:
                self.write(piece)
            except OSError:
                return


def gzip_bomb(decoded_bytes: int) -> bytes:
    """A gzip body of ``decoded_bytes`` zeros (about a thousandth of that on the wire)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    parts = [compressor.compress(block) for _ in range(decoded_bytes >> 20)]
    parts.append(compressor.flush())
    return b"".join(parts)


class HostileServer:
    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes: dict[str, Route] = {
            "/api/v1/me": lambda ex: ex.json(ME),
            "/api/v1/me/settings": lambda ex: ex.json(SETTINGS),
            **routes,
        }
        self.stopping = threading.Event()
        self.hits: dict[str, int] = {}
        self.arrived = threading.Event()
        """Set when a request for a route given to the constructor arrives."""
        self._watched = set(routes)
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._httpd.handle_error = lambda request, address: None  # type: ignore[method-assign]
        host, port = self._httpd.server_address[:2]
        self.url = f"http://{host!s}:{port}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        exchange = Exchange(handler, self.stopping)
        with self._lock:
            self.hits[exchange.path] = self.hits.get(exchange.path, 0) + 1
        if exchange.path in self._watched:
            self.arrived.set()
        route = self.routes.get(exchange.path)
        if route is None:
            exchange.json({"error": "not_found", "message": "no such route"}, status=404)
        else:
            route(exchange)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server._handle(self)

            def log_message(self, format: str, *args: object) -> None:
                """Quiet."""

        return Handler


def wait_for(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)
    return True
