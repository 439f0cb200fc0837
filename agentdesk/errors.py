"""Errors a user can meet, each carrying one sentence the user understands.

The CLI prints ``str(error)`` and exits non-zero; the window shows it in a banner. Anything that
is not an ``AgentDeskError`` is a bug and is reported as such, with the log file's path.
"""

from __future__ import annotations


class AgentDeskError(Exception):
    """Base of every error that is the world's fault, not ours."""

    exit_code = 1

    def __init__(self, sentence: str, *, details: str | None = None) -> None:
        super().__init__(sentence)
        self.sentence = sentence
        self.details = details


class UsageError(AgentDeskError):
    """Bad arguments or a missing setting (no server configured, bad date...)."""

    exit_code = 2


class ConfigurationError(AgentDeskError):
    """The data folder, settings file or database cannot be used as it is."""


class StoreError(AgentDeskError):
    """The local database refused: disk full, locked, corrupt, or from a newer AgentDesk."""


class SyncBusyError(AgentDeskError):
    """Another process (the window, another command) is syncing the same data folder."""


class KeyringUnavailableError(AgentDeskError):
    """No OS keyring: the user is told about AGENTDESK_TOKEN; we never write the token to a file."""


class PlatformError(AgentDeskError):
    """Anything the contact-center platform (or the way to it) did wrong."""


class AuthenticationError(PlatformError):
    """Bad credentials or an expired/revoked token."""


class NotSignedInError(AuthenticationError):
    """No token in AGENTDESK_TOKEN nor in the keyring."""


class ServerUnreachableError(PlatformError):
    """DNS, refused connection, timeout, dropped connection: the network, not the data."""


class ServerError(PlatformError):
    """The server answered 5xx (after retries) or something that is not the API's JSON."""


class InsecureServerError(PlatformError):
    """Plain http:// to a host that is not loopback, or a TLS certificate that fails."""


class NotFoundError(PlatformError):
    """The conversation does not exist or is not the agent's."""


class ReopenRefusedError(PlatformError):
    """The platform refused to reopen a paused conversation; ``reason`` is its error code."""

    def __init__(self, sentence: str, *, reason: str, details: str | None = None) -> None:
        super().__init__(sentence, details=details)
        self.reason = reason


class InvalidRecordError(AgentDeskError):
    """One record from the server failed validation; the sync skips it and counts it."""

    def __init__(self, record_id: str | None, reason: str) -> None:
        super().__init__(f"Record {record_id or '(no id)'} is invalid: {reason}")
        self.record_id = record_id
        self.reason = reason


class ExportError(AgentDeskError):
    """The CSV could not be written (exists, disk full, no permission)."""


class CancelledError(AgentDeskError):
    """The user (or the app closing) cancelled a long operation."""

    def __init__(self, sentence: str = "Cancelled.") -> None:
        super().__init__(sentence)


class InstallationError(AgentDeskError):
    """A file AgentDesk ships with (migrations, style sheet, icons) is not where the installer
    put it: reinstalling is the cure, nothing the user did."""
