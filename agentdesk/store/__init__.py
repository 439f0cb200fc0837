"""The local SQLite store: one file, read through ``sqlite3``, written through SQLAlchemy 2,
migrated by Alembic on open (only when it is not at the newest schema).

See ``agentdesk.store.store.Store`` for the API, ``schema`` for the tables and the storage
decisions (UTC microseconds, milli-units), ``engine`` for threads and transactions.
"""

from agentdesk.store.store import Store
from agentdesk.store.values import EMPTY, OutboxEntry, PageOutcome, StoreCounts, SyncState

__all__ = ["EMPTY", "OutboxEntry", "PageOutcome", "Store", "StoreCounts", "SyncState"]
