"""An engine wired to a simulator for tests, recording what it reports."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import sim_connection
from vodmonitor.engine import Change, Engine, EngineConfig, EngineState, EngineStatus
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.simulator import Simulator


@dataclass
class Recorder:
    changes: list[Change] = field(default_factory=list)
    statuses: list[EngineStatus] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def on_change(self, change: Change) -> None:
        with self.lock:
            self.changes.append(change)

    def on_status(self, status: EngineStatus) -> None:
        with self.lock:
            self.statuses.append(status)

    def states(self) -> set[EngineState]:
        with self.lock:
            return {s.state for s in self.statuses}

    def inserted(self) -> list[int]:
        with self.lock:
            return [i for c in self.changes for i in c.inserted]


def fast_config(**overrides: object) -> EngineConfig:
    config = EngineConfig(
        handle_fresh_s=0.7,
        redelivery_grace_s=3.0,
        max_requests_per_s=None,
        backoff_base_s=0.05,
        backoff_cap_s=0.3,
        push_recheck_s=0.2,
        clock_recheck_s=0.3,
        heartbeat_s=1.0,
        undo_s=0.0,  # tests of the undo window set their own
    )
    for key, value in overrides.items():
        setattr(config, key, value)
    return config


@contextmanager
def running_engine(
    sim: Simulator, db: Path, config: EngineConfig | None = None, **conn: str
) -> Iterator[tuple[Engine, Recorder]]:
    recorder = Recorder()
    engine = Engine(
        db,
        sim_connection(sim, **conn),
        config or fast_config(),
        on_change=recorder.on_change,
        on_status=recorder.on_status,
        seed=7,
    )
    engine.start()
    try:
        yield engine, recorder
    finally:
        assert engine.stop(timeout=2.0), "engine worker did not stop"


def read_store(db: Path) -> Store:
    return Store(db, readonly=True)
