"""The one explicit application context, built in ``main()`` and passed down.

No global registry: the CLI builds one per command, the window one per process, tests one per
test. It owns the lazily opened store and knows how to make a platform client.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from agentdesk.errors import ErrorKind, NotSignedInError, UsageError
from agentdesk.platform.kinds import PlatformKind, parse_kind
from agentdesk.platform.server_urls import check_server_url
from agentdesk.services.local_zone import local_zone
from agentdesk.services.paths import AppPaths
from agentdesk.services.settings import Settings, SettingsFile
from agentdesk.store import Store as Store  # noqa: PLC0414 - re-exported for the window

if TYPE_CHECKING:
    # requests and keyring cost a command that only reads the store about 0.1 s: they are
    # imported when the server or the keyring is first needed.
    from agentdesk.platform.connector import Connector
    from agentdesk.platform.credentials import TokenStore


@dataclass
class AppContext:
    paths: AppPaths
    server_override: str | None = None
    """The demo workspace's own server; otherwise AGENTDESK_SERVER, then the settings file."""
    token_override: str | None = field(default=None, repr=False)
    """An in-memory token (the demo workspace's) that never reaches the keyring."""
    _tokens: TokenStore | None = field(default=None, repr=False)
    _store: Store | None = field(default=None, repr=False)
    _client: Connector | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def from_environment(cls) -> AppContext:
        return cls(paths=AppPaths.from_environment().ensure())

    @property
    def tokens(self) -> TokenStore:
        """The keyring (or ``AGENTDESK_TOKEN``), opened when first asked for."""
        from agentdesk.platform.credentials import TokenStore  # noqa: PLC0415 - see above

        # Not under ``_lock``: ``client()`` holds it while asking for the token.
        if self._tokens is None:
            self._tokens = TokenStore()
        return self._tokens

    @property
    def settings_file(self) -> SettingsFile:
        return SettingsFile(self.paths.settings_file)

    def settings(self) -> Settings:
        return self.settings_file.load()

    def server_url(self) -> str:
        url = (
            self.server_override or os.environ.get("AGENTDESK_SERVER") or self.settings().server_url
        )
        if not url:
            raise UsageError(
                "No server is configured: run `agentdesk login --server URL` "
                "(or set AGENTDESK_SERVER).",
                kind=ErrorKind.NOT_SIGNED_IN,
            )

        return check_server_url(url)

    def token(self) -> str:
        if self.token_override:
            return self.token_override
        server = self.server_url()
        token = self.tokens.get(server)
        if not token:
            raise NotSignedInError(
                f"You are not signed in to {server}: run `agentdesk login` "
                "(or set AGENTDESK_TOKEN)."
            )
        return token

    def client(self) -> Connector:
        """One client per context, so its connection pool is reused across calls. A requests
        session is not meant to be shared by threads at once: work that may run beside a sync
        (a reopen) takes ``new_client()`` instead."""
        with self._lock:
            if self._client is None:
                self._client = self.new_client()
            return self._client

    def platform(self) -> PlatformKind:
        """Which connector the configured server needs (``login`` detected and saved it)."""
        return parse_kind(self.settings().platform)

    def new_client(self) -> Connector:
        """A connector of its own, for the caller to close."""
        from agentdesk.platform.choose import open_connector  # noqa: PLC0415 - see above

        settings = self.settings()
        return open_connector(
            parse_kind(settings.platform),
            self.server_url(),
            self.token(),
            account_id=settings.account,
            timezone=settings.timezone or local_zone(),
            indicators=settings.local_indicators,
        )

    def store(self) -> Store:
        with self._lock:
            if self._store is None:
                self._store = Store.open(self.paths.database)
            return self._store

    def close(self) -> None:
        with self._lock:
            self._close_parts()

    def _close_parts(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> AppContext:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
