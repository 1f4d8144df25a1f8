"""The receiver under faults (#25): a commit slower than the receiver waits, a halted
engine, hostile requests. Through a real receiver over HTTP and real ledgers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
import requests

from tests.conftest import wait_for
from tests.integration.test_push import _healthy, free_port
from tests.integration.test_team import ROOT, team_engine
from tests.postgres import EDITOR_PASSWORD, PgServer
from vodmonitor.app.serve import run_until_stopped
from vodmonitor.engine import EngineState, EngineStatus
from vodmonitor.events import read_callback_body
from vodmonitor.simulator import Simulator, generator, hostile
from vodmonitor.sources.receiver import Receiver


def clip_body(sim: Simulator) -> bytes:
    return json.dumps(generator.clip_complete(sim.rng, sim.base_url, failed=False)).encode()


def test_a_commit_slower_than_the_receiver_waits_halts_nothing(
    pg_server: PgServer, sim: Simulator, tmp_path: Path
) -> None:
    """Another session locks the events table (a migration, VACUUM FULL): the receiver
    answers 503 when it stops waiting; the commit lands later, and everything goes on."""
    uri = pg_server.new_database()
    engine = team_engine(sim, uri, "Receiver", tmp_path / "mirror.sqlite3")
    receiver = Receiver(engine.submit_pushed, commit_timeout=1.0)
    host, port = receiver.start("127.0.0.1", 0)
    url = f"http://{host}:{port}/vod/callback"
    try:
        assert requests.post(url, data=clip_body(sim), timeout=10).status_code == 200
        name = uri.rsplit("/", 1)[1]
        with psycopg.connect(pg_server.admin_uri(name)) as locker:
            locker.execute("LOCK TABLE vodmonitor_events IN ACCESS EXCLUSIVE MODE")
            late = requests.post(url, data=clip_body(sim), timeout=10)
            assert late.status_code == 503  # not stored yet: VOD sends it again
            locker.rollback()  # the lock goes; the waiting commit lands now
        count = lambda: pg_server.admin("SELECT count(*) FROM vodmonitor_events", name)[0][0]  # noqa: E731
        wait_for(lambda: count() == 2)
        assert not engine.failed
        assert requests.post(url, data=clip_body(sim), timeout=10).status_code == 200
        assert requests.get(f"http://{host}:{port}/healthz", timeout=5).status_code == 200
        wait_for(lambda: count() == 3)
    finally:
        receiver.stop()
        engine.stop()


class _Engine:
    def __init__(self) -> None:
        self.failed = False
        self.status = EngineStatus(EngineState.LIVE)


def test_serve_waits_for_a_stop_and_gives_up_on_a_halted_engine() -> None:
    engine, stop = _Engine(), threading.Event()
    stop.set()
    assert run_until_stopped(engine, stop) is True
    engine.failed = True
    assert run_until_stopped(engine, threading.Event()) is False


def test_a_halted_serve_exits_non_zero(pg_server: PgServer, tmp_path: Path) -> None:
    """A newer vodmonitor upgrades the team database under a running receiver: this one
    can no longer write it and halts; the process exits 1 so its supervisor restarts it
    (and says why), instead of answering 503 forever."""
    uri = pg_server.new_database()
    name = uri.rsplit("/", 1)[1]
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TENCENTCLOUD_")}
    env["PGPASSWORD"] = EDITOR_PASSWORD
    command = [sys.executable, "-m", "vodmonitor", "serve", "--data-dir", str(tmp_path / "s")]
    command += ["--team-db", uri, "--listen", f"127.0.0.1:{port}"]
    proc = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=env
    )
    try:
        wait_for(lambda: _healthy(port), timeout=30)
        url = f"http://127.0.0.1:{port}/vod/callback"
        body = json.dumps({"EventType": "ClipComplete", "ClipCompleteEvent": {"TaskId": "a"}})
        assert requests.post(url, data=body, timeout=10).status_code == 200
        pg_server.admin(
            "UPDATE vodmonitor_meta SET value = '999' WHERE key = 'schema_version' RETURNING key",
            name,
        )
        pg_server.admin(  # its sessions end: it must connect again, and meets schema 999
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{name}' AND pid != pg_backend_pid()",
            name,
        )
        body = body.replace('"a"', '"b"')
        assert requests.post(url, data=body, timeout=10).status_code == 503
        assert proc.wait(timeout=15) == 1
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(5)


def test_an_integer_past_python_s_digit_limit_is_stored_as_text(
    sim: Simulator, tmp_path: Path
) -> None:
    """A 5,000-digit ErrCode: Python's int() refuses it; the callback is still a row."""
    from tests.engine_harness import fast_config
    from vodmonitor.engine import Engine
    from vodmonitor.ledgers.sqlite import Store

    engine = Engine(tmp_path / "p.sqlite3", None, fast_config())
    engine.start()
    receiver = Receiver(engine.submit_pushed)
    host, port = receiver.start("127.0.0.1", 0)
    try:
        for name in ("huge_integer_errcode", "huge_integer_field"):
            body = hostile.BY_NAME[name].make(f"task-{name}")
            answer = requests.post(f"http://{host}:{port}/vod/callback", data=body, timeout=10)
            assert answer.status_code == 200
        store = Store(tmp_path / "p.sqlite3", readonly=True)
        rows = dict(store._db.execute("SELECT task_id, err_text FROM events").fetchall())
        store.close()
        assert rows["task-huge_integer_errcode"] == "9" * 5000  # kept, shown as the code
        assert "task-huge_integer_field" in rows
        assert not engine.failed
    finally:
        receiver.stop()
        engine.stop()


