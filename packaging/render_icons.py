"""Render the application icon's PNG sizes from its SVG (run after editing the SVG, commit them).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

Desktops pick the PNG nearest to the size they draw, and small sizes drawn from the SVG at run
time look blurry on some of them, so the freedesktop.org icon theme layout gets every usual
size: ``resources/icons/hicolor/NxN/apps/<app id>.png``. ``packaging/build.sh`` installs them
with the SVG as the ``scalable`` one.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "com.example.AgentDesk"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(svg: Path, size: int, out: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"could not write {out}")


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    svg = ICONS / "agentdesk.svg"
    for size in SIZES:
        render(svg, size, ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
