"""The HTTP side of the demo platform: one thread per connection, HTTP/1.1 keep-alive, faults
applied around ``DemoApi``; and a server that can close every connection when it stops."""

from __future__ import annotations

import itertools
import json
import logging
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

from agentdesk.demo.api import TOKEN_PATH, ApiAnswer, ApiRequest
from agentdesk.demo.faults import FaultDecision, FaultInjector, FaultKind

logger = logging.getLogger(__name__)

MAX_BODY = 1 << 20
THREAD_PREFIX = "agentdesk-demo"
_FAULT_ANSWERS = {
    FaultKind.TOO_MANY_REQUESTS: (429, "rate_limited", "Too many requests"),
    FaultKind.UNAVAILABLE: (503, "unavailable", "The demo platform is briefly unavailable"),
}


class Api(Protocol):
    """What the server answers with: ``DemoApi`` (v1) or the Chatwoot-shaped one."""

    def handle(self, request: ApiRequest) -> ApiAnswer: ...


class DemoHTTPServer(ThreadingHTTPServer):
    """Tracks its connections and their threads so ``close_all`` leaves nothing behind."""

    daemon_threads = True
    block_on_close = False

    def __init__(
        self,
        address: tuple[str, int],
        api: Api,
        faults: FaultInjector,
        stopping: threading.Event,
        handler: type[DemoRequestHandler] | None = None,
    ) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.api = api
        self.faults = faults
        self.stopping = stopping
        self._guard = threading.Lock()
        self._connections: set[socket.socket] = set()
        self._workers: list[threading.Thread] = []
        self._numbers = itertools.count(1)
        super().__init__(address, handler or DemoRequestHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        worker = threading.Thread(
            target=self.process_request_thread,
            args=(request, client_address),
            name=f"{THREAD_PREFIX}-connection-{next(self._numbers)}",
            daemon=True,
        )
        with self._guard:
            self._workers = [w for w in self._workers if w.is_alive()]
            self._workers.append(worker)
            self._connections.add(request)
        worker.start()

    def shutdown_request(self, request: Any) -> None:
        with self._guard:
            self._connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up is the normal life of a test server; anything else is a bug."""
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | TimeoutError):
            logger.debug("connection from %s ended: %s", client_address, error)
        else:
            logger.exception("demo server failed to answer %s", client_address)

    def close_all(self, timeout: float = 5.0) -> None:
        """Hang up on every open connection (idle keep-alive ones included) and wait for their
        threads."""
        with self._guard:
            connections = list(self._connections)
            workers = list(self._workers)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                logger.debug("connection already closed")
        for worker in workers:
            worker.join(timeout)


class DemoRequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "AgentDeskDemo/1"
    disable_nagle_algorithm = True
    """Headers and body leave in two writes: with Nagle's algorithm the body waited for the
    client's delayed ACK, 40 ms on every keep-alive request (Chatwoot's sync makes thousands)."""
    timeout = 60
    server: DemoHTTPServer

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s %s", self.address_string(), format % args)

    def _body(self) -> bytes | None:
        length = self.headers.get("Content-Length") or "0"
        if not length.isdecimal() or int(length) > MAX_BODY:
            return None
        return self.rfile.read(int(length))

    def _serve(self) -> None:
        body = self._body()
        if body is None:
            self.close_connection = True
            payload = {"error": "bad_request", "message": "Bad or too large Content-Length."}
            self._send(ApiAnswer(400, payload), None)
            return
        url = urlsplit(self.path)
        is_token = url.path.rstrip("/") == TOKEN_PATH
        decision = self.server.faults.decide(token_endpoint=is_token)
        if decision.kind is not None and decision.kind in _FAULT_ANSWERS:
            answer = self._fault_answer(decision.kind, decision.plan.retry_after)
        else:
            query = parse_qs(url.query, keep_blank_values=True)
            headers = {name.lower(): value for name, value in self.headers.items()}
            request = ApiRequest(self.command, url.path, query, headers, body)
            try:
                answer = self._spoil(self.server.api.handle(request), decision)
            except Exception:
                logger.exception("the demo server failed on %s %s", self.command, url.path)
                payload = {"error": "internal", "message": "The demo server failed (a bug)."}
                answer = ApiAnswer(500, payload)
        if decision.kind is FaultKind.SLOW and self.server.stopping.wait(
            decision.plan.slow_seconds
        ):
            self.close_connection = True
            return
        if decision.kind is FaultKind.DROP:
            self.close_connection = True
            return
        self._send(answer, decision)

    @staticmethod
    def _fault_answer(kind: FaultKind, seconds: int) -> ApiAnswer:
        status, code, text = _FAULT_ANSWERS[kind]
        payload = {"error": code, "message": f"{text}: retry after {seconds} s."}
        return ApiAnswer(status, payload, {"Retry-After": str(seconds)})

    @staticmethod
    def _spoil(answer: ApiAnswer, decision: FaultDecision) -> ApiAnswer:
        if answer.status != 200 or answer.records is None:
            return answer
        payload = answer.payload
        if answer.records == "data":
            payload = {**payload, "data": decision.corrupt(payload["data"])}
        else:
            payload = decision.corrupt([payload])[0]
        return ApiAnswer(answer.status, payload, answer.headers, answer.records)

    def _send(self, answer: ApiAnswer, decision: FaultDecision | None) -> None:
        text = isinstance(answer.payload, str)  # Rack::Attack's "Retry later" is plain text
        if text:
            data = answer.payload.encode()
        else:
            data = json.dumps(answer.payload, ensure_ascii=False).encode()
        if decision is not None and decision.kind is FaultKind.TRUNCATE:
            data = data[: len(data) // 2]
        self.send_response(answer.status)
        kind = "text/plain" if text else "application/json"
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        for name, value in answer.headers.items():
            self.send_header(name, value)
        faults = decision.header() if decision is not None else None
        if faults:
            self.send_header("X-Demo-Faults", faults)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)
