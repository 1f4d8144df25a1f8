"""One engine, three sources, through the real parts: the simulator over HTTP and a real
SQLite ledger. The source alone decides how many readers run and whether anything is
confirmed on VOD; the engine holds no mode flags."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import sim_connection, wait_for
from tests.engine_harness import Recorder, fast_config, read_store
from tests.store_helpers import all_events
from vodmonitor.engine import Engine, EngineState
from vodmonitor.events import read_callback_body
from vodmonitor.ledgers.model import EventState
from vodmonitor.simulator import Simulator, generator
from vodmonitor.sources.base import SourceKind
from vodmonitor.sources.pushed import PUSHED
from vodmonitor.sources.reliable import RELIABLE
from vodmonitor.sources.watch import watch_kind

CLIPS = 6


def source_for(name: str, db: Path) -> SourceKind:
    return {"reliable": RELIABLE, "watch": watch_kind(db, 0.2), "pushed": PUSHED}[name]


def feed(name: str, sim: Simulator, engine: Engine) -> None:
    if name == "reliable":
        sim.enqueue_clips(CLIPS, failed=False)
    elif name == "watch":
        for _ in range(CLIPS):  # finished clips whose events go to someone else
            body = generator.clip_complete(sim.rng, sim.base_url, failed=False)
            sim.tasks.add_clip(body["ClipCompleteEvent"], finished_at=sim.now() - 5)
    else:
        for _ in range(CLIPS):  # VOD's POSTs, as the receiver hands them over
            body = generator.clip_complete(sim.rng, sim.base_url, failed=False)
            batch = read_callback_body(json.dumps(body).encode())
            engine.submit_pushed(batch, time.time()).result(timeout=5)


@pytest.mark.parametrize("name", ["reliable", "watch", "pushed"])
def test_each_source_reads_stores_and_settles_as_it_declares(
    sim: Simulator, tmp_path: Path, name: str
) -> None:
    db = tmp_path / "e.sqlite3"
    kind = source_for(name, db)
    recorder = Recorder()
    engine = Engine(
        db,
        sim_connection(sim),
        fast_config(undo_s=0.2),
        on_change=recorder.on_change,
        on_status=recorder.on_status,
        source=kind,
    )
    before = set(threading.enumerate())
    engine.start()
    try:
        started = [t for t in threading.enumerate() if t not in before]
        readers = [t for t in started if t.name.startswith("engine-puller")]
        confirmers = [t for t in started if t.name == "engine-confirmer"]
        assert len(readers) == {"reliable": 2, "watch": 1, "pushed": 0}[name]
        assert len(confirmers) == (1 if name == "reliable" else 0)
        feed(name, sim, engine)
        wait_for(lambda: len(set(recorder.inserted())) == CLIPS)
        wait_for(lambda: engine.status.state is EngineState.LIVE)
        engine.acknowledge(sorted(set(recorder.inserted())))
        final = EventState.CONFIRMED if kind.confirms else EventState.DONE

        def settled() -> bool:
            store = read_store(db)
            try:
                return all(e.state is final for e in all_events(store))
            finally:
                store.close()

        wait_for(settled)
    finally:
        assert engine.stop(timeout=2.0)
    confirm_calls = sim.stats["calls.ConfirmEvents"]
    pull_calls = sim.stats["calls.PullEvents"]
    if name == "reliable":
        assert 1 <= confirm_calls <= 2 and pull_calls > 0
        assert sum(sim.queue.confirmations().values()) == CLIPS
    else:  # nothing is taken from the queue, and nothing confirmed there
        assert confirm_calls == 0 and pull_calls == 0
    if name == "watch":
        assert sim.stats["calls.DescribeTaskDetail"] == CLIPS
