"""The world's failures (locked, disk full) become StoreError sentences; our bugs do not."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from agentdesk.errors import StoreError
from agentdesk.store import Store, SyncState
from agentdesk.store import engine as engine_module
from agentdesk.store.failures import sentence_for
from tests.store.conftest import CLOSED, conversation, exchange


def test_a_locked_database_is_a_sentence(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_S", 0.05)
    with Store.open(db_path) as store:
        other = sqlite3.connect(db_path, isolation_level=None)
        try:
            other.execute("BEGIN EXCLUSIVE")
            with pytest.raises(StoreError, match="is locked by another program"):
                store.write_page(CLOSED, [conversation("c-1")], SyncState())
            other.execute("ROLLBACK")
            store.write_page(CLOSED, [conversation("c-1")], SyncState())  # usable again
        finally:
            other.close()
        assert store.all_conversation_ids() == {"c-1"}


def test_a_full_disk_is_a_sentence_and_writes_nothing(store: Store) -> None:
    store.write_page(CLOSED, [conversation("c-0")], SyncState())
    with store._engine.connect() as connection:
        pages = int(connection.exec_driver_sql("PRAGMA page_count").scalar() or 0)

    def cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    event.listen(store._engine, "connect", cap)
    store._engine.dispose()  # new connections get the cap: the "disk" is now nearly full
    big = [
        conversation(f"c-{i}", messages=exchange(f"c-{i}", conversation().started_at, replies=50))
        for i in range(1, 40)
    ]
    with pytest.raises(StoreError, match="is full; free some space"):
        store.write_page(CLOSED, big, SyncState(cursor="next"))
    assert store.all_conversation_ids() == {"c-0"}
    assert store.sync_state(CLOSED) == SyncState()


def test_sentences_name_the_file() -> None:
    path = Path("/data/agentdesk.sqlite")
    busy = sqlite3.OperationalError("database is locked")
    assert sentence_for(busy, path) is not None
    assert str(path) in (sentence_for(busy, path) or "")
    assert "damaged" in (sentence_for(sqlite3.DatabaseError("file is not a database"), path) or "")


def test_our_own_bugs_are_not_disguised_as_the_users_problem() -> None:
    path = Path("/data/agentdesk.sqlite")
    assert sentence_for(sqlite3.IntegrityError("UNIQUE constraint failed"), path) is None
    assert sentence_for(sqlite3.ProgrammingError("closed database"), path) is None
    syntax = sqlite3.OperationalError('near "(": syntax error')
    syntax.sqlite_errorname = "SQLITE_ERROR"  # type: ignore[attr-defined]
    assert sentence_for(syntax, path) is None