def test_a_pushed_event_is_on_disk_before_its_answer(tmp_path: Path) -> None:
    """VOD never resends an answered callback: its commit is synchronous=FULL (the WAL
    synced), as acknowledgements are; pulled events stay NORMAL (VOD redelivers them)."""
    from tests.engine_harness import fast_config
    from vodmonitor.engine import Engine
    from vodmonitor.ledgers.sqlite import Store

    statements: list[str] = []

    def traced(path: Path) -> Store:
        store = Store(path)
        store._db.set_trace_callback(statements.append)
        return store

    engine = Engine(tmp_path / "d.sqlite3", None, fast_config(), ledger_factory=traced)
    engine.start()
    try:
        body = json.dumps({"EventType": "ClipComplete", "ClipCompleteEvent": {"TaskId": "d"}})
        statements.clear()
        engine.submit_pushed(read_callback_body(body.encode()), 1.0).result(timeout=5)
        upsert = next(i for i, s in enumerate(statements) if s.startswith("INSERT INTO events"))
        full = max(i for i, s in enumerate(statements[:upsert]) if "synchronous" in s)
        assert statements[full] == "PRAGMA synchronous = FULL"
        commit = next(i for i in range(upsert, len(statements)) if statements[i] == "COMMIT")
        assert not any("synchronous" in s for s in statements[full + 1 : commit])
    finally:
        engine.stop()


def test_odd_signatures_and_bodies_are_refused_not_crashed(tmp_path: Path) -> None:
    """A non-ASCII Sign is a wrong Sign (401), a broken gzip body a bad request (400):
    never a 500 with a traceback."""
    import hashlib
    import time as clock

    from vodmonitor.cloud import Secret
    from vodmonitor.sources.receiver import CallbackVerifier

    stored: list[object] = []

    def submit(batch, at):  # type: ignore[no-untyped-def]
        from concurrent.futures import Future

        stored.append(batch)
        done: Future[object] = Future()
        done.set_result(None)
        return done

    receiver = Receiver(submit, verifier=CallbackVerifier(Secret("signKey123")))
    host, port = receiver.start("127.0.0.1", 0)
    url = f"http://{host}:{port}/vod/callback"
    try:
        t = str(int(clock.time()) + 600)
        odd = {"EventType": "ClipComplete", "Sign": "ä" * 32, "T": t}
        assert requests.post(url, data=json.dumps(odd), timeout=10).status_code == 401
        good = dict(odd, Sign=hashlib.md5(("signKey123" + t).encode()).hexdigest())
        # Says gzip, is not: every decoder refuses it (a truncated stream some accept).
        broken = b"\x1f\x8b" + b"\xff" * 30
        answer = requests.post(url, data=broken, headers={"Content-Encoding": "gzip"}, timeout=10)
        assert answer.status_code == 400
        assert requests.post(url, data=json.dumps(good), timeout=10).status_code == 200
        assert len(stored) == 1
    finally:
        receiver.stop()


