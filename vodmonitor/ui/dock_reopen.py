"""macOS: clicking the Dock icon while the window is hidden in the tray shows the window
again (the "reopen" an app is expected to answer; Qt delivers it as ApplicationActivate)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget


class DockReopen(QObject):
    def __init__(self, app: QCoreApplication, window: QWidget, show: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._show = show
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationActivate and not self._window.isVisible():
            self._show()
        return False
