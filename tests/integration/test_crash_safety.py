"""Kill the engine with SIGKILL at random moments; nothing is lost, duplicated or
confirmed without acknowledgement."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import wait_for
from tests.engine_child import wants_ack
from tests.integration.test_ledger_contract import assert_derived_in_step
from tests.store_helpers import all_events
from vodmonitor.ledgers.model import EventState
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.simulator import DEMO_SECRET_ID, DEMO_SECRET_KEY, Simulator

ROOT = Path(__file__).resolve().parents[2]


def start_child(sim: Simulator, db: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.engine_child",
            "--endpoint",
            f"http://{sim.endpoint}",
            "--db",
            str(db),
            "--secret-id",
            DEMO_SECRET_ID,
            "--secret-key",
            DEMO_SECRET_KEY,
            "--sub-app-id",
            str(sim.config.sub_app_id),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_and_duplicates_nothing(
    sim: Simulator, tmp_path: Path
) -> None:
    sim.config.visibility = 1.5
    sim.config.handle_ttl = 1.5
    sim.config.hold = 0.5
    db = tmp_path / "events.sqlite3"
    rng = random.Random(20261128)
    payloads: list[dict] = []  # type: ignore[type-arg]
    payloads += sim.enqueue_clips(150)
    cycles = 12
    for _ in range(cycles):
        proc = start_child(sim, db)
        payloads += sim.enqueue_clips(rng.randint(5, 40))
        # A random instant: during ingest of the fresh events or amid their confirmations.
        time.sleep(rng.uniform(0.0, 0.8))
        proc.kill()  # SIGKILL here; TerminateProcess on Windows
        proc.wait()
    assert sim.stats["calls.ConfirmEvents"] > 0  # the kills did land amid confirmations

    task_ids = {p["ClipCompleteEvent"]["TaskId"] for p in payloads}
    acked = {t for t in task_ids if wants_ack(t)}
    proc = start_child(sim, db)
    try:

        def settled() -> bool:
            store = Store(db, readonly=True)
            try:
                events = all_events(store)
            finally:
                store.close()
            confirmed = {e.task_id for e in events if e.state is EventState.CONFIRMED}
            return len(events) == len(task_ids) and confirmed == acked

        wait_for(settled, timeout=60, interval=0.2)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)

    store = Store(db, readonly=True)
    events = all_events(store)
    store.close()
    assert sorted(e.task_id for e in events) == sorted(task_ids)  # each exactly once
    confirmations = sim.queue.confirmations()
    assert {t for t, n in confirmations.items() if n} == acked  # nothing unacknowledged
    assert all(confirmations[t] == 1 for t in acked)  # each acknowledged one exactly once
    for event in events:
        if event.task_id in acked:
            assert event.acknowledged_at is not None and event.state is EventState.CONFIRMED
        else:
            assert event.state is EventState.NEW
    # The search index and the kept counts were written in the same transactions as the
    # rows: no kill left them behind.
    assert_derived_in_step(db)
