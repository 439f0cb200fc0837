"""What the demo platform serves: the agent, the admin settings, and the conversations.

Conversations come from a ``ConversationSource`` that can list them per status in
``(updated_at, id)`` order *by position*, so the server can binary-search a million generated
conversations without building them (``generator.GeneratedSource``) as easily as a dataset file
held in memory (``DatasetSource``).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from agentdesk.demo.isotime import parse_time
from agentdesk.errors import UsageError

DEMO_LOGIN = "agent@demo.agentdesk"
DEMO_PASSWORD = "demo"  # noqa: S105 - the demo's published password, printed at start
LISTED_STATUSES = ("closed", "paused")

Key = tuple[datetime, str]
"""Where a conversation sits in a list: ``(updated_at, id)``."""
OLDEST = datetime.min.replace(tzinfo=UTC)


def record_key(record: Mapping[str, Any]) -> Key:
    """A record's list position; a missing or malformed ``updated_at`` sorts first."""
    raw = record.get("updated_at")
    try:
        moment = parse_time(raw) if isinstance(raw, str) else OLDEST
    except ValueError:
        moment = OLDEST
    return moment, str(record.get("id"))


class OrderedRecords(Protocol):
    """The conversations of one status, in ``(updated_at, id)`` order, addressed by position."""

    def __len__(self) -> int: ...
    def key_at(self, position: int) -> Key: ...
    def id_at(self, position: int) -> str: ...
    def record_at(self, position: int) -> dict[str, Any]: ...


class ConversationSource(Protocol):
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[dict[str, Any]]: ...
    def ordered(self, status: str) -> OrderedRecords: ...
    def get(self, conversation_id: str) -> dict[str, Any] | None: ...
    def latest_update(self) -> datetime | None: ...


@dataclass(frozen=True, slots=True)
class Workspace:
    """One demo workspace. ``now`` is the moment generated data is anchored to (None for a
    dataset without one); a ``DemoServer`` without a clock lets time run on from it."""

    me: Mapping[str, Any]
    settings: Mapping[str, Any]
    source: ConversationSource = field(repr=False)
    now: datetime | None = None
    login: str = DEMO_LOGIN
    password: str = DEMO_PASSWORD

    def __len__(self) -> int:
        return len(self.source)

    def conversation(self, conversation_id: str) -> dict[str, Any] | None:
        return self.source.get(conversation_id)

    def ordered(self, status: str) -> OrderedRecords:
        return self.source.ordered(status)

    def conversations(self) -> Iterator[dict[str, Any]]:
        return iter(self.source)

    def to_dataset(self) -> dict[str, Any]:
        """The ``--dataset`` form of this workspace (every conversation: mind the size)."""
        data: dict[str, Any] = {
            "me": copy.deepcopy(dict(self.me)),
            "settings": copy.deepcopy(dict(self.settings)),
            "conversations": list(self.source),
        }
        if self.now is not None:
            data["now"] = self.now.isoformat()
        if (self.login, self.password) != (DEMO_LOGIN, DEMO_PASSWORD):
            data["credentials"] = {"login": self.login, "password": self.password}
        return data

    def to_dataset_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dataset(), ensure_ascii=False, indent=indent)


class _ListRecords:
    def __init__(self, entries: list[tuple[Key, dict[str, Any]]]) -> None:
        self._entries = sorted(entries, key=lambda entry: entry[0])

    def __len__(self) -> int:
        return len(self._entries)

    def key_at(self, position: int) -> Key:
        return self._entries[position][0]

    def id_at(self, position: int) -> str:
        return self._entries[position][0][1]

    def record_at(self, position: int) -> dict[str, Any]:
        return copy.deepcopy(self._entries[position][1])


class DatasetSource:
    """Conversations given as JSON, served exactly as given (invalid ones included)."""

    def __init__(self, conversations: list[dict[str, Any]]) -> None:
        self._records = conversations
        self._by_id = {str(record["id"]): record for record in conversations}
        self._ordered = {
            status: _ListRecords(
                [(record_key(r), r) for r in conversations if r.get("status") == status]
            )
            for status in LISTED_STATUSES
        }

    def __len__(self) -> int:
        return len(self._records)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (copy.deepcopy(record) for record in self._records)

    def ordered(self, status: str) -> OrderedRecords:
        return self._ordered.get(status, _ListRecords([]))

    def get(self, conversation_id: str) -> dict[str, Any] | None:
        record = self._by_id.get(conversation_id)
        return copy.deepcopy(record) if record is not None else None

    def latest_update(self) -> datetime | None:
        return max((record_key(r)[0] for r in self._records), default=None)


def _object(data: Mapping[str, Any], name: str, where: str) -> dict[str, Any]:
    value = data.get(name)
    if not isinstance(value, dict):
        raise UsageError(f"The dataset {where} has no {name!r} object.")
    return value


def workspace_from_dataset(data: Any, *, where: str = "given") -> Workspace:
    """A workspace from ``{"me", "settings", "conversations"}`` (plus optional ``"now"`` and
    ``"credentials": {"login", "password"}``); ``UsageError`` says what is missing."""
    if not isinstance(data, dict):
        raise UsageError(f"The dataset {where} is not a JSON object.")
    me = _object(data, "me", where)
    settings = _object(data, "settings", where)
    conversations = data.get("conversations")
    if not isinstance(conversations, list) or not all(
        isinstance(c, dict) and isinstance(c.get("id"), str) for c in conversations
    ):
        raise UsageError(f"The dataset {where} needs a 'conversations' list of objects with an id.")
    if len({c["id"] for c in conversations}) != len(conversations):
        raise UsageError(f"The dataset {where} has two conversations with the same id.")
    if not isinstance(me.get("id"), str):
        raise UsageError(f"The dataset {where} has no agent id in 'me'.")
    now = None
    if data.get("now") is not None:
        try:
            now = parse_time(str(data["now"]))
        except ValueError as error:
            raise UsageError(f"The dataset {where} has a bad 'now': {error}.") from error
    credentials = data.get("credentials") or {}
    if not isinstance(credentials, dict):
        raise UsageError(f"The dataset {where} has a 'credentials' that is not an object.")
    return Workspace(
        me=me,
        settings=settings,
        source=DatasetSource(conversations),
        now=now,
        login=str(credentials.get("login", DEMO_LOGIN)),
        password=str(credentials.get("password", DEMO_PASSWORD)),
    )


def load_dataset(path: str | Path) -> Workspace:
    where = f"file {path}"
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise UsageError(f"Cannot read the dataset {where}: {error.strerror}.") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UsageError(f"The dataset {where} is not valid UTF-8 JSON: {error}.") from error
    return workspace_from_dataset(data, where=where)
