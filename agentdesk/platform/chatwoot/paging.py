"""Where a Chatwoot listing stands: when a list entry last changed, and the sync position
(``page:N:SINCE:WHO``) handed to the engine as an opaque cursor (see ``connector.py``)."""

from __future__ import annotations

from datetime import UTC, datetime

from agentdesk.errors import PlatformError


def changed_at(item: object) -> float:
    """When Chatwoot last changed the conversation: ``updated_at`` (float seconds, newer
    versions), else ``timestamp`` (its last activity)."""
    if isinstance(item, dict):
        for key in ("updated_at", "timestamp"):
            value = item.get(key)
            if isinstance(value, int | float) and not isinstance(value, bool):
                return float(value)
            if value is not None and hasattr(value, "__float__") and not isinstance(value, str):
                return float(value)
    return 0.0


def cursor(page: int, since: datetime | None, assignee: str) -> str:
    return f"page:{page}:{'-' if since is None else repr(since.timestamp())}:{assignee}"


def parse_cursor(cursor: str) -> tuple[int, datetime | None, str]:
    try:
        kind, page, since, assignee = cursor.split(":")
        if kind != "page" or int(page) < 1 or assignee not in ("me", "unassigned"):
            raise ValueError(cursor)
        moment = None if since == "-" else datetime.fromtimestamp(float(since), UTC)
    except ValueError:
        # A cursor from the other connector: the engine falls back on its watermark.
        raise PlatformError(f"“{cursor}” is not a Chatwoot sync position.") from None
    return int(page), moment, assignee
