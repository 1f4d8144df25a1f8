"""Every parsed field of the selected event and its raw JSON, as plain text only."""

from __future__ import annotations

import contextlib
import json
import unicodedata

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from vodmonitor.store import StoredEvent
from vodmonitor.ui.events_model import conflict_text, format_timestamp, reason_text, state_text
from vodmonitor.ui.plain_text import FIELD_CHARS, bounded

# Shown in the pane; the whole raw JSON is always in the store and can be saved to a file.
RAW_SHOWN_CHARS = 100_000
RAW_PRETTY_CHARS = 200_000


def display_width(text: str) -> int:
    """Columns a string takes in a monospaced font: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


class DetailPane(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setReadOnly(True)  # plain text: a hostile payload can never render as markup
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setAccessibleName(self.tr("Event details"))
        self.setPlaceholderText(self.tr("Select a row to see every field and the raw JSON."))

    def _when(self, value: float | None) -> str:
        return "—" if value is None else format_timestamp(value, seconds=True)

    def show_event(self, event: StoredEvent | None) -> None:
        if event is None:
            self.clear()
            return
        fields = [
            *([(self.tr("Warning"), conflict_text())] if event.conflict else []),
            (self.tr("Event type"), event.event_type),
            (self.tr("Task ID"), event.task_id or "—"),
            (self.tr("Source file ID"), event.src_file_id or "—"),
            (self.tr("Output file ID"), event.file_id or "—"),
            (self.tr("File URL"), event.file_url or "—"),
            (self.tr("File type"), event.file_type or "—"),
            (self.tr("Error code"), event.error_code_text or "—"),
            (self.tr("Message"), event.message or "—"),
            (
                self.tr("Status"),
                state_text(event.state)
                + (f" ({reason_text(event.state_reason)})" if event.state_reason else ""),
            ),
            (self.tr("First received"), self._when(event.first_seen)),
            (self.tr("Last received"), self._when(event.last_seen)),
            (self.tr("Deliveries"), str(event.delivery_count)),
            (self.tr("Acknowledged"), self._when(event.acknowledged_at)),
            (self.tr("Confirmed"), self._when(event.confirmed_at)),
        ]
        width = max(display_width(label) for label, _ in fields)
        lines = [
            f"{label}{' ' * (width - display_width(label))}  {bounded(value, FIELD_CHARS)}"
            for label, value in fields
        ]
        raw = event.raw_json
        if len(raw) <= RAW_PRETTY_CHARS:  # formatting megabytes would stall the UI thread
            with contextlib.suppress(ValueError, RecursionError):
                raw = json.dumps(json.loads(raw), indent=2, ensure_ascii=False)
        if len(raw) > RAW_SHOWN_CHARS:
            raw = (
                bounded(raw, RAW_SHOWN_CHARS)
                + "\n"
                + self.tr("Events › Save raw JSON… writes all of it to a file.")
            )
        self.setPlainText("\n".join(lines) + "\n\n" + self.tr("Raw JSON as received:") + "\n" + raw)
