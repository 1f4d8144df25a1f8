"""Request pacing and retry delays, shared by every source that calls VOD."""

from __future__ import annotations

import random
import threading
import time


def full_jitter(attempt: int, base: float, cap: float, rng: random.Random) -> float:
    """AWS-style full jitter: uniform in [0, min(cap, base * 2**attempt)]."""
    return rng.uniform(0, min(cap, base * (2 ** min(attempt, 30))))


class Pacer:
    """Spaces request starts at least 1/rate apart; a long poll earns no burst credit."""

    def __init__(self, rate: float | None) -> None:
        self._interval = 1.0 / rate if rate else 0.0
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self, stop: threading.Event) -> None:
        if not self._interval:
            return
        with self._lock:  # reserve a slot; sleep outside the lock
            now = time.monotonic()
            slot = max(now, self._next)
            self._next = slot + self._interval
        if slot > now:
            stop.wait(slot - now)
