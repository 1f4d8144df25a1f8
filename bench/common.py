"""Shared set-up for the benchmarks: a simulator and SDK clients pointed at it.

Run the benchmarks from an installed checkout (the README's commands), e.g.
``.venv/bin/python bench/ingest.py``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tencentcloud.common import credential
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.vod.v20180717.vod_client import VodClient

from vodmonitor.cloud import Connection, Secret, parse_endpoint
from vodmonitor.engine import Change, Engine, EngineConfig
from vodmonitor.simulator import (
    DEMO_SECRET_ID,
    DEMO_SECRET_KEY,
    DEMO_SUB_APP_ID,
    Simulator,
    demo_config,
)

ROOT = Path(__file__).resolve().parents[1]


def simulator(**overrides: object) -> Simulator:
    config = demo_config(hold=0, visibility=600, handle_ttl=600, rate_limit=None)
    for key, value in overrides.items():
        setattr(config, key, value)
    return Simulator(config, seed=42).start()


class RemoteSimulator:
    """The simulator in its own process, as the real API is: it must not share our GIL."""

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "vodmonitor.simulator", "--port", "0", "--seed", "42", *args],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert self.proc.stdout is not None
        first = self.proc.stdout.readline()
        self.endpoint = first.rsplit("http://", 1)[1].strip()

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def connection(sim: Simulator | RemoteSimulator) -> Connection:
    return Connection(
        parse_endpoint(f"http://{sim.endpoint}"),
        DEMO_SECRET_ID,
        Secret(DEMO_SECRET_KEY),
        sub_app_id=DEMO_SUB_APP_ID,
    )


def naive_client(endpoint: str) -> VodClient:
    """The SDK as the samples use it: default profile, no keep-alive."""
    profile = ClientProfile(httpProfile=HttpProfile(protocol="http", endpoint=endpoint))
    return VodClient(credential.Credential(DEMO_SECRET_ID, DEMO_SECRET_KEY), "", profile)


def tuned_client(endpoint: str) -> VodClient:
    http = HttpProfile(protocol="http", endpoint=endpoint, reqTimeout=10)
    http.keepAlive = True
    profile = ClientProfile(httpProfile=http, language="en-US")
    profile.disable_region_breaker = True
    return VodClient(credential.Credential(DEMO_SECRET_ID, DEMO_SECRET_KEY), "", profile)


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def naive_drain(client: VodClient, events: int, store: Callable[[Any], None]) -> float:
    """The obvious loop both ingest baselines measure: typed SDK models, and ``store`` (one
    INSERT and one COMMIT) per event. Returns the seconds it took to store ``events``."""
    from tencentcloud.common.exception.tencent_cloud_sdk_exception import (
        TencentCloudSDKException,
    )
    from tencentcloud.vod.v20180717 import models

    stored = 0
    started = time.perf_counter()
    while stored < events:
        request = models.PullEventsRequest()
        request.SubAppId = DEMO_SUB_APP_ID
        try:
            response = client.PullEvents(request)
        except TencentCloudSDKException:
            continue
        for event in response.EventSet or []:
            store(event)
            stored += 1
    return time.perf_counter() - started


def drain_rate(
    sim: RemoteSimulator,
    events: int,
    config: EngineConfig,
    media_factory: Callable[[Connection], Any] | None = None,
) -> float:
    """Events per second for the engine to store a backlog of ``events`` (until the last
    is announced), with media lookups on when a factory is given."""
    done = threading.Event()
    seen = 0

    def on_change(change: Change) -> None:
        nonlocal seen
        seen += len(change.inserted)
        if seen >= events:
            done.set()

    with tempfile.TemporaryDirectory() as tmp:
        engine = Engine(
            Path(tmp) / "events.sqlite3",
            connection(sim),
            config,
            on_change=on_change,
            media_factory=media_factory,
        )
        started = time.perf_counter()
        engine.start()
        done.wait(300)
        elapsed = time.perf_counter() - started
        engine.stop()
    return events / elapsed
