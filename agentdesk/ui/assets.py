"""The window's files (style sheet, icons, translations), from the installed package.

They live in ``resources/`` in the source tree and in ``agentdesk.resources`` once installed
(``agentdesk.installation`` explains the mapping); a missing one is an ``InstallationError``
sentence, not a ``FileNotFoundError`` from deep inside Qt.
"""

from __future__ import annotations

from pathlib import Path

from agentdesk.installation import RESOURCES, data_file, package_folder


def resources_dir() -> Path:
    return package_folder(RESOURCES)


def resource(*parts: str) -> Path:
    """A file the window cannot start without."""
    return data_file(RESOURCES, *parts)
