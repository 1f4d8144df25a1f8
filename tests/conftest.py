from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from tencentcloud.common import credential
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.vod.v20180717.vod_client import VodClient

from tests.postgres import PgServer
from vodmonitor.simulator import (
    DEMO_SECRET_ID,
    DEMO_SECRET_KEY,
    Simulator,
    SimulatorConfig,
    demo_config,
)

DATA = Path(__file__).parent / "data"

# Fixtures that build the real application window (make_controller).
pytest_plugins = ("tests.app_harness",)


@pytest.fixture
def sim_config() -> SimulatorConfig:
    # Short timings keep redelivery tests in seconds; the contract's ratios stay the same.
    return demo_config(hold=0.5, visibility=1.0, handle_ttl=1.0, rate_limit=None)


@pytest.fixture
def sim(sim_config: SimulatorConfig) -> Iterator[Simulator]:
    with Simulator(sim_config, seed=1234) as s:
        yield s


SdkFactory = Callable[..., VodClient]


@pytest.fixture
def sdk_client(sim: Simulator) -> SdkFactory:
    """The real SDK client pointed at the simulator, as an app would build it."""

    def make(
        secret_id: str = DEMO_SECRET_ID, secret_key: str = DEMO_SECRET_KEY, timeout: float = 10
    ) -> VodClient:
        http = HttpProfile(protocol="http", endpoint=sim.endpoint, reqTimeout=timeout)
        http.keepAlive = True
        profile = ClientProfile(httpProfile=http, language="en-US")
        profile.disable_region_breaker = True
        return VodClient(credential.Credential(secret_id, secret_key), "", profile)

    return make


@pytest.fixture(autouse=True)
def _memory_keyring() -> Iterator[None]:
    """Unit tests never touch the developer's real keyring."""
    import keyring

    from tests.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


def wait_for(
    predicate: Callable[[], object], timeout: float = 10.0, interval: float = 0.01
) -> None:
    """Poll until ``predicate()`` is true; fail with the predicate's name after ``timeout``."""
    import time

    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {predicate!r}")
        time.sleep(interval)


def sim_connection(
    sim: Simulator, secret_key: str = DEMO_SECRET_KEY, secret_id: str = DEMO_SECRET_ID
):  # type: ignore[no-untyped-def]
    from vodmonitor.cloud import Connection, Secret, parse_endpoint

    return Connection(
        endpoint=parse_endpoint(f"http://{sim.endpoint}"),
        secret_id=secret_id,
        secret_key=Secret(secret_key),
        sub_app_id=sim.config.sub_app_id,
    )


def _mount(args: list[str]) -> bool:
    import subprocess

    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def mounted_small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 4 MiB file system (tmpfs): it fills up, and can be bind-mounted read-only.
    Linux only, as root; VODMONITOR_REQUIRE_TMPFS (set by .ci/run) turns a refusal into a
    failure. Windows and macOS skip by platform."""
    import subprocess

    if sys.platform != "linux":
        pytest.skip("a tmpfs to fill is a Linux file system")
    disk = tmp_path / "disk"
    disk.mkdir()
    if not _mount(["-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)]):
        if os.environ.get("VODMONITOR_REQUIRE_TMPFS"):
            pytest.fail("VODMONITOR_REQUIRE_TMPFS: mounting a tmpfs failed (run as root)")
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    yield from mounted_small_disk(tmp_path)


def fill_disk(disk: Path) -> Path:
    """Write a file until the disk is full; delete it to free the space again."""
    filler = disk / "filler.bin"
    with open(filler, "wb") as f:
        try:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        except OSError:
            pass
    return filler


@pytest.fixture
def read_only_view(small_disk: Path, tmp_path: Path) -> Iterator[Path]:
    """The small disk again, bind-mounted read-only (what a locked USB stick or a share
    mounted read-only looks like)."""
    import subprocess

    view = tmp_path / "ro"
    view.mkdir()
    assert _mount(["--bind", str(small_disk), str(view)])
    assert _mount(["-o", "remount,bind,ro", str(view)])
    try:
        yield view
    finally:
        subprocess.run(["umount", "-l", str(view)], capture_output=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One PostgreSQL server for the session; each test takes a database of its own."""
    server = PgServer()
    try:
        yield server
    finally:
        server.close()
