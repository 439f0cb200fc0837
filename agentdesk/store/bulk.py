"""Bulk INSERT / upsert straight to the driver's ``executemany``.

SQLAlchemy's per-row parameter processing cost as much as SQLite itself on a 10,000-message
page. So the statement is built with Core from the mapped table once, compiled once, and fed
plain tuples whose values are already what SQLite stores (see ``agentdesk.store.rows``).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from sqlalchemy import Connection, bindparam
from sqlalchemy.dialects import sqlite
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from agentdesk.store.rows import Values
from agentdesk.store.schema import Base


@functools.cache
def _compiled(model: type[Base], columns: tuple[str, ...], conflict_key: str | None) -> str:
    statement = sqlite_insert(model).values({name: bindparam(name) for name in columns})
    if conflict_key is not None:
        statement = statement.on_conflict_do_update(
            index_elements=[conflict_key],
            set_={name: statement.excluded[name] for name in columns if name != conflict_key},
        )
    compiled = statement.compile(dialect=sqlite.dialect(paramstyle="qmark"))
    if tuple(compiled.positiontup or ()) != columns:
        raise RuntimeError(f"{model.__tablename__}: parameters out of column order")
    return str(compiled)


def insert_many(
    connection: Connection,
    model: type[Base],
    columns: tuple[str, ...],
    rows: Sequence[Values],
    *,
    upsert_on: str | None = None,
) -> None:
    """INSERT ``rows`` (tuples in ``columns`` order); with ``upsert_on``, a row whose key
    exists updates every other column instead."""
    if rows:
        connection.exec_driver_sql(_compiled(model, columns, upsert_on), list(rows))
