"""Tray icon and coalesced desktop notifications for new clip results."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from vodmonitor.ledgers.model import Counts, StoredEvent

COALESCE_MS = 1500
# At most one notification in this long: a backlog must not become a stream of pop-ups.
MIN_GAP_S = 5.0


class Tray(QObject):
    showRequested = Signal(list)  # event ids to select; empty: just show the window
    quitRequested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[StoredEvent] = []
        self._shown: list[int] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._flush)
        self.icon: QSystemTrayIcon | None = None
        self._last_shown = -MIN_GAP_S
        self.shown: list[str] = []  # what was notified, newest last (for the log and tests)
        # Reads the events again as stored now (the controller's model), for their names.
        self.reread: Callable[[list[int]], list[StoredEvent]] = lambda ids: []
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip("vodmonitor")
        menu = QMenu()
        show = QAction(self.tr("Show vodmonitor"), menu)
        show.triggered.connect(lambda: self.showRequested.emit([]))
        quit_action = QAction(self.tr("Quit"), menu)
        quit_action.triggered.connect(self.quitRequested)
        menu.addAction(show)
        menu.addSeparator()
        menu.addAction(quit_action)
        self._menu = menu
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(lambda: self.showRequested.emit(list(self._shown)))
        self.icon.show()

    @property
    def available(self) -> bool:
        return self.icon is not None

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.showRequested.emit([])

    def add_new(self, events: list[StoredEvent]) -> None:
        clips = [e for e in events if e.is_clip]
        if clips:
            self._pending.extend(clips)
            if not self._timer.isActive():
                wait_s = max(COALESCE_MS / 1000, self._last_shown + MIN_GAP_S - time.monotonic())
                self._timer.start(int(wait_s * 1000))

    def set_counts(self, counts: Counts) -> None:
        if self.icon is not None:
            self.icon.setToolTip(self.tooltip(counts))

    def tooltip(self, counts: Counts) -> str:
        return self.tr("vodmonitor: {new} to acknowledge, {failed} failed").format(
            new=counts.needs_attention, failed=counts.failed
        )

    def say_once_running(self) -> None:
        """After the first close to the tray: the app did not quit."""
        text = self.tr("vodmonitor keeps running in the tray. Quit it from the tray menu.")
        self.shown.append(text)
        if self.icon is not None:
            self.icon.showMessage("vodmonitor", text, QSystemTrayIcon.MessageIcon.Information, 8000)

    def summary(self, events: list[StoredEvent]) -> tuple[str, str]:
        """A notification's title and text: the clips by name, failed ones first."""
        failed = [e for e in events if e.succeeded is False]
        ready = [e for e in events if e.succeeded is not False]
        if len(events) == 1:
            event = events[0]
            if failed:
                return self.tr("Clip failed"), self.tr("{name} failed: {reason}").format(
                    name=clip_name(event), reason=_short(event.message or "?", 120)
                )
            return self.tr("Clip ready"), self.tr("{name} is ready").format(name=clip_name(event))
        if failed:
            title = self.tr("%n new clip(s), {failed} failed", "", len(events)).format(
                failed=len(failed)
            )
            parts = [self.tr("Failed: {names}").format(names=names(failed))]
            if ready:
                parts.append(self.tr("Ready: {names}").format(names=names(ready)))
            return title, "\n".join(parts)
        return self.tr("%n clip(s) ready", "", len(events)), names(ready)

    def _flush(self) -> None:
        events, self._pending = self._pending, []
        if not events:
            return
        # Names arrive a moment after the events (the media lookup): read them again.
        events = self.reread([e.id for e in events]) or events
        self._last_shown = time.monotonic()
        title, text = self.summary(events)
        self.shown.append(f"{title}: {text}")
        if self.icon is None:
            return
        self._shown = [e.id for e in events]
        failed = any(e.succeeded is False for e in events)
        icon = (
            QSystemTrayIcon.MessageIcon.Warning
            if failed
            else QSystemTrayIcon.MessageIcon.Information
        )
        self.icon.showMessage(title, text, icon, 8000)


# Some notification servers read the text as markup: a clip named "<b>" must stay text.
_MARKUP = str.maketrans({"<": "\uff1c", ">": "\uff1e", "&": "\uff06"})
NAMED = 3  # a notification names this many clips, then says how many more


def clip_name(event: StoredEvent) -> str:
    """What the editor calls the clip: its name in VOD, else its task."""
    return _short(event.clip_name or event.task_id or "?", 80)


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())  # one line: a name's newlines would break the layout
    return (text if len(text) <= limit else text[: limit - 1] + "…").translate(_MARKUP)


def names(events: list[StoredEvent]) -> str:
    shown = ", ".join(clip_name(e) for e in events[:NAMED])
    more = len(events) - NAMED
    if more > 0:
        shown += " " + QCoreApplication.translate("Tray", "and %n more", "", more)
    return shown
