"""An in-memory keyring and a way to install any backend for one test.

The backend lives in tests, on purpose: keyring auto-selects every imported
``KeyringBackend`` subclass, so application code must never define one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TypeVar

import keyring
from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError

B = TypeVar("B", bound=KeyringBackend)


class MemoryKeyring(KeyringBackend):
    """A keyring holding passwords in a dict; never chosen automatically (negative priority)."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - keyring's classproperty convention
        return -1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


@contextlib.contextmanager
def installed(backend: B) -> Iterator[B]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
