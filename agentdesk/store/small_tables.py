"""Writes of the small tables keyed by one value: sync state, meta, profile and admin
settings (``agentdesk.store.reads`` reads them back).

SQL text on a ``sqlite3`` connection inside the caller's write transaction: ``Store`` runs them
on its own connections (a sync with nothing new writes only these and so never loads
SQLAlchemy), ``StoreWriter`` on the driver connection of its SQLAlchemy transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from agentdesk.domain.models import AdminSettings, AgentProfile
from agentdesk.store.rows import profile_row, settings_row
from agentdesk.store.timestamps import to_micros
from agentdesk.store.values import SyncState


def _upsert(
    connection: sqlite3.Connection, table: str, key: str, row: Mapping[str, object]
) -> None:
    names = list(row)
    changes = ", ".join(f"{name} = excluded.{name}" for name in names if name != key)
    connection.execute(
        f"INSERT INTO {table} ({', '.join(names)}) "  # noqa: S608 - our names only
        f"VALUES ({', '.join(':' + name for name in names)}) "
        f"ON CONFLICT ({key}) DO UPDATE SET {changes}",
        dict(row),
    )


def write_sync_state(connection: sqlite3.Connection, status: str, state: SyncState) -> None:
    since = None if state.since is None else to_micros(state.since)
    row = {"status": status, "since": since, "since_id": state.since_id, "cursor": state.cursor}
    _upsert(connection, "sync_state", "status", row)


def clear_sync_states(connection: sqlite3.Connection) -> None:
    connection.execute("DELETE FROM sync_state")


def write_meta(connection: sqlite3.Connection, key: str, value: str | None) -> None:
    """``None`` removes the key."""
    if value is None:
        connection.execute("DELETE FROM meta WHERE key = ?", (key,))
    else:
        _upsert(connection, "meta", "key", {"key": key, "value": value})


def write_profile(connection: sqlite3.Connection, profile: AgentProfile) -> None:
    _upsert(connection, "profile", "slot", profile_row(profile))


def write_settings(connection: sqlite3.Connection, settings: AdminSettings) -> None:
    _upsert(connection, "admin_settings", "slot", settings_row(settings))
