"""One running instance per data dir; a second start raises the first and exits.

QLockFile notices a lock whose process is gone (a killed instance) and takes it over, so
a stale lock never blocks the next start.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ASFW_ANY = -1  # AllowSetForegroundWindow: any process may take the foreground


def allow_foreground_window(user32: object | None = None) -> bool:
    """On Windows, let the running instance bring its window to the front. Returns whether
    the call was made (``user32`` is a seam for tests; None: the real one, Windows only)."""
    if user32 is None:
        if sys.platform != "win32":
            return False
        import ctypes

        user32 = ctypes.windll.user32
    return bool(user32.AllowSetForegroundWindow(ASFW_ANY))  # type: ignore[attr-defined]


def _server_name(lock_file: Path) -> str:
    digest = hashlib.sha256(str(lock_file.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"vodmonitor-{digest}"


class SingleInstance(QObject):
    raiseRequested = Signal()

    def __init__(self, lock_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        lock_file.parent.mkdir(parents=True, exist_ok=True)
        self._name = _server_name(lock_file)
        self._lock = QLockFile(str(lock_file))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        if not self._lock.tryLock(200):
            return False
        QLocalServer.removeServer(self._name)  # a socket left by a killed instance
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self._name)
        return True

    def held_by_another(self) -> bool:
        """After a failed acquire: another process holds the lock (rather than the lock
        file being impossible to write, as in a read-only data folder)."""
        return self._lock.error() == QLockFile.LockError.LockFailedError

    def error_text(self) -> str:
        return {
            QLockFile.LockError.PermissionError: "permission denied",
            QLockFile.LockError.UnknownError: "the lock file cannot be written",
        }.get(self._lock.error(), "unknown error")

    def notify_running_instance(self) -> bool:
        # Windows lets only the foreground process raise a window: this second launch is
        # in the foreground, so it hands that right on first, or the taskbar only flashes.
        allow_foreground_window()
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(1000):
            return False
        socket.write(b"raise\n")
        socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
        return True

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            self.raiseRequested.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()
