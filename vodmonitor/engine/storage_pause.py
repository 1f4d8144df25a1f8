"""A ledger that cannot be written: pause pulling, keep acknowledgements, retry.

A full disk or a read-only file may heal, so the worker keeps what the editor did in
memory (counted in the status), lets VOD keep the events meanwhile (readers wait), and
tries a small write with jittered backoff. A corrupt file cannot heal: monitoring stops
with its own message.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import replace

from vodmonitor.engine.context import EngineContext
from vodmonitor.engine.messages import Acknowledge
from vodmonitor.engine.status import EngineState, EngineStatus
from vodmonitor.errors import Retry
from vodmonitor.ledgers.model import Ledger, StorageProblem, StoreError
from vodmonitor.pacing import full_jitter

log = logging.getLogger(__name__)


class StoragePause:
    def __init__(self, ctx: EngineContext, rng: random.Random) -> None:
        self.ctx = ctx
        self.rng = rng
        self.attempt = 0
        self.retry_at: float | None = None  # monotonic
        self.deferred: list[object] = []  # acknowledgements and answers waiting for the disk

    @property
    def active(self) -> bool:
        return self.ctx.storage_status is not None

    @property
    def problem(self) -> StorageProblem | None:
        status = self.ctx.storage_status
        return status.storage_problem if status is not None else None

    def due(self) -> bool:
        return self.retry_at is not None and time.monotonic() >= self.retry_at

    def defer(self, message: object) -> None:
        self.deferred.append(message)
        self._publish()

    def failed(self, exc: StoreError) -> None:
        ctx = self.ctx
        if exc.retry is Retry.NEVER:  # corrupt mid-run: retrying cannot help
            log.error("the event database failed: %s", exc)
            ctx.storage_ok.clear()
            ctx.failure = EngineStatus(
                EngineState.FAILED, storage_problem=exc.problem, detail=str(exc.path)
            )
            ctx.wake_readers()
            ctx.publish(ctx.failure, force=True)
            return
        config = ctx.config
        delay = full_jitter(self.attempt, config.backoff_base_s, config.backoff_cap_s, self.rng)
        delay = max(delay, config.backoff_base_s / 2)
        self.attempt += 1
        self.retry_at = time.monotonic() + delay
        log.warning(
            "cannot write the event database (%s: %s); pulling paused, retrying in %.1f s",
            exc.problem.value,
            exc.detail,
            delay,
        )
        ctx.storage_ok.clear()
        ctx.live_since = None
        ctx.storage_status = EngineStatus(
            EngineState.STORAGE_ERROR,
            retry_at=time.time() + delay,
            storage_problem=exc.problem,
            detail=str(exc.path),
        )
        self._publish()

    def _publish(self) -> None:
        status = self.ctx.storage_status
        if status is None:
            return
        waiting = sum(len(m.ids) for m in self.deferred if isinstance(m, Acknowledge))
        self.ctx.storage_status = replace(status, waiting_acks=waiting)
        self.ctx.publish(self.ctx.storage_status, force=True)

    def retry(self, ledger: Ledger, replay: Callable[[Ledger, object], None]) -> None:
        """Try the disk again: a small write, then everything that waited, in order."""
        self.retry_at = None
        try:
            ledger.check_writable(time.time())
            while self.deferred:
                replay(ledger, self.deferred[0])
                self.deferred.pop(0)
        except StoreError as exc:
            self.failed(exc)
            return
        log.info("the event database is writable again; pulling resumes")
        self.ctx.role.recovered()  # what other desktops did meanwhile
        self.attempt = 0
        self.ctx.storage_status = None
        self.ctx.storage_ok.set()
        self.ctx.publish(EngineStatus(EngineState.CONNECTING), force=True)
