"""This computer's IANA time zone, for a platform that does not say the agent's (Chatwoot).

Python knows the local offset but not the zone's name, and periods need the name (daylight
saving changes). ``TZ`` wins, then Debian's ``/etc/timezone``, then the target of the
``/etc/localtime`` link; UTC when none of them names a zone this machine knows.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def local_zone() -> str:
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if name and is_known_zone(name):
            return name
    return "UTC"


def is_known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True
