"""The clip-results table model: ids in view order in memory, row data fetched by page.

Sorting and filtering run in SQL (see row_query), so 100,000 or 1,000,000 rows cost an
array of 8-byte ids, not a list of objects. Updates arrive as insert/remove runs or
``dataChanged``; a full reset happens only when the user changes the filter or sort.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from vodmonitor.cells import CellText, format_duration
from vodmonitor.columns import COLUMNS
from vodmonitor.events import CLIP_COMPLETE
from vodmonitor.ledgers.model import Counts, EventState, StoredEvent
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.ledgers.sqlite_reads import LONG_TEXT, TABLE_CHARS
from vodmonitor.ledgers.view import RowFilter
from vodmonitor.ui.colours import error_colour, fresh_colour
from vodmonitor.ui.plain_text import CELL_CHARS, bounded, tooltip
from vodmonitor.ui.row_query import Answer, Request, RowQuery
from vodmonitor.urls import is_safe_url

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def _position(key: str) -> int:
    return next(n for n, spec in enumerate(COLUMNS) if spec.key == key)


class Column(IntEnum):
    """Positions of the columns the window treats specially, found in ``COLUMNS`` (the one
    list of columns), so adding a column never shifts one of these by hand."""

    RECEIVED = _position("received")
    STATUS = _position("status")
    RESULT = _position("result")
    CLIP_NAME = _position("clip_name")
    SOURCE_NAME = _position("source_name")
    DURATION = _position("duration")
    SIZE = _position("size")
    TASK_ID = _position("task_id")
    SOURCE_FILE = _position("source_file")
    OUTPUT_FILE = _position("output_file")
    LINK = _position("link")


HEADERS = tuple(spec.header for spec in COLUMNS)

# The StoredEvent of the row, as the table has it: no raw_json, long texts cut
# (full_event reads the whole row).
EventRole = Qt.ItemDataRole.UserRole + 1
SafeUrlRole = Qt.ItemDataRole.UserRole + 3  # the link, only when it is safe to open

_PAGE = 128
FRESH_MS = 2000
_CACHE_ROWS = 20_000


def _tr(text: object) -> str:
    """For strings marked with QT_TRANSLATE_NOOP; literals use translate() directly."""
    return QCoreApplication.translate("EventsModel", str(text))


def _with_seconds(pattern: str) -> str:
    return pattern if "ss" in pattern else pattern.replace("mm", "mm:ss", 1)


def format_timestamp(value: float, *, seconds: bool = False, date: bool = True) -> str:
    """The user's locale's short date and time; the long formats spell out time zones."""
    locale = QLocale()
    when = QDateTime.fromMSecsSinceEpoch(int(value * 1000))
    if locale.language() == QLocale.Language.C:  # LANG=C.UTF-8: "3 12 2026" reads as nothing
        iso = "HH:mm:ss" if seconds else "HH:mm"
        return when.toString(f"yyyy-MM-dd {iso}" if date else iso)
    time_pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds:
        time_pattern = _with_seconds(time_pattern)
    if not date:
        return locale.toString(when.time(), time_pattern)
    return locale.toString(
        when, f"{locale.dateFormat(QLocale.FormatType.ShortFormat)} {time_pattern}"
    )


def ui_cells() -> CellText:
    """Cell words in the UI's language, sizes and times in the user's locale (the table's,
    and File › Export's on its worker thread)."""
    return CellText(
        QCoreApplication.translate,
        lambda size: QLocale().formattedDataSize(size),
        lambda at: format_timestamp(at, seconds=True),
    )


CELLS = ui_cells()
state_text = CELLS.state
reason_text = CELLS.reason
media_text = CELLS.media
conflict_text = CELLS.conflict


class EventsModel(QAbstractTableModel):
    countsChanged = Signal(object)  # Counts
    heldChanged = Signal(int)  # new rows counted but not shown while the view is held
    aboutToApplyUpdate = Signal()
    updateApplied = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._store = Store(db_path, readonly=True)
        self._ids: array[int] = array("q")  # flat: see RowQuery._last
        self._cache: OrderedDict[int, StoredEvent] = OrderedDict()
        self._filter = RowFilter()
        self._sort_column = int(Column.RECEIVED)
        self._descending = True
        self._generation = 0
        self._applied_generation = 0
        self._closed = False
        self.last_query_s = 0.0
        self._pending_updates: set[int] = set()
        self._until_id: int | None = None
        # Rows that just appeared at once (the view was not held): highlighted briefly.
        self._fresh: set[int] = set()
        self._fresh_timer = QTimer(self)
        self._fresh_timer.setSingleShot(True)
        self._fresh_timer.setInterval(FRESH_MS)
        self._fresh_timer.timeout.connect(self._unhighlight)
        self._released_up_to = 0
        self.held = 0
        # Asked before each refresh: is the editor holding the view still?
        self.hold_check: Callable[[], bool] = lambda: False
        self.counts = Counts(0, 0, 0)
        self.complete = False  # every row of the view is here (not only its first ones)
        self._query = RowQuery(db_path)
        self._query.answered.connect(self._apply, Qt.ConnectionType.QueuedConnection)
        self.request(reset=True, recount=True)

    def close(self) -> None:
        self._closed = True
        self._query.answered.disconnect(self._apply)
        self._query.close()
        self._store.close()

    # --- what to show -------------------------------------------------------------
    @property
    def database(self) -> Path:
        return self._db_path

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def row_filter(self) -> RowFilter:
        return self._filter

    def set_filter(self, row_filter: RowFilter) -> None:
        if row_filter != self._filter:
            recount = row_filter.event_type != self._filter.event_type
            self._filter = row_filter
            self.request(reset=True, recount=recount)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(HEADERS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) != (self._sort_column, self._descending):
            self._sort_column, self._descending = column, descending
            self.request(reset=True)

    def request(
        self, *, reset: bool = False, recount: bool = False, arrived: tuple[int, ...] | None = None
    ) -> int:
        self._generation += 1
        self._query.submit(
            Request(
                self._generation,
                self._filter,
                COLUMNS[self._sort_column].key,
                self._descending,
                reset,
                recount,
                self._until_id,
                arrived,
            )
        )
        return self._generation

    @property
    def generation_applied(self) -> int:
        return self._applied_generation

    def refresh(
        self, changed_ids: tuple[int, ...] = (), arrived: tuple[int, ...] | None = None
    ) -> None:
        """Rows were added (``arrived``; None: not known) or changed in the store: re-query
        and apply the difference. Arrivals in a view no write can reorder are put in place
        without reading the view again."""
        # Only rows read for the table can be on screen (data() reads a row before it is
        # painted): a change to any other repaints nothing, which during a backlog with
        # names arriving for rows out of sight spares a repaint of the view each refresh.
        self._pending_updates.update(i for i in changed_ids if self._cache.pop(i, None) is not None)
        if self.hold_check():
            if self._until_id is None and self._ids:
                # New rows get larger ids: hold back everything newer than what is shown
                # (or was released, even if its answer has not arrived yet).
                self._until_id = max(max(self._ids), self._released_up_to)
        else:
            self._until_id = None
        self.request(recount=True, arrived=arrived)

    def _unhighlight(self) -> None:
        if self._fresh and self._ids:
            self._fresh.clear()
            last = self.index(len(self._ids) - 1, len(HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.BackgroundRole])
        self._fresh.clear()

    def release_hold(self) -> None:
        """Show the rows that arrived while the view was held."""
        if self._until_id is not None:
            self._until_id = None
            self._released_up_to = self._store.max_id()
            # Nothing else arrived: the rows held back come in (row_query places them).
            self.request(recount=True, arrived=())

    def _apply(self, answer: Answer) -> None:
        if self._closed:  # an answer queued before close()
            return
        self.aboutToApplyUpdate.emit()
        if answer.reset:
            self.beginResetModel()
            self._ids = answer.ids
            self._cache.clear()
            self.endResetModel()
        else:
            for start, end in answer.removed_runs:
                self.beginRemoveRows(QModelIndex(), start, end)
                del self._ids[start : end + 1]
                self.endRemoveRows()
            taken = 0
            for start, end in answer.inserted_runs:
                if answer.placed:  # only the arrivals came, in run order
                    rows = answer.ids[taken : taken + end - start + 1]
                    taken += end - start + 1
                else:
                    rows = answer.ids[start : end + 1]
                self.beginInsertRows(QModelIndex(), start, end)
                self._ids[start:start] = rows
                self.endInsertRows()
                if not answer.rest:
                    self._fresh.update(rows)
            if answer.inserted_runs and not answer.rest:
                self._fresh_timer.start()
            if not answer.placed:
                self._ids = answer.ids
            if self._pending_updates and self._ids:
                # The view repaints only what is visible, so one range is cheapest.
                last = self.index(len(self._ids) - 1, len(HEADERS) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
        self._pending_updates.clear()
        self.complete = not answer.partial
        self._applied_generation = answer.generation
        self.last_query_s = answer.elapsed_s
        if answer.held != self.held:
            self.held = answer.held
            self.heldChanged.emit(answer.held)
        if answer.counts != self.counts:
            self.counts = answer.counts
            self.countsChanged.emit(answer.counts)
        self.updateApplied.emit()

    # --- rows -----------------------------------------------------------------------
    def event_at(self, row: int) -> StoredEvent | None:
        if self._closed or not 0 <= row < len(self._ids):
            return None
        row_id = self._ids[row]
        event = self._cache.get(row_id)
        if event is None:
            start = max(0, row - _PAGE // 2)
            wanted = [i for i in self._ids[start : start + _PAGE] if i not in self._cache]
            # Without payloads and megabyte-long texts: the table shows neither (actions
            # read the whole row: full_event).
            self._cache.update(self._store.get_rows(wanted, for_table=True))
            while len(self._cache) > _CACHE_ROWS:
                self._cache.popitem(last=False)
            event = self._cache.get(row_id)
        return event

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, row_id: int) -> int | None:
        try:
            return self._ids.index(row_id)
        except ValueError:
            return None

    def rows_of(self, ids: list[int]) -> dict[int, int]:
        """Rows of many ids in one pass over the view (row_of per id would be quadratic)."""
        wanted = set(ids)
        return {row_id: row for row, row_id in enumerate(self._ids) if row_id in wanted}

    def full_event(self, event_id: int) -> StoredEvent | None:
        """One row with its raw JSON, as the details pane shows it."""
        return None if self._closed else self._store.get([event_id]).get(event_id)

    def whole(self, event: StoredEvent) -> StoredEvent:
        """A table row with none of its texts cut (still without its payload): read again
        only when one was cut at TABLE_CHARS."""
        if self._closed or not any(len(getattr(event, n) or "") >= TABLE_CHARS for n in LONG_TEXT):
            return event
        return self._store.get_rows([event.id]).get(event.id, event)

    def events(self, ids: list[int]) -> list[StoredEvent]:
        """These rows as stored now, without their payloads (downloads, notifications)."""
        return list(self._store.get_rows(ids).values())

    def all_ids(self) -> list[int]:
        return list(self._ids)

    def new_ids(self, ids: list[int]) -> list[int]:
        """Those of ``ids`` not yet acknowledged, read from the store now."""
        return self._store.new_among(ids)

    # --- Qt model API -------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        event = self.event_at(index.row())
        return None if event is None else self._value(event, index.column(), role)

    def multiData(self, index: QModelIndex | QPersistentModelIndex, span: Any) -> None:
        """Every role a delegate paints a cell with, in one call (Qt asks seven roles per
        cell: one data() call each made repainting the view during a backlog cost tens of
        milliseconds of the UI thread)."""
        event = self.event_at(index.row()) if index.isValid() else None
        column = index.column()
        for role_data in span:
            value = None if event is None else self._value(event, column, role_data.role())
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def _value(self, event: StoredEvent, column: int, role: int) -> Any:
        if role == EventRole:
            return event
        if role == Qt.ItemDataRole.DisplayRole:
            return bounded(self._display(event, column), CELL_CHARS)
        if role == SafeUrlRole:
            url = self.whole(event).file_url
            return url if url and is_safe_url(url) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._tooltip(event, column)
            return tooltip(text) if text else None
        if role == Qt.ItemDataRole.DecorationRole and column == Column.RESULT and event.is_clip:
            style = QApplication.style()
            icon = (
                QStyle.StandardPixmap.SP_DialogApplyButton
                if event.succeeded
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return style.standardIcon(icon)
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QGuiApplication.palette()
            if column == Column.LINK and event.file_url and is_safe_url(event.file_url):
                return palette.color(QPalette.ColorRole.Link)
            if (
                event.is_clip
                and event.succeeded is False
                and column in (Column.RESULT, Column.TASK_ID)
            ):
                return error_colour(palette)  # readable on light and dark alike
        if role == Qt.ItemDataRole.FontRole:
            if column == Column.LINK and event.file_url and is_safe_url(event.file_url):
                font = QFont()
                font.setUnderline(True)
                return font
            if event.state is EventState.NEW and event.is_clip and column == Column.STATUS:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.BackgroundRole and event.id in self._fresh:
            return fresh_colour(QGuiApplication.palette())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return bounded(self._display(event, column), CELL_CHARS)
        return None

    def _display(self, event: StoredEvent, column: int) -> str:
        return CELLS.text(event, column) if 0 <= column < len(COLUMNS) else ""

    def _tooltip(self, event: StoredEvent, column: int) -> str | None:
        if column == Column.STATUS and event.conflict:
            return conflict_text()
        if column == Column.STATUS and event.state_reason:
            return reason_text(event.state_reason)
        if column == Column.RESULT and event.is_clip and not event.succeeded:
            return self._display(event, column)  # elided in the cell: whole here
        if column == Column.LINK and event.file_url:
            if is_safe_url(event.file_url):
                return translate("EventsModel", "Click to open {url}").format(url=event.file_url)
            return translate(
                "EventsModel", "This link is not a plain http(s) address and will not be opened."
            )
        return None


__all__ = [
    "CLIP_COMPLETE",
    "Column",
    "EventRole",
    "EventsModel",
    "RowFilter",
    "SafeUrlRole",
    "format_duration",
]
