"""The table's columns, each declared once: key, header, sort and search SQL, default width
and the text it shows. The model, sorting, searching, widths and export derive
from this tuple; a column whose text needs the UI's words (a translated state, a time in
the user's locale) names a formatter the table model provides instead of a ``text``.

Qt-free, so the store layer can take its SQL from here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vodmonitor.ledgers.model import StoredEvent


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a header for translation (lupdate reads it); translated when shown."""
    return text


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    header: str  # marked with QT_TRANSLATE_NOOP in the "EventsModel" context
    sort_sql: tuple[str, ...]
    chars: int  # width it needs, in average characters; 0: measured from its longest words
    grow: int = 0  # its share of room beyond what every column needs (0: never wider)
    text: Callable[[StoredEvent], str] | None = None  # None: the model formats it
    search_sql: str | None = None  # the search field looks in this SQL column
    shown: bool = True  # shown by default; the header's menu shows or hides any column


COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("received", QT_TRANSLATE_NOOP("EventsModel", "Received"), ("first_seen",), 0),
    ColumnSpec("status", QT_TRANSLATE_NOOP("EventsModel", "Status"), ("state", "first_seen"), 0),
    ColumnSpec(
        "result",
        QT_TRANSLATE_NOOP("EventsModel", "Result"),
        ("succeeded", "err_code"),
        24,
        grow=4,
        search_sql="message",
    ),
    ColumnSpec(
        "clip_name",
        QT_TRANSLATE_NOOP("EventsModel", "Clip name"),
        ("clip_name",),
        22,
        grow=3,
        search_sql="clip_name",
    ),
    ColumnSpec(
        "source_name",
        QT_TRANSLATE_NOOP("EventsModel", "Source video"),
        ("source_name",),
        18,
        grow=2,
        search_sql="source_name",
    ),
    ColumnSpec("duration", QT_TRANSLATE_NOOP("EventsModel", "Duration"), ("duration",), 0),
    ColumnSpec("size", QT_TRANSLATE_NOOP("EventsModel", "Size"), ("size",), 0),
    ColumnSpec(
        "task_id",
        QT_TRANSLATE_NOOP("EventsModel", "Task ID"),
        ("task_id",),
        18,
        grow=1,
        text=lambda e: e.task_id or "",
        search_sql="task_id",
    ),
    ColumnSpec(
        "source_file",
        QT_TRANSLATE_NOOP("EventsModel", "Source file ID"),
        ("src_file_id",),
        14,
        grow=1,
        text=lambda e: e.src_file_id or "",
        search_sql="src_file_id",
        shown=False,  # the names say it better; the ids stay searchable and in the details
    ),
    ColumnSpec(
        "output_file",
        QT_TRANSLATE_NOOP("EventsModel", "Output file ID"),
        ("file_id",),
        14,
        grow=1,
        text=lambda e: e.file_id or "",
        search_sql="file_id",
        shown=False,
    ),
    ColumnSpec(
        "file_type",
        QT_TRANSLATE_NOOP("EventsModel", "File type"),
        ("file_type",),
        6,
        text=lambda e: e.file_type or "",
        shown=False,
    ),
    ColumnSpec(
        "deliveries",
        QT_TRANSLATE_NOOP("EventsModel", "Deliveries"),
        ("delivery_count",),
        4,
        text=lambda e: str(e.delivery_count),
        shown=False,
    ),
    ColumnSpec(
        "link",
        QT_TRANSLATE_NOOP("EventsModel", "Link"),
        ("file_url",),
        20,
        grow=2,
        search_sql="file_url",
    ),
)
