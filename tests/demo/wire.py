"""A minimal HTTP client for the demo server tests (the project's own client is tested
elsewhere): one connection per call, always closed, raw status/headers/body kept."""

from __future__ import annotations

import http.client
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

TOKEN = "test-token"


@dataclass(frozen=True)
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def call(
    url: str,
    method: str,
    path: str,
    *,
    token: str | None = TOKEN,
    body: Any = None,
    params: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 10,
) -> Reply:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=timeout)
    sent = dict(headers or {})
    if token is not None:
        sent["Authorization"] = f"Bearer {token}"
    data = None
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        sent["Content-Type"] = "application/json"
    if params:
        path = f"{path}?{urlencode({k: v for k, v in params.items() if v is not None})}"
    try:
        connection.request(method, path, body=data, headers=sent)
        response = connection.getresponse()
        payload = response.read()
        return Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, payload)
    finally:
        connection.close()


def get(url: str, path: str, **options: Any) -> Reply:
    return call(url, "GET", path, **options)


def list_page(url: str, status: str, **params: Any) -> Reply:
    return get(url, "/api/v1/conversations", params={"status": status, **params})


def fetch_all(
    url: str,
    status: str,
    *,
    limit: int = 100,
    updated_since: str | None = None,
    between_pages: Callable[[int], None] | None = None,
) -> list[dict[str, Any]]:
    """Every record of a list, following cursors; ``between_pages(n)`` runs after page n."""
    records: list[dict[str, Any]] = []
    cursor = None
    pages = 0
    while True:
        reply = list_page(url, status, limit=limit, cursor=cursor, updated_since=updated_since)
        assert reply.status == 200, reply.body
        page = reply.json()
        assert len(page["data"]) <= limit
        records.extend(page["data"])
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            return records
        if between_pages is not None:
            between_pages(pages)
