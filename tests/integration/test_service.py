"""The Qt-free core service through the real SDK, the simulator and a real SQLite file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.app_harness import options_for
from tests.conftest import wait_for
from vodmonitor.app.service import DEMO_PROFILE, MonitorService
from vodmonitor.credentials import CredentialProblem
from vodmonitor.engine import EngineState
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.paths import resolve_paths
from vodmonitor.settings import Settings
from vodmonitor.simulator import DEMO_SECRET_ID, DEMO_SECRET_KEY, Simulator


def service(tmp_path: Path, sim: Simulator | None, **options: object) -> MonitorService:
    paths = resolve_paths(tmp_path / "state").ensure()
    base = replace(options_for(sim, paths.data_dir.parent), **options)  # type: ignore[arg-type]
    return MonitorService(paths, base, Settings())


def test_environment_credentials_start_an_engine_that_stores_events(
    sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", DEMO_SECRET_ID)
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", DEMO_SECRET_KEY)
    sim.enqueue_clips(3)
    core = service(tmp_path, sim)
    resolved = core.resolve()
    assert resolved.profile == "default" and resolved.connection is not None
    engine = core.start(resolved.profile, resolved.connection)
    try:
        store = Store(core.paths.database_file("default"), readonly=True)
        wait_for(lambda: store.counts().total == 3)
        wait_for(lambda: engine.status.state is EngineState.LIVE)
        store.close()
    finally:
        core.shutdown()
    assert core.engine is None


def test_why_there_is_no_connection(
    sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TENCENTCLOUD_SECRET_ID", raising=False)
    monkeypatch.delenv("TENCENTCLOUD_SECRET_KEY", raising=False)
    import keyring

    keyring.get_keyring().set_password("vodmonitor", "default", '{"secret_id": 1}')
    resolved = service(tmp_path, sim).resolve()
    assert resolved.connection is None and resolved.credential_error is not None
    assert resolved.credential_error.problem is CredentialProblem.CORRUPT
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", DEMO_SECRET_ID)
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", DEMO_SECRET_KEY)
    refused = service(tmp_path, sim, endpoint="127.0.0.1:0").resolve()
    assert refused.connection is None and "port" in refused.endpoint_problem


def test_the_demo_runs_headless(tmp_path: Path) -> None:
    core = service(tmp_path, None)
    resolved = core.demo()
    assert resolved.profile == DEMO_PROFILE and core.simulator is not None
    engine = core.start(resolved.profile, resolved.connection)
    try:
        store = Store(core.paths.database_file(DEMO_PROFILE), readonly=True)
        wait_for(lambda: store.counts(None).total >= 20, timeout=15)
        assert engine.status.state is not EngineState.FAILED
        store.close()
    finally:
        core.shutdown()
    assert core.simulator is None
