"""Normal callback: the simulator POSTs events to a real receiver (in process, and a real
`vodmonitor serve --listen` process), which stores each once before answering 200."""

from __future__ import annotations

import hashlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests.conftest import wait_for
from tests.engine_harness import fast_config
from tests.integration.test_team import ROOT, team_engine
from tests.postgres import EDITOR_PASSWORD, PgServer
from vodmonitor.cloud import Secret
from vodmonitor.engine import Engine
from vodmonitor.ledgers.model import EventState
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.paths import resolve_paths
from vodmonitor.simulator import Simulator, demo_config, generator, hostile
from vodmonitor.sources.receiver import CallbackVerifier, Receiver

SIGN_KEY = "pushSignKey2026"


def sign(t: int, key: str = SIGN_KEY) -> str:
    return hashlib.md5((key + str(t)).encode()).hexdigest()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_verifier_takes_body_or_query_and_refuses_the_rest() -> None:
    now = 1_800_000_000.0
    verifier = CallbackVerifier(Secret(SIGN_KEY), clock=lambda: now)
    t = int(now) + 600
    assert verifier.refusal({"Sign": sign(t), "T": str(t)}, {}) is None
    assert verifier.refusal({"Sign": sign(t).upper(), "T": t}, {}) is None
    assert verifier.refusal({}, {"Sign": sign(t), "T": str(t)}) is None  # query placement
    assert verifier.refusal({}, {}) == "no Sign or T"
    assert verifier.refusal({"Sign": sign(t), "T": "soon"}, {}) == "T is not a timestamp"
    past = int(now) - 1
    assert verifier.refusal({"Sign": sign(past), "T": str(past)}, {}) == "T has passed"
    assert verifier.refusal({"Sign": sign(t, "other"), "T": str(t)}, {}) == "wrong Sign"
    assert CallbackVerifier(None).refusal(None, {}) is None  # no SignKey: all accepted


@pytest.fixture
def receiving(sim: Simulator, tmp_path: Path) -> Iterator[tuple[Engine, Receiver, str, Path]]:
    db = tmp_path / "push.sqlite3"
    engine = Engine(db, None, fast_config(undo_s=0))
    engine.start()
    receiver = Receiver(engine.submit_pushed, verifier=CallbackVerifier(Secret(SIGN_KEY)))
    host, port = receiver.start("127.0.0.1", 0)
    url = f"http://{host}:{port}/vod/callback"
    try:
        yield engine, receiver, url, db
    finally:
        receiver.stop()
        engine.stop()


def task_states(db: Path) -> dict[str, tuple[int, str]]:
    store = Store(db, readonly=True)
    try:
        return {
            r[0]: (r[1], r[2])
            for r in store._db.execute("SELECT task_id, delivery_count, state FROM events")
        }
    finally:
        store.close()


def test_pushed_events_are_stored_once_and_acknowledged_without_confirming(
    sim: Simulator, receiving: tuple[Engine, Receiver, str, Path]
) -> None:
    engine, _receiver, url, db = receiving
    sim.config.mode, sim.config.notification_url = "PUSH", url
    sim.config.deliver_push, sim.config.sign_key = True, SIGN_KEY
    tasks = [p["ClipCompleteEvent"]["TaskId"] for p in sim.enqueue_clips(300)]
    sim.config.sign_in = "query"
    tasks += [p["ClipCompleteEvent"]["TaskId"] for p in sim.enqueue_clips(50)]
    wait_for(lambda: set(task_states(db)) >= set(tasks), timeout=30)
    wait_for(lambda: sim.pusher is not None and sim.pusher.pending() == 0)
    # A replay of one already stored counts as a redelivery, not a new row.
    t = int(time.time()) + 600
    replay = dict(sim.enqueue_clips(1)[0], Sign=sign(t), T=str(t))
    wait_for(lambda: replay["ClipCompleteEvent"]["TaskId"] in task_states(db))
    assert requests.post(url, json=replay, timeout=5).status_code == 200
    tasks.append(replay["ClipCompleteEvent"]["TaskId"])
    assert task_states(db)[replay["ClipCompleteEvent"]["TaskId"]][0] == 2
    states = task_states(db)
    assert all(states[t][0] >= 1 for t in tasks) and len(states) == len(tasks)
    store = Store(db, readonly=True)
    ids = [r[0] for r in store._db.execute("SELECT id FROM events LIMIT 10")]
    engine.acknowledge(ids)
    wait_for(lambda: {e.state for e in store.get(ids).values()} == {EventState.DONE})
    store.close()
    assert sim.stats["calls.ConfirmEvents"] == 0


