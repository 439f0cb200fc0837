"""What ``pyproject.toml`` cannot say: where the data packages live, and building translations.

- ``migrations/`` and ``resources/`` stay at the top of the source tree (the design's layout) and
  are installed inside the package as ``agentdesk.migrations`` and ``agentdesk.resources``, where
  ``agentdesk.installation`` finds them with ``importlib.resources``.
- The ``.qm`` translations are built from ``resources/i18n/*.ts`` by ``pyside6-lrelease`` when the
  package is built (into the wheel; into the source tree for an editable install), never
  committed. That is why ``PySide6-Essentials`` is a build requirement.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import find_namespace_packages, find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
TRANSLATION_SOURCES = Path("resources", "i18n")
LRELEASE = "import sys; from PySide6.scripts.pyside_tool import lrelease; lrelease()"


class BuildPyWithTranslations(build_py):
    """``build_py`` that also compiles every ``resources/i18n/*.ts`` into a ``.qm``."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            target = ROOT / TRANSLATION_SOURCES
        else:
            target = Path(self.build_lib, "agentdesk", "resources", "i18n")
        target.mkdir(parents=True, exist_ok=True)
        for ts in sorted((ROOT / TRANSLATION_SOURCES).glob("*.ts")):
            qm = target / f"{ts.stem}.qm"
            # A missing PySide6 fails the build: a wheel without its translations must not ship.
            subprocess.run(  # noqa: S603 - our own interpreter on our own files
                [sys.executable, "-c", LRELEASE, "-silent", str(ts), "-qm", str(qm)], check=True
            )


DATA_PACKAGES = {"agentdesk.migrations": "migrations", "agentdesk.resources": "resources"}


def data_packages() -> list[str]:
    """Each data package with every folder under it: setuptools installs the files of listed
    packages only (and warns about a folder Python could import but nobody listed)."""
    found = []
    for package, folder in DATA_PACKAGES.items():
        found += [package, *(f"{package}.{sub}" for sub in find_namespace_packages(folder))]
    return found


setup(
    packages=[*find_packages(include=["agentdesk", "agentdesk.*"]), *data_packages()],
    package_dir=DATA_PACKAGES,
    # Which files: MANIFEST.in (the sources' .ts stay out of the wheel: the .qm are built).
    include_package_data=True,
    exclude_package_data={"agentdesk.resources.i18n": ["*.ts"]},
    cmdclass={"build_py": BuildPyWithTranslations},
)
