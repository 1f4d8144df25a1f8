"""Normal callback: callbacks per second accepted and committed with 50 concurrent
senders, and the p99 latency from POST to commit (the receiver answers only after it),
beside the simplest http.server receiver committing each event in its own transaction.
Both receivers run in their own process and write SQLite on this disk. Prints one JSON
object: events_per_s, p99_ms, baseline_events_per_s, baseline_p99_ms.
"""

from __future__ import annotations

import json
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests
from common import ROOT, percentile

from vodmonitor.simulator import generator

EVENTS = 5_000
SENDERS = 50


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_up(url: str) -> None:
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            requests.get(url, timeout=1)
            return
        except requests.RequestException:
            time.sleep(0.1)
    raise RuntimeError("the receiver did not start")


def blast(url: str) -> tuple[float, list[float]]:
    """50 concurrent senders on one asyncio loop (a light client, so the receiver is what
    is measured), each POSTing the next event as soon as its last one was answered."""
    import asyncio

    import aiohttp

    rng = random.Random(7)
    bodies = [
        json.dumps(generator.clip_complete(rng, "http://m", failed=False)).encode()
        for _ in range(EVENTS)
    ]
    latencies: list[float] = []

    async def run() -> float:
        queue = iter(bodies)
        connector = aiohttp.TCPConnector(limit=SENDERS)
        async with aiohttp.ClientSession(connector=connector) as session:

            async def sender() -> None:
                for body in queue:
                    started = time.perf_counter()
                    async with session.post(
                        url, data=body, headers={"Content-Type": "application/json"}
                    ) as response:
                        await response.read()
                        assert response.status == 200, response.status
                    latencies.append(time.perf_counter() - started)

            started = time.perf_counter()
            await asyncio.gather(*(sender() for _ in range(SENDERS)))
            return EVENTS / (time.perf_counter() - started)

    return asyncio.run(run()), latencies


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        ours = subprocess.Popen(
            [
                sys.executable, "-m", "vodmonitor", "serve", "--data-dir", str(Path(tmp) / "serve"),
                "--listen", f"127.0.0.1:{port}", "--log-level", "WARNING",
            ],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        wait_up(f"http://127.0.0.1:{port}/healthz")
        rate, latencies = blast(f"http://127.0.0.1:{port}/vod/callback")
        ours.terminate()
        ours.wait(10)
        base_port = free_port()
        baseline = subprocess.Popen(
            [sys.executable, str(ROOT / "bench" / "push_baseline.py"), str(base_port), str(Path(tmp) / "naive.sqlite3")],
            cwd=ROOT,
        )  # fmt: skip
        wait_up(f"http://127.0.0.1:{base_port}/")
        base_rate, base_latencies = blast(f"http://127.0.0.1:{base_port}/vod/callback")
        baseline.terminate()
        baseline.wait(10)
    print(
        json.dumps(
            {
                "events": EVENTS,
                "senders": SENDERS,
                "events_per_s": round(rate),
                "p50_ms": round(percentile(latencies, 50) * 1000, 1),
                "p99_ms": round(percentile(latencies, 99) * 1000, 1),
                "baseline_events_per_s": round(base_rate),
                "baseline_p50_ms": round(percentile(base_latencies, 50) * 1000, 1),
                "baseline_p99_ms": round(percentile(base_latencies, 99) * 1000, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
