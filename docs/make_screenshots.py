"""Render the demo window in English, Korean and Chinese to docs/*.png.

    xvfb-run -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb python docs/make_screenshots.py

At the window's real default size; a real X server (Xvfb) shows what users get. Without a
display it falls back to Qt's offscreen platform. The window is rendered with grab().
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QLocale, QTimer
from PySide6.QtWidgets import QApplication

from vodmonitor.app.cli import Options
from vodmonitor.paths import resolve_paths
from vodmonitor.settings import Settings
from vodmonitor.ui.application import Controller, app_icon
from vodmonitor.ui.i18n import install_translators
from vodmonitor.ui.window_state import DEFAULT_SIZE

DOCS = Path(__file__).resolve().parent


def pump(app: QApplication, seconds: float) -> None:
    end = time.time() + seconds
    while time.time() < end:
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def shoot(app: QApplication, language: str) -> Path:
    translators = install_translators(app, QLocale(language))
    with tempfile.TemporaryDirectory() as tmp:
        paths = resolve_paths(tmp).ensure()
        options = Options(True, tmp, None, None, None, False, "WARNING")
        controller = Controller(app, paths, options, Settings())
        controller.window.resize(*DEFAULT_SIZE)
        controller.start()
        pump(app, 2.5)
        table = controller.window.table
        table.selectRow(1)
        table.setFocus()
        if controller.model is not None:
            controller.acknowledge([controller.model.id_at(2), controller.model.id_at(4)])  # type: ignore[list-item]
        pump(app, 1.0)
        out = DOCS / f"screenshot-demo-{language}.png"
        controller.window.grab().save(str(out))
        controller.shutdown()
    for translator in translators:
        app.removeTranslator(translator)
    return out


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    for language in ("en", "ko", "zh_CN"):
        print(shoot(app, language))
    return 0


if __name__ == "__main__":
    sys.exit(main())
