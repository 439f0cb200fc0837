"""The store's SQLite connections on the standard library alone: their pragmas, the private
database file, and the pool of connections the store reads through.

Why reads do not go through SQLAlchemy: importing it costs ~0.25 s of CPU (its ORM ~0.3 s),
more than half of what ``agentdesk indicators`` may take as a whole process (issue 15), while
every read the commands make is a handful of fixed statements. So reads are SQL text on
``sqlite3`` connections from ``ConnectionPool`` (the window's too: one implementation of each
read), and SQLAlchemy (``agentdesk.store.engine``) is loaded only by the first write, or by an
open that has to migrate. Both kinds of connection get the same pragmas from ``configure``.

- Threads: a pooled connection is opened with ``check_same_thread=False`` and used by one
  thread at a time (checked out for one read transaction, then given back), as SQLAlchemy's
  pool does; WAL lets these readers run beside the one writer.
- Transactions: ``isolation_level = None`` (the driver never begins on its own) and each read
  runs inside one explicit deferred ``BEGIN``, so a read of several statements sees one
  snapshot.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

BUSY_TIMEOUT_S = 5.0
"""How long a statement waits for another connection's lock before the store gives up."""

WRITER: dict[str, Any] = {"agentdesk_begin": "BEGIN IMMEDIATE"}
"""Execution options of a SQLAlchemy connection that will write (its BEGIN takes the write
lock; see ``agentdesk.store.engine``)."""


def configure(connection: sqlite3.Connection, *, write_ahead: bool) -> None:
    """The pragmas of every connection to the store, SQLAlchemy's and the readers'."""
    # None: sqlite3 never emits BEGIN on its own; whoever reads or writes does.
    connection.isolation_level = None
    cursor = connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        if write_ahead:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA cache_size = -16000")
    finally:
        cursor.close()


def read_only_uri(path: Path) -> str:
    """``read_only``: a data folder that cannot be written (a read-only disk or mount). SQLite
    cannot create a WAL database's ``-shm`` there, so the file is opened ``immutable``: no
    locks, no journal, what the file holds (AgentDesk checkpoints the WAL into it on close)."""
    return f"file:{path.as_posix()}?mode=ro&immutable=1"


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        connection = sqlite3.connect(
            read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False
        )
    else:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    try:
        configure(connection, write_ahead=not read_only)
    except BaseException:
        connection.close()
        raise
    return connection


def create_private_file(path: Path) -> None:
    """A new database file readable by its owner only; SQLite gives its ``-wal`` and ``-shm``
    files the same permissions. (An empty file is a valid empty database.)"""
    if path.exists():
        return
    try:
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    except OSError as error:
        logging.getLogger(__name__).debug("could not create %s ahead of SQLite: %s", path, error)


class ConnectionPool:
    """Idle connections to one database file, opened when first needed: the store's reads, and
    the small writes that need no SQLAlchemy (``Store.set_meta``, a page that changes nothing)."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self._path = path
        self._read_only = read_only
        self._idle: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """One connection inside one deferred read transaction."""
        with self._transaction("BEGIN", keep=False) as connection:
            yield connection

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One connection inside one ``BEGIN IMMEDIATE`` transaction (the write lock taken up
        front, as the SQLAlchemy writer does), committed when the block ends without error."""
        with self._transaction("BEGIN IMMEDIATE", keep=True) as connection:
            yield connection

    @contextmanager
    def _transaction(self, begin: str, *, keep: bool) -> Iterator[sqlite3.Connection]:
        """The connection goes back to the pool afterwards (closed instead if it could not
        even roll back)."""
        with self._lock:
            connection = self._idle.pop() if self._idle else None
        if connection is None:
            connection = connect(self._path, read_only=self._read_only)
        healthy = True
        try:
            connection.execute(begin)
            yield connection
            if keep:
                connection.execute("COMMIT")
        finally:
            try:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")  # a reader's, or a failed write's
            except sqlite3.Error:
                healthy = False
            if healthy:
                with self._lock:
                    self._idle.append(connection)
            else:
                connection.close()

    def close(self) -> None:
        """Close the idle connections. (A connection checked out meanwhile goes back to the
        pool when its transaction ends; the store is closed once its users are done, as
        SQLAlchemy's ``dispose`` assumes too.)"""
        with self._lock:
            idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()