def test_an_unreadable_keyring_never_opens_the_receiver_to_unsigned_callbacks(
    tmp_path: Path,
) -> None:
    """A SignKey may be in a keyring that is locked: serve refuses to start rather than
    accept unsigned callbacks (no keyring at all is another matter: none is configured)."""
    import keyring
    from keyring.errors import KeyringLocked

    from tests.unit.test_credentials import RaisingKeyring
    from vodmonitor.app.cli import parse_options
    from vodmonitor.app.serve import serve

    previous = keyring.get_keyring()
    keyring.set_keyring(RaisingKeyring(KeyringLocked("locked")))
    try:
        options = parse_options(
            ["serve", "--data-dir", str(tmp_path / "d"), "--listen", f"127.0.0.1:{free_port()}"]
        )
        env = {k: os.environ.pop(k) for k in list(os.environ) if k.startswith("VODMONITOR_SIGN")}
        try:
            assert serve(options, threading.Event()) == 2
        finally:
            os.environ.update(env)
    finally:
        keyring.set_keyring(previous)


def test_idle_connections_past_the_limit_never_starve_a_callback(tmp_path: Path) -> None:
    """Connections over the cap are closed at once; a real callback still gets through,
    and a flood of refusals logs a few lines, not thousands."""
    import logging
    import socket
    from concurrent.futures import Future

    def submit(batch, at):  # type: ignore[no-untyped-def]
        done: Future[object] = Future()
        done.set_result(None)
        return done

    receiver = Receiver(submit, max_connections=20)
    host, port = receiver.start("127.0.0.1", 0)
    idle = []
    try:
        # The receiver's loop is busy while 60 idle sockets connect, so it accepts them in
        # one burst (as under load): the cap must hold for a burst too.
        loop = receiver._loop
        assert loop is not None
        busy = threading.Event()
        loop.call_soon_threadsafe(lambda: (busy.set(), time.sleep(1.0)))
        busy.wait(5)
        for _ in range(60):  # idle sockets that never send a byte
            s = socket.create_connection((host, port), timeout=5)
            idle.append(s)
        wait_for(lambda: receiver.stats.get("turned_away", 0) >= 40)
        for s in idle[:30]:  # free some room, as idle clients time out
            s.close()
        url = f"http://{host}:{port}/vod/callback"
        body = json.dumps({"EventType": "ClipComplete", "ClipCompleteEvent": {"TaskId": "z"}})
        wait_for(lambda: _posts(url, body) == 200)
        records: list[logging.LogRecord] = []
        handler = logging.Handler()
        handler.emit = records.append  # type: ignore[method-assign]
        logging.getLogger("vodmonitor.sources.receiver").addHandler(handler)
        try:
            for _ in range(200):
                requests.post(url, data=b"{", headers={"Content-Encoding": "gzip"}, timeout=5)
        finally:
            logging.getLogger("vodmonitor.sources.receiver").removeHandler(handler)
        assert len(records) <= 11
    finally:
        for s in idle:
            s.close()
        receiver.stop()


def _posts(url: str, body: str) -> int:
    try:
        return requests.post(url, data=body, timeout=2).status_code
    except requests.RequestException:
        return 0
