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

import sqlite3
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, event

from agentdesk.store.connections import BUSY_TIMEOUT_S, WRITER, configure

__all__ = ["WRITER", "create_store_engine"]


def create_store_engine(path: Path, *, read_only: bool = False) -> Engine:
    """``read_only``: see ``agentdesk.store.connections.read_only_uri``."""
    connect_args: dict[str, object] = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_S}
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
    configure(dbapi_connection, write_ahead=False)


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    configure(dbapi_connection, write_ahead=True)


def _begin(connection: Connection) -> None:
    statement = connection.get_execution_options().get("agentdesk_begin", "BEGIN")
    connection.exec_driver_sql(statement)


def driver(connection: Connection) -> sqlite3.Connection:
    """The ``sqlite3`` connection under a SQLAlchemy one, for the reads written as SQL text
    (``agentdesk.store.connections``) that a write transaction makes: same transaction."""
    raw = connection.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw
