"""A reader thread: asks its source for events and hands each batch to the worker.

How many readers run, and how many batches may wait for the writer, is the source's
word; whether to pull at all is the role's (a team desktop that does not lead waits).
Failures become states: backoff with jitter, THROTTLED, AUTH_ERROR (until new
credentials), a clock error rechecked every 30 s, and a queue that is not ours to read.
"""

from __future__ import annotations

import logging
import random
import time

from vodmonitor.cloud import CloudError, ErrorKind
from vodmonitor.engine.context import EngineContext
from vodmonitor.engine.messages import Pulled
from vodmonitor.engine.status import EngineState, EngineStatus
from vodmonitor.errors import Retry
from vodmonitor.pacing import Pacer, full_jitter
from vodmonitor.sources.base import EventReader

log = logging.getLogger(__name__)


class Reader:
    def __init__(self, ctx: EngineContext, pacer: Pacer, rng: random.Random) -> None:
        self.ctx = ctx
        self.pacer = pacer
        self.rng = rng
        self.source: EventReader | None = None
        self.version = -1
        self.attempt = 0
        self.check_due = True
        self.last_events_at = time.monotonic()
        self.last_ok: float | None = None

    def run(self) -> None:
        ctx = self.ctx
        while not ctx.halted():
            if not ctx.storage_ok.is_set():
                # Nothing pulled now could be stored: VOD keeps the events meanwhile.
                ctx.live_since = None
                ctx.storage_ok.wait(0.5)
                continue
            if not ctx.role.leads():  # another desktop of the team pulls
                ctx.live_since = None
                self.version = -1  # a fresh client and queue check when leading again
                ctx.role.wait_to_lead(0.25)
                continue
            generation = ctx.wake_generation()
            source = self._source()
            if source is None:
                ctx.live_since = None
                ctx.publish(EngineStatus(EngineState.NO_CREDENTIALS))
                ctx.sleep_unless_woken(None, generation)
                continue
            if not self._queue_is_ours(source, generation):
                continue
            if not self._pull(source, generation):
                return

    def _source(self) -> EventReader | None:
        conn, current = self.ctx.connection()
        if current != self.version:
            self.version, self.attempt, self.check_due = current, 0, True
            opener = self.ctx.source.open
            self.source = opener(conn) if conn is not None and opener is not None else None
        return self.source

    def _queue_is_ours(self, source: EventReader, generation: int) -> bool:
        """Ask the source before the first pull and after a quiet spell."""
        ctx = self.ctx
        quiet = time.monotonic() - self.last_events_at > ctx.config.idle_config_recheck_s
        if not (self.check_due or quiet):
            return True
        if ctx.status.state in (EngineState.STOPPED, EngineState.NO_CREDENTIALS):
            ctx.publish(EngineStatus(EngineState.CONNECTING))
        self.last_events_at = time.monotonic()
        try:
            self.pacer.wait(ctx.stopping)
            check = source.check_queue()
        except CloudError as exc:
            self._after_failure(exc, generation)
            return False
        if not check.ours:
            ctx.live_since = None
            ctx.publish(
                EngineStatus(EngineState.PUSH_MODE, notification_url=check.notification_url)
            )
            ctx.sleep_unless_woken(ctx.config.push_recheck_s, generation)
            return False
        self.check_due = False
        return True

    def _pull(self, source: EventReader, generation: int) -> bool:
        """One pull handed to the worker; False when the engine is stopping."""
        ctx = self.ctx
        self.pacer.wait(ctx.stopping)
        while not ctx.batch_slots.acquire(timeout=0.2):
            if ctx.halted():
                return False
        try:
            batch = source.pull()
        except CloudError as exc:
            ctx.batch_slots.release()
            self._after_failure(exc, generation)
            return True
        except BaseException:
            ctx.batch_slots.release()
            raise
        if ctx.halted():
            return False
        self.attempt = 0
        self.last_ok = time.time()
        if ctx.live_since is None:
            ctx.live_since = self.last_ok
        if batch.events or batch.rejected or batch.cursor is not None:
            self.last_events_at = ctx.events_at = time.monotonic()
            ctx.inbox.put(Pulled(batch, self.last_ok))
        else:
            ctx.batch_slots.release()
        ctx.publish(EngineStatus(EngineState.LIVE, last_poll_ok=self.last_ok))
        if not batch.events:  # the queue ran dry: a good moment to read the backlog
            ctx.drained()
        delay = source.idle_delay()
        if delay > 0:  # a polling source between scrolls
            ctx.sleep_unless_woken(delay, generation)
        return True

    def _after_failure(self, exc: CloudError, generation: int) -> None:
        ctx = self.ctx
        config = ctx.config
        ctx.live_since = None
        log.warning(
            "VOD call failed: %s %s (RequestId %s)", exc.kind.value, exc.code, exc.request_id
        )
        if exc.code == "AuthFailure.SignatureExpire":
            # The clock, not the key: it heals when the user fixes the time, so look again.
            retry_at = time.time() + config.clock_recheck_s
            ctx.publish(
                EngineStatus(
                    EngineState.BACKING_OFF,
                    error=exc,
                    retry_at=retry_at,
                    last_poll_ok=self.last_ok,
                )
            )
            ctx.sleep_unless_woken(config.clock_recheck_s, generation)
            self.attempt = 0
            return
        if exc.retry is Retry.WAIT:
            # Wrong credentials only get worse with retries: wait for new ones.
            ctx.refuse(exc, ctx.connection()[1])
            ctx.publish(EngineStatus(EngineState.AUTH_ERROR, error=exc, last_poll_ok=self.last_ok))
            ctx.sleep_unless_woken(None, generation)
            self.attempt = 0
            return
        delay = full_jitter(self.attempt, config.backoff_base_s, config.backoff_cap_s, self.rng)
        throttled = exc.kind is ErrorKind.THROTTLED
        state = EngineState.THROTTLED if throttled else EngineState.BACKING_OFF
        ctx.publish(
            EngineStatus(state, error=exc, retry_at=time.time() + delay, last_poll_ok=self.last_ok)
        )
        ctx.sleep_unless_woken(delay, generation)  # new credentials: try at once
        self.attempt += 1
