"""Team mode end to end: desktops in separate processes (the real core, engine, PostgreSQL
ledger and link) sharing one database and one simulated VOD application."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import sim_connection, wait_for
from tests.engine_harness import fast_config
from tests.postgres import EDITOR_PASSWORD, PgServer
from tests.team_child import wants_ack
from vodmonitor.cloud import Secret
from vodmonitor.engine import Engine, EngineState
from vodmonitor.ledgers.model import EventState, StorageProblem
from vodmonitor.ledgers.postgres_config import TeamConfig
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.simulator import DEMO_SECRET_ID, DEMO_SECRET_KEY, Simulator, demo_config
from vodmonitor.team.role import TeamRole

ROOT = Path(__file__).resolve().parents[2]
OF = 4  # desktop k acknowledges tasks whose last hex digit % 4 == k; 3 is nobody's


class Desktop:
    """One team desktop process; its stdout lines are collected with their time."""

    def __init__(self, sim: Simulator, uri: str, name: str, share: int, root: Path) -> None:
        self.name = name
        self.data_dir = root / name
        env = dict(
            os.environ,
            TENCENTCLOUD_SECRET_ID=DEMO_SECRET_ID,
            TENCENTCLOUD_SECRET_KEY=DEMO_SECRET_KEY,
            PGPASSWORD=EDITOR_PASSWORD,  # libpq's own convention; the keyring is not needed
            PYTHONPATH=str(ROOT),
        )
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.team_child",
                "--endpoint",
                f"http://{sim.endpoint}",
                "--sub-app-id",
                str(sim.config.sub_app_id),
                "--team-db",
                uri,
                "--user",
                name,
                "--data-dir",
                str(self.data_dir),
                "--share",
                str(share),
                "--of",
                str(OF),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=ROOT,
            env=env,
        )
        self.lines: list[tuple[float, str]] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append((time.monotonic(), line.strip()))

    @property
    def leading(self) -> bool:
        states = [line for _, line in self.lines if line in ("leading", "following")]
        return bool(states) and states[-1] == "leading" and self.proc.poll() is None

    def ready(self) -> bool:
        return any(line == "ready" for _, line in self.lines)

    def mirror(self) -> Path:
        return self.data_dir / "data" / "events-default-team.sqlite3"

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@pytest.fixture
def team_sim() -> Iterator[Simulator]:
    # Redelivery in 5 s keeps a killed leader's unstored events quick to come back.
    config = demo_config(hold=0.5, visibility=5.0, handle_ttl=5.0, rate_limit=None)
    with Simulator(config, seed=99) as sim:
        yield sim


def mirror_tasks(path: Path) -> dict[str, EventState]:
    if not path.exists():
        return {}
    store = Store(path, readonly=True)
    try:
        return {
            str(task): EventState(state)
            for task, state in store._db.execute("SELECT task_id, state FROM events")
        }
    except Exception:
        return {}
    finally:
        store.close()


def check_confirmations(sim: Simulator, tasks: list[str]) -> None:
    confirmations = sim.queue.confirmations()
    for task in tasks:
        wanted = any(wants_ack(task, k, OF) for k in range(3))
        assert confirmations[task] == (1 if wanted else 0), task


def test_three_desktops_share_everything_and_confirm_once(
    pg_server: PgServer, team_sim: Simulator, tmp_path: Path
) -> None:
    uri = pg_server.new_database()
    desktops = [Desktop(team_sim, uri, f"editor{k}", k, tmp_path) for k in range(3)]
    try:
        wait_for(lambda: all(d.ready() for d in desktops), timeout=30)
        wait_for(lambda: sum(d.leading for d in desktops) == 1, timeout=15)
        tasks = [p["ClipCompleteEvent"]["TaskId"] for p in team_sim.enqueue_clips(1000)]
        for desktop in desktops:  # every desktop's view holds all of them
            wait_for(lambda d=desktop: set(mirror_tasks(d.mirror())) >= set(tasks), timeout=60)
        wanted = [t for t in tasks if any(wants_ack(t, k, OF) for k in range(3))]
        confirmations = team_sim.queue.confirmations
        wait_for(lambda: all(confirmations()[t] == 1 for t in wanted), timeout=60)
        check_confirmations(team_sim, tasks)
        # Acknowledged on three desktops, with each editor's name in the shared ledger.
        names = {
            r[0]
            for r in pg_server.admin(
                "SELECT DISTINCT acknowledged_by FROM vodmonitor_events WHERE acknowledged_by IS NOT NULL",
                uri.rsplit("/", 1)[1],
            )
        }
        assert names == {"editor0", "editor1", "editor2"}
    finally:
        for desktop in desktops:
            desktop.stop()


def test_a_killed_leader_is_replaced_and_nothing_is_lost_or_doubled(
    pg_server: PgServer, team_sim: Simulator, tmp_path: Path
) -> None:
    uri = pg_server.new_database()
    desktops = [Desktop(team_sim, uri, f"editor{k}", k, tmp_path) for k in range(3)]
    tasks: list[str] = []
    failovers: list[float] = []
    try:
        wait_for(lambda: all(d.ready() for d in desktops), timeout=30)
        for cycle in range(10):
            current = list(desktops)
            wait_for(lambda c=current: sum(d.leading for d in c) == 1, timeout=15)
            tasks += [p["ClipCompleteEvent"]["TaskId"] for p in team_sim.enqueue_clips(40)]
            time.sleep(0.3 + 0.1 * cycle)  # kill at a different moment of the work each time
            leader = next(d for d in desktops if d.leading)
            killed_at = time.monotonic()
            leader.kill()
            others = [d for d in desktops if d is not leader]
            wait_for(lambda o=others: any(d.leading for d in o), timeout=10)
            failovers.append(time.monotonic() - killed_at)
            share = int(leader.name[-1])
            desktops = [*others, Desktop(team_sim, uri, leader.name, share, tmp_path)]
        survivor = desktops[0]
        wait_for(lambda: set(mirror_tasks(survivor.mirror())) >= set(tasks), timeout=60)
        wanted = [t for t in tasks if any(wants_ack(t, k, OF) for k in range(3))]
        confirmations = team_sim.queue.confirmations
        wait_for(lambda: all(confirmations()[t] >= 1 for t in wanted), timeout=90)
        check_confirmations(team_sim, tasks)  # exactly once, and nothing unacknowledged
        assert max(failovers) < 10, failovers
    finally:
        for desktop in desktops:
            desktop.stop()


def test_postgres_restart_mid_run_loses_nothing(
    pg_server: PgServer, team_sim: Simulator, tmp_path: Path
) -> None:
    uri = pg_server.new_database()
    desktops = [Desktop(team_sim, uri, f"editor{k}", k, tmp_path) for k in range(2)]
    try:
        wait_for(lambda: all(d.ready() for d in desktops), timeout=30)
        tasks = [p["ClipCompleteEvent"]["TaskId"] for p in team_sim.enqueue_clips(150)]
        pg_server.restart()
        tasks += [p["ClipCompleteEvent"]["TaskId"] for p in team_sim.enqueue_clips(150)]
        wait_for(lambda: sum(d.leading for d in desktops) == 1, timeout=30)
        for desktop in desktops:
            wait_for(lambda d=desktop: set(mirror_tasks(d.mirror())) >= set(tasks), timeout=60)
        wanted = [t for t in tasks if any(wants_ack(t, k, OF) for k in range(2))]
        confirmations = team_sim.queue.confirmations
        wait_for(lambda: all(confirmations()[t] >= 1 for t in wanted), timeout=90)
        for task in tasks:
            assert confirmations()[task] == (1 if task in wanted else 0), task
    finally:
        for desktop in desktops:
            desktop.stop()


# --- in one process, to watch the engine's own state -------------------------------------------
def team_engine(
    sim: Simulator, uri: str, name: str, db: Path, password: str = EDITOR_PASSWORD
) -> Engine:
    team = TeamConfig(uri, Secret(password), name, sim.config.sub_app_id)
    engine = Engine(
        db,
        sim_connection(sim),
        fast_config(),
        ledger_factory=(role := TeamRole(team)).ledger,
        role=role,
    )
    engine.start()
    return engine


def test_a_terminated_session_stops_the_leader_at_once(
    pg_server: PgServer, sim: Simulator, tmp_path: Path
) -> None:
    uri = pg_server.new_database()
    first = team_engine(sim, uri, "Min-ji", tmp_path / "a.sqlite3")
    try:
        wait_for(lambda: first.role.leads(), timeout=10)
        second = team_engine(sim, uri, "Wei", tmp_path / "b.sqlite3")
        try:
            wait_for(
                lambda: second.status.team is not None and second.status.team.leader == "Min-ji"
            )
            assert second.status.state is EngineState.LIVE and second.status.team.desktops == 2
            holder = pg_server.admin(
                "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted"
            )
            assert len(holder) == 1
            pg_server.admin(f"SELECT pg_terminate_backend({holder[0][0]})")
            wait_for(lambda: not first.role.leads(), timeout=1.0)  # within a second
            # A leader again: the other desktop, or this one once its link is back.
            wait_for(lambda: first.role.leads() != second.role.leads(), timeout=10)
            sim.enqueue_clips(5)
            for db in ("a.sqlite3", "b.sqlite3"):
                wait_for(lambda db=db: Store(tmp_path / db, readonly=True).counts().total == 5)
        finally:
            second.stop()
    finally:
        first.stop()


def test_a_wrong_password_says_so_and_keeps_the_last_view(
    pg_server: PgServer, sim: Simulator, tmp_path: Path
) -> None:
    uri = pg_server.new_database()
    good = team_engine(sim, uri, "Min-ji", tmp_path / "m.sqlite3")
    sim.enqueue_clips(3)
    wait_for(lambda: Store(tmp_path / "m.sqlite3", readonly=True).counts().total == 3)
    good.stop()
    bad = team_engine(sim, uri, "Min-ji", tmp_path / "m.sqlite3", password="not-it")
    try:
        wait_for(lambda: bad.status.state in (EngineState.FAILED, EngineState.TEAM_OFFLINE))
        wait_for(lambda: bad.status.storage_problem is StorageProblem.REFUSED, timeout=10)
        assert "not-it" not in repr(bad.status)
        assert Store(tmp_path / "m.sqlite3", readonly=True).counts().total == 3  # still shown
        assert sim.stats["calls.PullEvents"] > 0  # only the good session pulled
    finally:
        bad.stop()


def test_serve_leads_headless_and_stops_on_sigterm(
    pg_server: PgServer, sim: Simulator, tmp_path: Path
) -> None:
    uri = pg_server.new_database()
    env = dict(
        os.environ,
        TENCENTCLOUD_SECRET_ID=DEMO_SECRET_ID,
        TENCENTCLOUD_SECRET_KEY=DEMO_SECRET_KEY,
        PGPASSWORD=EDITOR_PASSWORD,
    )
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
            "render-box",
            "--endpoint",
            f"http://{sim.endpoint}",
            "--sub-app-id",
            str(sim.config.sub_app_id),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=ROOT,
        env=env,
    )
    lines: list[str] = []

    def read() -> None:
        assert proc.stdout is not None
        lines.extend(proc.stdout)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        wait_for(lambda: any("leads the team" in line for line in lines), timeout=30)
        sim.enqueue_clips(20)
        name = uri.rsplit("/", 1)[1]
        wait_for(
            lambda: pg_server.admin("SELECT count(*) FROM vodmonitor_events", name)[0][0] == 20,
            timeout=20,
        )
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=2) == 0  # cleanly, within two seconds
    finally:
        if proc.poll() is None:
            proc.kill()
    reader.join(5)
    output = "".join(lines)
    assert "stopped" in output
    assert EDITOR_PASSWORD not in output and DEMO_SECRET_KEY not in output
    assert (tmp_path / "server" / "logs").exists() or any((tmp_path / "server").rglob("*.log"))


def test_a_desktop_that_cannot_pull_never_leads(
    pg_server: PgServer, sim: Simulator, tmp_path: Path
) -> None:
    uri = pg_server.new_database()
    team = TeamConfig(uri, Secret(EDITOR_PASSWORD), "No-key", sim.config.sub_app_id)
    keyless = Engine(
        tmp_path / "k.sqlite3",
        None,
        fast_config(),
        ledger_factory=(role := TeamRole(team)).ledger,
        role=role,
    )
    keyless.start()
    try:
        wait_for(lambda: keyless.status.team is not None and keyless.status.team.connected)
        wait_for(lambda: keyless.status.state is EngineState.NO_CREDENTIALS)  # never "Live"
        assert not keyless.role.leads()
        refused = team_engine(
            sim, uri, "Wrong-key", tmp_path / "w.sqlite3", password=EDITOR_PASSWORD
        )
        refused.update_connection(sim_connection(sim, secret_key="not-the-key"))
        try:
            wait_for(lambda: refused.status.state is EngineState.AUTH_ERROR, timeout=10)
            wait_for(lambda: not refused.role.leads(), timeout=5)  # gives the lead up
            good = team_engine(sim, uri, "Min-ji", tmp_path / "g.sqlite3")
            try:
                wait_for(lambda: good.role.leads(), timeout=10)
                sim.enqueue_clips(2)
                wait_for(lambda: Store(tmp_path / "k.sqlite3", readonly=True).counts().total == 2)
                wait_for(lambda: keyless.status.state is EngineState.LIVE)  # Min-ji stores
            finally:
                good.stop()
        finally:
            refused.stop()
    finally:
        keyless.stop()
