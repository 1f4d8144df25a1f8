"""``vodmonitor export``: a profile's history to CSV or XLSX, without a window (Qt-free)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from vodmonitor.app.cli import Options
from vodmonitor.app.service import MonitorService
from vodmonitor.cells import CellText
from vodmonitor.date_range import Period, parse_day, window
from vodmonitor.errors import VodmonitorError
from vodmonitor.export.view import ExportView, headers, rows
from vodmonitor.export.writers import FORMATS, Cancelled, export
from vodmonitor.ledgers.view import RowFilter, open_view
from vodmonitor.paths import resolve_paths
from vodmonitor.settings import load_settings


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="vodmonitor export",
        description=(
            "Write a profile's clip results to a CSV (UTF-8 with a byte-order mark) or XLSX "
            "file, newest first, with the table's default columns and English headers."
        ),
    )
    p.add_argument("--profile", metavar="NAME", help="the profile (default: the active one)")
    p.add_argument("--format", choices=FORMATS, help="csv or xlsx (default: from --out)")
    p.add_argument("--out", metavar="FILE", required=True, help="the file to write")
    p.add_argument("--search", metavar="TEXT", default="", help="only rows containing TEXT")
    p.add_argument("--since", metavar="DATE", help="received on or after DATE (2026-12-01)")
    p.add_argument("--until", metavar="DATE", help="received on or before DATE (included)")
    p.add_argument("--failed-only", action="store_true", help="only failed clips")
    p.add_argument("--data-dir", metavar="DIR", help="the data folder the app was run with")
    return p


def main(argv: list[str]) -> int:
    parser = build_parser()
    ns = parser.parse_args(argv)
    out = Path(ns.out)
    fmt = ns.format or out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        parser.error("say --format csv or --format xlsx (or end --out with .csv or .xlsx)")
    try:
        first = parse_day(ns.since) if ns.since else None
        last = parse_day(ns.until) if ns.until else None
    except ValueError as exc:
        parser.error(str(exc))
    since, until = window(Period.RANGE, dt.date.today(), first, last)
    try:
        paths = resolve_paths(ns.data_dir)
        settings = load_settings(paths.settings_file).settings
    except VodmonitorError as exc:
        print(f"vodmonitor export: {exc}", file=sys.stderr)
        return 2
    options = Options(False, ns.data_dir, ns.profile, None, None, False, "WARNING")
    service = MonitorService(paths, options, settings)
    active = settings.active()
    name = ns.profile or (active.name if active else "default")
    database = service.database_for(name)
    if not database.exists():
        print(
            f"vodmonitor export: no history for the profile {name!r} ({database})", file=sys.stderr
        )
        return 1
    view = ExportView(
        RowFilter(text=ns.search, failed_only=ns.failed_only, since=since, until=until)
    )
    cells = CellText()
    db = open_view(database)
    try:
        count, each = rows(db, view, cells)
        written = export(out, fmt, headers(cells, view), each())
    except Cancelled:
        return 130
    except OSError as exc:
        print(f"vodmonitor export: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(f"{written} of {count} results written to {out}")
    return 0
