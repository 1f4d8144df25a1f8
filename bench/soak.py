"""A soak: a 100-event/s stream with 1% hostile entries for 10 minutes (``--seconds``).

Prints one JSON object. What it checks, in the same run:
- every good event stored exactly once (``good_enqueued`` == ``good_stored``, ``duplicates``);
- the status was honest: sampled every 0.25 s, and whenever it said LIVE the newest good
  event enqueued more than 3 s earlier was already stored (``live_but_behind_samples``);
- the database stayed bounded: unreadable entries are kept once however often VOD
  delivers them (``rejected_rows``), beside the rows the old code would have written, one
  per delivery (``baseline_rejected_rows``); ``db_bytes_per_event`` at the end.
"""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import tempfile
import time
from collections import Counter
from pathlib import Path

from common import connection, simulator

from vodmonitor.engine import Engine, EngineConfig, EngineState


def main() -> None:
    logging.getLogger().addHandler(logging.NullHandler())  # the engine's warnings: not here
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--rate", type=float, default=100, help="events per second")
    parser.add_argument("--hostile", type=float, default=0.01, help="share of hostile entries")
    args = parser.parse_args()

    # VOD's own timings: a 30 s redelivery, 100 requests/s per action, a 5 s long poll.
    sim = simulator(hold=5.0, visibility=30.0, handle_ttl=30.0, rate_limit=100)
    states: Counter[str] = Counter()
    behind = 0
    sizes: list[int] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "events.sqlite3"
        engine = Engine(db, connection(sim), EngineConfig())
        engine.start()
        sim.start_generating(args.rate * 60, hostile_share=args.hostile)
        reader = sqlite3.connect(db)
        started = time.monotonic()
        next_size = started
        while time.monotonic() - started < args.seconds:
            time.sleep(0.25)
            state = engine.status.state
            states[state.value] += 1
            if state is EngineState.LIVE and not _caught_up(sim, reader, lag_s=3.0):
                behind += 1
            if time.monotonic() >= next_size:
                next_size += 10
                sizes.append(_db_bytes(db))
        sim.stop_generating()
        stop_at = time.monotonic() + 60
        good = _good_task_ids(sim)
        while time.monotonic() < stop_at and not good <= _stored_task_ids(reader):
            time.sleep(0.5)
        stored = _stored_task_ids(reader)
        rows = [
            r[0] for r in reader.execute("SELECT task_id FROM events WHERE task_id IS NOT NULL")
        ]
        duplicates = sum(n - 1 for n in Counter(rows).values() if n > 1)
        rejected_rows, rejected_deliveries = reader.execute(
            "SELECT COUNT(*), COALESCE(SUM(delivery_count), 0) FROM rejected_events"
        ).fetchone()
        total_rows = reader.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        reader.close()
        engine.stop()
        final_size = _db_bytes(db)
    sim.stop()
    samples = sum(states.values())
    print(
        json.dumps(
            {
                "seconds": args.seconds,
                "rate_per_s": args.rate,
                "hostile_share": args.hostile,
                "enqueued": len(sim.queue._events),
                "good_enqueued": len(good),
                "good_stored": len(good & stored),
                "duplicates": duplicates,
                "status_samples": dict(states),
                "live_share": round(states["live"] / samples, 4) if samples else 0,
                "live_but_behind_samples": behind,
                "rejected_rows": rejected_rows,
                "baseline_rejected_rows": rejected_deliveries,
                "rows": total_rows,
                "db_bytes": final_size,
                "db_bytes_per_event": round(final_size / max(total_rows, 1)),
                "db_bytes_every_10s": sizes,
            }
        )
    )


def _good_task_ids(sim) -> set[str]:  # type: ignore[no-untyped-def]
    with sim.queue._cond:
        payloads = [s.payload for s in sim.queue._events.values()]
    return {
        p["ClipCompleteEvent"]["TaskId"]
        for p in payloads
        if isinstance(p.get("ClipCompleteEvent"), dict)
    }


def _caught_up(sim, reader: sqlite3.Connection, lag_s: float) -> bool:  # type: ignore[no-untyped-def]
    """The newest good clip enqueued more than ``lag_s`` ago is stored."""
    cutoff = time.monotonic() - lag_s
    with sim.queue._cond:
        old = [
            s.payload["ClipCompleteEvent"]["TaskId"]
            for s in reversed(sim.queue._events.values())
            if s.deliveries
            and isinstance(s.payload.get("ClipCompleteEvent"), dict)
            and s.visible_at - sim.config.visibility < cutoff
        ][:1]
    if not old:
        return True
    row = reader.execute("SELECT 1 FROM events WHERE task_id = ?", (old[0],)).fetchone()
    return row is not None


def _stored_task_ids(reader: sqlite3.Connection) -> set[str]:
    return {r[0] for r in reader.execute("SELECT task_id FROM events WHERE task_id IS NOT NULL")}


def _db_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


if __name__ == "__main__":
    main()
