"""Which rows and cells an export writes: the view as the table shows it (filter, search,
sort, visible columns), read from the ledger in pages. Qt-free."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from vodmonitor.cells import CellText
from vodmonitor.columns import COLUMNS
from vodmonitor.ledgers.model import StoredEvent
from vodmonitor.ledgers.sqlite_reads import rows_by_id
from vodmonitor.ledgers.view import RowFilter, view_ids
from vodmonitor.urls import is_safe_url

PAGE = 2_000


@dataclass(frozen=True)
class Link:
    """A cell that is a safe link: a hyperlink in XLSX, its address in CSV."""

    url: str


Cell = str | dt.datetime | Link


@dataclass(frozen=True)
class ExportView:
    row_filter: RowFilter
    sort_key: str = "received"
    descending: bool = True
    columns: tuple[int, ...] = tuple(n for n, spec in enumerate(COLUMNS) if spec.shown)


def cell(cells: CellText, event: StoredEvent, column: int) -> Cell:
    key = COLUMNS[column].key
    if key == "received":
        return dt.datetime.fromtimestamp(event.first_seen)
    if key == "link" and event.file_url and is_safe_url(event.file_url):
        return Link(event.file_url)
    return cells.text(event, column)


def headers(cells: CellText, view: ExportView) -> list[str]:
    return [cells.tr(COLUMNS[c].header) for c in view.columns]


def rows(
    db: sqlite3.Connection, view: ExportView, cells: CellText
) -> tuple[int, Callable[[], Iterator[list[Cell]]]]:
    """How many rows the view has, and an iterator of their cells in view order. The ids
    are read at once (the view's moment); the rows page by page."""
    ids, _ = view_ids(db, view.row_filter, view.sort_key, view.descending)

    def each() -> Iterator[list[Cell]]:
        for start in range(0, len(ids), PAGE):
            page: Sequence[int] = ids[start : start + PAGE]
            found = rows_by_id(db, page)
            for row_id in page:
                event = found.get(row_id)
                if event is not None:  # removed since (retention): not exported
                    yield [cell(cells, event, c) for c in view.columns]

    return len(ids), each
