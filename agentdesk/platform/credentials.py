"""Where the sign-in token lives: ``AGENTDESK_TOKEN``, else this session's memory (a sign-in
"for this session only"), else the OS keyring. Never a file.

Without a keyring (a headless session, or keyring's ``null``/``fail`` backends) AgentDesk says
so and points at ``AGENTDESK_TOKEN`` rather than falling back to anything on disk. No
``KeyringBackend`` subclass may live in application code: keyring would auto-select it.
"""

from __future__ import annotations

import logging
import os
import re
from typing import Final

import keyring
from keyring.backends import fail, null
from keyring.errors import KeyringError, PasswordDeleteError

from agentdesk.errors import ConfigurationError, KeyringUnavailableError
from agentdesk.platform.http import check_server_url

log = logging.getLogger(__name__)

TOKEN_ENV: Final = "AGENTDESK_TOKEN"  # noqa: S105 - the variable's name, not a token
_NO_KEYRING_TO_WRITE = (
    "No system keyring is available to keep your sign-in safely. "
    "Set AGENTDESK_TOKEN=<token> in your environment instead; "
    "AgentDesk never writes the token to a file."
)
_NO_KEYRING_TO_READ = (
    "The system keyring could not be read, so AgentDesk cannot find your sign-in. "
    "Set AGENTDESK_TOKEN=<token> in your environment instead."
)


_TOKEN_CHARACTERS = re.compile(r"[\x21-\x7e]+")


def checked_token(token: str, where: str) -> str:
    """A bearer token is printable ASCII without spaces (RFC 6750). Anything else would fail
    deep inside the HTTP library with an error that quotes the whole header — the token — into
    logs and tracebacks; this sentence never shows it."""
    if _TOKEN_CHARACTERS.fullmatch(token) is None:
        raise ConfigurationError(
            f"{where} contains characters a token cannot have (spaces, line breaks or "
            "non-ASCII letters); copy it again, or sign in again with `agentdesk login`."
        )
    return token


KEYRING_FAILURES: tuple[type[Exception], ...] = (KeyringError, RuntimeError, OSError)
"""Backends fail outside keyring's own errors too: a Secret Service without a D-Bus session
raises RuntimeError or OSError from deep inside jeepney/secretstorage."""


class TokenStore:
    """Tokens per server URL (normalised, so ``https://x/`` and ``https://X`` are one key)."""

    def __init__(self, service: str = "agentdesk") -> None:
        self.service = service
        self._session: dict[str, str] = {}
        """Tokens kept for this process only (no keyring): forgotten when it ends."""

    def __repr__(self) -> str:
        return f"TokenStore(service={self.service!r})"

    def get(self, server_url: str) -> str | None:
        """``AGENTDESK_TOKEN`` when set, else the keyring's token for this server, else None."""
        from_env = os.environ.get(TOKEN_ENV, "").strip()
        if from_env:
            return checked_token(from_env, f"The token in {TOKEN_ENV}")
        key = check_server_url(server_url)
        if key in self._session:
            return self._session[key]
        try:
            token = keyring.get_password(self.service, key)
        except KEYRING_FAILURES as error:
            log.warning("Keyring read failed (%s)", type(error).__name__)
            raise KeyringUnavailableError(_NO_KEYRING_TO_READ, details=str(error)) from error
        return checked_token(token, "The token kept in the keyring") if token else None

    def set(self, server_url: str, token: str, *, session_only: bool = False) -> None:
        """Keep ``token`` for this server in the keyring, or raise ``KeyringUnavailableError``;
        ``session_only`` keeps it in this process's memory instead (the next start asks again)."""
        if not token:
            raise ValueError("an empty token cannot be stored")
        key = check_server_url(server_url)
        if session_only:
            self._session[key] = checked_token(token, "The token")
            return
        self._session.pop(key, None)
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring | null.Keyring):
            # ``null`` would accept the token and silently forget it.
            raise KeyringUnavailableError(_NO_KEYRING_TO_WRITE, details=type(backend).__name__)
        try:
            keyring.set_password(self.service, key, token)
        except KEYRING_FAILURES as error:
            log.warning("Keyring write failed (%s)", type(error).__name__)
            raise KeyringUnavailableError(_NO_KEYRING_TO_WRITE, details=str(error)) from error

    def is_session_only(self, server_url: str) -> bool:
        return check_server_url(server_url) in self._session

    def delete(self, server_url: str) -> bool:
        """Forget this server's token (from memory and the keyring); False when neither had
        one. A keyring that cannot be reached is no error when the token was in memory."""
        key = check_server_url(server_url)
        in_memory = self._session.pop(key, None) is not None
        if isinstance(keyring.get_keyring(), null.Keyring):
            return in_memory
        try:
            keyring.delete_password(self.service, key)
        except PasswordDeleteError:
            return in_memory
        except KEYRING_FAILURES as error:
            log.warning("Keyring delete failed (%s)", type(error).__name__)
            if in_memory:
                return True
            raise KeyringUnavailableError(
                f"The system keyring could not be changed, so the sign-in for {key} "
                "was not removed.",
                details=str(error),
            ) from error
        return True
