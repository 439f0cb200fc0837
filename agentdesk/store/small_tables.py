"""Writes of the small tables keyed by one value: sync state, meta, profile and admin
settings (``agentdesk.store.reads`` reads them back)."""

from __future__ import annotations

from sqlalchemy import Connection, delete
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from agentdesk.domain.models import AdminSettings, AgentProfile
from agentdesk.store.rows import Row, profile_row, settings_row
from agentdesk.store.schema import AdminSettingsRow, Base, MetaRow, ProfileRow, SyncStateRow
from agentdesk.store.values import SyncState


def _upsert(connection: Connection, model: type[Base], key: str, row: Row) -> None:
    statement = sqlite_insert(model).values(row)
    changes = {name: statement.excluded[name] for name in row if name != key}
    connection.execute(statement.on_conflict_do_update(index_elements=[key], set_=changes))


def write_sync_state(connection: Connection, status: str, state: SyncState) -> None:
    row = {"status": status, "since": state.since, "since_id": state.since_id}
    _upsert(connection, SyncStateRow, "status", row | {"cursor": state.cursor})


def clear_sync_states(connection: Connection) -> None:
    connection.execute(delete(SyncStateRow))


def write_meta(connection: Connection, key: str, value: str | None) -> None:
    """``None`` removes the key."""
    if value is None:
        connection.execute(delete(MetaRow).where(MetaRow.key == key))
    else:
        _upsert(connection, MetaRow, "key", {"key": key, "value": value})


def write_profile(connection: Connection, profile: AgentProfile) -> None:
    _upsert(connection, ProfileRow, "slot", profile_row(profile))


def write_settings(connection: Connection, settings: AdminSettings) -> None:
    _upsert(connection, AdminSettingsRow, "slot", settings_row(settings))
