"""The demo's HTTP side with Chatwoot's faces on its faults.

The same ``--faults`` as Platform API v1 (same counting, same seeded draws), answered the way
Chatwoot would: a 429 is Rack::Attack's plain "Retry later" (with ``Retry-After``, which a real
server sends only when configured to), a 503 the proxy's; an ``invalid`` record gets a
``created_at`` no clock can read, keeping its id, so the connector must skip and count it.
"""

from __future__ import annotations

from typing import Any

from agentdesk.demo.api import ApiAnswer
from agentdesk.demo.faults import FaultDecision, FaultKind
from agentdesk.demo.handler import DemoRequestHandler

BROKEN_TIME = "31/02/2026 25:61"


class ChatwootRequestHandler(DemoRequestHandler):
    server_version = "ChatwootDemo/1"

    @staticmethod
    def _fault_answer(kind: FaultKind, seconds: int) -> ApiAnswer:
        headers = {"Retry-After": str(seconds)}
        if kind is FaultKind.TOO_MANY_REQUESTS:
            return ApiAnswer(429, "Retry later\n", headers)
        return ApiAnswer(503, {"error": "Service Unavailable"}, headers)

    @staticmethod
    def _spoil(answer: ApiAnswer, decision: FaultDecision) -> ApiAnswer:
        if answer.status != 200 or answer.records != "chatwoot-list":
            return answer
        entries: list[dict[str, Any]] = answer.payload["data"]["payload"]
        before = len(decision.corrupted)
        decision.corrupt(entries)  # only to draw which ones, as the v1 server would
        unlucky = set(decision.corrupted[before:])
        served = [
            {**entry, "created_at": BROKEN_TIME} if str(entry.get("id")) in unlucky else entry
            for entry in entries
        ]
        payload = {"data": {**answer.payload["data"], "payload": served}}
        return ApiAnswer(answer.status, payload, answer.headers, answer.records)
