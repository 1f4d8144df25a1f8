"""CSV and XLSX files written whole or not at all: into a hidden file beside the target,
renamed over it only when complete; a cancel or a failure removes the partial file."""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from vodmonitor.export.view import Cell, Link

# XLSX's own limits: rows per sheet (the header takes one) and hyperlinks per sheet.
SHEET_ROWS = 1_048_576
SHEET_LINKS = 65_530
URL_CHARS = 2_079
FORMATS = ("csv", "xlsx")


class Cancelled(Exception):
    """The export was stopped before it finished; nothing was left behind."""


Progress = Callable[[int], None]


# A spreadsheet runs a CSV cell beginning with these as a formula; event text is data from
# outside, so such a cell gets an apostrophe first (OWASP's advice on CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_text(value: Cell) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")  # ISO 8601, as spreadsheets read it
    if isinstance(value, Link):
        return value.url
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _write_csv(
    path: Path, header: list[str], rows: Iterable[list[Cell]], step: Callable[[], None]
) -> None:
    # The byte-order mark tells Excel the file is UTF-8 (Korean and Chinese read right).
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        for row in rows:
            writer.writerow([_csv_text(v) for v in row])
            step()


def _write_xlsx(
    path: Path, header: list[str], rows: Iterable[list[Cell]], step: Callable[[], None]
) -> None:
    import xlsxwriter  # only when an XLSX is asked for

    book = xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": True,
            "strings_to_urls": False,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
        },
    )
    try:
        bold = book.add_format({"bold": True})
        when = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        sheet = None
        row_number = links = 0
        for row in rows:
            if sheet is None or row_number >= SHEET_ROWS:
                sheet = book.add_worksheet()
                sheet.write_row(0, 0, header, bold)
                sheet.freeze_panes(1, 0)
                row_number, links = 1, 0
            for column, value in enumerate(row):
                if isinstance(value, dt.datetime):
                    sheet.write_datetime(row_number, column, value, when)
                elif isinstance(value, Link):
                    if links < SHEET_LINKS and len(value.url) <= URL_CHARS:
                        sheet.write_url(row_number, column, value.url, string=value.url)
                        links += 1
                    else:  # beyond what a sheet can link: the address as text
                        sheet.write_string(row_number, column, value.url)
                else:
                    sheet.write_string(row_number, column, value)
            row_number += 1
            step()
        if sheet is None:
            sheet = book.add_worksheet()
            sheet.write_row(0, 0, header, bold)
    finally:
        book.close()


def export(
    path: Path,
    fmt: str,
    header: list[str],
    rows: Iterable[list[Cell]],
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Writes the rows to ``path`` as ``fmt`` ("csv" or "xlsx"); returns how many.
    Raises Cancelled (``cancel`` set) or OSError, leaving no file of its own behind."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (csv or xlsx)")
    written = 0

    def step() -> None:
        nonlocal written
        written += 1
        if written % 1000 == 0:
            if cancel is not None and cancel.is_set():
                raise Cancelled
            if progress is not None:
                progress(written)

    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    part = Path(temporary)
    try:
        (_write_csv if fmt == "csv" else _write_xlsx)(part, header, rows, step)
        if cancel is not None and cancel.is_set():
            raise Cancelled
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(written)
    return written
