"""The one way work leaves the UI thread and comes back (like Picard's run_task/to_main).

``to_main(fn)`` runs ``fn`` on the GUI thread, from any thread, through one explicitly
queued connection; ``run_task(fn, on_done)`` runs ``fn`` on a worker thread and hands
``on_done(result, error)`` back through ``to_main``. The engine bridge and the table's
query thread post their results the same way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal


class _Poster(QObject):
    posted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.posted.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def _run(self, fn: Callable[[], None]) -> None:
        fn()


_poster: _Poster | None = None


def install() -> None:
    """Create the poster on the GUI thread (its thread is where posted work runs). Called
    by every GUI-thread object that will post, before it starts a thread."""
    global _poster
    if _poster is None:
        _poster = _Poster()


def to_main(fn: Callable[[], None]) -> None:
    """Run ``fn`` on the GUI thread soon; safe from any thread."""
    if _poster is None:
        raise RuntimeError("threads.install() must run on the GUI thread first")
    _poster.posted.emit(fn)


Done = Callable[[Any, BaseException | None], None]


class Task:
    """One call on a worker thread; ``on_done(result, error)`` runs on the GUI thread,
    unless ``owner`` (the dialog that asked) is gone by then."""

    def __init__(self, fn: Callable[[], Any], on_done: Done, owner: QObject | None = None):
        install()
        self._fn = fn
        self._on_done = on_done
        self._owner = owner
        self._finished = False
        self._thread = threading.Thread(target=self._run, name="background-task", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # handed to the GUI thread, which explains it
            error: BaseException = exc  # "exc" itself is unbound after the except block
            to_main(lambda: self._finish(None, error))
        else:
            to_main(lambda: self._finish(result, None))

    def _finish(self, result: Any, error: BaseException | None) -> None:
        # Done once its answer is handled, not when its thread exits: that may happen a
        # moment later, and a caller starting the next call from on_done must not wait.
        self._finished = True
        if self._owner is None or shiboken6.isValid(self._owner):
            self._on_done(result, error)

    def is_running(self) -> bool:
        return not self._finished


def run_task(fn: Callable[[], Any], on_done: Done, owner: QObject | None = None) -> Task:
    return Task(fn, on_done, owner)
