"""Opening a database: migrations on an empty file, upgrades in place, refusals with a sentence."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from agentdesk.errors import InstallationError, StoreError
from agentdesk.store import Store
from agentdesk.store import migrate as migrate_module
from agentdesk.store.schema import Base
from tests.store.conftest import CLOSED, conversation

TABLES = {
    "conversations",
    "messages",
    "tags",
    "transactions",
    "profile",
    "admin_settings",
    "sync_state",
    "meta",
    "index_outbox",
    "alembic_version",
}
HEAD = "0002"
"""The newest revision in migrations/versions (0002: indexes for the search filters)."""


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as raw:
        rows = raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {name for (name,) in rows} - {"sqlite_sequence"}


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as raw:
        return str(raw.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_open_creates_the_folder_and_applies_the_migrations(db_path: Path) -> None:
    assert not db_path.parent.exists()
    with Store.open(db_path) as store:
        assert store.revision == HEAD
    assert _tables(db_path) == TABLES
    assert _revision(db_path) == HEAD


def test_an_empty_file_is_migrated(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    with Store.open(db_path) as store:
        assert store.counts().closed == 0
    assert _tables(db_path) == TABLES


def test_reopening_keeps_the_data(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.write_page(CLOSED, [conversation("c-1")], store.sync_state(CLOSED))
    with Store.open(db_path) as store:
        assert store.all_conversation_ids() == {"c-1"}


def test_the_migrated_schema_is_the_declared_schema(db_path: Path) -> None:
    Store.open(db_path).close()
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_pragmas_are_set(store: Store) -> None:
    with store._engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert pragma("PRAGMA busy_timeout").scalar() >= 1000


def test_a_database_from_a_newer_agentdesk_is_refused(db_path: Path) -> None:
    Store.open(db_path).close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(StoreError) as refused:
        Store.open(db_path)
    assert str(refused.value) == (
        "This database was written by a newer AgentDesk (schema 0099); "
        "update AgentDesk or choose another data folder."
    )
    assert _revision(db_path) == "0099"  # refused, not touched


def test_a_file_that_is_not_a_database_is_refused(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"This is my shopping list, not a database.\n" * 200)
    with pytest.raises(StoreError, match="is not an AgentDesk database or it is damaged"):
        Store.open(db_path)


def test_another_programs_database_is_refused(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    with sqlite3.connect(db_path) as raw:
        raw.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(StoreError, match="belongs to another program"):
        Store.open(db_path)
    assert _tables(db_path) == {"recipes"}


def test_a_folder_that_cannot_be_created_is_a_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot create its data folder"):
        Store.open(blocker / "data" / "agentdesk.sqlite")


def test_missing_migrations_are_a_sentence(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrate_module, "migrations_dir", lambda: tmp_path / "nowhere")
    with pytest.raises(InstallationError, match=r"migrations are missing .* reinstall AgentDesk"):
        Store.open(db_path)
    assert not db_path.exists(), "an empty database would outlive the reinstall"


REVISION_NEXT = '''
"""Test-only: add conversations.language, rebuilding the table as SQLite needs for most changes."""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conversations", recreate="always") as batch:
        batch.add_column(sa.Column("language", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("conversations", recreate="always") as batch:
        batch.drop_column("language")
'''


def test_an_old_database_upgrades_in_place_and_is_then_refused_by_older_code(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(db_path) as store:
        store.write_page(CLOSED, [conversation("c-1")], store.sync_state(CLOSED))
    newer = tmp_path / "newer-migrations"
    shutil.copytree(
        migrate_module.migrations_dir(), newer, ignore=shutil.ignore_patterns("__pycache__")
    )
    (newer / "versions" / "0003_language.py").write_text(REVISION_NEXT)

    with monkeypatch.context() as patch:
        patch.setattr(migrate_module, "migrations_dir", lambda: newer)
        with Store.open(db_path) as store:
            assert store.revision == "0003"
            # Rebuilding the parent table must not cascade to its children.
            assert store.conversation("c-1") == conversation("c-1")
            assert store.counts().messages == 2
    with sqlite3.connect(db_path) as raw:
        columns = {row[1] for row in raw.execute("PRAGMA table_info(conversations)")}
    assert "language" in columns

    with pytest.raises(StoreError, match=r"newer AgentDesk \(schema 0003\)"):
        Store.open(db_path)
