"""The window on 100,000 stored events. Prints one JSON object.

first_paint_s: process start to a painted table; filter_ms: a search keystroke to an
updated view; sort_ms: sort by Task ID; peak_rss_mb; max_ui_stall_ms: the longest gap of a
10 ms heartbeat timer while the engine ingests a 10,000-event backlog (simulator in its own
process, enforcing 100 requests/s). Baseline in the same run: the same rows in a
QTableWidget.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import RemoteSimulator

from vodmonitor.events import parse_event
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.paths import resolve_paths
from vodmonitor.simulator import DEMO_SECRET_ID, DEMO_SECRET_KEY, DEMO_SUB_APP_ID, generator

ROWS = 100_000
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


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "portable"
        build_store(data_dir)
        sim = RemoteSimulator("--hold", "5", "--visibility", "600", "--handle-ttl", "600")
        try:
            ours = run_child("ours", str(data_dir), f"http://{sim.endpoint}", str(DEMO_SUB_APP_ID))
        finally:
            sim.stop()
        base = run_child("baseline", str(data_dir))
    print(
        json.dumps(
            {
                "rows": ROWS,
                **ours,
                "baseline_first_paint_s": base["first_paint_s"],
                "baseline_filter_ms": base["filter_ms"],
            }
        )
    )


if __name__ == "__main__":
    main()
