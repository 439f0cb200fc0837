"""What an installed AgentDesk carries besides its code, found where the installer put it.

The source tree keeps ``migrations/`` and ``resources/`` at the top (the design's layout);
``setup.py`` maps them into the package as ``agentdesk.migrations`` and ``agentdesk.resources``.
A wheel, an editable install (setuptools' import finder maps the two folders) and the PyInstaller
application therefore all answer the same ``importlib.resources`` question, and nothing here
walks up from ``__file__`` or reads ``sys._MEIPASS``.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from agentdesk.errors import InstallationError

APP_ID = "com.example.AgentDesk"
"""The reverse-DNS application id: the ``.desktop`` file's and the icon's name, the AppStream id.
``com.example`` holds the place of the publisher's domain until there is one (tests hold every
file that repeats it equal to this)."""

MIGRATIONS = "agentdesk.migrations"
RESOURCES = "agentdesk.resources"

_REINSTALL = "reinstall AgentDesk (from a source checkout: ./run setup, or pip install -e .)"


def package_folder(package: str) -> Path:
    """The folder of one of AgentDesk's data packages, on disk.

    Alembic and Qt want real paths, so an installation inside an archive (a zipped
    ``site-packages``) is refused with a sentence rather than half working.
    """
    try:
        root = importlib.resources.files(package)
    except ModuleNotFoundError as error:
        raise InstallationError(
            f"AgentDesk's installation is incomplete: its data package {package} is missing; "
            f"{_REINSTALL}.",
            details=str(error),
        ) from error
    if not isinstance(root, Path):
        raise InstallationError(
            f"AgentDesk is installed inside an archive ({root}) and needs its files on disk; "
            "install it unpacked (pip install agentdesk)."
        )
    return root


def data_file(package: str, *parts: str) -> Path:
    """A file AgentDesk cannot work without: its path, or a sentence saying it is missing."""
    path = package_folder(package).joinpath(*parts)
    if not path.exists():
        raise InstallationError(
            f"AgentDesk's installation is incomplete: {path} is missing; {_REINSTALL}."
        )
    return path
