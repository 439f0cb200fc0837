"""What SQLite's refusals mean to the user, as ``StoreError`` sentences.

Known failures from the world (locked, disk full, damaged file, no permission) become one
sentence each. Integrity and programming errors are bugs of ours: they are left to propagate.
"""

from __future__ import annotations

import functools
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Concatenate, ParamSpec, Protocol, TypeVar

from agentdesk.errors import StoreError

P = ParamSpec("P")
R = TypeVar("R")


class HasPath(Protocol):
    @property
    def path(self) -> Path: ...


S = TypeVar("S", bound=HasPath)

_BUGS = (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError)
"""A broken constraint or a misused API: ours to fix, not the user's."""

_DAMAGED = (
    "{path} is not an AgentDesk database or it is damaged; move it away or choose another "
    "data folder."
)

_SENTENCES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("SQLITE_BUSY", "SQLITE_LOCKED", "database is locked", "database table is locked"),
        "The database {path} is locked by another program (another AgentDesk?); "
        "close it and try again.",
    ),
    (
        ("SQLITE_FULL", "database or disk is full"),
        "The disk holding {path} is full; free some space and try again.",
    ),
    (
        (
            "SQLITE_NOTADB",
            "SQLITE_CORRUPT",
            "file is not a database",
            "disk image is malformed",
            "Could not decode to UTF-8",  # a garbled text value
        ),
        _DAMAGED,
    ),
    (
        ("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH", "readonly database"),
        "AgentDesk may not write to its database {path}; check the permissions of the file and "
        "its folder.",
    ),
    (
        ("SQLITE_CANTOPEN", "unable to open database file"),
        "AgentDesk cannot open its database {path}; check that its folder exists and that you "
        "may write in it.",
    ),
    (
        ("SQLITE_IOERR", "disk I/O error"),
        "AgentDesk could not read or write its database {path} (a disk error); check the disk "
        "and try again.",
    ),
)


class DamagedValueError(Exception):
    """A stored value is not what its column holds (a garbled file): the world's fault, said
    with the damaged-database sentence by ``translated``."""


def sentence_for(error: sqlite3.Error, path: Path) -> str | None:
    """The user's sentence for a SQLite error, or None when it is not the world's fault."""
    if isinstance(error, _BUGS):
        return None
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error)
    for needles, sentence in _SENTENCES:
        if any(name.startswith(n) or n in text for n in needles):
            return sentence.format(path=path)
    if name in ("", "SQLITE_ERROR"):
        return None  # a bad statement or a missing table: our bug, reported as one
    return f"The database {path} refused an operation ({text}); try again."


def _driver_error(error: BaseException) -> BaseException:
    """The ``sqlite3`` error under a SQLAlchemy one. SQLAlchemy is not imported for it: a
    process that never loaded SQLAlchemy (a command that only reads) cannot hold its errors."""
    sa_exc = sys.modules.get("sqlalchemy.exc")
    if sa_exc is not None and isinstance(error, sa_exc.DBAPIError):
        original: BaseException = error.orig
        return original
    return error


def as_store_error(error: BaseException, path: Path) -> StoreError | None:
    """A ``StoreError`` for a SQLite error, raw or wrapped by SQLAlchemy; None for the rest."""
    original = _driver_error(error)
    if isinstance(original, sqlite3.Error):
        sentence = sentence_for(original, path)
        if sentence is not None:
            return StoreError(sentence, details=str(original))
    return None


@contextmanager
def translated(path: Path) -> Iterator[None]:
    try:
        yield
    except DamagedValueError as error:
        raise StoreError(_DAMAGED.format(path=path), details=str(error)) from error
    except Exception as error:
        store_error = as_store_error(error, path)
        if store_error is None:
            raise
        raise store_error from error


def store_errors(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """Turn the world's SQLite failures raised by a ``Store`` method into ``StoreError``."""

    @functools.wraps(method)
    def wrapper(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with translated(self.path):
            return method(self, *args, **kwargs)

    return wrapper
