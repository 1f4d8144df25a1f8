"""File › Export and ``vodmonitor export`` (#22): the view as the table shows it, in the UI
language, to CSV and XLSX read back; nothing left behind by a cancel or a failure. Real
SQLite files, the real table model, a real subprocess for the command."""

from __future__ import annotations

import csv
import datetime as dt
import random
import subprocess
import sys
import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from tests.integration.test_team import ROOT
from vodmonitor.cells import CellText
from vodmonitor.columns import COLUMNS
from vodmonitor.events import parse_event
from vodmonitor.export.view import ExportView, headers, rows
from vodmonitor.export.writers import Cancelled, export
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.ledgers.view import RowFilter, open_view
from vodmonitor.media.facts import MediaFacts
from vodmonitor.paths import resolve_paths
from vodmonitor.simulator import generator
from vodmonitor.ui.events_model import Column, EventsModel
from vodmonitor.ui.export_dialog import ui_cells
from vodmonitor.ui.i18n import install_translators

NAMES = ["인터뷰 클립 1", "采访片段 2", "Match 🎬 3", 'Quote "4", comma', "=1+1 not a formula"]


def history(path: Path, count: int = 40) -> Store:
    rng = random.Random(3)
    store = Store(path)
    bodies = [generator.clip_complete(rng, "https://vod.example.com") for _ in range(count)]
    bodies[1]["ClipCompleteEvent"]["FileInfo"].update(
        {"ErrCode": 0, "FileUrl": "javascript:alert(1)", "FileId": "evil"}
    )
    for n, body in enumerate(bodies):
        store.ingest_pulls([([parse_event(body)], 1_800_000_000.0 + n * 3600)])
    files = [b["ClipCompleteEvent"]["FileInfo"]["FileId"] for b in bodies]
    store.apply_media(
        [MediaFacts(f, NAMES[n % len(NAMES)], 61.0, 1_500_000) for n, f in enumerate(files) if f],
        1_900_000_000.0,
    )
    return store


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs for UTF-8
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def read_xlsx(path: Path) -> list[list[object]]:
    sheet = openpyxl.load_workbook(path).active
    return [[c.value for c in row] for row in sheet.iter_rows()]


@pytest.mark.parametrize("language", ["en_US", "ko_KR", "zh_CN"])
def test_an_export_matches_the_table_cell_for_cell(qtbot, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    translators = install_translators(app, QLocale(language))
    store = history(tmp_path / "h.sqlite3")
    model = EventsModel(store.path)
    try:
        model.set_filter(RowFilter(text="vod.example"))  # searched, so fewer than all
        model.sort(Column.CLIP_NAME, Qt.SortOrder.DescendingOrder)
        qtbot.waitUntil(
            lambda: model.complete and model.sort_column == Column.CLIP_NAME, timeout=5000
        )
        shown = [
            Column.CLIP_NAME,
            Column.RECEIVED,
            Column.RESULT,
            Column.STATUS,
            Column.SIZE,
            Column.LINK,
        ]
        view = ExportView(model.row_filter, "clip_name", True, tuple(shown))
        cells = ui_cells()
        db = open_view(store.path)
        count, each = rows(db, view, cells)
        assert count == model.rowCount() and 0 < count < 40
        export(tmp_path / "v.csv", "csv", headers(cells, view), each())
        count, each = rows(db, view, cells)
        export(tmp_path / "v.xlsx", "xlsx", headers(cells, view), each())
        db.close()
        table = [[model.index(r, c).data() for c in shown] for r in range(model.rowCount())]
        heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in shown]
        received = [model.event_at(r).first_seen for r in range(model.rowCount())]
        for found in (read_csv(tmp_path / "v.csv"), read_xlsx(tmp_path / "v.xlsx")):
            assert found[0] == heads  # headers in the UI language
            assert len(found) == len(table) + 1
            for row, want, at in zip(found[1:], table, received, strict=True):
                when = dt.datetime.fromtimestamp(at)
                assert row[1] in (when.strftime("%Y-%m-%d %H:%M:%S"), when)  # ISO / date-time
                if isinstance(row[1], str) and want[0].startswith("="):
                    want = ["'" + want[0], *want[1:]]  # a CSV cell is never a formula
                assert [row[0], *row[2:]] == [want[0], *want[2:]]
        book = openpyxl.load_workbook(tmp_path / "v.xlsx").active
        links = [c.hyperlink.target for c in book["F"][1:] if c.hyperlink]
        assert links and all(link.startswith("https://") for link in links)
        if language != "en_US":
            assert any(not cell.isascii() for cell in read_csv(tmp_path / "v.csv")[0])
    finally:
        model.close()
        store.close()
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))


