"""What the engine's threads share: the inbox, the connection, health and status.

Each thread (readers, confirmer, worker, the role's link) holds this one object; it is
the only state they have in common, and every field says which thread writes it.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import replace

from vodmonitor.cloud import CloudError, Connection
from vodmonitor.engine.config import EngineConfig
from vodmonitor.engine.core import ConfirmJob
from vodmonitor.engine.messages import LeadGained, RunOnWorker
from vodmonitor.engine.roles import Role
from vodmonitor.engine.status import (
    Backlog,
    Change,
    ChangeCallback,
    EngineState,
    EngineStatus,
    StatusCallback,
    honest_status,
)
from vodmonitor.sources.base import SourceKind

log = logging.getLogger(__name__)


class EngineContext:
    def __init__(
        self,
        config: EngineConfig,
        source: SourceKind,
        role: Role,
        connection: Connection | None,
        on_change: ChangeCallback,
        on_status: StatusCallback,
    ) -> None:
        self.config = config
        self.source = source
        self.role = role
        self.on_change = on_change
        self._on_status = on_status
        self.inbox: queue.Queue[object] = queue.Queue()
        self.stopping = threading.Event()
        self._conn_lock = threading.Lock()
        self._conn = connection
        self._conn_version = 0
        # Readers wait on this for new credentials; a generation count, not an Event, so
        # that one reader clearing it cannot make another miss the wake-up.
        self._wake = threading.Condition()
        self._wake_gen = 0
        self.batch_slots = threading.Semaphore(source.batches_in_flight)
        self.confirm_jobs: deque[ConfirmJob] = deque()
        self.confirm_cond = threading.Condition()
        self.enrich_wake = threading.Event()
        self.enrich_wake.set()  # a first look at what the ledger holds
        self._status_lock = threading.Lock()
        self._status = EngineStatus(EngineState.STOPPED)
        self._last_status_emit = 0.0
        # health: written by any thread, read when a status is published
        self.live_since: float | None = None  # readers: polling without a break since
        self.failure: EngineStatus | None = None
        self.storage_status: EngineStatus | None = None  # worker
        self.backlog: Backlog | None = None  # the gauge's last reading
        self.drained: Callable[[], None] = lambda: None  # a pull found the queue empty
        self.storage_ok = threading.Event()
        self.storage_ok.set()
        self.heartbeat = time.monotonic()  # worker
        self.events_at = 0.0  # readers, the receiver: when events last came (monotonic)
        self._refused: CloudError | None = None  # VOD refused these credentials
        self._refused_version = -1

    # --- the connection -----------------------------------------------------------------
    def connection(self) -> tuple[Connection | None, int]:
        with self._conn_lock:
            return self._conn, self._conn_version

    def set_connection(self, connection: Connection | None) -> None:
        with self._conn_lock:
            self._conn = connection
            self._conn_version += 1
        self.wake_readers()

    def refuse(self, error: CloudError, version: int) -> None:
        """VOD refused the credentials of ``version``: until new ones come."""
        self._refused, self._refused_version = error, version

    def refused(self) -> CloudError | None:
        _, version = self.connection()
        if version != self._refused_version:
            self._refused = None
        return self._refused

    def has_connection(self) -> bool:
        return self.connection()[0] is not None

    def can_pull(self) -> bool:
        """Credentials VOD has not refused, and no failure: only such a desktop leads."""
        return self.has_connection() and self.failure is None and self.refused() is None

    # --- waking and sleeping --------------------------------------------------------------
    def halted(self) -> bool:
        return self.stopping.is_set() or self.failure is not None

    def wake_readers(self) -> None:
        with self._wake:
            self._wake_gen += 1
            self._wake.notify_all()

    def wake_generation(self) -> int:
        return self._wake_gen

    def sleep_unless_woken(self, seconds: float | None, generation: int) -> None:
        """Sleep (forever when None) until a wake-up newer than ``generation``, a stop, or
        the time is up. The caller reads the generation before its call, so a wake-up that
        lands during the call is not missed."""
        deadline = None if seconds is None else time.monotonic() + seconds
        with self._wake:
            while self._wake_gen == generation and not self.halted():
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return
                self._wake.wait(remaining)

    def wake_confirmer(self) -> None:
        with self.confirm_cond:
            self.confirm_cond.notify_all()

    def queue_confirmations(self, jobs: list[ConfirmJob]) -> None:
        if jobs:
            with self.confirm_cond:
                self.confirm_jobs.extend(jobs)
                self.confirm_cond.notify()

    # --- failure --------------------------------------------------------------------------
    def supervised(self, target: Callable[..., None], *args: object) -> None:
        """Run a thread's loop; an unexpected exception halts monitoring and says so."""
        try:
            target(*args)
        except Exception as exc:
            self.fail(exc)

    def fail(self, exc: BaseException) -> None:
        """A code bug: log it, halt the network threads, and say so; retrying cannot help."""
        name = threading.current_thread().name
        log.error("engine thread %s failed; monitoring halted", name, exc_info=exc)
        self.failure = EngineStatus(EngineState.FAILED, detail=f"{name}: {type(exc).__name__}")
        self.live_since = None
        self.wake_readers()
        self.wake_confirmer()
        self.publish(self.failure, force=True)

    # --- status ---------------------------------------------------------------------------
    @property
    def status(self) -> EngineStatus:
        with self._status_lock:
            return self._status

    def publish(self, status: EngineStatus, *, force: bool = False) -> None:
        status = honest_status(
            status,
            failure=self.failure,
            storage=self.storage_status,
            team=self.role.team,
            heartbeat_age=time.monotonic() - self.heartbeat,
            heartbeat_s=self.config.heartbeat_s,
        )
        if status.state is EngineState.LIVE:  # a backlog is said only while live
            status = replace(status, backlog=self.backlog)
        with self._status_lock:
            previous = self._status
            self._status = status
        if previous.state is not status.state:
            code = status.error.code if status.error else ""
            log.info(
                "status %s -> %s %s %s",
                previous.state.value,
                status.state.value,
                code,
                status.detail,
            )
        now = time.monotonic()
        same_state = previous.state == status.state and previous.error is status.error
        # A live poll every few ms would flood the UI; the last-poll time can lag 1 s.
        if force or not same_state or now - self._last_status_emit >= 1.0:
            self._last_status_emit = now
            self._on_status(status)

    def events_flowing(self) -> bool:
        """Events are arriving or waiting to be stored: media work yields to them."""
        return time.monotonic() - self.events_at < 0.3 or not self.inbox.empty()

    # --- what a role asks for ---------------------------------------------------------------
    def post(self, task: Callable[[], Change | None]) -> None:
        self.inbox.put(RunOnWorker(task))

    def events_arriving(self) -> None:
        self.events_at = time.monotonic()

    def lead_changed(self, leading: bool) -> None:
        if leading:
            self.inbox.put(LeadGained())
        else:  # stop pulling and confirming at once
            self.live_since = None
            self.wake_confirmer()
