"""A year of history for the benches: a million clip results written straight into a
real ledger file (the store's schema, its indexes, the trigram index rebuilt once), in a
minute rather than the hours the engine would take to pull them."""

from __future__ import annotations

import json
import random
import sqlite3
import time
from pathlib import Path

from vodmonitor.ledgers.sqlite import Store

NAMES = (
    "Interview",
    "Match highlights",
    "Morning news",
    "인터뷰",
    "경기 하이라이트",
    "采访",
    "新闻",
)
FAILURES = ((70000, "Source file unavailable"), (60000, "Transcoding failed"))


def build_history(path: Path, rows: int, *, seed: int = 1, days: float = 365.0) -> None:
    """``rows`` results received over the last ``days``, names and sizes already known
    (as after enrichment), one in five failed, one in three still unacknowledged."""
    Store(path).close()  # the schema, as the app creates it
    rng = random.Random(seed)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -1000000")  # the builder's own memory, not the app's
    # Indexes built once over sorted data, not grown one random key at a time.
    indexes = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' "
        "AND sql IS NOT NULL"
    ).fetchall()
    for name, _ in indexes:
        db.execute(f"DROP INDEX {name}")
    start = time.time() - days * 86_400
    step = days * 86_400 / rows
    for first in range(0, rows, 50_000):
        events, payloads = [], []
        for n in range(first, min(rows, first + 50_000)):
            task = f"clipVideo-{rng.getrandbits(80):020x}"
            src = f"{rng.getrandbits(62):019d}"[:19]
            out = f"{rng.getrandbits(62):019d}"[:19]
            failed = rng.random() < 0.2
            code, message = rng.choice(FAILURES) if failed else (0, "")
            url = "" if failed else f"https://vod.example.com/media/{out}/f0.mp4"
            name = f"{rng.choice(NAMES)} {n % 977} — clip {n:07d}"
            state = "new" if rng.random() < 0.33 else "confirmed"
            at = start + n * step
            events.append(
                (
                    n + 1,
                    f"task:{task}",
                    "ClipComplete",
                    task,
                    src,
                    "" if failed else out,
                    url,
                    "mp4",
                    code,
                    message,
                    int(not failed),
                    at,
                    at,
                    state,
                    name,
                    rng.uniform(5, 600),
                    rng.randrange(1 << 20, 1 << 31),
                    f"Source {n % 5003}",
                    at + 1,
                    at + 1,
                )
            )
            payloads.append((n + 1, json.dumps({"EventType": "ClipComplete", "TaskId": task})))
        db.execute("BEGIN")
        db.executemany(
            "INSERT INTO events (id, identity, event_type, task_id, src_file_id, file_id, "
            "file_url, file_type, err_code, message, succeeded, first_seen, last_seen, state, "
            "clip_name, duration, size, source_name, media_at, source_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            events,
        )
        db.executemany("INSERT INTO event_payloads (id, raw_json) VALUES (?, ?)", payloads)
        db.execute("COMMIT")
    for _, sql in indexes:
        db.execute(sql)
    db.execute("INSERT INTO events_fts (events_fts) VALUES ('rebuild')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
