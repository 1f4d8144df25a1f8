"""Exports of a year of history (1,000,000 rows). Prints one JSON object.

csv_rows_per_s / xlsx_rows_per_s: File › Export's core (the view's ids, rows paged from
the ledger, the table's words for each cell) writing CSV and XLSX (XlsxWriter, constant
memory) of every row, newest first; peak_rss_mb: the exporting process's peak. Baseline
in the same run: Python's csv module writing the same rows from a plain query
(baseline_csv_rows_per_s), nothing formatted.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from history_store import build_history
from memory import peak_rss_mb

from vodmonitor.cells import CellText
from vodmonitor.export.view import ExportView, headers, rows
from vodmonitor.export.writers import export
from vodmonitor.ledgers.view import RowFilter, open_view

ROWS = 1_000_000


def ours(db_path: Path, out: Path, fmt: str) -> float:
    cells = CellText()
    view = ExportView(RowFilter())
    db = open_view(db_path)
    started = time.perf_counter()
    count, each = rows(db, view, cells)
    written = export(out, fmt, headers(cells, view), each())
    elapsed = time.perf_counter() - started
    db.close()
    assert written == count == ROWS, (written, count)
    return written / elapsed


def baseline(db_path: Path, out: Path) -> float:
    db = sqlite3.connect(db_path)
    started = time.perf_counter()
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        count = 0
        for row in db.execute(
            "SELECT first_seen, state, succeeded, err_code, message, clip_name, source_name, "
            "duration, size, task_id, file_url FROM events ORDER BY first_seen DESC"
        ):
            writer.writerow(row)
            count += 1
    elapsed = time.perf_counter() - started
    db.close()
    return count / elapsed


def main() -> None:
    if len(sys.argv) > 1:  # a child: one measured export in a fresh process
        db_path, out, fmt = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
        rate = baseline(db_path, out) if fmt == "baseline" else ours(db_path, out, fmt)
        print(json.dumps({"rows_per_s": round(rate), "peak_rss_mb": round(peak_rss_mb(), 1)}))
        return
    import subprocess

    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "year.sqlite3"
        build_history(db_path, ROWS)
        results = {}
        for fmt in ("csv", "xlsx", "baseline"):
            done = subprocess.run(
                [sys.executable, __file__, str(db_path), str(Path(tmp) / f"out.{fmt}"), fmt],
                capture_output=True,
                text=True,
                check=True,
                cwd=Path(__file__).parent,
            )
            results[fmt] = json.loads(done.stdout.strip().splitlines()[-1])
            (Path(tmp) / f"out.{fmt}").unlink(missing_ok=True)
    print(
        json.dumps(
            {
                "rows": ROWS,
                "csv_rows_per_s": results["csv"]["rows_per_s"],
                "xlsx_rows_per_s": results["xlsx"]["rows_per_s"],
                "peak_rss_mb": max(results["csv"]["peak_rss_mb"], results["xlsx"]["peak_rss_mb"]),
                "csv_peak_rss_mb": results["csv"]["peak_rss_mb"],
                "xlsx_peak_rss_mb": results["xlsx"]["peak_rss_mb"],
                "baseline_csv_rows_per_s": results["baseline"]["rows_per_s"],
            }
        )
    )


if __name__ == "__main__":
    main()
