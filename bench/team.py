"""Team mode: the leader's ingest into PostgreSQL, how fast followers see its rows, and how
fast a new leader takes over. Prints one JSON object.

A PostgreSQL server (Debian's package, started here), the simulator in its own process
enforcing VOD's 100 requests/s, a leader and 5 followers each in its own process (the
real core in team mode), then a 10,000-event backlog:

- leader_events_per_s: rows committed to PostgreSQL per second by the leader, with the
  engine's default pacing (VOD's ceiling is 1,600 events/s; the goal 1,500);
- visible_p50_ms / visible_p99_ms: from the leader's commit to the row in each follower's
  view (LISTEN/NOTIFY, then the mirror);
- failover_s: from SIGKILL of the leader to a follower leading (the advisory lock);
- leader_unpaced_events_per_s: the same with pacing off and no rate limit (capacity);
- baseline_*: 5 followers polling the table every second (visibility), the obvious
  leader loop committing one row per event over the SDK's typed models, unpaced, on a
  2,000-event backlog (compare with leader_unpaced), and a lease row renewed every
  second with a 10 s expiry (failover).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psycopg
from common import (
    ROOT,
    RemoteSimulator,
    connection,
    naive_client,
    naive_drain,
    percentile,
    tuned_client,
)

sys.path.insert(0, str(ROOT))
from tests.postgres import EDITOR_PASSWORD, PgServer
from vodmonitor.cloud import Secret
from vodmonitor.engine import Change, Engine, EngineConfig
from vodmonitor.ledgers.postgres_config import TeamConfig
from vodmonitor.simulator import DEMO_SECRET_ID, DEMO_SECRET_KEY, DEMO_SUB_APP_ID
from vodmonitor.team.role import TeamRole

EVENTS = 10_000
FOLLOWERS = 5
BASELINE_EVENTS = 2_000
SIM_ARGS = ("--hold", "0", "--visibility", "600", "--handle-ttl", "600")


class Child:
    def __init__(self, mode: str, name: str, uri: str, root: Path, endpoint: str = "") -> None:
        self.out = root / f"{name}-{mode}.json"
        env = dict(
            os.environ,
            TENCENTCLOUD_SECRET_ID=DEMO_SECRET_ID,
            TENCENTCLOUD_SECRET_KEY=DEMO_SECRET_KEY,
            PGPASSWORD=EDITOR_PASSWORD,
        )
        args = [sys.executable, str(ROOT / "bench" / "team_desktop.py"), "--mode", mode]
        args += ["--uri", uri, "--name", name, "--out", str(self.out)]
        args += ["--endpoint", endpoint, "--sub-app-id", str(DEMO_SUB_APP_ID)]
        args += ["--data-dir", str(root / name)]
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env)
        self.lines: list[tuple[float, str]] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append((time.time(), line.strip()))

    def said(self, word: str) -> float | None:
        return next((t for t, line in self.lines if line == word), None)

    def wait_for(self, word: str, timeout: float = 60) -> float:
        deadline = time.time() + timeout
        while time.time() < deadline:
            at = self.said(word)
            if at is not None:
                return at
            time.sleep(0.02)
        raise RuntimeError(f"no {word!r} from the child")

    def stop(self) -> dict[int, float]:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(30)
        if not self.out.exists():
            return {}
        return {int(k): v for k, v in json.loads(self.out.read_text()).items()}


def count(uri: str) -> int:
    with psycopg.connect(uri, password=EDITOR_PASSWORD) as conn:
        row = conn.execute("SELECT count(*) FROM vodmonitor_events").fetchone()
        return int(row[0]) if row else 0


def wait_count(uri: str, want: int, timeout: float = 300) -> None:
    deadline = time.time() + timeout
    while count(uri) < want:
        if time.time() > deadline:
            raise RuntimeError("the backlog did not drain")
        time.sleep(0.2)


def delays(leader: dict[int, float], followers: list[dict[int, float]]) -> list[float]:
    return [f[i] - at for f in followers for i, at in leader.items() if i in f]


def naive_leader(uri: str) -> float:
    """The obvious loop: typed SDK models, one INSERT and COMMIT per event."""
    sim = RemoteSimulator(*SIM_ARGS, "--clip-backlog", str(BASELINE_EVENTS), "--rate-limit", "0")
    client = naive_client(sim.endpoint)
    with psycopg.connect(uri, password=EDITOR_PASSWORD) as conn:
        conn.execute("CREATE TABLE naive (handle text, type text, task_id text, url text)")
        conn.commit()

        def store(event: Any) -> None:
            clip = event.ClipCompleteEvent
            conn.execute(
                "INSERT INTO naive VALUES (%s, %s, %s, %s)",
                (event.EventHandle, event.EventType, clip.TaskId, clip.FileInfo.FileUrl),
            )
            conn.commit()

        elapsed = naive_drain(client, BASELINE_EVENTS, store)
    sim.stop()
    return BASELINE_EVENTS / elapsed


def unpaced_leader(uri: str) -> float:
    """The leader's own ingest into PostgreSQL with its pacing off (a simulator without a
    rate limit): the client's capacity, beside the naive loop under the same conditions."""
    sim = RemoteSimulator(*SIM_ARGS, "--clip-backlog", str(EVENTS), "--rate-limit", "0")
    done = threading.Event()
    times: list[float] = []

    def on_change(change: Change) -> None:
        times.extend([time.perf_counter()] * len(change.inserted))
        if len(times) >= EVENTS:
            done.set()

    team = TeamConfig(uri, Secret(EDITOR_PASSWORD), "bench", DEMO_SUB_APP_ID)
    with tempfile.TemporaryDirectory() as tmp:
        engine = Engine(
            Path(tmp) / "mirror.sqlite3",
            connection(sim),
            EngineConfig(max_requests_per_s=None),
            on_change=on_change,
            ledger_factory=(role := TeamRole(team)).ledger,
            role=role,
        )
        started = time.perf_counter()
        engine.start()
        done.wait(300)
        engine.stop()
    sim.stop()
    return EVENTS / (times[-1] - started) if times else 0.0


