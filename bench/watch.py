"""Watch-only: API calls per new clip and the delay from a task finishing to its row.

A simulator enforcing VOD's 100 requests/s per action holds a realistic 72-hour history
(HISTORY finished tasks, most of them not clips) while a backend drains the event queue;
new tasks then finish at a steady rate for DURATION seconds. Measured twice, one after the
other on the same simulator:

- the engine in watch-only mode (the committed cursor, an overlap, details fetched once);
- the baseline: a naive reader that re-lists the whole 72-hour window every poll and
  fetches the detail of each clip it has not seen (it remembers them in memory).

Prints one JSON object: calls_per_clip, delay_p50_s, delay_p99_s, poll_interval_s and the
same under baseline_*.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import tempfile
import threading
import time
from pathlib import Path

from common import connection

from vodmonitor.cloud import CloudError, VodApi
from vodmonitor.engine import Change, Engine, EngineConfig
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.simulator import Simulator, demo_config
from vodmonitor.sources.watch import CLIP_TASK, WINDOW_S, clip_event, iso, watch_kind

HISTORY = 5_000
CLIPS_PER_S = 2.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def task_calls(sim: Simulator) -> int:
    return sim.stats["calls.DescribeTasks"] + sim.stats["calls.DescribeTaskDetail"]


class Finisher:
    """Finishes tasks at a steady pace and notes when each clip finished."""

    def __init__(self, sim: Simulator) -> None:
        self.sim = sim
        self.finished: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(1 / CLIPS_PER_S):
            for task_id in self.sim.finish_tasks(2, clip_share=0.5):
                self.finished[task_id] = time.time()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def run_engine(sim: Simulator, interval: float, duration: float) -> dict[str, float]:
    db = Path(tempfile.mkdtemp()) / "watch.sqlite3"
    seen_at: dict[int, float] = {}

    def on_change(change: Change) -> None:
        now = time.time()
        for event_id in change.inserted:
            seen_at.setdefault(event_id, now)

    engine = Engine(
        db,
        connection(sim),
        EngineConfig(),
        on_change=on_change,
        source=watch_kind(db, interval),
    )
    engine.start()
    history = sum(1 for t in sim.tasks._tasks.values() if t.task_type == CLIP_TASK)
    store = Store(db, readonly=True)
    while store.counts().total < history:  # catch up on the 72 hours first
        time.sleep(0.2)
    before = task_calls(sim)
    finisher = Finisher(sim)
    finisher.start()
    time.sleep(duration)
    finisher.stop()
    deadline = time.time() + 3 * interval
    while time.time() < deadline and store.counts().total < history + len(finisher.finished):
        time.sleep(0.1)
    engine.stop()
    calls = task_calls(sim) - before
    ids = dict(store._db.execute("SELECT task_id, id FROM events"))
    store.close()
    delays = [seen_at[ids[t]] - at for t, at in finisher.finished.items() if ids.get(t) in seen_at]
    return {
        "clips": len(finisher.finished),
        "seen": len(delays),
        "calls_per_clip": calls / max(1, len(delays)),
        "delay_p50_s": statistics.median(delays) if delays else 0.0,
        "delay_p99_s": percentile(delays, 0.99),
    }


def run_baseline(sim: Simulator, interval: float, duration: float) -> dict[str, float]:
    api = VodApi(connection(sim))
    seen: dict[str, float] = {}
    stop = threading.Event()

    def poll_once() -> None:
        token = None
        while True:  # the whole window, every time
            page = api.describe_tasks(iso(time.time() - WINDOW_S + 60), token, 100)
            for task in page.get("TaskSet", []):
                if task["TaskType"] == CLIP_TASK and task["TaskId"] not in seen:
                    detail = api.describe_task_detail(task["TaskId"])
                    clip_event(task, detail)
                    seen[task["TaskId"]] = time.time()
            token = page.get("ScrollToken")
            if not token:
                return

    def run() -> None:
        while not stop.is_set():
            started = time.time()
            with contextlib.suppress(CloudError):  # throttled: the naive reader tries again
                poll_once()
            stop.wait(max(0.0, interval - (time.time() - started)))

    while True:  # catch up first, like the engine (unpaced, it gets throttled: retry)
        try:
            poll_once()
            break
        except CloudError:
            time.sleep(1)
    before = task_calls(sim)
    reader = threading.Thread(target=run, daemon=True)
    reader.start()
    finisher = Finisher(sim)
    finisher.start()
    time.sleep(duration)
    finisher.stop()
    deadline = time.time() + 3 * interval
    while time.time() < deadline and not set(finisher.finished) <= set(seen):
        time.sleep(0.1)
    stop.set()
    reader.join()
    calls = task_calls(sim) - before
    delays = [seen[t] - at for t, at in finisher.finished.items() if t in seen]
    return {
        "clips": len(finisher.finished),
        "seen": len(delays),
        "calls_per_clip": calls / max(1, len(delays)),
        "delay_p50_s": statistics.median(delays) if delays else 0.0,
        "delay_p99_s": percentile(delays, 0.99),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interval", type=float, default=10.0)
    parser.add_argument("--duration", type=float, default=60.0)
    args = parser.parse_args()
    sim = Simulator(demo_config(hold=0.2, rate_limit=100), seed=42).start()
    sim.start_backend()
    now = sim.now()
    for n in range(HISTORY):  # a busy application's 72 hours
        sim.finish_tasks(1, clip_share=0.2, finished_at=now - WINDOW_S + 600 + n * 50)
    engine = run_engine(sim, args.interval, args.duration)
    baseline = run_baseline(sim, args.interval, args.duration)
    sim.stop()
    result = {
        "poll_interval_s": args.interval,
        "history_tasks": HISTORY,
        "clips": engine["clips"],
        "clips_seen": engine["seen"],
        "calls_per_clip": round(engine["calls_per_clip"], 2),
        "delay_p50_s": round(engine["delay_p50_s"], 2),
        "delay_p99_s": round(engine["delay_p99_s"], 2),
        "baseline_clips_seen": baseline["seen"],
        "baseline_calls_per_clip": round(baseline["calls_per_clip"], 2),
        "baseline_delay_p50_s": round(baseline["delay_p50_s"], 2),
        "baseline_delay_p99_s": round(baseline["delay_p99_s"], 2),
        "baseline_poll_interval_s": args.interval,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
