"""Keyset cursors: an opaque token holding the list and the ``(updated_at, id)`` of the last
record served, so the next page starts strictly after it whatever changed in between."""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime

from agentdesk.demo.workspace import Key

_VERSION = "k1"


def encode_cursor(status: str, key: Key) -> str:
    moment, conversation_id = key
    raw = json.dumps([_VERSION, status, moment.isoformat(), conversation_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(token: str, status: str) -> Key:
    """The key in ``token``; ``ValueError`` if it is not one of ours or is for another list."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        version, listed, moment, conversation_id = json.loads(raw)
        key = (datetime.fromisoformat(moment), str(conversation_id))
    except (binascii.Error, UnicodeDecodeError, TypeError, ValueError) as error:
        raise ValueError("cursor is not one this server gave") from error
    if version != _VERSION or key[0].tzinfo is None:
        raise ValueError("cursor is not one this server gave")
    if listed != status:
        raise ValueError(f"cursor belongs to the {listed} list, not the {status} list")
    return key