def test_bad_callbacks_are_refused_or_set_aside_and_the_receiver_goes_on(
    sim: Simulator, receiving: tuple[Engine, Receiver, str, Path]
) -> None:
    _engine, receiver, url, db = receiving
    t = int(time.time()) + 600
    payload = generator.clip_complete(sim.rng, sim.base_url, failed=False)
    good = dict(payload, Sign=sign(t), T=str(t))
    assert requests.post(url, json=dict(payload), timeout=5).status_code == 401  # unsigned
    assert (
        requests.post(url, json=dict(payload, Sign="0" * 32, T=str(t)), timeout=5).status_code
        == 401
    )
    old = int(time.time()) - 5
    assert (
        requests.post(url, json=dict(payload, Sign=sign(old), T=str(old)), timeout=5).status_code
        == 401
    )
    huge = dict(good, Padding="x" * 400_000)
    assert requests.post(url, json=huge, timeout=5).status_code == 413
    assert requests.post(url, data=b"<html>not json", timeout=5).status_code == 401
    # Signed in the query, a body that is not an event is kept aside, not lost.
    signed_query = f"{url}?Sign={sign(t)}&T={t}"
    assert requests.post(signed_query, data=b"{not json", timeout=5).status_code == 200
    for _ in range(5):
        entry, raw, _task = hostile.hostile_entry(sim.rng)
        assert requests.post(signed_query, data=raw, timeout=5).status_code == 200, entry.name
    # A slow client (headers trickling in) holds up nobody.
    slow = socket.create_connection(("127.0.0.1", int(url.split(":")[2].split("/")[0])))
    slow.sendall(b"POST /vod/callback HTTP/1.1\r\nHost: x\r\n")
    try:
        started = time.monotonic()
        response = requests.post(url, json=good, timeout=5)
        assert response.status_code == 200 and time.monotonic() - started < 5
    finally:
        slow.close()
    assert requests.get(url.replace("/vod/callback", "/healthz"), timeout=5).json()["ok"] is True
    assert payload["ClipCompleteEvent"]["TaskId"] in task_states(db)
    assert receiver.stats["refused"] >= 5
    store = Store(db, readonly=True)
    assert store.counts(None).rejected >= 1
    store.close()


def test_serve_receives_1000_events_and_a_sigkill_loses_nothing(
    pg_server: PgServer, tmp_path: Path
) -> None:
    uri = pg_server.new_database()
    port = free_port()
    env = dict(os.environ, PGPASSWORD=EDITOR_PASSWORD, VODMONITOR_SIGN_KEY=SIGN_KEY)
    for name in ("TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY"):
        env.pop(name, None)

    def start() -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "vodmonitor",
                "serve",
                "--data-dir",
                str(tmp_path / "server"),
                "--team-db",
                uri,
                "--user-name",
                "receiver",
                "--sub-app-id",
                "1500000001",
                "--listen",
                f"127.0.0.1:{port}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=ROOT,
            env=env,
        )
        wait_for(lambda: _healthy(port), timeout=30)
        return proc

    config = demo_config(hold=0.5, rate_limit=None)
    config.mode, config.deliver_push, config.sign_key = "PUSH", True, SIGN_KEY
    config.notification_url = f"http://127.0.0.1:{port}/vod/callback"
    with Simulator(config, seed=17) as sim:
        proc = start()
        desktop = team_engine(sim, uri, "Min-ji", tmp_path / "desktop.sqlite3")
        try:
            tasks = [p["ClipCompleteEvent"]["TaskId"] for p in sim.enqueue_clips(500)]
            wait_for(lambda: sum(sim.pusher.delivered.values()) >= 100, timeout=30)
            proc.send_signal(signal.SIGKILL)  # mid-stream
            proc.wait(10)
            tasks += [p["ClipCompleteEvent"]["TaskId"] for p in sim.enqueue_clips(500)]
            proc = start()  # VOD kept retrying what was not answered 200
            wait_for(lambda: sim.pusher.pending() == 0, timeout=60)
            name = uri.rsplit("/", 1)[1]
            counts = dict(
                pg_server.admin(
                    "SELECT task_id, count(*) FROM vodmonitor_events GROUP BY task_id", name
                )
            )
            assert set(counts) == set(tasks) and set(counts.values()) == {1}
            wait_for(
                lambda: Store(tmp_path / "desktop.sqlite3", readonly=True).counts().total == 1000,
                timeout=30,
            )
            # serve says what it stored, a line per batch, in its log.
            log = resolve_paths(tmp_path / "server").serve_log_file.read_text(encoding="utf-8")
            stored = [int(n) for n in re.findall(r"stored (\d+) new event", log)]
            assert stored and sum(stored) >= 500
        finally:
            desktop.stop()
            proc.terminate()
            proc.wait(10)


def _healthy(port: int) -> bool:
    try:
        return requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200
    except requests.RequestException:
        return False


def test_the_connection_check_knows_its_own_receiver(
    qtbot, sim: Simulator, receiving: tuple[Engine, Receiver, str, Path]
) -> None:  # type: ignore[no-untyped-def]
    from tests.integration.test_settings_dialog import make_dialog, run_test

    _engine, _receiver, url, _db = receiving
    sim.config.mode, sim.config.notification_url = "PUSH", url
    dialog = make_dialog(qtbot, sim)
    text = run_test(qtbot, dialog)
    assert "a vodmonitor receiver" in text and url in text
    assert not dialog.switch_button.isVisibleTo(dialog)
    assert not dialog.watch_button.isVisibleTo(dialog)
    sim.config.notification_url = "http://127.0.0.1:9/not-ours"
    assert "Watch-only shows every clip result" in run_test(qtbot, dialog)
