"""Bring a database file to the newest schema this AgentDesk knows, or refuse it.

Alembic is configured in code (no ``alembic.ini`` at run time) on the ``migrations/`` folder at
the top of the source tree, installed as the package ``agentdesk.migrations`` and found with
``importlib.resources`` (``agentdesk.installation``). The version check and the upgrade run in
one ``BEGIN IMMEDIATE`` transaction, so two AgentDesk processes starting together cannot both
migrate, and a failed migration leaves the file as it was.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from agentdesk.errors import InstallationError, StoreError
from agentdesk.installation import MIGRATIONS, package_folder
from agentdesk.store.connections import WRITER

if TYPE_CHECKING:
    # SQLAlchemy and Alembic are loaded only when a database has to be migrated: opening one
    # already at the newest schema checks it with ``is_current`` on ``sqlite3``.
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection, Engine


def migrations_dir() -> Path:
    """Where the installed migrations are (``env.py`` and ``versions/``)."""
    return package_folder(MIGRATIONS)


def _checked(directory: Path) -> Path:
    """Refuse an installation without its migrations *before* the database file is created:
    an empty ``agentdesk.sqlite`` left behind would outlive the reinstall that fixes it."""
    if not ((directory / "env.py").is_file() and (directory / "versions").is_dir()):
        raise InstallationError(
            f"AgentDesk's database migrations are missing from {directory}: the installation "
            "is incomplete; reinstall AgentDesk."
        )
    return directory


_REVISION = re.compile(r'^(revision|down_revision)\b[^=]*=\s*["\']?([^"\'\s]+)', re.MULTILINE)


def installed_migrations() -> Path:
    """The migrations folder, or ``InstallationError`` when the installation lacks it: called
    before a database file is created, so that a broken install leaves nothing behind."""
    return _checked(migrations_dir())


def newest_known_revision(directory: Path | None = None) -> str | None:
    """The head of the migration chain, read from the version files' text.

    Importing Alembic costs about 0.3 s, a fifth of the window's start-up budget, and on almost
    every start the database is already at the head: this lets that case skip it. A test holds
    it equal to Alembic's own answer.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in ((directory or migrations_dir()) / "versions").glob("*.py"):
        found = dict(_REVISION.findall(script.read_text(encoding="utf-8")))
        if "revision" in found:
            revisions.add(found["revision"])
            parents.add(found.get("down_revision", "None"))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


_VERSION = "SELECT version_num FROM alembic_version"


def _stored_revision(connection: Connection) -> str | None:
    from sqlalchemy import text  # noqa: PLC0415 - see TYPE_CHECKING above
    from sqlalchemy.exc import OperationalError  # noqa: PLC0415

    try:
        row = connection.execute(text(_VERSION)).first()
    except OperationalError:
        return None
    return str(row[0]) if row else None


def is_current(connection: sqlite3.Connection) -> str | None:
    """The newest known revision when the database is at it, else None (an empty file, an
    older or newer schema, another program's database): then ``upgrade`` decides, with
    SQLAlchemy and Alembic, exactly as it always did."""
    head = newest_known_revision()
    try:
        row = connection.execute(_VERSION).fetchone()
    except sqlite3.OperationalError:
        return None  # no such table, or locked: upgrade waits for the lock or says why not
    return head if head is not None and row is not None and row[0] == head else None


def alembic_config(connection: Connection | None = None, directory: Path | None = None) -> Config:
    """An Alembic ``Config`` on ``directory`` (default ``migrations_dir()``); ``env.py`` uses
    ``connection`` when given, so the migration runs inside the caller's transaction."""
    from alembic.config import Config  # noqa: PLC0415 - see newest_known_revision

    config = Config()
    # ConfigParser interpolates '%': a path may contain one.
    location = str(directory or migrations_dir()).replace("%", "%%")
    config.set_main_option("script_location", location)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _scripts(config: Config) -> ScriptDirectory:
    from alembic.script import ScriptDirectory  # noqa: PLC0415 - see newest_known_revision
    from alembic.util.exc import CommandError  # noqa: PLC0415

    try:
        return ScriptDirectory.from_config(config)
    except CommandError as error:
        raise InstallationError(
            f"AgentDesk's database migrations in {config.get_main_option('script_location')} "
            "are unreadable: the installation is incomplete; reinstall AgentDesk.",
            details=str(error),
        ) from error


def _user_tables(connection: Connection) -> list[str]:
    from sqlalchemy import text  # noqa: PLC0415 - see TYPE_CHECKING above

    rows = connection.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    )
    return [str(name) for (name,) in rows]


def _set_foreign_keys(connection: Connection, on: bool) -> None:
    # On the driver connection itself: SQLAlchemy would begin a transaction first, and inside
    # one SQLite ignores this pragma.
    dbapi_connection = connection.connection.dbapi_connection
    if dbapi_connection is not None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")
        finally:
            cursor.close()


@contextmanager
def foreign_keys_off(connection: Connection) -> Iterator[None]:
    """Foreign keys off around a migration, as SQLite's procedure for schema changes asks: a
    migration that rebuilds ``conversations`` (Alembic's batch mode copies, drops and renames
    it) would otherwise cascade the drop to every message. Call it outside any transaction;
    ``check_foreign_keys`` before committing."""
    _set_foreign_keys(connection, on=False)
    try:
        yield
    finally:
        _set_foreign_keys(connection, on=True)


def check_foreign_keys(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"a migration broke {len(broken)} foreign keys, e.g. {broken[0]}")


def upgrade(engine: Engine, path: Path) -> str:
    """Apply every pending migration; return the revision the database is now at."""
    directory = _checked(migrations_dir())
    head = newest_known_revision(directory)
    if head is not None:
        with engine.connect() as connection:
            if _stored_revision(connection) == head:
                return head
    with engine.connect() as connection:
        connection.execution_options(**WRITER)
        with foreign_keys_off(connection):
            return _upgrade(connection, path, directory)


def _upgrade(connection: Connection, path: Path, directory: Path) -> str:
    from alembic import command  # noqa: PLC0415 - see newest_known_revision
    from alembic.runtime.migration import MigrationContext  # noqa: PLC0415

    with connection.begin():
        config = alembic_config(connection, directory)
        scripts = _scripts(config)
        head = scripts.get_current_head()
        known = {script.revision for script in scripts.walk_revisions()}
        current = MigrationContext.configure(connection).get_current_revision()
        if current is not None and current not in known:
            raise StoreError(
                f"This database was written by a newer AgentDesk (schema {current}); "
                "update AgentDesk or choose another data folder."
            )
        if current is None and _user_tables(connection):
            raise StoreError(
                f"{path} belongs to another program (it is a SQLite database without "
                "AgentDesk's tables); choose another data folder."
            )
        if current != head:
            command.upgrade(config, "head")
            check_foreign_keys(connection)
        return head or ""
