"""Normal callback (PUSH) in the simulator: each event POSTed to the NotificationUrl, with
``Sign``/``T`` when a SignKey is set, retried on anything but a 2xx, as VOD does."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
import urllib.error
import urllib.request
from collections import Counter, deque
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlencode

from vodmonitor.simulator.queue import SimulatorConfig

log = logging.getLogger(__name__)

SIGN_LIFETIME_S = 600  # T = send time + 10 minutes, VOD's default


def signed_body(
    payload: Mapping[str, Any], config: SimulatorConfig, now: float
) -> tuple[bytes, str]:
    """The body and the query string of one callback."""
    body = dict(payload)
    query = ""
    if config.sign_key:
        t = str(int(now) + SIGN_LIFETIME_S)
        sign = hashlib.md5((config.sign_key + t).encode()).hexdigest()
        if config.sign_in == "query":
            query = urlencode({"Sign": sign, "T": t})
        else:
            body.update(Sign=sign, T=t)
    return json.dumps(body, ensure_ascii=False).encode(), query


class Pusher:
    def __init__(
        self, config: SimulatorConfig, clock: Callable[[], float], senders: int = 8
    ) -> None:
        self.config = config
        self._clock = clock
        self._queue: deque[tuple[Mapping[str, Any], int]] = deque()
        self._cond = threading.Condition()
        self._stop = False
        self._in_flight = 0  # taken by a sender, not yet answered 2xx nor queued again
        self.delivered: Counter[str] = Counter()  # event key -> 2xx answers
        self.attempts = 0
        self._threads = [
            threading.Thread(target=self._run, name=f"vod-simulator-push-{n}", daemon=True)
            for n in range(senders)
        ]
        for thread in self._threads:
            thread.start()

    def push(self, payloads: list[Mapping[str, Any]]) -> None:
        with self._cond:
            self._queue.extend((p, 0) for p in payloads)
            self._cond.notify_all()

    def pending(self) -> int:
        """Events not yet answered with a 2xx: queued, being sent, or waiting to retry."""
        with self._cond:
            return len(self._queue) + self._in_flight

    def close(self) -> None:
        with self._cond:
            self._stop = True
            self._cond.notify_all()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._queue and not self._stop:
                    self._cond.wait()
                if self._stop:
                    return
                payload, tries = self._queue.popleft()
                self._in_flight += 1
            if self._send(payload):
                with self._cond:
                    self.delivered[_key(payload)] += 1
                    self._in_flight -= 1
                continue
            time.sleep(min(0.05 * 2**tries, 2.0))  # VOD backs off before trying again
            with self._cond:
                self._queue.append((payload, tries + 1))
                self._in_flight -= 1
                self._cond.notify()

    def _send(self, payload: Mapping[str, Any]) -> bool:
        url = self.config.notification_url
        if not url:
            return False
        body, query = signed_body(payload, self.config, self._clock())
        if query:
            url += ("&" if "?" in url else "?") + query
        request = urllib.request.Request(
            url, data=body, headers={"Content-Type": "application/json"}, method="POST"
        )
        self.attempts += 1
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return bool(200 <= response.status < 300)
        except (urllib.error.URLError, OSError, ValueError):
            return False


def _key(payload: Mapping[str, Any]) -> str:
    clip = payload.get("ClipCompleteEvent")
    task = clip.get("TaskId") if isinstance(clip, dict) else None
    return task if isinstance(task, str) else json.dumps(payload, sort_keys=True)[:200]
