"""A desktop of a team, headless, for the multi-process team tests: the real Qt-free core
(MonitorService, the engine, the PostgreSQL ledger and link), as the window drives it.

Its editor acknowledges every ClipComplete whose TaskId's last hex digit modulo ``--of``
is ``--share`` (so desktops split the acknowledgements), as soon as the row reaches its
mirror, and again at start for such rows still new. It prints ``leading`` / ``following``
when that changes, and stops on SIGTERM.
"""

from __future__ import annotations

import argparse
import signal
import threading

from vodmonitor.app.cli import Options
from vodmonitor.app.service import MonitorService
from vodmonitor.engine import Change, EngineStatus
from vodmonitor.ledgers.model import EventState
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.paths import resolve_paths
from vodmonitor.settings import Settings


def wants_ack(task_id: str | None, share: int, of: int) -> bool:
    return bool(task_id) and int(task_id[-1], 16) % of == share  # type: ignore[index]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--endpoint", required=True)
    p.add_argument("--sub-app-id", type=int, required=True)
    p.add_argument("--team-db", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--data-dir", required=True)
    p.add_argument("--share", type=int, default=-1)
    p.add_argument("--of", type=int, default=4)
    args = p.parse_args()
    options = Options(
        demo=False,
        data_dir=args.data_dir,
        profile=None,
        endpoint=args.endpoint,
        sub_app_id=args.sub_app_id,
        self_test=False,
        log_level="INFO",
        team_db=args.team_db,
        user_name=args.user,
    )
    paths = resolve_paths(args.data_dir).ensure()
    lock = threading.Lock()
    reader: Store | None = None
    leading: bool | None = None
    service: MonitorService

    def acknowledge_wanted(ids: list[int] | None) -> None:
        nonlocal reader
        if args.share < 0 or service.engine is None:
            return
        with lock:
            if reader is None:
                reader = Store(
                    service.database_for(service.profile_name or "default"), readonly=True
                )
            rows = (
                reader.get(ids)
                if ids is not None
                else reader.get([r[0] for r in reader._db.execute("SELECT id FROM events")])
            )
        service.engine.acknowledge(
            [
                i
                for i, e in rows.items()
                if e.state is EventState.NEW and wants_ack(e.task_id, args.share, args.of)
            ]
        )

    def on_change(change: Change) -> None:
        if change.inserted:
            acknowledge_wanted(list(change.inserted))

    def on_status(status: EngineStatus) -> None:
        nonlocal leading
        now = bool(status.team and status.team.connected and status.team.leading)
        if now != leading:
            leading = now
            print("leading" if now else "following", flush=True)

    service = MonitorService(paths, options, Settings(), on_change=on_change, on_status=on_status)
    resolved = service.resolve()
    service.start(resolved.profile, resolved.connection)
    acknowledge_wanted(None)
    print("ready", flush=True)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    done.wait()
    service.shutdown()


if __name__ == "__main__":
    main()
