"""Latency from enqueue to committed-and-signalled, with the engine live on a long poll.

200 events are enqueued one at a time at random intervals. Baseline in the same run: a
poller with a fixed 1 s interval (what public samples do), committing each event.
Prints one JSON object.
"""

from __future__ import annotations

import json
import random
import sqlite3
import tempfile
import threading
import time
from pathlib import Path

from common import connection, percentile, simulator, tuned_client
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException

from vodmonitor.engine import Change, Engine, EngineConfig
from vodmonitor.events import parse_pull_response
from vodmonitor.simulator import DEMO_SUB_APP_ID

EVENTS = 200


def schedule(rng: random.Random) -> list[float]:
    return [rng.uniform(0.005, 0.05) for _ in range(EVENTS)]


def engine_latencies(gaps: list[float]) -> list[float]:
    sim = simulator(hold=5.0, visibility=600, handle_ttl=600)
    signalled: list[float] = []
    done = threading.Event()

    def on_change(change: Change) -> None:
        now = time.perf_counter()
        signalled.extend(now for _ in change.inserted)
        if len(signalled) >= EVENTS:
            done.set()

    enqueued: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        engine = Engine(
            Path(tmp) / "e.sqlite3", connection(sim), EngineConfig(), on_change=on_change
        )
        engine.start()
        while sim.stats["calls.PullEvents"] < 2:  # both pullers are in their long poll
            time.sleep(0.01)
        for gap in gaps:
            time.sleep(gap)
            enqueued.append(time.perf_counter())
            sim.enqueue_clips(1)
        done.wait(30)
        engine.stop()
    sim.stop()
    # Row ids follow pull order, which follows enqueue order: the i-th signal is event i.
    return [(s - e) * 1000 for s, e in zip(signalled, enqueued, strict=True)]


def baseline_latencies(gaps: list[float]) -> list[float]:
    sim = simulator(hold=5.0, visibility=600, handle_ttl=600)
    client = tuned_client(sim.endpoint)
    stop = threading.Event()
    signalled: list[float] = []

    def poll() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            db = sqlite3.connect(Path(tmp) / "naive.sqlite3")
            db.execute("CREATE TABLE events (raw TEXT)")
            while not stop.is_set():
                try:
                    body = client.call_json("PullEvents", {"SubAppId": DEMO_SUB_APP_ID})
                    for event in parse_pull_response(body).events:
                        db.execute("INSERT INTO events VALUES (?)", (event.raw_json,))
                        db.commit()
                        signalled.append(time.perf_counter())
                except TencentCloudSDKException:
                    pass
                stop.wait(1.0)  # the fixed interval
            db.close()

    poller = threading.Thread(target=poll)
    poller.start()
    enqueued: list[float] = []
    for gap in gaps:
        time.sleep(gap)
        enqueued.append(time.perf_counter())
        sim.enqueue_clips(1)
    deadline = time.monotonic() + 30
    while len(signalled) < EVENTS and time.monotonic() < deadline:
        time.sleep(0.05)
    stop.set()
    poller.join()
    sim.stop()
    return [(s - e) * 1000 for s, e in zip(signalled, enqueued, strict=True)]


def main() -> None:
    gaps = schedule(random.Random(7))
    ours = engine_latencies(gaps)
    base = baseline_latencies(gaps)
    print(
        json.dumps(
            {
                "events": EVENTS,
                "p50_ms": round(percentile(ours, 50), 2),
                "p99_ms": round(percentile(ours, 99), 2),
                "baseline_p50_ms": round(percentile(base, 50), 2),
                "baseline_p99_ms": round(percentile(base, 99), 2),
            }
        )
    )


if __name__ == "__main__":
    main()
