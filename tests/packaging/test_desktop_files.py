"""The desktop metadata passes Debian 12's validators and agrees with the package.

``./run tests`` installs ``desktop-file-utils`` and ``appstream`` for these; a machine without
them fails here (a skipped validator would let a broken file ship).
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

import agentdesk
from agentdesk.installation import APP_ID, RESOURCES, package_folder

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture(scope="module")
def desktop_folder() -> Path:
    return package_folder(RESOURCES) / "desktop"


def _tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: apt-get install {package} (./run tests does it)")
    return found


def test_the_desktop_file_passes_desktop_file_validate(desktop_folder: Path) -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    done = subprocess.run(
        [tool, str(desktop_folder / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    # It prints nothing at all for a clean file: hints count as findings too.
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_the_metainfo_passes_appstreamcli_validate(desktop_folder: Path) -> None:
    tool = _tool("appstreamcli", "appstream")
    done = subprocess.run(
        [tool, "validate", "--no-net", str(desktop_folder / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # Only one known finding: AppStream 1.0's <developer>, which 0.16 does not know yet.
    findings = [line for line in done.stdout.splitlines() if line[:2] in {"E:", "W:", "I:"}]
    assert all("unknown-tag developer" in line for line in findings), findings


def test_the_metainfo_names_the_app_and_the_current_release(desktop_folder: Path) -> None:
    root = ET.parse(desktop_folder / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == agentdesk.__version__, "add a <release> for this version"
    assert root.find("developer/name") is not None
    assert root.findtext("url[@type='homepage']")
    assert root.find("screenshots/screenshot/image") is not None


def test_the_desktop_file_starts_the_installed_command_with_its_icon(desktop_folder: Path) -> None:
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(desktop_folder / f"{APP_ID}.desktop", encoding="utf-8")
    assert entry["Desktop Entry"]["Exec"] == "agentdesk"
    assert entry["Desktop Entry"]["Icon"] == APP_ID


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_the_icon_comes_in_every_usual_size() -> None:
    icons = package_folder(RESOURCES) / "icons"
    assert (icons / "agentdesk.svg").is_file()
    for size in ICON_SIZES:
        png = icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert _png_size(png) == (size, size)
