"""A loopback server that answers with the JSON fixtures, as the real Chatwoot answered.

Each fixture names the request it answers (``"request": "GET /path?query"``, ``*`` for any
value) and the Chatwoot file it was shaped after. Beyond routing it keeps two bits of state: a
reopen (toggle_status) makes conversation 44 come back open, and ``throttle(n)`` answers the
next ``n`` requests with Rack::Attack's 429.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

FIXTURES = Path(__file__).parent / "fixtures"
TOKEN = "fixture-token"
ACCOUNT = 3


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return data


def _pattern(request: str) -> tuple[str, str, dict[str, str]] | None:
    method, _, target = request.partition(" ")
    if not target.startswith("/"):
        return None
    parts = urlsplit(target.split(" ")[0])
    return method, parts.path, dict(parse_qsl(parts.query))


class FixtureServer:
    def __init__(self) -> None:
        self.routes: list[tuple[tuple[str, str, dict[str, str]], str]] = []
        for path in sorted(FIXTURES.glob("*.json")):
            request = load(path.name).get("request") or ""
            if request.endswith("(after)"):
                continue
            pattern = _pattern(request)
            if pattern is not None:
                self.routes.append((pattern, path.name))
        self.reopened = False
        self.assigned = False
        self.throttled = 0
        self.ignore_updated_within = False
        """Answer as a Chatwoot without the parameter: an ordinary first page."""
        self.seen: list[str] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def __enter__(self) -> FixtureServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()

    def throttle(self, count: int) -> None:
        self.throttled = count

    def answer(  # noqa: PLR0911 - one answer per kind of request, like a router
        self, method: str, target: str, headers: dict[str, str]
    ) -> dict[str, Any]:
        parts = urlsplit(target)
        path, query = parts.path.rstrip("/"), dict(parse_qsl(parts.query))
        if self.ignore_updated_within and query.pop("updated_within", None) is not None:
            query["page"] = "1"
        with self._lock:
            self.seen.append(f"{method} {target}")
            if self.throttled:
                self.throttled -= 1
                return load("error_429.json")
        if path == "/api":
            return load("api_index.json")
        if headers.get("api_access_token") != TOKEN:
            return load("error_401_token.json")
        if path.startswith("/api/v2/"):
            return load("error_401_action.json")
        found = re.match(r"^/api/v1/accounts/(\d+)/", path)
        if found and int(found.group(1)) != ACCOUNT:
            return load("error_401_account.json")
        if re.search(r"/messages/\d+$", path):
            return load("error_403.json")
        if method == "POST" and path.endswith("/toggle_status"):
            self.reopened = True
        if method == "POST" and path.endswith("/assignments"):
            self.assigned = True
        if method == "GET" and path.endswith("/conversations/44") and self.reopened:
            return load("conversation_44_open.json")
        for (m, p, q), name in self.routes:
            if m == method and p == path and _matches(q, query):
                return load(name)
        return load("error_404.json")

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                headers = {k.lower(): v for k, v in self.headers.items()}
                fixture = server.answer(self.command, self.path, headers)
                body = fixture["body"]
                data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
                self.send_response(fixture["status"])
                kind = fixture["headers"].get("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PATCH = _serve  # noqa: N815 - http.server's naming

            def log_message(self, format: str, *args: Any) -> None:
                return

        return Handler


def _matches(pattern: dict[str, str], query: dict[str, str]) -> bool:
    if set(pattern) != set(query):
        return False
    return all(v == "*" or query[k] == v for k, v in pattern.items())
