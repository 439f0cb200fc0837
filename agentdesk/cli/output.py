"""Printing results: one JSON document for ``--json``, readable lines otherwise."""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from decimal import Decimal
from typing import Any


def _default(value: object) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(document: object) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """Text from the server or from customers, made harmless for a terminal: control characters
    (escape sequences that recolour or retitle the terminal) and bidirectional overrides (which
    reorder what is shown) become "�"; tabs and line breaks become spaces, so one row stays on
    one line."""
    return _UNSAFE.sub("\ufffd", text.replace("\t", " ").replace("\n", " ").replace("\r", " "))


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    rows = [[terminal_safe(cell) for cell in row] for row in rows]
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(line.rstrip())
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
