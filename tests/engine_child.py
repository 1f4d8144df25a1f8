"""A headless engine process for the crash-safety test; killed with SIGKILL at random.

It acknowledges every ClipComplete whose TaskId ends in an even hex digit, the moment it
is stored, and at start re-acknowledges such events still new (an acknowledgement lost
to a crash before its commit is simply given again, as an editor would).
"""

from __future__ import annotations

import argparse
import signal
import threading
from pathlib import Path

from tests.store_helpers import all_events
from vodmonitor.cloud import Connection, Secret, parse_endpoint
from vodmonitor.engine import Change, Engine, EngineConfig
from vodmonitor.ledgers.model import EventState
from vodmonitor.ledgers.sqlite import Store


def wants_ack(task_id: str | None) -> bool:
    return bool(task_id) and int(task_id[-1], 16) % 2 == 0  # type: ignore[index]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--endpoint", required=True)
    p.add_argument("--db", required=True)
    p.add_argument("--secret-id", required=True)
    p.add_argument("--secret-key", required=True)
    p.add_argument("--sub-app-id", type=int, required=True)
    args = p.parse_args()
    db = Path(args.db)
    reader: Store | None = None
    engine: Engine

    def on_change(change: Change) -> None:
        nonlocal reader
        if not change.inserted:
            return
        if reader is None:
            reader = Store(db, readonly=True)
        events = reader.get(list(change.inserted))
        engine.acknowledge([i for i, e in events.items() if wants_ack(e.task_id)])

    conn = Connection(
        parse_endpoint(args.endpoint),
        args.secret_id,
        Secret(args.secret_key),
        sub_app_id=args.sub_app_id,
    )
    config = EngineConfig(
        handle_fresh_s=1.0, redelivery_grace_s=4.0, max_requests_per_s=None, backoff_base_s=0.05
    )
    engine = Engine(db, conn, config, on_change=on_change)
    engine.start()
    startup = Store(db, readonly=True)
    engine.acknowledge(
        [e.id for e in all_events(startup) if e.state is EventState.NEW and wants_ack(e.task_id)]
    )
    startup.close()
    print("ready", flush=True)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    done.wait()
    engine.stop()


if __name__ == "__main__":
    main()
