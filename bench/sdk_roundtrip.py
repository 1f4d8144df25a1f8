"""One empty-handed PullEvents (hold 0) through the real SDK over keep-alive.

Prints one JSON object. The baseline in the same run is a naive stdlib server that writes
headers and body in separate writes without TCP_NODELAY, which is what Nagle's algorithm
and delayed ACKs punish on loopback.
"""

from __future__ import annotations

import json
import statistics
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from common import simulator, tuned_client
from tencentcloud.common.exception.tencent_cloud_sdk_exception import (
    TencentCloudSDKException,
)
from tencentcloud.vod.v20180717.vod_client import VodClient

from vodmonitor.simulator import DEMO_SUB_APP_ID


def timed_calls(client: VodClient, calls: int) -> list[float]:
    samples = []
    for _ in range(calls):
        t0 = time.perf_counter()
        try:
            client.call_json("PullEvents", {"SubAppId": DEMO_SUB_APP_ID})
        except TencentCloudSDKException as exc:
            if exc.code != "ResourceNotFound":
                raise
        samples.append((time.perf_counter() - t0) * 1000)
    return samples


class _NaiveHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = b'{"Response":{"Error":{"Code":"ResourceNotFound","Message":"no event"},"RequestId":"x"}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def p99(samples: list[float]) -> float:
    return sorted(samples)[max(0, int(len(samples) * 0.99) - 1)]


def main() -> None:
    calls = 500
    sim = simulator()
    client = tuned_client(sim.endpoint)
    timed_calls(client, 20)  # warm the connection
    samples = timed_calls(client, calls)
    sim.stop()

    naive = ThreadingHTTPServer(("127.0.0.1", 0), _NaiveHandler)
    threading.Thread(target=naive.serve_forever, daemon=True).start()
    base_client = tuned_client(f"127.0.0.1:{naive.server_address[1]}")
    base_samples = timed_calls(base_client, 50)
    naive.shutdown()

    print(
        json.dumps(
            {
                "calls": calls,
                "mean_ms": round(statistics.fmean(samples), 3),
                "p99_ms": round(p99(samples), 3),
                "baseline_calls": len(base_samples),
                "baseline_mean_ms": round(statistics.fmean(base_samples), 3),
                "baseline_p99_ms": round(p99(base_samples), 3),
            }
        )
    )


if __name__ == "__main__":
    main()
