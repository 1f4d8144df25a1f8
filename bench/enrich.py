"""Enrichment never competes with events. Prints one JSON object:

- apply_ms_100k: one batch of 20 media facts applied on a 100,000-row store (the rows
  naming the files, found by index); baseline_apply_ms_100k: the statement it replaced
  (an UPDATE … FROM media join over every row), on the same store;
- ingest_events_per_s_with_enrich beside ingest_events_per_s: a 10,000-event backlog
  drained by the engine with media facts looked up (as users have it) and without.
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from common import RemoteSimulator, drain_rate

from vodmonitor.cloud import VodApi
from vodmonitor.engine import EngineConfig
from vodmonitor.events import parse_event
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.media.facts import MediaFacts
from vodmonitor.simulator import generator

ROWS = 100_000
EVENTS = 10_000
SIM_ARGS = ("--hold", "0", "--visibility", "600", "--handle-ttl", "600", "--rate-limit", "0")

BASELINE = (
    "UPDATE events SET clip_name = m.name, duration = m.duration, size = m.size, "
    "cover_url = m.cover_url, media_note = m.note, media_at = m.described_at "
    "FROM media m WHERE m.file_id = events.file_id "
    "AND (events.media_at IS NULL OR events.media_at < m.described_at)",
    "UPDATE events SET source_name = m.name, source_note = m.note, "
    "source_at = m.described_at FROM media m WHERE m.file_id = events.src_file_id "
    "AND (events.source_at IS NULL OR events.source_at < m.described_at)",
)


def filled_store(path: Path) -> tuple[Store, list[str]]:
    rng = random.Random(3)
    store = Store(path)
    files: list[str] = []
    for start in range(0, ROWS, 2000):
        events = []
        for _ in range(2000):
            body = generator.clip_complete(rng, "http://m", failed=False)
            files.append(body["ClipCompleteEvent"]["FileInfo"]["FileId"])
            events.append(parse_event(body))
        store.ingest_pulls([(events, 1_800_000_000.0 + start)])
    return store, files


def facts(files: list[str], at: float) -> list[MediaFacts]:
    return [MediaFacts(f, f"clip {f[-4:]} {at}", 12.0, 1000) for f in files]


def apply_ms(store: Store, files: list[str], rounds: int = 30) -> float:
    samples = []
    for n in range(rounds):
        batch = files[n * 20 : (n + 1) * 20]
        started = time.perf_counter()
        store.apply_media(facts(batch, 1.0 + n), 2_000_000_000.0 + n)
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def baseline_apply_ms(store: Store, files: list[str], rounds: int = 10) -> float:
    db = store._db
    samples = []
    for n in range(rounds):
        batch = files[5000 + n * 20 : 5000 + (n + 1) * 20]
        started = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        db.executemany(
            "INSERT OR REPLACE INTO media (file_id, name, duration, size, cover_url, note, "
            "detail, described_at) VALUES (?,?,?,?,?,?,?,?)",
            [(f.file_id, f.name, 1.0, 1, "", "", "", 3e9 + n) for f in facts(batch, n)],
        )
        for statement in BASELINE:
            db.execute(statement)
        db.execute("COMMIT")
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def drain(enrich: bool) -> float:
    sim = RemoteSimulator(*SIM_ARGS, "--clip-backlog", str(EVENTS))
    rate = drain_rate(
        sim, EVENTS, EngineConfig(max_requests_per_s=None), VodApi if enrich else None
    )
    sim.stop()
    return rate


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store, files = filled_store(Path(tmp) / "history.sqlite3")
        ours = apply_ms(store, files)
        baseline = baseline_apply_ms(store, files)
        store.close()
    plain = statistics.median(drain(False) for _ in range(2))
    enriched = statistics.median(drain(True) for _ in range(2))
    print(
        json.dumps(
            {
                "rows": ROWS,
                "apply_ms_100k": round(ours, 2),
                "baseline_apply_ms_100k": round(baseline, 1),
                "ingest_events_per_s": round(plain),
                "ingest_events_per_s_with_enrich": round(enriched),
            }
        )
    )


if __name__ == "__main__":
    main()
