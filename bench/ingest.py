"""How fast a 10,000-event backlog lands in the store. Prints one JSON object.

- events_per_s: the engine with its pacer off against a simulator with no rate limit
  (client efficiency);
- baseline_events_per_s: the obvious loop in the same run (typed SDK models, default
  settings, one INSERT and commit per event), on a 2,000-event backlog;
- wire_limit_events_per_s: 16 events / the mean cost of one empty PullEvents call;
- paced_events_per_s / throttled_responses: the engine with its default pacing against a
  simulator enforcing VOD's 100 requests/s (ceiling 1,600 events/s).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from common import RemoteSimulator, drain_rate, naive_client, naive_drain, tuned_client
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException

from vodmonitor.engine import EngineConfig
from vodmonitor.simulator import DEMO_SUB_APP_ID

EVENTS = 10_000
BASELINE_EVENTS = 2_000
SIM_ARGS = ("--hold", "0", "--visibility", "600", "--handle-ttl", "600")


def engine_drain(events: int, config: EngineConfig, rate_limit: int | None) -> tuple[float, int]:
    sim = RemoteSimulator(
        *SIM_ARGS, "--clip-backlog", str(events), "--rate-limit", str(rate_limit or 0)
    )
    rate = drain_rate(sim, events, config)
    throttled = count_throttled(sim)
    sim.stop()
    return rate, throttled


def count_throttled(sim: RemoteSimulator) -> int:
    """Ask the simulator process itself: PullEvents's throttled answers show in its stats."""
    client = tuned_client(sim.endpoint)
    stats = client.call_json("DescribeSimulatorStats", {"SubAppId": DEMO_SUB_APP_ID})
    return int(stats["Response"].get("throttled", 0))


def baseline_drain(events: int) -> float:
    sim = RemoteSimulator(*SIM_ARGS, "--clip-backlog", str(events), "--rate-limit", "0")
    client = naive_client(sim.endpoint)
    with tempfile.TemporaryDirectory() as tmp:
        db = sqlite3.connect(Path(tmp) / "naive.sqlite3")
        db.execute("CREATE TABLE events (handle TEXT, type TEXT, task_id TEXT, url TEXT)")

        def store(event: Any) -> None:
            clip = event.ClipCompleteEvent
            db.execute(
                "INSERT INTO events VALUES (?,?,?,?)",
                (event.EventHandle, event.EventType, clip.TaskId, clip.FileInfo.FileUrl),
            )
            db.commit()

        elapsed = naive_drain(client, events, store)
        db.close()
    sim.stop()
    return events / elapsed


def wire_limit(calls: int = 300) -> float:
    sim = RemoteSimulator(*SIM_ARGS, "--rate-limit", "0")
    client = tuned_client(sim.endpoint)
    samples = []
    for _ in range(calls):
        started = time.perf_counter()
        with contextlib.suppress(TencentCloudSDKException):
            client.call_json("PullEvents", {"SubAppId": DEMO_SUB_APP_ID})
        samples.append(time.perf_counter() - started)
    sim.stop()
    return 16 / statistics.fmean(samples[20:])


def main() -> None:
    fast = EngineConfig(max_requests_per_s=None)
    events_per_s, _ = engine_drain(EVENTS, fast, None)
    paced_per_s, throttled = engine_drain(EVENTS, EngineConfig(), 100)
    result = {
        "events": EVENTS,
        "events_per_s": round(events_per_s),
        "baseline_events_per_s": round(baseline_drain(BASELINE_EVENTS)),
        "wire_limit_events_per_s": round(wire_limit()),
        "paced_events_per_s": round(paced_per_s),
        "throttled_responses": throttled,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
