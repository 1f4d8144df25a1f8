"""The window on 100,000 stored events. Prints one JSON object.

first_paint_s: process start to a painted table; filter_ms: a search keystroke to an
updated view (its first rows painted; filter_complete_ms: every row in the model);
sort_ms: sort by Task ID (likewise sort_complete_ms); peak_rss_mb; max_ui_stall_ms: the
longest gap of a 10 ms heartbeat timer while the engine ingests a 10,000-event backlog and
describes its files (simulator in its own process, enforcing 100 requests/s);
select_huge_ms: the same gap while selecting a row with a 1 MB TaskId and a 10 MB FileUrl
(baseline_select_huge_ms: its raw JSON in a word-wrapped text box, as the details pane had
it). Baseline in the same run: the same rows in a QTableWidget.

rows_1m: the same on a year of history (1,000,000 rows), with counts_ms (the status bar's
counts), beside the queries the app made before the trigram index and the kept counts.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import RemoteSimulator
from history_store import build_history

from vodmonitor.events import CLIP_COMPLETE, parse_event
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.ledgers.sqlite_reads import count_events
from vodmonitor.paths import resolve_paths, sqlite_uri
from vodmonitor.simulator import DEMO_SECRET_ID, DEMO_SECRET_KEY, DEMO_SUB_APP_ID, generator

ROWS = 100_000
MILLION = 1_000_000
FILTER_TERM = "clipVideo-ab"  # what ui_child types
# What the search field read before the trigram index (a LIKE over each, every row).
OLD_SEARCH = ("message", "clip_name", "source_name", "task_id", "src_file_id", "file_id")
HERE = Path(__file__).resolve().parent


def build_store(data_dir: Path) -> None:
    rng = random.Random(1)
    paths = resolve_paths(data_dir).ensure()
    store = Store(paths.database_file("default"))
    started = time.time() - ROWS
    for chunk in range(0, ROWS, 1000):
        events = [
            parse_event(generator.clip_complete(rng, "https://vod.example.com"))
            for _ in range(1000)
        ]
        store.ingest_pulls([([e], started + chunk + i) for i, e in enumerate(events)])
    store.close()
    add_huge_row(paths.database_file("default"))


def add_huge_row(db_path: Path) -> None:
    """The newest row: a 1 MB TaskId and a 10 MB FileUrl (select_huge_ms selects it)."""
    payload = generator.clip_complete(random.Random(2), "https://vod.example.com")
    # "z": it sorts after every other task id, so sort_ms still sees a new first row.
    payload["ClipCompleteEvent"]["TaskId"] = "z" * 1_000_000
    payload["ClipCompleteEvent"]["FileInfo"]["FileUrl"] = "https://e.com/" + "u" * 10_000_000
    store = Store(db_path)
    store.ingest_pulls([([parse_event(payload)], time.time())])
    store.close()


def run_child(*args: str) -> dict[str, float]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TENCENTCLOUD_SECRET_ID": DEMO_SECRET_ID,
        "TENCENTCLOUD_SECRET_KEY": DEMO_SECRET_KEY,
        "BENCH_T0": repr(time.time()),
    }
    out = subprocess.run(
        [sys.executable, str(HERE / "ui_child.py"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        cwd=HERE,
    )
    if out.returncode != 0:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_ours(data_dir: Path) -> dict[str, float]:
    sim = RemoteSimulator("--hold", "5", "--visibility", "600", "--handle-ttl", "600")
    try:
        return run_child("ours", str(data_dir), f"http://{sim.endpoint}", str(DEMO_SUB_APP_ID))
    finally:
        sim.stop()


def ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


def million(data_dir: Path) -> dict[str, float]:
    """The window on a year of history (1,000,000 rows), and beside it the same questions
    asked as the app asked them before the history work (a LIKE scan, counting, reading
    every id in order) on the same file."""
    db_path = resolve_paths(data_dir).ensure().database_file("default")
    build_history(db_path, MILLION)
    add_huge_row(db_path)
    db = sqlite3.connect(sqlite_uri(db_path, "mode=ro"), uri=True)
    started = time.perf_counter()
    count_events(db, CLIP_COMPLETE)
    counts_ms = ms(started)
    started = time.perf_counter()
    for extra in ("", " AND state = 'new'", " AND succeeded = 0"):
        query = f"SELECT COUNT(*) FROM events WHERE event_type = ?{extra}"
        db.execute(query, (CLIP_COMPLETE,)).fetchone()
    baseline_counts_ms = ms(started)
    like = " OR ".join(f"{c} LIKE ?" for c in OLD_SEARCH)
    started = time.perf_counter()
    db.execute(
        f"SELECT id FROM events WHERE +event_type = ? AND ({like}) ORDER BY first_seen DESC",
        (CLIP_COMPLETE, *[f"%{FILTER_TERM}%"] * len(OLD_SEARCH)),
    ).fetchall()
    baseline_filter_ms = ms(started)
    started = time.perf_counter()
    db.execute(
        "SELECT id FROM events WHERE event_type = ? ORDER BY task_id, id", (CLIP_COMPLETE,)
    ).fetchall()
    baseline_sort_ms = ms(started)
    db.close()
    ours = run_ours(data_dir)
    return {
        "rows": MILLION,
        **ours,
        "counts_ms": counts_ms,
        "baseline_counts_ms": baseline_counts_ms,
        "baseline_filter_ms": baseline_filter_ms,
        "baseline_sort_ms": baseline_sort_ms,
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "portable"
        build_store(data_dir)
        ours = run_ours(data_dir)
        base = run_child("baseline", str(data_dir))
        rows_1m = million(Path(tmp) / "year")
    print(
        json.dumps(
            {
                "rows": ROWS,
                **ours,
                "baseline_first_paint_s": base["first_paint_s"],
                "baseline_filter_ms": base["filter_ms"],
                "rows_1m": rows_1m,
            }
        )
    )


if __name__ == "__main__":
    main()