def main() -> None:
    pg = PgServer(durable=True)  # fsync on: commits cost what they cost in production
    root = Path(tempfile.mkdtemp(prefix="vodmonitor-team-bench-"))
    try:
        uri = pg.new_database()
        sim = RemoteSimulator(*SIM_ARGS, "--rate-limit", "100")
        endpoint = f"http://{sim.endpoint}"
        leader = Child("engine", "leader", uri, root, endpoint)
        leader.wait_for("leading")
        followers = [Child("engine", f"f{n}", uri, root, endpoint) for n in range(FOLLOWERS)]
        pollers = [Child("poller", f"p{n}", uri, root) for n in range(FOLLOWERS)]
        for child in followers + pollers:
            child.wait_for("following")
        tuned_client(sim.endpoint).call_json(
            "SimulatorEnqueueClips", {"SubAppId": DEMO_SUB_APP_ID, "Count": EVENTS}
        )
        wait_count(uri, EVENTS)
        time.sleep(2.5)  # the pollers' next second, the last notices: then read them all
        leader.proc.send_signal(signal.SIGUSR1)  # its record so far, then it dies
        while not leader.out.exists():
            time.sleep(0.02)
        time.sleep(0.2)
        committed = {int(k): v for k, v in json.loads(leader.out.read_text()).items()}
        killed_at = time.time()
        leader.proc.send_signal(signal.SIGKILL)
        leader.proc.wait()
        while not any(f.said("leading") for f in followers):
            if time.time() - killed_at > 30:
                raise RuntimeError("no follower took the lead")
            time.sleep(0.01)
        failover = min(t for f in followers if (t := f.said("leading")) is not None) - killed_at
        seen = [f.stop() for f in followers]
        polled = [p.stop() for p in pollers]
        sim.stop()
        rate = len(committed) / (max(committed.values()) - min(committed.values()))
        visible = delays(committed, seen)
        baseline_visible = delays(committed, polled)
        with psycopg.connect(uri, password=EDITOR_PASSWORD, autocommit=True) as conn:
            conn.execute(
                "CREATE TABLE bench_lease (id int PRIMARY KEY, holder text, expires timestamptz)"
            )
            conn.execute("INSERT INTO bench_lease VALUES (1, '', now())")
        lease = [Child("lease", f"l{n}", uri, root) for n in range(3)]
        deadline = time.time() + 30
        while not any(c.said("leading") for c in lease) and time.time() < deadline:
            time.sleep(0.02)
        holder = next(c for c in lease if c.said("leading"))
        lease_killed = time.time()
        holder.proc.send_signal(signal.SIGKILL)
        rest = [c for c in lease if c is not holder]
        while not any(c.said("leading") for c in rest) and time.time() < lease_killed + 30:
            time.sleep(0.02)
        baseline_failover = (
            min(t for c in rest if (t := c.said("leading")) is not None) - lease_killed
        )
        for child in lease:
            child.stop()
        result = {
            "events": EVENTS,
            "followers": FOLLOWERS,
            "leader_events_per_s": round(rate),
            "visible_p50_ms": round(percentile(visible, 50) * 1000, 1),
            "visible_p99_ms": round(percentile(visible, 99) * 1000, 1),
            "visible_samples": len(visible),
            "failover_s": round(failover, 2),
            "leader_unpaced_events_per_s": round(unpaced_leader(pg.new_database())),
            "baseline_leader_events_per_s": round(naive_leader(uri)),
            "baseline_visible_p50_ms": round(percentile(baseline_visible, 50) * 1000, 1),
            "baseline_visible_p99_ms": round(percentile(baseline_visible, 99) * 1000, 1),
            "baseline_failover_s": round(baseline_failover, 2),
        }
        print(json.dumps(result))
    finally:
        pg.close()
        shutil.rmtree(root, ignore_errors=True)  # the desktops' mirrors and records


if __name__ == "__main__":
    main()
