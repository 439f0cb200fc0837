"""Errors a user can meet, each carrying what happened as a kind and one English sentence.

The CLI prints ``str(error)`` — the English ``sentence`` — and exits non-zero. The window words
the ``kind`` (with its ``params``) in the agent's language through Qt's translations
(``agentdesk/ui/error_words.py``) and folds the English sentence under "Details", for the
administrator or a bug report: no layer below the window writes a sentence the window shows
(docs/i18n.md). Anything that is not an ``AgentDeskError`` is a bug and is reported as such, with
the log file's path.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import ClassVar


class ErrorKind(StrEnum):
    """What went wrong, closed: each class has its own, and a raise site that knows more names
    a finer one (``BAD_SERVER_URL`` is a ``UsageError``, ``SERVER_BUSY`` a ``ServerError``)."""

    USAGE = "usage"
    NOTHING_SYNCED = "nothing_synced"
    BAD_SERVER_URL = "bad_server_url"
    """params: ``url``."""
    CONFIGURATION = "configuration"
    STORE = "store"
    SYNC_BUSY = "sync_busy"
    NO_KEYRING = "no_keyring"
    PLATFORM = "platform"
    SIGN_IN_EXPIRED = "sign_in_expired"
    LOGIN_REFUSED = "login_refused"
    TOKEN_REFUSED = "token_refused"  # noqa: S105 - a kind of error, not a secret
    NOT_SIGNED_IN = "not_signed_in"
    UNREACHABLE = "unreachable"
    SERVER_FAILING = "server_failing"
    SERVER_BUSY = "server_busy"
    INSECURE_SERVER = "insecure_server"
    """Plain http:// to a host that is not this computer."""
    BAD_CERTIFICATE = "bad_certificate"
    NOT_FOUND = "not_found"
    """params: ``conversation``."""
    REOPEN_REFUSED = "reopen_refused"
    INVALID_RECORD = "invalid_record"
    EXPORT = "export"
    SEARCH_INDEX = "search_index"
    SEARCH_INDEX_BUSY = "search_index_busy"
    CANCELLED = "cancelled"
    INSTALLATION = "installation"


class AgentDeskError(Exception):
    """Base of every error that is the world's fault, not ours."""

    exit_code = 1
    default_kind: ClassVar[ErrorKind] = ErrorKind.USAGE

    def __init__(
        self,
        sentence: str,
        *,
        details: str | None = None,
        kind: ErrorKind | None = None,
        params: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(sentence)
        self.sentence = sentence
        """English, for the command line and the log."""
        self.details = details
        self.kind = kind or self.default_kind
        self.params: Mapping[str, str] = dict(params or {})


class UsageError(AgentDeskError):
    """Bad arguments or a missing setting (no server configured, bad date...)."""

    default_kind = ErrorKind.USAGE

    exit_code = 2


class ConfigurationError(AgentDeskError):
    """The data folder, settings file or database cannot be used as it is."""

    default_kind = ErrorKind.CONFIGURATION


class StoreError(AgentDeskError):
    """The local database refused: disk full, locked, corrupt, or from a newer AgentDesk."""

    default_kind = ErrorKind.STORE


class SyncBusyError(AgentDeskError):
    """Another process (the window, another command) is syncing the same data folder."""

    default_kind = ErrorKind.SYNC_BUSY


class KeyringUnavailableError(AgentDeskError):
    """No OS keyring: the user is told about AGENTDESK_TOKEN; we never write the token to a file."""

    default_kind = ErrorKind.NO_KEYRING


class PlatformError(AgentDeskError):
    """Anything the contact-center platform (or the way to it) did wrong."""

    default_kind = ErrorKind.PLATFORM


class AuthenticationError(PlatformError):
    """Bad credentials or an expired/revoked token."""

    default_kind = ErrorKind.SIGN_IN_EXPIRED


class NotSignedInError(AuthenticationError):
    """No token in AGENTDESK_TOKEN nor in the keyring."""

    default_kind = ErrorKind.NOT_SIGNED_IN


class ServerUnreachableError(PlatformError):
    """DNS, refused connection, timeout, dropped connection: the network, not the data."""

    default_kind = ErrorKind.UNREACHABLE


class ServerError(PlatformError):
    """The server answered 5xx (after retries) or something that is not the API's JSON."""

    default_kind = ErrorKind.SERVER_FAILING


class InsecureServerError(PlatformError):
    """Plain http:// to a host that is not loopback, or a TLS certificate that fails."""

    default_kind = ErrorKind.INSECURE_SERVER


class NotFoundError(PlatformError):
    """The conversation does not exist or is not the agent's."""

    default_kind = ErrorKind.NOT_FOUND


class ReopenRefusedError(PlatformError):
    """The platform refused to reopen a paused conversation; ``reason`` is its error code."""

    default_kind = ErrorKind.REOPEN_REFUSED

    def __init__(self, sentence: str, *, reason: str, details: str | None = None) -> None:
        super().__init__(sentence, details=details)
        self.reason = reason


class InvalidRecordError(AgentDeskError):
    """One record from the server failed validation; the sync skips it and counts it."""

    default_kind = ErrorKind.INVALID_RECORD

    def __init__(self, record_id: str | None, reason: str) -> None:
        super().__init__(f"Record {record_id or '(no id)'} is invalid: {reason}")
        self.record_id = record_id
        self.reason = reason


class ExportError(AgentDeskError):
    """The CSV could not be written (exists, disk full, no permission)."""

    default_kind = ErrorKind.EXPORT


class CancelledError(AgentDeskError):
    """The user (or the app closing) cancelled a long operation."""

    default_kind = ErrorKind.CANCELLED

    def __init__(self, sentence: str = "Cancelled.") -> None:
        super().__init__(sentence)


class InstallationError(AgentDeskError):
    """A file AgentDesk ships with (migrations, style sheet, icons) is not where the installer
    put it: reinstalling is the cure, nothing the user did."""

    default_kind = ErrorKind.INSTALLATION
