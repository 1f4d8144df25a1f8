"""Render the demo window to docs/*.png: English, Korean and Chinese in the light scheme,
and English in the dark scheme and at 150% scaling (light and dark).

    xvfb-run -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb python docs/make_screenshots.py

At the window's real default size; a real X server (Xvfb) shows what users get. Without a
display it falls back to Qt's offscreen platform. The window is rendered with grab(). Each
scale runs in a process of its own (QT_SCALE_FACTOR is read once, at start).
"""

from __future__ import annotations

import os
import subprocess
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
from vodmonitor.ui.colours import follow_colour_scheme
from vodmonitor.ui.i18n import install_translators
from vodmonitor.ui.window_state import DEFAULT_SIZE

DOCS = Path(__file__).resolve().parent


def pump(app: QApplication, seconds: float) -> None:
    end = time.time() + seconds
    while time.time() < end:
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def shoot(app: QApplication, language: str, scheme: str, suffix: str) -> Path:
    translators = install_translators(app, QLocale(language))
    follow_colour_scheme(app, scheme)
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
        out = DOCS / f"screenshot-demo-{language}{suffix}.png"
        controller.window.grab().save(str(out))
        controller.shutdown()
    for translator in translators:
        app.removeTranslator(translator)
    return out


SHOTS = (  # scale, language, scheme
    ("1", "en", "light"),
    ("1", "ko", "light"),
    ("1", "zh_CN", "light"),
    ("1", "en", "dark"),
    ("1.5", "en", "light"),
    ("1.5", "en", "dark"),
)


def name_suffix(scale: str, scheme: str) -> str:
    return ("-150" if scale == "1.5" else "") + ("-dark" if scheme == "dark" else "")


def main(argv: list[str]) -> int:
    if argv:  # one scale, in this process: [scale, language, scheme, ...]
        app = QApplication(sys.argv[:1])
        app.setWindowIcon(app_icon())
        for scale, language, scheme in zip(argv[::3], argv[1::3], argv[2::3], strict=True):
            print(shoot(app, language, scheme, name_suffix(scale, scheme)))
        return 0
    for scale in sorted({shot[0] for shot in SHOTS}):
        args = [part for shot in SHOTS if shot[0] == scale for part in shot]
        env = {**os.environ, "QT_SCALE_FACTOR": scale}
        subprocess.run([sys.executable, __file__, *args], check=True, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
