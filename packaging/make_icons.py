"""Render resources/icon.svg into the PNG sizes, a Windows .ico and a macOS .icns.

Uses Qt's own SVG renderer and image writers, so it runs the same on every OS (no
iconutil or ImageMagick needed). The outputs are committed under vodmonitor/resources/icons
so a plain pip install has them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icon.svg"
OUT = ROOT / "vodmonitor" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs an application object
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        render(renderer, size).save(str(OUT / f"vodmonitor-{size}.png"))
    # Qt writes one image per .ico/.icns; the largest sensible one scales best.
    render(renderer, 256).save(str(OUT / "vodmonitor.ico"))
    render(renderer, 512).save(str(OUT / "vodmonitor.icns"))
    print(f"wrote {len(SIZES) + 2} icons to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
