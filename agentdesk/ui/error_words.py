"""Errors in the window's words: a plain sentence first, the technical text folded under it.

The layers below say what went wrong as an ``ErrorKind`` with its parameters, and an English
sentence for the command line and the log (``agentdesk.errors``). The window words the kind here,
in the agent's language; the English sentence — which sometimes tells the reader to type a
command ("run `agentdesk login` again": right in a terminal, wrong in a window, where an agent
has a button for it instead) — goes under "Details", after a line saying what it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from agentdesk.errors import AgentDeskError, ErrorKind

translate = QCoreApplication.translate

_COMMAND_CLAUSE = re.compile(
    r"\s*(?:[:;,]|\.\s|—)?\s*(?:or\s+)?[^.:;,—]*`agentdesk[^`]*`[^.;]*(?=[.;]|$)"
)
"""A clause that names a command to type: ": run `agentdesk sync` first", ", or sign in again
with `agentdesk login`"."""


def without_commands(sentence: str) -> str:
    """The sentence minus what tells the reader to type a command."""
    cleaned = _COMMAND_CLAUSE.sub("", sentence).strip()
    if cleaned == sentence.strip():
        return sentence
    cleaned = re.sub(r"\s*[;:,]\s*\.$", ".", cleaned)
    if cleaned and cleaned[-1] not in ".!?":
        cleaned += "."
    return cleaned or sentence


def no_keyring_sentence() -> str:
    return QCoreApplication.translate(
        "ErrorWords",
        "This computer has no system keyring to keep your sign-in safely, so AgentDesk cannot "
        "remember it. You can sign in for this session only: AgentDesk keeps your sign-in in "
        "memory, never writes it to disk, and asks again the next time it starts.",
    )


def _kind_sentence(kind: ErrorKind) -> str:
    """One sentence per kind, literal ``translate`` calls so that lupdate finds them."""

    words = {
        ErrorKind.USAGE: translate("ErrorWords", "AgentDesk cannot do that as it was asked."),
        ErrorKind.NOTHING_SYNCED: translate("ErrorWords", "Nothing has been synced yet."),
        ErrorKind.BAD_SERVER_URL: translate(
            "ErrorWords",
            "“%1” is not a server address AgentDesk can use: give one like "
            "https://support.example.com (http:// only for a server on this computer).",
        ),
        ErrorKind.CONFIGURATION: translate(
            "ErrorWords", "AgentDesk cannot use its data folder or its settings as they are."
        ),
        ErrorKind.STORE: translate(
            "ErrorWords",
            "AgentDesk cannot use its local database right now (locked, full disk, damaged "
            "file or no permission).",
        ),
        ErrorKind.SYNC_BUSY: translate(
            "ErrorWords",
            "Another AgentDesk is syncing the same data; this one syncs again when it has "
            "finished.",
        ),
        ErrorKind.PLATFORM: translate("ErrorWords", "The server refused what AgentDesk asked."),
        ErrorKind.SIGN_IN_EXPIRED: translate(
            "ErrorWords", "The server does not accept your sign-in: sign in again."
        ),
        ErrorKind.LOGIN_REFUSED: translate(
            "ErrorWords", "The server refused this login and password."
        ),
        ErrorKind.TOKEN_REFUSED: translate(
            "ErrorWords",
            "The server refused this access token: copy it again from your profile settings.",
        ),
        ErrorKind.NOT_SIGNED_IN: translate("ErrorWords", "You are not signed in."),
        ErrorKind.UNREACHABLE: translate(
            "ErrorWords", "AgentDesk cannot reach the server. Check your connection."
        ),
        ErrorKind.SERVER_FAILING: translate(
            "ErrorWords",
            "The server is not answering as it should. Try again later; if it goes on, tell "
            "your administrator.",
        ),
        ErrorKind.SERVER_BUSY: translate(
            "ErrorWords", "The server is too busy right now. Try again in a minute."
        ),
        ErrorKind.INSECURE_SERVER: translate(
            "ErrorWords",
            "AgentDesk does not send your sign-in unencrypted: use an https:// address (http:// "
            "only for a server on this computer).",
        ),
        ErrorKind.BAD_CERTIFICATE: translate(
            "ErrorWords",
            "The server's certificate could not be checked, so AgentDesk did not send it your "
            "sign-in. Ask your administrator.",
        ),
        ErrorKind.NOT_FOUND: translate(
            "ErrorWords", "This conversation was not found, or it is not yours."
        ),
        ErrorKind.REOPEN_REFUSED: translate(
            "ErrorWords", "The server did not reopen the conversation."
        ),
        ErrorKind.INVALID_RECORD: translate(
            "ErrorWords", "The server sent a record AgentDesk cannot use."
        ),
        ErrorKind.EXPORT: translate("ErrorWords", "The file could not be written."),
        ErrorKind.SEARCH_INDEX: translate(
            "ErrorWords",
            "The search index cannot be used or updated right now; word searches may miss "
            "conversations until AgentDesk rebuilds it (at the next start).",
        ),
        ErrorKind.SEARCH_INDEX_BUSY: translate(
            "ErrorWords",
            "Another AgentDesk is updating the search index; try again in a moment.",
        ),
        ErrorKind.CANCELLED: translate("ErrorWords", "Cancelled."),
        ErrorKind.INSTALLATION: translate(
            "ErrorWords",
            "A file AgentDesk needs is missing from its installation: reinstall AgentDesk.",
        ),
    }
    return words[kind]


def plain_sentence(error: AgentDeskError) -> str:
    """``error`` in the window's language: its kind's sentence with its parameters."""
    if error.kind is ErrorKind.NO_KEYRING:
        return no_keyring_sentence()
    return _kind_sentence(error.kind).replace("%1", error.params.get("url", ""))


def technical(error: AgentDeskError) -> str | None:
    """What "Details" unfolds for ``error``: its English sentence and its details."""
    return "\n\n".join(p for p in (error.sentence, error.details) if p) or None


def technical_text(sentence: str | None, details: str | None) -> str:
    """What "Details" unfolds: one line saying what follows, then the text as it came."""
    parts = [p for p in (sentence, details) if p]
    if not parts:
        return ""
    lead = QCoreApplication.translate(
        "ErrorWords", "The technical message, for your administrator or a bug report:"
    )
    return lead + "\n\n" + "\n\n".join(parts)
