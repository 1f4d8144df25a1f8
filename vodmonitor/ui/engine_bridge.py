"""Turns the engine's thread callbacks into Qt signals emitted on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from vodmonitor.engine import Change, EngineStatus
from vodmonitor.ui import threads


class EngineBridge(QObject):
    changed = Signal(object)  # Change
    statusChanged = Signal(object)  # EngineStatus

    def __init__(self) -> None:
        super().__init__()
        threads.install()

    def on_change(self, change: Change) -> None:  # engine thread
        threads.to_main(lambda: self.changed.emit(change))

    def on_status(self, status: EngineStatus) -> None:  # engine thread
        threads.to_main(lambda: self.statusChanged.emit(status))
