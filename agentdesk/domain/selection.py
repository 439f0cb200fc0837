"""The admin's ``indicators`` setting, as the server sent it, turned into the tiles to show.

A bad entry must not cost the agent the whole page: unknown keys (a newer server, a typo),
repeats and anything past the tenth tile are dropped, the rest keep the admin's order, and one
warning names what was dropped so the admin can be told.

Keys are matched after trimming spaces and lower-casing (" CSAT" is ``csat``): the meaning is
plain and refusing it would only hide a tile. The limit counts tiles actually shown, so an unknown
key early in the list does not push a good one off the page.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from agentdesk.domain.catalogue import IndicatorKey

MAX_TILES = 10

log = logging.getLogger("agentdesk.domain.selection")


def select_indicators(raw: Iterable[str], *, limit: int = MAX_TILES) -> tuple[IndicatorKey, ...]:
    """The tiles, in the admin's order, at most ``limit`` of them."""
    known = {key.value: key for key in IndicatorKey}
    chosen: list[IndicatorKey] = []
    unknown: list[str] = []
    repeated: list[str] = []
    beyond: list[str] = []
    for entry in raw:
        key = known.get(str(entry).strip().lower())
        if key is None:
            unknown.append(str(entry))
        elif key in chosen:
            repeated.append(key.value)
        elif len(chosen) >= limit:
            beyond.append(key.value)
        else:
            chosen.append(key)
    _warn(unknown, repeated, beyond, limit)
    return tuple(chosen)


def _warn(unknown: list[str], repeated: list[str], beyond: list[str], limit: int) -> None:
    parts = [
        f"{what}: {', '.join(repr(entry) for entry in entries)}"
        for what, entries in (
            ("unknown", unknown),
            ("repeated", repeated),
            (f"beyond the {limit} tiles allowed", beyond),
        )
        if entries
    ]
    if parts:
        log.warning("Ignoring indicators from the admin settings (%s).", "; ".join(parts))
