"""The backlog in view: how much waits at VOD, read every minute while live and soon after
the queue runs dry, and whether it keeps growing (the app is not keeping up, or another
consumer takes events from the same application).

The source says what to read (``SourceKind.open_gauge``): the reliable queue's
DescribeEventsState, or watch-only's clip tasks still processing. A failed reading is
logged and skipped: the gauge never stops monitoring.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections import deque

from vodmonitor.cloud import CloudError
from vodmonitor.engine.context import EngineContext
from vodmonitor.engine.status import Backlog, EngineState

log = logging.getLogger(__name__)

# The backlog "grows" when every reading over this long was at least the one before it and
# the last is higher than the first.
GROWING_S = 300.0
SOON_AFTER_DRAIN_S = 10.0  # at most this often when the queue keeps running dry


class Trend:
    """Readings over time, and whether they have been rising for GROWING_S. Pure."""

    def __init__(self, growing_s: float = GROWING_S) -> None:
        self.growing_s = growing_s
        self._readings: deque[tuple[float, int]] = deque()

    def observe(self, count: int, at: float) -> bool:
        self._readings.append((at, count))
        # Keep the newest reading at or before the window's start, and everything after.
        while len(self._readings) > 1 and self._readings[1][0] <= at - self.growing_s:
            self._readings.popleft()
        first_at, first = self._readings[0]
        if at - first_at < self.growing_s or count <= first:
            return False
        counts = [c for _, c in self._readings]
        return all(later >= earlier for earlier, later in itertools.pairwise(counts))


class GaugeThread:
    def __init__(self, ctx: EngineContext, interval_s: float) -> None:
        self.ctx = ctx
        self.interval_s = interval_s
        self.trend = Trend()
        self._wake = threading.Event()
        self._last_read = 0.0

    def drained(self) -> None:
        """The queue ran dry: read soon (at most every SOON_AFTER_DRAIN_S)."""
        if time.monotonic() - self._last_read >= SOON_AFTER_DRAIN_S:
            self._wake.set()

    def stop(self) -> None:
        self._wake.set()

    def run(self) -> None:
        ctx = self.ctx
        opener = ctx.source.open_gauge
        gauge = None
        version = -1
        while not ctx.halted():
            self._wake.wait(self.interval_s)
            self._wake.clear()
            if ctx.halted():
                return
            if ctx.status.state is not EngineState.LIVE or opener is None:
                continue
            conn, current = ctx.connection()
            if conn is None:
                continue
            if current != version or gauge is None:
                gauge, version = opener(conn), current
            self._last_read = time.monotonic()
            try:
                count, more = gauge.waiting()
            except CloudError as exc:
                log.info("backlog reading failed: %s %s", exc.kind.value, exc.code)
                continue
            growing = self.trend.observe(count, time.monotonic())
            if growing and not (ctx.backlog and ctx.backlog.growing):
                log.warning(
                    "the backlog at VOD has grown for %d minutes: %d", GROWING_S // 60, count
                )
            ctx.backlog = Backlog(count, gauge.what, growing, more)
            ctx.publish(ctx.status, force=True)
