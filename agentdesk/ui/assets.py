"""Where the window's files live: ``resources/`` beside the package (style sheet, icons, i18n).

The PyInstaller build copies that folder next to the program; ``AGENTDESK_RESOURCES`` points
elsewhere for unusual installs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("AGENTDESK_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