def test_a_cancelled_or_failed_export_leaves_nothing(tmp_path: Path) -> None:
    store = history(tmp_path / "h.sqlite3", count=30)
    db = open_view(store.path)
    cells = CellText()
    view = ExportView(RowFilter())
    out = tmp_path / "out"
    out.mkdir()
    count, each = rows(db, view, cells)
    many = (row for _ in range(200) for row in each())  # 6,000 rows: several progress steps
    cancel = threading.Event()
    for fmt in ("csv", "xlsx"):
        cancel.clear()
        with pytest.raises(Cancelled):
            export(
                out / f"x.{fmt}",
                fmt,
                headers(cells, view),
                many,
                progress=lambda _n: cancel.set(),
                cancel=cancel,
            )
        assert list(out.iterdir()) == []

        def broken():  # type: ignore[no-untyped-def]
            yield from list(each())[:3]
            raise OSError(28, "No space left on device")

        with pytest.raises(OSError):
            export(out / f"x.{fmt}", fmt, headers(cells, view), broken())
        assert list(out.iterdir()) == []
    # an existing file is replaced only by a complete one
    (out / "keep.csv").write_text("old")
    cancel.clear()
    count, each = rows(db, view, cells)
    assert export(out / "keep.csv", "csv", headers(cells, view), each()) == count == 30
    assert len(read_csv(out / "keep.csv")) == 31
    db.close()
    store.close()


def run_export(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``vodmonitor export`` in its own process, as a user or a cron job runs it."""
    return subprocess.run(
        [sys.executable, "-m", "vodmonitor", "export", "--data-dir", str(data), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_export_command_writes_the_chosen_rows(tmp_path: Path) -> None:
    data = tmp_path / "data"
    database = resolve_paths(data).ensure().database_file("Newsroom")
    store = history(database)
    failed = store._db.execute(
        "SELECT COUNT(*) FROM events WHERE succeeded = 0 AND first_seen >= ? AND first_seen < ?",
        (1_800_000_000.0, 1_800_000_000.0 + 40 * 3600),
    ).fetchone()[0]
    store.close()
    since = dt.date.fromtimestamp(1_800_000_000.0)
    out = tmp_path / "failed.xlsx"
    done = run_export(
        data,
        "--profile",
        "Newsroom",
        "--out",
        str(out),
        "--failed-only",
        "--since",
        since.isoformat(),
    )
    assert done.returncode == 0, done.stderr
    assert "results written" in done.stdout
    sheet = read_xlsx(out)
    assert sheet[0] == [spec.header for spec in COLUMNS if spec.shown]  # English headers
    # the day of the first row onwards: every failed one (all 40 fall in those days)
    assert len(sheet) - 1 == failed > 0
    assert all(str(row[2]).startswith("Error ") for row in sheet[1:])
    bad = run_export(data, "--out", str(tmp_path / "x.csv"), "--since", "3/12/2026")
    assert bad.returncode == 2 and "like 2026-12-03" in bad.stderr
    missing = run_export(data, "--profile", "Nobody", "--out", str(tmp_path / "x.csv"))
    assert missing.returncode == 1 and "no history" in missing.stderr
    assert not (tmp_path / "x.csv").exists()
