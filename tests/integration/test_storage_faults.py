"""A disk that fills up or a database that cannot be opened, on real file systems."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.conftest import fill_disk, wait_for
from tests.engine_harness import fast_config, running_engine
from vodmonitor.engine import Engine, EngineState
from vodmonitor.ledgers.model import StorageProblem, StoreError
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.simulator import Simulator


def task_ids(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT task_id FROM events")]


def test_full_disk_pauses_keeps_acks_and_recovers(sim: Simulator, small_disk: Path) -> None:
    sim.config.visibility = sim.config.handle_ttl = 2
    db = small_disk / "events.sqlite3"
    [first] = sim.enqueue_clips(1, failed=False)
    config = fast_config(handle_fresh_s=1.5, backoff_base_s=0.2, backoff_cap_s=0.5)
    with running_engine(sim, db, config) as (engine, recorder):
        wait_for(lambda: len(task_ids(db)) == 1)
        filler = fill_disk(small_disk)
        more = sim.enqueue_clips(40, failed=False)
        wait_for(lambda: engine.status.state is EngineState.STORAGE_ERROR, timeout=20)
        status = engine.status
        assert status.storage_problem is StorageProblem.FULL and status.detail == str(db)
        # The editor acknowledges while the disk is full: kept, waiting, not confirmed.
        engine.acknowledge([1])
        wait_for(lambda: engine.status.waiting_acks == 1)
        assert sum(sim.queue.confirmations().values()) == 0
        with recorder.lock:
            states = [s.state for s in recorder.statuses]
        since_full = states[states.index(EngineState.STORAGE_ERROR) :]
        assert EngineState.LIVE not in since_full  # never Live while nothing can be stored
        filler.unlink()
        wanted = {p["ClipCompleteEvent"]["TaskId"] for p in [first, *more]}
        wait_for(lambda: set(task_ids(db)) == wanted, timeout=30)
        wait_for(
            lambda: sim.queue.confirmations()[first["ClipCompleteEvent"]["TaskId"]] == 1, timeout=15
        )
        wait_for(lambda: engine.status.state is EngineState.LIVE)
    assert sorted(task_ids(db)) == sorted(wanted)  # each exactly once
    assert sum(sim.queue.confirmations().values()) == 1


def test_read_only_database_is_refused_clearly(
    sim: Simulator, small_disk: Path, read_only_view: Path
) -> None:
    Store(small_disk / "events.sqlite3").close()  # an existing database...
    engine = Engine(read_only_view / "events.sqlite3", None, fast_config())
    with pytest.raises(StoreError) as caught:  # ...seen through a read-only mount
        engine.start()
    assert caught.value.problem is StorageProblem.READ_ONLY
