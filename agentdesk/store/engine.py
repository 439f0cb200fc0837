"""The SQLAlchemy engine over one SQLite file, set up for one writer and many readers.

- Every pooled connection gets WAL, foreign keys, ``synchronous=NORMAL`` and a busy timeout.
- Threads: SQLAlchemy pools file databases with a ``QueuePool`` and opens them with
  ``check_same_thread=False``; each ``Store`` call checks a connection out for its own use and
  returns it, so a connection is only ever used by one thread at a time. WAL lets readers on
  other threads run while the writer writes; SQLite serialises writers.
- Transactions: Python's ``sqlite3`` (before 3.12) begins a transaction only before DML, so a
  read-then-write would straddle two snapshots. As SQLAlchemy documents, we switch that off and
  emit BEGIN ourselves: deferred for readers, ``BEGIN IMMEDIATE`` for writers (connections with
  the ``WRITER`` execution option), so a writer takes the lock up front and waits for it with the
  busy timeout instead of failing half-way with "database is locked".
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event

BUSY_TIMEOUT_S = 5.0
"""How long a statement waits for another connection's lock before the store gives up."""

WRITER: dict[str, Any] = {"agentdesk_begin": "BEGIN IMMEDIATE"}
"""Execution options of a connection that will write (its BEGIN takes the write lock)."""


def create_store_engine(path: Path, *, read_only: bool = False) -> Engine:
    """``read_only``: a data folder that cannot be written (a read-only disk or mount). SQLite
    cannot create a WAL database's ``-shm`` there, so the file is opened ``immutable``: no
    locks, no journal, what the file holds (AgentDesk checkpoints the WAL into it on close)."""
    connect_args: dict[str, Any] = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_S}
    if read_only:
        url = URL.create(
            "sqlite+pysqlite",
            database=f"file:{path.as_posix()}",
            query={"mode": "ro", "immutable": "1", "uri": "true"},
        )
    else:
        url = URL.create("sqlite+pysqlite", database=str(path))
    engine = create_engine(url, connect_args=connect_args)
    event.listen(engine, "connect", _configure_reader if read_only else _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


def _configure_reader(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    _configure(dbapi_connection, write_ahead=False)


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    _configure(dbapi_connection, write_ahead=True)


def _configure(dbapi_connection: sqlite3.Connection, *, write_ahead: bool) -> None:
    # None: sqlite3 never emits BEGIN on its own; _begin does (commit/rollback still work).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        if write_ahead:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA cache_size = -16000")
    finally:
        cursor.close()


def _begin(connection: Connection) -> None:
    statement = connection.get_execution_options().get("agentdesk_begin", "BEGIN")
    connection.exec_driver_sql(statement)


def create_private_file(path: Path) -> None:
    """A new database file readable by its owner only; SQLite gives its ``-wal`` and ``-shm``
    files the same permissions. (An empty file is a valid empty database.)"""
    if path.exists():
        return
    try:
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    except OSError as error:
        logging.getLogger(__name__).debug("could not create %s ahead of SQLite: %s", path, error)
