"""Alembic environment for AgentDesk's SQLite store.

At run time ``agentdesk.store.migrate`` passes an open connection in
``config.attributes["connection"]`` and the migration joins its transaction. A developer can run
Alembic by hand on a database file, e.g.::

    .venv/bin/alembic -c migrations/alembic.ini -x db=/path/to/agentdesk.sqlite upgrade head
    .venv/bin/alembic -c migrations/alembic.ini -x db=/tmp/x.sqlite revision --autogenerate -m "..."
"""

from __future__ import annotations

from logging.config import fileConfig
from pathlib import Path

from alembic import context
from sqlalchemy import Connection

from agentdesk.store.engine import WRITER, create_store_engine
from agentdesk.store.migrate import check_foreign_keys, foreign_keys_off
from agentdesk.store.schema import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them; batch mode does that
        transactional_ddl=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    if config.config_file_name is not None:
        fileConfig(config.config_file_name, disable_existing_loggers=False)
    database = context.get_x_argument(as_dictionary=True).get("db")
    if not database:
        raise SystemExit("Give the database file: alembic -x db=PATH ...")
    engine = create_store_engine(Path(database))
    try:
        with engine.connect() as connection, foreign_keys_off(connection):
            connection.execution_options(**WRITER)
            with connection.begin():
                _run(connection)
                check_foreign_keys(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("AgentDesk's migrations run online only: give -x db=PATH.")
run_migrations_online()
