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
from types import ModuleType
from typing import Final

from agentdesk.errors import ConfigurationError, KeyringUnavailableError
from agentdesk.platform.server_urls import check_server_url

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


def _keyring() -> ModuleType:
    """keyring, imported when a token is not in ``AGENTDESK_TOKEN``: importing it (and its
    ``importlib.metadata``) costs a command ~0.1 s it need not pay when the environment holds
    the token (issue 15)."""
    import keyring  # noqa: PLC0415 - see the docstring

    return keyring


def _failures() -> tuple[type[Exception], ...]:
    """Backends fail outside keyring's own errors too: a Secret Service without a D-Bus session
    raises RuntimeError or OSError from deep inside jeepney/secretstorage."""
    from keyring.errors import KeyringError  # noqa: PLC0415 - see _keyring

    return (KeyringError, RuntimeError, OSError)


def _unusable(backend: object, *, fail_too: bool) -> bool:
    """keyring's ``null`` backend (and, with ``fail_too``, its ``fail`` one)."""
    from keyring.backends import fail, null  # noqa: PLC0415 - see _keyring

    return isinstance(backend, (null.Keyring, fail.Keyring) if fail_too else null.Keyring)


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
        keyring = _keyring()
        try:
            token = keyring.get_password(self.service, key)
        except _failures() as error:
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
        keyring = _keyring()
        backend = keyring.get_keyring()
        if _unusable(backend, fail_too=True):
            # ``null`` would accept the token and silently forget it.
            raise KeyringUnavailableError(_NO_KEYRING_TO_WRITE, details=type(backend).__name__)
        try:
            keyring.set_password(self.service, key, token)
        except _failures() as error:
            log.warning("Keyring write failed (%s)", type(error).__name__)
            raise KeyringUnavailableError(_NO_KEYRING_TO_WRITE, details=str(error)) from error

    def is_session_only(self, server_url: str) -> bool:
        return check_server_url(server_url) in self._session

    def delete(self, server_url: str) -> bool:
        """Forget this server's token (from memory and the keyring); False when neither had
        one. A keyring that cannot be reached is no error when the token was in memory."""
        key = check_server_url(server_url)
        in_memory = self._session.pop(key, None) is not None
        keyring = _keyring()
        if _unusable(keyring.get_keyring(), fail_too=False):
            return in_memory
        from keyring.errors import PasswordDeleteError  # noqa: PLC0415 - see _keyring

        try:
            keyring.delete_password(self.service, key)
        except PasswordDeleteError:
            return in_memory
        except _failures() as error:
            log.warning("Keyring delete failed (%s)", type(error).__name__)
            if in_memory:
                return True
            raise KeyringUnavailableError(
                f"The system keyring could not be changed, so the sign-in for {key} "
                "was not removed.",
                details=str(error),
            ) from error
        return True
