"""A tiny HTTP(S) server on 127.0.0.1 that plays a script of replies and records each request.

The demo server shows the client working against the real API with random faults; this one
pins down exactly how many attempts a given failure costs, which random faults cannot.
"""

from __future__ import annotations

import json
import ssl
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: Any = None
    """JSON-encoded unless ``bytes``."""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait before answering."""
    drop: bool = False
    """Close the connection without answering."""
    cut_at: int | None = None
    """Send only this many bytes of the body (with the full Content-Length), then close."""

    def payload(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        return json.dumps(self.body).encode()


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class ScriptedServer:
    """Replies come from ``script`` in order; once it is empty, ``default`` answers."""

    def __init__(self, *, tls: ssl.SSLContext | None = None) -> None:
        self.script: deque[Reply] = deque()
        self.default = Reply(200, {})
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        # A client that gave up makes the late write fail; that is the point of such a test.
        self._httpd.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
        if tls is not None:
            self._httpd.socket = tls.wrap_socket(self._httpd.socket, server_side=True)
        host, port = self._httpd.server_address[:2]
        self.url = f"{'https' if tls else 'http'}://{host!s}:{port}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def start(self) -> ScriptedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def play(self, *replies: Reply) -> None:
        self.script.extend(replies)

    def count(self, path: str) -> int:
        return sum(1 for request in self.seen if request.path.split("?")[0] == path)

    def _next(self, seen: Seen) -> Reply:
        with self._lock:
            self.seen.append(seen)
            return self.script.popleft() if self.script else self.default

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                self._answer()

            def do_POST(self) -> None:
                self._answer()

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                reply = server._next(Seen(self.command, self.path, dict(self.headers), body))
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    self.close_connection = True
                    return
                payload = reply.payload()
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                if reply.cut_at is not None:
                    self.wfile.write(payload[: reply.cut_at])
                    self.close_connection = True
                else:
                    self.wfile.write(payload)

            def log_message(self, format: str, *args: object) -> None:
                """Quiet: the test asserts on ``seen``."""

        return Handler
