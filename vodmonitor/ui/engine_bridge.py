"""Turns the engine's thread callbacks into Qt signals delivered on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from vodmonitor.engine import Change, EngineStatus


class EngineBridge(QObject):
    changed = Signal(object)  # Change
    statusChanged = Signal(object)  # EngineStatus

    def on_change(self, change: Change) -> None:  # engine thread
        self.changed.emit(change)

    def on_status(self, status: EngineStatus) -> None:  # engine thread
        self.statusChanged.emit(status)
