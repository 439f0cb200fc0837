"""Errors in the window's words: a plain sentence first, the technical text folded under it.

The layers below speak to both front ends, and their sentences sometimes tell the reader to
type a command ("run `agentdesk login` again"): right in a terminal, wrong in a window, where an
agent has a button for it instead. The window drops such clauses, and says what the folded
technical text is before showing it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from agentdesk.errors import AgentDeskError, KeyringUnavailableError

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


def plain_sentence(error: AgentDeskError) -> str:
    if isinstance(error, KeyringUnavailableError):
        return no_keyring_sentence()
    return without_commands(error.sentence)


def technical_text(sentence: str | None, details: str | None) -> str:
    """What "Details" unfolds: one line saying what follows, then the text as it came."""
    parts = [p for p in (sentence, details) if p]
    if not parts:
        return ""
    lead = QCoreApplication.translate(
        "ErrorWords", "The technical message, for your administrator or a bug report:"
    )
    return lead + "\n\n" + "\n\n".join(parts)
