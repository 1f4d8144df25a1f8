"""A long history (#22): media facts applied by index on their own lane, and a monitor
that stops promptly whatever it is doing. Real processes, the simulator over HTTP, real
SQLite files."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.conftest import wait_for
from tests.integration.test_team import ROOT
from vodmonitor.events import parse_event
from vodmonitor.ledgers import sqlite_history, sqlite_reads
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.media.facts import MediaFacts
from vodmonitor.simulator import (
    DEMO_SECRET_ID,
    DEMO_SECRET_KEY,
    Simulator,
    demo_config,
    generator,
)


def test_facts_touch_only_the_rows_that_name_their_files(tmp_path: Path) -> None:
    rng = random.Random(9)
    store = Store(tmp_path / "h.sqlite3")
    bodies = [generator.clip_complete(rng, "http://m", failed=False) for _ in range(3000)]
    store.ingest_pulls([([parse_event(b) for b in bodies], 100.0)])
    files = [b["ClipCompleteEvent"]["FileInfo"]["FileId"] for b in bodies[:20]]
    plan = " ".join(
        str(row[-1])
        for row in store._db.execute(
            f"EXPLAIN QUERY PLAN {sqlite_history._CLIPS_OF_FILES}", (json.dumps(files),)
        )
    )
    assert "USING INDEX events_sort_file" in plan and "SCAN e" not in plan  # no history scan
    changed = store.apply_media([MediaFacts(f, "named") for f in files], 200.0)
    assert len(changed) == 20
    names = store._db.execute("SELECT count(*) FROM events WHERE clip_name = 'named'")
    assert names.fetchone()[0] == 20
    # a later row for a known file gets the facts from the waiting lane (no facts given)
    late = dict(bodies[0], EventHandle="h")
    late["ClipCompleteEvent"] = dict(late["ClipCompleteEvent"], TaskId="late-task")
    store.ingest_pulls([([parse_event(late)], 300.0)])
    assert store.apply_media([], 301.0) != []
    row = store._db.execute("SELECT clip_name FROM events WHERE task_id = 'late-task'")
    assert row.fetchone()[0] == "named"
    store.close()


def test_the_media_lookups_read_only_the_rows_that_wait_for_facts(tmp_path: Path) -> None:
    """The enricher asks every few seconds: its questions go through the partial index of
    waiting rows, never an event-type index past every clip of the history."""
    store = Store(tmp_path / "h.sqlite3")
    questions = [
        (sqlite_reads.FILES_TO_DESCRIBE_SQL, (400,)),
        (sqlite_reads.FACTS_WAITING_SQL, ()),
        (sqlite_history._WAITING_CLIPS, ()),
        (sqlite_history._WAITING_SOURCES, ()),
    ]
    for sql, params in questions:
        plan = [str(row[-1]) for row in store._db.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
        reads = [step for step in plan if " events " in f" {step} "]
        assert reads and all("events_media_pending" in step for step in reads), plan
    store.close()


def test_serve_stops_promptly_during_a_backlog_with_enrichment(tmp_path: Path) -> None:
    """SIGTERM while thousands of events are being stored and described: the process
    exits cleanly (no thread keeps it alive), and what was stored is intact."""
    sim = Simulator(demo_config(hold=0.0, rate_limit=None), seed=5).start()
    try:
        sim.enqueue_clips(6000, failed=False)
        env = dict(
            os.environ,
            TENCENTCLOUD_SECRET_ID=DEMO_SECRET_ID,
            TENCENTCLOUD_SECRET_KEY=DEMO_SECRET_KEY,
        )
        data = tmp_path / "server"
        command = [sys.executable, "-m", "vodmonitor", "serve", "--data-dir", str(data)]
        command += ["--endpoint", f"http://{sim.endpoint}"]
        command += ["--sub-app-id", str(sim.config.sub_app_id)]
        proc = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
            env=env,
        )
        try:

            def described() -> int:
                files = list((data / "data").glob("events-*.sqlite3"))
                if not files:
                    return 0
                db = sqlite3.connect(f"file:{files[0]}?mode=ro", uri=True)
                try:
                    return int(
                        db.execute(
                            "SELECT count(*) FROM events WHERE clip_name IS NOT NULL"
                        ).fetchone()[0]
                    )
                except sqlite3.Error:
                    return 0
                finally:
                    db.close()

            wait_for(lambda: described() > 0, timeout=60)  # events and facts both flowing
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=15) == 0
            # serve keeps its own log: it runs without the window's instance lock
            assert (data / "logs" / "vodmonitor-serve.log").stat().st_size > 0
            assert not (data / "logs" / "vodmonitor.log").exists()
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(5)
    finally:
        sim.stop()
