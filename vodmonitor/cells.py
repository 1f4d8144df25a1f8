"""What each table cell says, in words: the window's table and the exports share it.

Qt-free: the window passes Qt's translator, its locale's size and time formats; ``vodmonitor
export`` uses the defaults (English, plain units, ISO 8601 times). Every string is marked
with QT_TRANSLATE_NOOP in the "EventsModel" context, so lupdate finds it here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from vodmonitor.columns import COLUMNS, QT_TRANSLATE_NOOP
from vodmonitor.ledgers.model import EventState, Reason, StoredEvent
from vodmonitor.urls import is_safe_url

CONTEXT = "EventsModel"
Translate = Callable[[str, str], str]

STATE_TEXT = {
    EventState.NEW: QT_TRANSLATE_NOOP("EventsModel", "New"),
    EventState.ACKNOWLEDGED: QT_TRANSLATE_NOOP("EventsModel", "Acknowledged, confirming"),
    EventState.CONFIRMED: QT_TRANSLATE_NOOP("EventsModel", "Confirmed"),
    EventState.CONFIRM_FAILED: QT_TRANSLATE_NOOP("EventsModel", "Confirm failed"),
    EventState.DONE: QT_TRANSLATE_NOOP("EventsModel", "Done (nothing to confirm on VOD)"),
}
ACKNOWLEDGED_NOTHING_TO_CONFIRM = QT_TRANSLATE_NOOP("EventsModel", "Acknowledged")

REASON_TEXT = {
    Reason.AUTO_CONFIRM.value: QT_TRANSLATE_NOOP(
        "EventsModel", "confirmed automatically by the setting"
    ),
    Reason.HANDLE_EXPIRED.value: QT_TRANSLATE_NOOP(
        "EventsModel", "the handle expired; confirming when VOD sends the event again"
    ),
    Reason.NOT_REDELIVERED.value: QT_TRANSLATE_NOOP(
        "EventsModel", "VOD stopped sending it after the confirmation, so it went through"
    ),
}

MEDIA_NOTE_TEXT = {
    "deleted": QT_TRANSLATE_NOOP("EventsModel", "(deleted in VOD)"),
    "denied": QT_TRANSLATE_NOOP("EventsModel", "(no permission to read media info)"),
    "failed": QT_TRANSLATE_NOOP("EventsModel", "(media info unavailable)"),
}

_RECORDED = QT_TRANSLATE_NOOP("EventsModel", "Recorded (not confirmed)")
_BY = QT_TRANSLATE_NOOP("EventsModel", "by {name}")
_CONFLICTING = QT_TRANSLATE_NOOP("EventsModel", "conflicting copy")
_OK = QT_TRANSLATE_NOOP("EventsModel", "OK")
_FAILED = QT_TRANSLATE_NOOP("EventsModel", "Failed")
_ERROR = QT_TRANSLATE_NOOP("EventsModel", "Error {code}: {message}")
_UNSAFE_LINK = QT_TRANSLATE_NOOP("EventsModel", "(unsafe link hidden)")
_CONFLICT = QT_TRANSLATE_NOOP(
    "EventsModel",
    "VOD sent different content under this TaskId. Both copies are kept as separate rows; "
    "acknowledging one confirms only the copy you see.",
)


def english(_context: str, text: str) -> str:
    return text


def format_duration(seconds: float) -> str:
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def plain_size(size: int) -> str:
    """Bytes in binary units, as Qt's formattedDataSize writes them in English."""
    value = float(size)
    for unit in ("bytes", "KiB", "MiB", "GiB", "TiB"):
        if value < 1024 or unit == "TiB":
            return f"{int(value)} bytes" if unit == "bytes" else f"{value:.2f} {unit}"
        value /= 1024
    return f"{size} bytes"


def iso_time(value: float) -> str:
    """Local time as ISO 8601 (a space between date and time, as spreadsheets read it)."""
    return dt.datetime.fromtimestamp(value).strftime("%Y-%m-%d %H:%M:%S")


class CellText:
    def __init__(
        self,
        translate: Translate = english,
        size: Callable[[int], str] = plain_size,
        time: Callable[[float], str] = iso_time,
    ) -> None:
        self._translate = translate
        self._size = size
        self._time = time

    def tr(self, text: str) -> str:
        return self._translate(CONTEXT, text)

    def state(self, state: EventState, handle: str | None = "") -> str:
        """A state in words; an acknowledged row that never had a handle (watch-only, normal
        callback) is not "confirming": it becomes done when its undo window ends."""
        if state is EventState.ACKNOWLEDGED and handle is None:
            return self.tr(ACKNOWLEDGED_NOTHING_TO_CONFIRM)
        return self.tr(STATE_TEXT[state])

    def reason(self, reason: str) -> str:
        """A stored reason key in words; an API error ("code: message") as it came."""
        known = REASON_TEXT.get(reason)
        return self.tr(known) if known else reason

    def media(self, name: str | None, note: str | None) -> str:
        """A file's name, or why there is none; empty while it is being looked up."""
        if note in MEDIA_NOTE_TEXT:
            return self.tr(MEDIA_NOTE_TEXT[note])
        return name or ""

    def conflict(self) -> str:
        return self.tr(_CONFLICT)

    def status(self, event: StoredEvent) -> str:
        if not event.is_clip and event.state is EventState.NEW:
            text = self.tr(_RECORDED)
        else:
            text = self.state(event.state, event.handle)
        if event.acknowledged_by and event.state is not EventState.NEW:
            text += " · " + self.tr(_BY).format(name=event.acknowledged_by)
        if event.conflict:
            text += " · " + self.tr(_CONFLICTING)
        return text

    def result(self, event: StoredEvent) -> str:
        if not event.is_clip:
            return event.event_type
        if event.succeeded:
            return self.tr(_OK)
        code = event.error_code_text
        if not code and not event.message:
            return self.tr(_FAILED)
        return self.tr(_ERROR).format(code=code or "?", message=event.message or "")

    def link(self, event: StoredEvent) -> str:
        if not event.file_url:
            return ""
        return event.file_url if is_safe_url(event.file_url) else self.tr(_UNSAFE_LINK)

    def text(self, event: StoredEvent, column: int) -> str:
        """The cell as the table shows it."""
        spec = COLUMNS[column]
        if spec.text is not None:
            return spec.text(event)
        key = spec.key
        if key == "received":
            return self._time(event.first_seen)
        if key == "status":
            return self.status(event)
        if key == "result":
            return self.result(event)
        if key == "clip_name":
            return self.media(event.clip_name, event.media_note) if event.is_clip else ""
        if key == "source_name":
            return self.media(event.source_name, event.source_note) if event.is_clip else ""
        if key == "duration":
            return format_duration(event.duration) if event.duration is not None else ""
        if key == "size":
            return self._size(event.size) if event.size is not None else ""
        if key == "link":
            return self.link(event)
        return ""
