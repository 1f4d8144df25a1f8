"""Run a blocking call off the UI thread; its result comes back through a queued signal."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal


class BackgroundCall(QObject):
    """One call on a worker thread. ``finished`` carries (result, exception)."""

    finished = Signal(object, object)

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._thread = threading.Thread(target=self._run, name="background-call", daemon=True)

    def start(self, on_done: Callable[[Any, BaseException | None], None]) -> BackgroundCall:
        self.finished.connect(on_done, Qt.ConnectionType.QueuedConnection)
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # handed to the GUI thread, which explains it
            self.finished.emit(None, exc)
        else:
            self.finished.emit(result, None)

    def is_running(self) -> bool:
        return self._thread.is_alive()
