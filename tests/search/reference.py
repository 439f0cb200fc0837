"""The expected answers, by a plain scan of the generated records: written independently of
``agentdesk.search`` (its own folding, its own word splitting) so the tests check the index
against the data, not against itself."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

Record = dict[str, Any]
_WORD = re.compile(r"[^\W_]+")


def folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str | None) -> list[str]:
    return _WORD.findall(folded(text or ""))


def texts(record: Record) -> list[str]:
    found = [m["text"] for m in record["messages"]]
    found += [record.get("closing_note") or "", record["contact"]["name"], *record["tags"]]
    found.append(record.get("category") or "")
    return found


def has_word(record: Record, word: str) -> bool:
    return any(word in words(text) for text in texts(record))


def has_phrase(record: Record, phrase: Sequence[str]) -> bool:
    n = len(phrase)
    for text in texts(record):
        found = words(text)
        if any(found[i : i + n] == list(phrase) for i in range(len(found) - n + 1)):
            return True
    return False


def moment(value: Any) -> datetime:
    return (
        value
        if isinstance(value, datetime)
        else datetime.fromisoformat(value.replace("Z", "+00:00"))
    )


def newest_first(records: Iterable[Record]) -> list[str]:
    """Ids newest first: ``closed_at`` descending, then id descending."""
    ordered = sorted(records, key=lambda r: (moment(r["closed_at"]), r["id"]), reverse=True)
    return [r["id"] for r in ordered]
