"""The selected event as a form: labelled fields, the failure reason first for a failed
clip, values selectable, and the raw JSON exactly as it was received (a toggle formats it).

Everything is plain text: a hostile payload can never render as markup. Values and the raw
JSON are bounded on screen (laying out megabytes stalls the UI thread); the store keeps
them whole and Events › Save raw JSON… writes all of it.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFontDatabase, QPixmap, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vodmonitor.ledgers.model import StoredEvent
from vodmonitor.ui.events_model import (
    conflict_text,
    format_duration,
    format_timestamp,
    media_text,
    reason_text,
    state_text,
)
from vodmonitor.ui.plain_text import FIELD_CHARS, bounded, plain_label
from vodmonitor.urls import is_safe_url

COVER_BOX = (192, 108)  # a 16:9 thumbnail: the fields stay in view beneath it
# (URL, then shown(bytes or None, why not)): fetched off the UI thread by the controller.
CoverLoader = Callable[[str, Callable[[bytes | None, str], None]], None]

RAW_SHOWN_CHARS = 100_000
RAW_PRETTY_CHARS = 200_000
_LONG_RUN = re.compile(r"\S{500}")


class DetailPane(QWidget):
    fieldsChanged = Signal()  # the fields were rebuilt: the window puts them in Tab order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName(self.tr("Event details"))
        self._event: StoredEvent | None = None
        self._cover_loader: CoverLoader | None = None
        self.cover = QLabel()
        self.cover.setObjectName("coverImage")
        self.cover.setTextFormat(Qt.TextFormat.PlainText)
        self.cover.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.cover.setVisible(False)
        self.placeholder = plain_label(self.tr("Select a row to see every field and the raw JSON."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)

        self.form_widget = QWidget()
        self.form = QFormLayout(self.form_widget)
        # Values read as text, not as boxes; one sheet for all (one per field cost more
        # than the rest of showing a row).
        self.form_widget.setStyleSheet("QLineEdit { background: transparent; }")
        # Labels right-aligned beside their values line up in Korean and Chinese too.
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_box = QWidget()
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.cover)
        form_layout.addWidget(self.form_widget, 1)
        scroll.setWidget(form_box)

        raw_box = QWidget()
        raw_layout = QVBoxLayout(raw_box)
        raw_layout.setContentsMargins(0, 0, 0, 0)
        self.formatted = QCheckBox(self.tr("Formatted"))
        self.formatted.setObjectName("rawFormatted")
        self.formatted.setToolTip(self.tr("Indent the JSON; off shows it exactly as received"))
        self.formatted.toggled.connect(self._show_raw)
        self.raw = QPlainTextEdit()
        self.raw.setObjectName("rawJson")
        self.raw.setReadOnly(True)
        self.raw.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.raw.setAccessibleName(self.tr("Raw JSON as received"))
        self.raw.setAccessibleDescription(
            self.tr("The event as VOD sent it; Events › Save raw JSON… saves all of it")
        )
        # Fusion draws no focus frame around a text box: say where the keyboard is.
        self.raw.setStyleSheet("QPlainTextEdit:focus { border: 2px solid palette(highlight); }")
        raw_layout.addWidget(plain_label(self.tr("Raw JSON as received:")))
        raw_layout.addWidget(self.raw, 1)
        raw_layout.addWidget(self.formatted)

        self.content = QSplitter(Qt.Orientation.Horizontal)
        self.content.addWidget(scroll)
        self.content.addWidget(raw_box)
        self.content.setStretchFactor(0, 3)
        self.content.setStretchFactor(1, 2)
        self.content.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.content)
        self.show_event(None)

    def _when(self, value: float | None) -> str:
        return "—" if value is None else format_timestamp(value, seconds=True)

    def _fields(self, event: StoredEvent) -> list[tuple[str, str, bool]]:
        status = state_text(event.state, event.handle)
        if event.state_reason:
            status += f" ({reason_text(event.state_reason)})"
        failed = event.is_clip and not event.succeeded
        reason = [(self.tr("Failure"), self._failure(event), True)] if failed else []
        # (label, value, prose): prose wraps; ids and links scroll in a line of their own.
        return [
            *([(self.tr("Warning"), conflict_text(), True)] if event.conflict else []),
            *reason,
            (self.tr("Status"), status, True),
            *self._media_fields(event),
            (self.tr("Task ID"), event.task_id or "—", False),
            (self.tr("File URL"), event.file_url or "—", False),
            (self.tr("Output file ID"), event.file_id or "—", False),
            (self.tr("Source file ID"), event.src_file_id or "—", False),
            (self.tr("File type"), event.file_type or "—", False),
            (self.tr("Event type"), event.event_type, False),
            (self.tr("Error code"), event.error_code_text or "—", False),
            (self.tr("Message"), event.message or "—", True),
            (self.tr("First received"), self._when(event.first_seen), False),
            (self.tr("Last received"), self._when(event.last_seen), False),
            (self.tr("Deliveries"), str(event.delivery_count), False),
            (self.tr("Acknowledged"), self._acknowledged(event), False),
            (self.tr("Confirmed"), self._when(event.confirmed_at), False),
        ]

    def _media_fields(self, event: StoredEvent) -> list[tuple[str, str, bool]]:
        if not event.is_clip:
            return []
        size = QLocale().formattedDataSize(event.size) if event.size is not None else "—"
        return [
            (self.tr("Clip name"), media_text(event.clip_name, event.media_note) or "—", True),
            (
                self.tr("Source video"),
                media_text(event.source_name, event.source_note) or "—",
                True,
            ),
            (
                self.tr("Duration"),
                format_duration(event.duration) if event.duration is not None else "—",
                False,
            ),
            (self.tr("Size"), size, False),
        ]

    def set_cover_loader(self, loader: CoverLoader) -> None:
        self._cover_loader = loader

    def _show_cover(self, event: StoredEvent) -> None:
        url = event.cover_url or ""
        self.cover.clear()
        self.cover.setVisible(bool(url) and self._cover_loader is not None)
        if not url or self._cover_loader is None:
            return
        if not is_safe_url(url):
            self.cover.setText(self.tr("(cover not shown: not an http(s) link)"))
            return
        self.cover.setText(self.tr("Loading the cover…"))

        def shown(data: bytes | None, problem: str) -> None:
            if self._event is None or self._event.cover_url != url:
                return  # another row is shown by now
            image = QPixmap()
            if data is not None and image.loadFromData(data):
                self.cover.setPixmap(
                    image.scaled(
                        *COVER_BOX,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            else:
                self.cover.setText(problem or self.tr("(the cover could not be read)"))

        self._cover_loader(url, shown)

    def _acknowledged(self, event: StoredEvent) -> str:
        when = self._when(event.acknowledged_at)
        if event.acknowledged_by and event.acknowledged_at is not None:
            return self.tr("by {name}, {time}").format(name=event.acknowledged_by, time=when)
        return when

    def _failure(self, event: StoredEvent) -> str:
        code = event.error_code_text
        message = event.message or self.tr("no message")
        return f"{code}: {message}" if code else message

    def show_event(self, event: StoredEvent | None) -> None:
        self._event = event
        while self.form.rowCount():
            self.form.removeRow(0)
        self.placeholder.setVisible(event is None)
        self.content.setVisible(event is not None)
        if event is None:
            self.raw.clear()
            self.cover.setVisible(False)
            return
        self._show_cover(event)
        description = self.tr("Read-only; select the text to copy it")
        for label, value, prose in self._fields(event):
            field = _value_widget(bounded(value, FIELD_CHARS), prose)
            field.setAccessibleName(label)
            field.setAccessibleDescription(description)
            self.form.addRow(plain_label(label), field)
        self._show_raw()
        self.fieldsChanged.emit()

    def focus_stops(self) -> list[QWidget]:
        """The pane's Tab stops in reading order: the fields, the raw JSON, Formatted."""
        fields = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                fields.append(widget)
        return [*fields, self.raw, self.formatted]

    def _show_raw(self) -> None:
        event = self._event
        if event is None:
            return
        raw = event.raw_json  # the stored text, exactly as VOD sent it
        if self.formatted.isChecked() and len(raw) <= RAW_PRETTY_CHARS:
            with contextlib.suppress(ValueError, RecursionError):
                raw = json.dumps(json.loads(raw), indent=2, ensure_ascii=False)
        if len(raw) > RAW_SHOWN_CHARS:
            raw = (
                bounded(raw, RAW_SHOWN_CHARS)
                + "\n"
                + self.tr("Events › Save raw JSON… writes all of it to a file.")
            )
        # Qt's word wrap costs seconds on a long run without spaces (a 1 MB TaskId);
        # breaking anywhere costs milliseconds.
        self.raw.setWordWrapMode(
            QTextOption.WrapMode.WrapAnywhere
            if _LONG_RUN.search(raw)
            else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        )
        self.raw.setPlainText(raw)

    def toPlainText(self) -> str:  # the name QPlainTextEdit gives it
        """Everything shown, as text: for copying, screen readers and tests."""
        lines = []
        for row in range(self.form.rowCount()):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            value = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and value is not None:
                label_widget, value_widget = label.widget(), value.widget()
                if isinstance(label_widget, QLabel) and isinstance(
                    value_widget, QLabel | QLineEdit
                ):
                    lines.append(f"{label_widget.text()}\t{value_widget.text()}")
        return "\n".join(lines) + "\n\n" + self.raw.toPlainText()


def _value_widget(text: str, prose: bool) -> QWidget:
    """A selectable value: wrapped when it is prose, a read-only line (which scrolls instead
    of widening the pane) when it is an id, a link or a time."""
    if prose:
        label = plain_label(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        return label
    line = QLineEdit(text)
    line.setReadOnly(True)
    line.setFrame(False)
    line.setCursorPosition(0)
    return line
