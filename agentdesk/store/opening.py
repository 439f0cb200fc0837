"""Opening a store that ``sqlite3`` alone could not open at the newest schema: migrating it
with SQLAlchemy and Alembic, or opening it read-only in a folder that cannot be written."""

from __future__ import annotations

import logging
import os
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from agentdesk.errors import StoreError
from agentdesk.store.connections import connect
from agentdesk.store.failures import translated
from agentdesk.store.migrate import newest_known_revision, upgrade
from agentdesk.store.writer import StoreWriter

if TYPE_CHECKING:
    from agentdesk.store.store import Store

log = logging.getLogger(__name__)


def open_migrating(cls: type[Store], path: Path) -> Store:
    """A database not at the newest schema (or one ``sqlite3`` could not even check):
    ``upgrade`` brings it there or says why not; a folder that cannot be written opens
    read-only."""
    writer = StoreWriter(path)
    try:
        with translated(path):
            revision = upgrade(writer.engine, path)
    except StoreError:
        writer.dispose()
        if path.is_file() and not os.access(path.parent, os.W_OK):
            return open_read_only(cls, path)
        raise
    except BaseException:
        writer.dispose()
        raise
    log.debug("opened %s at schema %s", path, revision)
    return cls(path, revision, writer=writer)


def open_read_only(cls: type[Store], path: Path) -> Store:
    """A data folder that cannot be written: reading commands still work; a write says
    the database may not be written (``StoreError``)."""
    with translated(path), closing(connect(path, read_only=True)) as connection:
        stored = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if stored is None or stored[0] != newest_known_revision():
        raise StoreError(
            f"The database {path} needs updating by this AgentDesk, but its folder cannot "
            "be written; make it writable and try again."
        )
    log.warning("The data folder %s cannot be written: the store is opened read-only", path)
    return cls(path, str(stored[0]), read_only=True)
