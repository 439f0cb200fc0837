"""Regenerate docs/screenshots/ offscreen from the demo workspace: ``./run screenshots``.

The demo platform is generated for a fixed "now" (``DEMO_NOW``, a Wednesday afternoon) and the
window is given that clock, in the Europe/Paris zone, so the pictures only change when the
window does. What is shown is the real window over a real sync of the demo server; only the
time stands still. Each picture is listed (with what it is for) in docs/ui.md.

    python -m tests.ui.screenshots [--out DIR] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
ZONE = "Europe/Paris"
SCALED = ("indicators-week-light-150", "sign-in-no-keyring-150", "closed-search-light-150")


def _prepare_process(scale: str | None) -> None:
    """Before Qt loads: offscreen, a fixed zone for "local time", an optional scale factor."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["TZ"] = ZONE
    time.tzset()
    os.environ.pop("AGENTDESK_TOKEN", None)
    os.environ.pop("AGENTDESK_SERVER", None)
    if scale:
        os.environ["QT_SCALE_FACTOR"] = scale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.ui.screenshots")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--only", nargs="*", default=None, help="picture names (no .png)")
    parser.add_argument("--scale", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    _prepare_process(args.scale)
    args.out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import qInstallMessageHandler  # noqa: PLC0415 - after the env is set

    from tests.ui.screenshot_scenes import SceneRunner, quiet_offscreen  # noqa: PLC0415

    qInstallMessageHandler(quiet_offscreen)

    wanted = set(args.only) if args.only is not None else None
    with tempfile.TemporaryDirectory(prefix="agentdesk-shots-") as home:
        os.environ["AGENTDESK_HOME"] = home
        written = SceneRunner(args.out, wanted, scaled=bool(args.scale)).run()
    for path in written:
        print(path)
    if args.scale is None and (wanted is None or wanted & set(SCALED)):
        _scaled(args.out, wanted)
    return 0


def _scaled(out: Path, wanted: set[str] | None) -> None:
    """150 % needs QT_SCALE_FACTOR before the QApplication exists: a second process."""
    names = [n for n in SCALED if wanted is None or n in wanted]
    command = [sys.executable, "-m", "tests.ui.screenshots", "--scale", "1.5", "--out", str(out)]
    subprocess.run([*command, "--only", *names], check=True)


if __name__ == "__main__":
    sys.exit(main())
