"""One desktop of bench/team.py, in its own process (it must not share the leader's GIL).

``--mode engine``: the real core in team mode (leads or follows), recording when each row
reached its ledger view (the leader: committed; a follower: mirrored). ``--mode poller``:
the baseline follower, polling the table every second. ``--mode lease``: the baseline
failover, a leader lease row renewed every second and taken over when 10 s old. Prints
``leading``/``following``; on SIGUSR1 and SIGTERM writes {id: time} as JSON to --out.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vodmonitor.app.cli import Options  # noqa: E402
from vodmonitor.app.service import MonitorService  # noqa: E402
from vodmonitor.engine import Change, EngineStatus  # noqa: E402
from vodmonitor.paths import resolve_paths  # noqa: E402
from vodmonitor.settings import Settings  # noqa: E402


def run_engine(args: argparse.Namespace, seen: dict[int, float], done: threading.Event) -> None:
    options = Options(
        demo=False,
        data_dir=args.data_dir,
        profile=None,
        endpoint=args.endpoint,
        sub_app_id=args.sub_app_id,
        self_test=False,
        log_level="WARNING",
        team_db=args.uri,
        user_name=args.name,
    )
    leading: bool | None = None

    def on_change(change: Change) -> None:
        now = time.time()
        for event_id in change.inserted:
            seen.setdefault(event_id, now)

    def on_status(status: EngineStatus) -> None:
        nonlocal leading
        now = bool(status.team and status.team.connected and status.team.leading)
        if now != leading:
            leading = now
            print("leading" if now else "following", flush=True)

    paths = resolve_paths(args.data_dir).ensure()
    service = MonitorService(paths, options, Settings(), on_change=on_change, on_status=on_status)
    resolved = service.resolve()
    service.start(resolved.profile, resolved.connection)
    done.wait()
    service.shutdown()


def run_poller(args: argparse.Namespace, seen: dict[int, float], done: threading.Event) -> None:
    """The naive follower: SELECT new rows every second."""
    last = 0
    with psycopg.connect(args.uri, autocommit=True) as conn:
        print("following", flush=True)
        while not done.wait(1.0):
            rows = conn.execute(
                "SELECT id FROM vodmonitor_events WHERE id > %s ORDER BY id", (last,)
            ).fetchall()
            now = time.time()
            for (event_id,) in rows:
                seen.setdefault(int(event_id), now)
                last = max(last, int(event_id))


def run_lease(args: argparse.Namespace, done: threading.Event) -> None:
    """The naive leadership: a lease row, renewed each second, taken when 10 s old."""
    with psycopg.connect(args.uri, autocommit=True) as conn:
        leading = False
        print("following", flush=True)
        while not done.wait(1.0):
            row = conn.execute(
                "UPDATE bench_lease SET holder = %s, expires = now() + interval '10 seconds' "
                "WHERE id = 1 AND (holder = %s OR expires < now()) RETURNING holder",
                (args.name, args.name),
            ).fetchone()
            if row is not None and not leading:
                leading = True
                print("leading", flush=True)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--mode", choices=("engine", "poller", "lease"), required=True)
    p.add_argument("--uri", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--endpoint", default="")
    p.add_argument("--sub-app-id", type=int, default=0)
    p.add_argument("--data-dir", default="")
    args = p.parse_args()
    seen: dict[int, float] = {}
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    # Before a SIGKILL the driver asks for the record so far.
    signal.signal(signal.SIGUSR1, lambda *_: Path(args.out).write_text(json.dumps(seen)))
    if args.mode == "engine":
        run_engine(args, seen, done)
    elif args.mode == "poller":
        run_poller(args, seen, done)
    else:
        run_lease(args, done)
    Path(args.out).write_text(json.dumps(seen))


if __name__ == "__main__":
    main()
