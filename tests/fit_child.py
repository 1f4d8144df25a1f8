"""Opens the main window and the settings dialog as a user at some scale factor has them
(QT_SCALE_FACTOR, a 1600×1000 screen) and prints what does not fit or is cut off, as JSON.

Run by tests/integration/test_i18n.py: ``python -m tests.fit_child LANGUAGE``."""

from __future__ import annotations

import json
import sys
import tempfile

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

from tests.layout_checks import cut_off


def outside(widget: QWidget) -> list[str]:
    screen = widget.screen().availableGeometry()
    frame = widget.frameGeometry()
    if screen.contains(frame):
        return []
    return [f"{widget.objectName()} {frame.getRect()} outside the screen {screen.getRect()}"]


def main(language: str) -> dict[str, list[str]]:
    from vodmonitor.credentials import CredentialStore
    from vodmonitor.settings import Settings
    from vodmonitor.ui.i18n import install_translators
    from vodmonitor.ui.main_window import MainWindow
    from vodmonitor.ui.settings_dialog import SettingsDialog

    app = QApplication(sys.argv[:1])
    install_translators(app, QLocale(language))
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(f"{tmp}/window.ini")
        window.show()
        window.pages.setCurrentWidget(window.splitter)
        app.processEvents()
        dialog = SettingsDialog(Settings(), CredentialStore(), parent=window)
        dialog.show()
        app.processEvents()
        dialog._set_result(  # the longest kind of result: an explanation and the cloud's words
            "Tencent Cloud refused the credentials (AuthFailure.SignatureFailure): the "
            "SecretKey is wrong for this SecretId. Tencent Cloud says: The provided "
            "credentials could not be validated. Please check your signature is correct. "
            "(RequestId 6f9f5d8e-9a44-4b8e-8f0a-2b7a1d3c4e5f)"
        )
        app.processEvents()
        return {
            "window": outside(window) + cut_off(window),
            "settings": outside(dialog) + cut_off(dialog),
            "ok_visible": [] if dialog.buttons.isVisible() else ["OK and Cancel hidden"],
        }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
