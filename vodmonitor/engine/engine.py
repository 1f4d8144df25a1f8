"""The background engine: long-poll, persist, and confirm what the editor acknowledged.

Separate threads, so that no wait on the network ever delays a write or a stop:

- the *worker* owns the store and is its only writer; it never touches the network;
- two *pullers* long-poll PullEvents and hand each batch to the worker;
- the *confirmer* sends ConfirmEvents, coalescing up to 16 handles per call.

Results reach the caller through two callbacks (``on_change``, ``on_status``) called from
engine threads; the Qt bridge turns them into queued signals. The engine imports no Qt.

Ordering guarantees: a batch is committed before anyone hears of it; an acknowledgement is
committed (durably) before its confirmation is sent; a confirmation attempt is recorded
before it is sent, so after a crash the engine knows it may already have happened.

No thread dies silently. An unexpected exception in any thread is logged with its
traceback and halts the network threads (status FAILED: a code bug is not retried). A
database that cannot be written (full disk, read-only file) pauses pulling and keeps
acknowledgements waiting in memory while the worker retries with backoff. The status says
LIVE only while the worker is healthy and has been through its loop lately (heartbeat_s).
"""

from __future__ import annotations

import logging
import queue
import random
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from vodmonitor.cloud import (
    MAX_CONFIRM_HANDLES,
    CloudError,
    Connection,
    ErrorKind,
    NoCredentials,
    VodApi,
)
from vodmonitor.events import PullBatch, RejectedEvent
from vodmonitor.interfaces import (
    Coordinator,
    EventSource,
    Ledger,
    LedgerFactory,
    MirroredLedger,
    SourceFactory,
    TeamStatus,
)
from vodmonitor.ledgers.sqlite import (
    EventState,
    IngestResult,
    Reason,
    StorageProblem,
    Store,
    StoreError,
)
from vodmonitor.media.enrich import Enricher, MediaApi
from vodmonitor.media.facts import MediaFacts
from vodmonitor.media.signed_links import LinkSigner
from vodmonitor.pacing import Pacer, full_jitter

log = logging.getLogger(__name__)


class EngineState(StrEnum):
    CONNECTING = "connecting"
    LIVE = "live"
    BACKING_OFF = "backing_off"
    THROTTLED = "throttled"
    AUTH_ERROR = "auth_error"
    PUSH_MODE = "push_mode"
    NO_CREDENTIALS = "no_credentials"
    BAD_ENDPOINT = "bad_endpoint"  # set by the app: the endpoint given was refused
    STORAGE_ERROR = "storage_error"  # the database cannot be written; retrying
    STALLED = "stalled"  # the worker has not been through its loop lately
    TEAM_OFFLINE = "team_offline"  # team mode: the team database cannot be reached
    FAILED = "failed"  # an unexpected error halted monitoring; see the log
    STOPPED = "stopped"


@dataclass(frozen=True)
class EngineStatus:
    state: EngineState
    error: CloudError | None = None
    retry_at: float | None = None  # wall-clock time of the next try
    last_poll_ok: float | None = None
    notification_url: str = ""
    storage_problem: StorageProblem | None = None
    detail: str = ""  # the database path, or the failed thread and exception type
    waiting_acks: int = 0  # acknowledgements kept in memory until the disk works again
    team: TeamStatus | None = None  # team mode: leading or following whom, how many


@dataclass(frozen=True)
class Change:
    inserted: tuple[int, ...] = ()
    updated: tuple[int, ...] = ()


@dataclass
class EngineConfig:
    # A handle lives 30 s; confirm only with one younger than this, leaving a margin.
    handle_fresh_s: float = 25.0
    # No redelivery this long after a confirmation attempt, while live: VOD has it.
    redelivery_grace_s: float = 90.0
    confirm_other_types: bool = False
    # VOD allows 100 requests/s per action; stay just under instead of provoking throttling.
    max_requests_per_s: float | None = 95.0
    backoff_base_s: float = 1.0
    backoff_cap_s: float = 60.0
    push_recheck_s: float = 30.0
    # A clock error heals when the user fixes the clock: look again this often.
    clock_recheck_s: float = 30.0
    # The worker goes through its loop at least once a second when healthy; LIVE needs it
    # to have done so this recently.
    heartbeat_s: float = 5.0
    # ConfirmEvents cannot be taken back: an acknowledgement waits this long, while the
    # editor may undo it, before its confirmation goes out.
    undo_s: float = 5.0
    idle_config_recheck_s: float = 300.0
    max_batches_in_flight: int = 8
    pullers: int = 2
    # Watch-only: the source reads the task list; nothing is confirmed on VOD, and an
    # acknowledgement past its undo window marks the row done here. One reader, one batch
    # in flight: each page sees what the previous one stored.
    watch_only: bool = False


ChangeCallback = Callable[[Change], None]
StatusCallback = Callable[[EngineStatus], None]


@dataclass
class _Pulled:
    batch: PullBatch
    received_at: float


@dataclass
class _Ack:
    ids: list[int]


@dataclass
class _Undo:
    ids: list[int]


@dataclass
class _Confirmed:
    pairs: list[tuple[int, str]]
    error: CloudError | None
    request_id: str | None = None


@dataclass
class _Mirror:
    ids: list[int]


class _MirrorRejected:
    pass


class _Resync:
    pass


class _Leading:
    pass


@dataclass
class _Pushed:
    """Events VOD POSTed to the receiver: committed before the receiver answers 200."""

    batch: PullBatch
    received_at: float
    done: Future[IngestResult]


@dataclass
class _Media:
    facts: list[MediaFacts]


@dataclass
class _Released:
    pairs: list[tuple[int, str]]  # confirmations not sent: this desktop stopped leading


@dataclass
class _ConfirmJob:
    event_id: int
    handle: str
    solo: bool = False  # sent alone, to find which handle of a rejected batch was bad


_STOP = object()


@dataclass
class _ConnectionSlot:
    """The current connection and a version number threads compare to rebuild clients."""

    conn: Connection | None
    version: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


class Engine:
    def __init__(
        self,
        db_path: Path,
        connection: Connection | None,
        config: EngineConfig | None = None,
        *,
        on_change: ChangeCallback | None = None,
        on_status: StatusCallback | None = None,
        api_factory: SourceFactory = VodApi,
        ledger_factory: LedgerFactory = Store,
        coordinator: Coordinator | None = None,
        media_factory: Callable[[Connection], MediaApi] | None = None,
        link_signer: LinkSigner | None = None,
        seed: int | None = None,
    ) -> None:
        self.db_path = db_path
        self.config = config or EngineConfig()
        self._on_change = on_change or (lambda change: None)
        self._on_status = on_status or (lambda status: None)
        self._api_factory = api_factory
        self._ledger_factory = ledger_factory
        self._rng = random.Random(seed)
        self._conn = _ConnectionSlot(connection)
        self._coordinator = coordinator
        self._media_factory = media_factory
        self._link_signer = link_signer
        self._enrich_wake = threading.Event()
        self._enrich_wake.set()  # a first look at what the ledger holds
        # Only the desktop that leads its team pulls and confirms; alone, it always leads.
        self._leading = threading.Event()
        if coordinator is None:
            self._leading.set()
        self._team: TeamStatus | None = None
        # Team mode: VOD refused this connection's credentials; another desktop should lead.
        self._auth_refused: CloudError | None = None
        self._auth_refused_version = -1
        self._next_pending_check = 0.0
        self._inbox: queue.Queue[object] = queue.Queue()
        self._stopping = threading.Event()
        # Pullers wait on this for new credentials; a generation count, not an Event, so
        # that one puller clearing it cannot make another miss the wake-up.
        self._wake = threading.Condition()
        self._wake_gen = 0
        in_flight = 1 if self.config.watch_only else self.config.max_batches_in_flight
        self._batch_slots = threading.Semaphore(in_flight)
        self._confirm_jobs: deque[_ConfirmJob] = deque()
        self._confirm_cond = threading.Condition()
        self._status_lock = threading.Lock()
        self._status = EngineStatus(EngineState.STOPPED)
        self._live_since: float | None = None
        self._last_status_emit = 0.0
        self._worker: threading.Thread | None = None
        self._link: threading.Thread | None = None
        self._ready = threading.Event()
        self._start_error: BaseException | None = None
        # health: set by any thread, read when a status is published
        self._failure: EngineStatus | None = None
        self._storage_status: EngineStatus | None = None
        self._storage_ok = threading.Event()
        self._storage_ok.set()
        self._heartbeat = time.monotonic()
        # worker-thread state
        self._inflight: dict[int, str] = {}
        self._confirm_attempt = 0
        self._confirm_retry_at: float | None = None
        self._next_inference = 0.0
        self._next_message: object | None = None
        self._deferred: list[object] = []  # acks and confirmations waiting for the disk
        self._storage_attempt = 0
        self._storage_retry_at: float | None = None
        self._releases: deque[tuple[float, list[int]]] = deque()  # undo windows ending

    # --- public API (any thread) ----------------------------------------------------
    @property
    def status(self) -> EngineStatus:
        with self._status_lock:
            return self._status

    def start(self) -> None:
        self._worker = threading.Thread(target=self._run_worker, name="engine-worker")
        # Two pullers overlap one call's network wait with the other's parsing, so a backlog
        # drains near wire speed; one shared pacer keeps them under the rate limit together.
        pacer = Pacer(self.config.max_requests_per_s)
        network = [
            threading.Thread(
                target=self._supervised,
                args=(self._run_puller, pacer),
                name=f"engine-puller-{n}",
                daemon=True,
            )
            for n in range(1 if self.config.watch_only else self.config.pullers)
        ]
        if not self.config.watch_only:
            network.append(
                threading.Thread(
                    target=self._supervised,
                    args=(self._run_confirmer,),
                    name="engine-confirmer",
                    daemon=True,
                )
            )
        if self._media_factory is not None:
            network.append(
                threading.Thread(
                    target=self._supervised,
                    args=(self._run_enricher,),
                    name="engine-enricher",
                    daemon=True,
                )
            )
        if self._coordinator is not None:
            self._link = threading.Thread(
                target=self._supervised,
                args=(self._coordinator.run, _Hooks(self), self._stopping),
                name="engine-team-link",
                daemon=True,
            )
            network.append(self._link)
        self._worker.start()
        self._ready.wait(10)
        if self._start_error is not None:
            raise self._start_error
        for thread in network:
            thread.start()

    def stop(self, timeout: float = 1.0) -> bool:
        """Stop within ``timeout`` even mid long poll; True when the worker has ended.

        The puller and confirmer are daemon threads holding nothing but a socket: an
        in-flight pull's events are simply delivered again by VOD later.
        """
        self._stopping.set()
        self._wake_pullers()
        with self._confirm_cond:
            self._confirm_cond.notify_all()
        self._inbox.put(_STOP)
        self._enrich_wake.set()
        if self._worker is not None:
            self._worker.join(timeout)
            if self._worker.is_alive():
                return False
        if self._link is not None:  # lets the team see this desktop leave at once
            self._link.join(0.5)
        self._set_status(EngineStatus(EngineState.STOPPED), force=True)
        return True

    def submit_pushed(self, batch: PullBatch, received_at: float) -> Future[IngestResult]:
        """Store events that arrived by normal callback; the future resolves once they are
        committed (or fails with the storage error), so the receiver answers only then."""
        done: Future[IngestResult] = Future()
        if self._halted():
            done.set_exception(RuntimeError("monitoring is stopped"))
        else:
            self._inbox.put(_Pushed(batch, received_at, done))
        return done

    def acknowledge(self, ids: Sequence[int]) -> None:
        if ids:
            self._inbox.put(_Ack(list(ids)))

    def unacknowledge(self, ids: Sequence[int]) -> None:
        """Undo acknowledgements still inside the undo window (nothing sent yet)."""
        if ids:
            self._inbox.put(_Undo(list(ids)))

    def update_connection(self, connection: Connection | None) -> None:
        """New credentials or endpoint: rebuild clients and resume polling."""
        with self._conn.lock:
            self._conn.conn = connection
            self._conn.version += 1
        self._wake_pullers()

    def set_confirm_other_types(self, enabled: bool) -> None:
        self.config.confirm_other_types = enabled

    @property
    def failed(self) -> bool:
        return self._failure is not None

    # --- supervision ------------------------------------------------------------------
    def _supervised(self, target: Callable[..., None], *args: object) -> None:
        try:
            target(*args)
        except Exception as exc:
            self._fail(exc)

    def _fail(self, exc: BaseException) -> None:
        """A code bug: log it, halt the network threads, and say so; retrying cannot help."""
        name = threading.current_thread().name
        log.error("engine thread %s failed; monitoring halted", name, exc_info=exc)
        self._failure = EngineStatus(EngineState.FAILED, detail=f"{name}: {type(exc).__name__}")
        self._live_since = None
        self._wake_pullers()
        with self._confirm_cond:
            self._confirm_cond.notify_all()
        self._set_status(self._failure, force=True)

    def _halted(self) -> bool:
        return self._stopping.is_set() or self._failure is not None

    # --- status -----------------------------------------------------------------------
    def _effective(self, status: EngineStatus) -> EngineStatus:
        """What the window may honestly say: a failure or a broken disk outranks anything
        the network threads report, and LIVE needs a worker that is keeping up."""
        if status.state is EngineState.STOPPED:
            return status
        if self._coordinator is not None:
            team = self._team
            if team is not None and not team.connected and status.state is not EngineState.FAILED:
                status = EngineStatus(EngineState.TEAM_OFFLINE, detail=team.problem)
            status = replace(status, team=team)
        if self._failure is not None:
            return replace(self._failure, team=self._team)
        if self._storage_status is not None:
            return replace(self._storage_status, team=self._team)
        if (
            status.state is EngineState.LIVE
            and time.monotonic() - self._heartbeat > self.config.heartbeat_s
        ):
            return EngineStatus(EngineState.STALLED, last_poll_ok=status.last_poll_ok)
        return status

    def _set_status(self, status: EngineStatus, *, force: bool = False) -> None:
        status = self._effective(status)
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

    def _current_connection(self) -> tuple[Connection | None, int]:
        with self._conn.lock:
            return self._conn.conn, self._conn.version

    # --- puller -----------------------------------------------------------------------
    def _run_puller(self, pacer: Pacer) -> None:
        api: EventSource | None = None
        version = -1
        attempt = 0
        check_config = True
        last_events_at = time.monotonic()
        last_ok: float | None = None
        while not self._halted():
            if not self._storage_ok.is_set():
                # Nothing pulled now could be stored: VOD keeps the events meanwhile.
                self._live_since = None
                self._storage_ok.wait(0.5)
                continue
            if not self._leading.is_set():  # another desktop of the team pulls
                self._live_since = None
                version = -1  # a fresh client and config check when leading again
                self._leading.wait(0.25)
                continue
            generation = self._wake_gen
            conn, current = self._current_connection()
            if current != version:
                version, attempt, check_config = current, 0, True
                api = self._api_factory(conn) if conn is not None else None
            if api is None:
                self._live_since = None
                self._set_status(EngineStatus(EngineState.NO_CREDENTIALS))
                self._sleep_unless_woken(None, generation)
                continue
            if self.config.watch_only:
                check_config = False  # the mode of the queue is none of its business
            elif (
                check_config
                or time.monotonic() - last_events_at > self.config.idle_config_recheck_s
            ):
                if self.status.state in (EngineState.STOPPED, EngineState.NO_CREDENTIALS):
                    self._set_status(EngineStatus(EngineState.CONNECTING))
                last_events_at = time.monotonic()
                try:
                    pacer.wait(self._stopping)
                    config = api.describe_config()
                except CloudError as exc:
                    if exc.kind in (ErrorKind.AUTH, ErrorKind.THROTTLED, ErrorKind.TRANSIENT):
                        attempt = self._after_failure(exc, attempt, last_ok, generation)
                        continue
                    # Some keys may pull without reading the config: carry on polling.
                    log.warning("DescribeEventConfig failed (%s); polling anyway", exc.code)
                else:
                    if config.is_push:
                        self._live_since = None
                        status = EngineStatus(
                            EngineState.PUSH_MODE, notification_url=config.notification_url
                        )
                        self._set_status(status)
                        self._sleep_unless_woken(self.config.push_recheck_s, generation)
                        continue
                check_config = False
            pacer.wait(self._stopping)
            while not self._batch_slots.acquire(timeout=0.2):
                if self._halted():
                    return
            try:
                batch = api.pull()
            except CloudError as exc:
                self._batch_slots.release()
                attempt = self._after_failure(exc, attempt, last_ok, generation)
                continue
            except BaseException:
                self._batch_slots.release()
                raise
            if self._halted():
                return
            attempt = 0
            last_ok = time.time()
            if self._live_since is None:
                self._live_since = last_ok
            if batch.events or batch.rejected or batch.cursor is not None:
                last_events_at = time.monotonic()
                self._inbox.put(_Pulled(batch, last_ok))
            else:
                self._batch_slots.release()
            self._set_status(EngineStatus(EngineState.LIVE, last_poll_ok=last_ok))
            delay = api.idle_delay()
            if delay > 0:  # a polling source between scrolls
                self._sleep_unless_woken(delay, generation)

    def _wake_pullers(self) -> None:
        with self._wake:
            self._wake_gen += 1
            self._wake.notify_all()

    def _sleep_unless_woken(self, seconds: float | None, generation: int) -> None:
        """Sleep (forever when None) until a wake-up newer than ``generation``, a stop, or
        the time is up. The caller reads the generation before its call, so a wake-up that
        lands during the call is not missed."""
        deadline = None if seconds is None else time.monotonic() + seconds
        with self._wake:
            while self._wake_gen == generation and not self._halted():
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return
                self._wake.wait(remaining)

    def _after_failure(
        self, exc: CloudError, attempt: int, last_ok: float | None, generation: int
    ) -> int:
        self._live_since = None
        log.warning(
            "VOD call failed: %s %s (RequestId %s)", exc.kind.value, exc.code, exc.request_id
        )
        if exc.code == "AuthFailure.SignatureExpire":
            # The clock, not the key: it heals when the user fixes the time, so look again.
            retry_at = time.time() + self.config.clock_recheck_s
            self._set_status(
                EngineStatus(
                    EngineState.BACKING_OFF, error=exc, retry_at=retry_at, last_poll_ok=last_ok
                )
            )
            self._sleep_unless_woken(self.config.clock_recheck_s, generation)
            return 0
        if exc.kind is ErrorKind.AUTH:
            # Wrong credentials only get worse with retries: wait for new ones.
            self._auth_refused, self._auth_refused_version = exc, self._current_connection()[1]
            self._set_status(EngineStatus(EngineState.AUTH_ERROR, error=exc, last_poll_ok=last_ok))
            self._sleep_unless_woken(None, generation)
            return 0
        delay = full_jitter(
            attempt, self.config.backoff_base_s, self.config.backoff_cap_s, self._rng
        )
        state = (
            EngineState.THROTTLED if exc.kind is ErrorKind.THROTTLED else EngineState.BACKING_OFF
        )
        self._set_status(
            EngineStatus(state, error=exc, retry_at=time.time() + delay, last_poll_ok=last_ok)
        )
        self._sleep_unless_woken(delay, generation)  # new credentials: try at once
        return attempt + 1

    # --- media facts (names, durations, covers) -------------------------------------------
    def _run_enricher(self) -> None:
        factory = self._media_factory
        assert factory is not None
        enricher = Enricher(
            self.db_path,
            lambda facts: self._inbox.put(_Media(facts)),
            signer=self._link_signer,
            max_requests_per_s=self.config.max_requests_per_s,
            backoff_base_s=self.config.backoff_base_s,
            backoff_cap_s=self.config.backoff_cap_s,
        )

        def api() -> MediaApi | None:
            conn, _ = self._current_connection()
            return factory(conn) if conn is not None else None

        enricher.run(api, self._stopping, self._enrich_wake)

    # --- confirmer --------------------------------------------------------------------
    def _next_confirm_batch(self) -> list[_ConfirmJob]:
        with self._confirm_cond:
            while not self._confirm_jobs and not self._halted():
                self._confirm_cond.wait()
            if self._halted():
                return []
            first = self._confirm_jobs.popleft()
            batch = [first]
            if first.solo:
                return batch
            seen = {first.event_id}
            while self._confirm_jobs and len(batch) < MAX_CONFIRM_HANDLES:
                job = self._confirm_jobs[0]
                if job.solo:
                    break
                self._confirm_jobs.popleft()
                if job.event_id in seen:  # a newer handle for the same event: keep one
                    batch = [b for b in batch if b.event_id != job.event_id]
                seen.add(job.event_id)
                batch.append(job)
            return batch

    def _run_confirmer(self) -> None:
        api: EventSource | None = None
        version = -1
        pacer = Pacer(self.config.max_requests_per_s)
        while not self._halted():
            batch = self._next_confirm_batch()
            if not batch:
                continue
            conn, current = self._current_connection()
            if current != version or api is None:
                version = current
                api = self._api_factory(conn) if conn is not None else None
            pairs = [(job.event_id, job.handle) for job in batch]
            if not self._leading.is_set():  # the new leader confirms from the shared ledger
                self._inbox.put(_Released(pairs))
                continue
            error: CloudError | None = None
            request_id: str | None = None
            if api is None:
                error = NoCredentials()
            else:
                pacer.wait(self._stopping)
                try:
                    request_id = api.confirm([h for _, h in pairs])
                except CloudError as exc:
                    error = exc
            if self._stopping.is_set():
                return
            self._inbox.put(_Confirmed(pairs, error, request_id))

    # --- worker -----------------------------------------------------------------------
    def _run_worker(self) -> None:
        try:
            store = self._ledger_factory(self.db_path)
        except BaseException as exc:  # reported to start()'s caller
            self._start_error = exc
            self._ready.set()
            return
        self._ready.set()
        try:
            self._worker_loop(store)
        except Exception as exc:
            self._fail(exc)
        finally:
            store.close()

    def _worker_loop(self, store: Ledger) -> None:
        try:
            # Handles from before a restart may still be fresh: use them before they die.
            self._submit(store, self._pending(store))
        except StoreError as exc:
            self._storage_failed(exc)
        while True:
            self._heartbeat = time.monotonic()
            message, self._next_message = self._next_message, None
            if message is None:
                try:
                    message = self._inbox.get(timeout=self._timer_timeout())
                except queue.Empty:
                    message = None
            if message is _STOP:
                return
            try:
                if message is not None:
                    self._handle(store, message)
                self._run_timers(store)
            except (StoreError, sqlite3.OperationalError, sqlite3.DatabaseError) as exc:
                if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                    raise  # a bug in our SQL, not the disk
                if isinstance(message, _Ack | _Undo | _Confirmed):
                    self._deferred.append(message)
                self._storage_failed(exc if isinstance(exc, StoreError) else store.error(exc))

    def _handle(self, store: Ledger, message: object) -> None:
        if isinstance(message, _Released):  # memory only: handled whatever the disk says
            for event_id, handle in message.pairs:
                if self._inflight.get(event_id) == handle:
                    del self._inflight[event_id]
            return
        if isinstance(message, _Pushed):
            if self._storage_status is not None:  # VOD sends it again: answer "not stored"
                message.done.set_exception(
                    RuntimeError(f"storage: {self._storage_status.storage_problem}")
                )
            else:
                self._ingest_pushed(store, message)
            return
        if isinstance(message, _Pulled):
            if self._storage_status is not None:
                self._batch_slots.release()  # VOD sends these again once the disk works
            else:
                self._ingest(store, message)
        elif self._storage_status is not None:
            self._deferred.append(message)
            self._publish_storage_status()
        elif isinstance(message, _Ack):
            self._acknowledge(store, message.ids)
        elif isinstance(message, _Undo):
            self._unacknowledge(store, message.ids)
        elif isinstance(message, _Confirmed):
            self._confirmed(store, message)
        elif isinstance(message, _Mirror | _Resync | _MirrorRejected):
            self._mirror(store, message)
        elif isinstance(message, _Leading):
            self._submit(store, self._pending(store))
        elif isinstance(message, _Media):
            changed = store.apply_media(message.facts, time.time())
            if changed:
                self._on_change(Change(updated=tuple(changed)))

    def _mirror(self, store: Ledger, message: object) -> None:
        shared: MirroredLedger = store  # type: ignore[assignment]
        if isinstance(message, _MirrorRejected):
            shared.refresh_rejected()
            self._on_change(Change())
            return
        if isinstance(message, _Mirror):
            inserted, updated = shared.refresh(message.ids)
        else:
            inserted, updated = shared.resync()
        if inserted or updated:
            self._on_change(Change(tuple(sorted(inserted)), tuple(sorted(updated))))
        if inserted:
            self._enrich_wake.set()

    # --- team mode: what the coordinator reports ---------------------------------------
    def _team_status(self, status: TeamStatus) -> None:
        self._team = status
        if not status.connected:
            self._set_status(EngineStatus(EngineState.TEAM_OFFLINE, detail=status.problem))
        elif not status.leading and status.leader:
            # A follower is live while its view is: the leader stores, the link brings it.
            self._set_status(EngineStatus(EngineState.LIVE, last_poll_ok=time.time()))
        elif not status.leading:
            # Nobody leads: this desktop cannot (no credentials, or refused ones), and no
            # other is there. Never "Live": nothing is being stored.
            conn, _ = self._current_connection()
            state = EngineState.NO_CREDENTIALS if conn is None else EngineState.CONNECTING
            if self._auth_refused is not None:
                state = EngineState.AUTH_ERROR
            self._set_status(EngineStatus(state, error=self._auth_refused))
        elif self.status.state in (EngineState.TEAM_OFFLINE, EngineState.STOPPED):
            self._set_status(EngineStatus(EngineState.CONNECTING))
        else:
            self._set_status(self.status)

    def _can_lead(self) -> bool:
        """Only a desktop that can pull leads: credentials VOD has not refused (until new
        ones come), and no failure."""
        conn, version = self._current_connection()
        if version != self._auth_refused_version:
            self._auth_refused = None
        return conn is not None and self._failure is None and self._auth_refused is None

    def _set_leading(self, on: bool) -> None:
        if on == self._leading.is_set():
            return
        if on:
            self._leading.set()
            self._inbox.put(_Leading())
        else:
            self._leading.clear()
            self._live_since = None
            with self._confirm_cond:
                self._confirm_cond.notify_all()

    # --- a database that cannot be written --------------------------------------------
    def _storage_failed(self, exc: StoreError) -> None:
        if not exc.may_heal:  # corrupt mid-run: retrying cannot help
            log.error("the event database failed: %s", exc)
            self._storage_ok.clear()
            self._failure = EngineStatus(
                EngineState.FAILED, storage_problem=exc.problem, detail=str(exc.path)
            )
            self._wake_pullers()
            self._set_status(self._failure, force=True)
            return
        delay = full_jitter(
            self._storage_attempt, self.config.backoff_base_s, self.config.backoff_cap_s, self._rng
        )
        delay = max(delay, self.config.backoff_base_s / 2)
        self._storage_attempt += 1
        self._storage_retry_at = time.monotonic() + delay
        log.warning(
            "cannot write the event database (%s: %s); pulling paused, retrying in %.1f s",
            exc.problem.value,
            exc.detail,
            delay,
        )
        self._storage_ok.clear()
        self._live_since = None
        self._storage_status = EngineStatus(
            EngineState.STORAGE_ERROR,
            retry_at=time.time() + delay,
            storage_problem=exc.problem,
            detail=str(exc.path),
        )
        self._publish_storage_status()

    def _publish_storage_status(self) -> None:
        status = self._storage_status
        if status is None:
            return
        waiting = sum(len(m.ids) for m in self._deferred if isinstance(m, _Ack))
        self._storage_status = replace(status, waiting_acks=waiting)
        self._set_status(self._storage_status, force=True)

    def _retry_storage(self, store: Ledger) -> None:
        """Try the disk again: a small write, then everything that waited, in order."""
        self._storage_retry_at = None
        try:
            store.check_writable(time.time())
            while self._deferred:
                message = self._deferred[0]
                if isinstance(message, _Ack):
                    self._acknowledge(store, message.ids)
                elif isinstance(message, _Undo):
                    self._unacknowledge(store, message.ids)
                elif isinstance(message, _Confirmed):
                    self._confirmed(store, message)
                self._deferred.pop(0)
        except StoreError as exc:
            self._storage_failed(exc)
            return
        log.info("the event database is writable again; pulling resumes")
        if self._coordinator is not None:
            self._inbox.put(_Resync())  # what other desktops did meanwhile
        self._storage_attempt = 0
        self._storage_status = None
        self._storage_ok.set()
        self._set_status(EngineStatus(EngineState.CONNECTING), force=True)

    def _ingest(self, store: Ledger, first: _Pulled) -> None:
        """Commit ``first`` and any pulls queued behind it in one transaction.

        The first queued message that is not a pull is kept to be handled next, so the
        inbox order is kept. If the commit fails, the pulls are dropped: nothing of them
        was confirmed, and VOD delivers them again.
        """
        pulls = [first]
        while len(pulls) < self.config.max_batches_in_flight:
            try:
                message = self._inbox.get_nowait()
            except queue.Empty:
                break
            if not isinstance(message, _Pulled):
                self._next_message = message
                break
            pulls.append(message)
        try:
            cursors = [p.batch.cursor for p in pulls if p.batch.cursor is not None]
            result = store.ingest_pulls(
                [(p.batch.events, p.received_at) for p in pulls],
                auto_acknowledge_other=self.config.confirm_other_types,
                acknowledged_before=self._undo_cutoff(),
                cursor=cursors[-1] if cursors else None,
            )
            rejected = [(r, p.received_at) for p in pulls for r in p.batch.rejected]
            rejected += [(r, pulls[-1].received_at) for r in result.refused]
            if rejected:
                self._set_aside(store, rejected)
        finally:
            for _ in pulls:
                self._batch_slots.release()
        if result.inserted or result.updated:
            self._on_change(Change(tuple(result.inserted), tuple(result.updated)))
        if result.inserted:
            self._enrich_wake.set()
        self._submit(store, result.to_confirm)

    def _ingest_pushed(self, store: Ledger, first: _Pushed) -> None:
        """One group commit for the callbacks waiting now: fifty senders cost one fsync."""
        pushes = [first]
        while len(pushes) < 256:
            try:
                message = self._inbox.get_nowait()
            except queue.Empty:
                break
            if not isinstance(message, _Pushed):
                self._next_message = message
                break
            pushes.append(message)
        try:
            result = store.ingest_pulls(
                [(p.batch.events, p.received_at) for p in pushes],
                auto_acknowledge_other=self.config.confirm_other_types,
            )
            rejected = [(r, p.received_at) for p in pushes for r in p.batch.rejected]
            rejected += [(r, pushes[-1].received_at) for r in result.refused]
            if rejected:
                self._set_aside(store, rejected)
        except BaseException as exc:
            for push in pushes:
                push.done.set_exception(exc)
            raise
        for push in pushes:
            push.done.set_result(result)
        if result.inserted or result.updated:
            self._on_change(Change(tuple(result.inserted), tuple(result.updated)))
        if result.inserted:
            self._enrich_wake.set()
        self._heartbeat = time.monotonic()

    def _set_aside(self, store: Ledger, rejected: list[tuple[RejectedEvent, float]]) -> None:
        new = store.record_rejected(rejected)
        for (entry, _), first_time in zip(rejected, new, strict=True):
            if first_time:  # its redeliveries only count up; the log says it once
                log.warning(
                    "kept an unreadable event aside (%s, %d bytes, %s): %s",
                    entry.identity[:23],
                    len(entry.raw_json),
                    "handle " + entry.handle[:40] if entry.handle else "no handle",
                    entry.reason[:300],
                )
        self._on_change(Change())  # no row changed, but the unreadable count did

    def _undo_cutoff(self) -> float:
        """Acknowledgements made after this wall-clock time may still be undone."""
        return time.time() - self.config.undo_s

    def _pending(self, store: Ledger) -> list[tuple[int, str]]:
        self._settle_done(store)  # nothing to confirm (no handle ever): done once acknowledged
        if self.config.watch_only:
            return []
        return store.pending_confirmations(
            time.time() - self.config.handle_fresh_s, self._undo_cutoff()
        )

    def _fresh(self, store: Ledger, ids: Sequence[int]) -> list[tuple[int, str]]:
        return store.fresh_handles(
            ids, time.time() - self.config.handle_fresh_s, self._undo_cutoff()
        )

    def _acknowledge(self, store: Ledger, ids: list[int]) -> None:
        changed = store.acknowledge(ids, time.time())
        if not changed:
            return
        tasks = [e.task_id or e.identity[:24] for e in store.get(changed[:20]).values()]
        log.info(
            "acknowledged %d event(s): ids %s, task ids %s",
            len(changed),
            _ids_for_log(changed),
            ", ".join(tasks),
        )
        self._on_change(Change(updated=tuple(changed)))
        if self.config.undo_s <= 0:
            self._settle_done(store)
            if not self.config.watch_only:
                self._submit(store, self._fresh(store, changed))
        else:  # a little after the window, so the cutoff has passed their time for sure
            self._releases.append((time.monotonic() + self.config.undo_s + 0.05, changed))

    def _unacknowledge(self, store: Ledger, ids: list[int]) -> None:
        changed = store.unacknowledge(ids)
        log.info(
            "undid the acknowledgement of %d event(s): ids %s", len(changed), _ids_for_log(changed)
        )
        if changed:
            self._on_change(Change(updated=tuple(changed)))

    def _submit(
        self, store: Ledger, pairs: Sequence[tuple[int, str]], *, solo: bool = False
    ) -> None:
        pairs = [(i, h) for i, h in pairs if self._inflight.get(i) != h]
        if not pairs or not self._leading.is_set():
            return
        store.mark_confirm_attempt([i for i, _ in pairs], time.time())
        with self._confirm_cond:
            for event_id, handle in pairs:
                self._inflight[event_id] = handle
                self._confirm_jobs.append(_ConfirmJob(event_id, handle, solo))
            self._confirm_cond.notify()

    def _confirmed(self, store: Ledger, message: _Confirmed) -> None:
        ids = [i for i, _ in message.pairs]
        for event_id, handle in message.pairs:
            if self._inflight.get(event_id) == handle:
                del self._inflight[event_id]
        error = message.error
        log.info(
            "ConfirmEvents for %d event(s) (ids %s): %s, RequestId %s",
            len(ids),
            _ids_for_log(ids),
            "accepted" if error is None else f"refused, {error.code}",
            message.request_id or (error.request_id if error else None),
        )
        if error is None:
            self._confirm_attempt = 0
            changed = store.mark_confirmed(ids, time.time())
        elif error.handle_rejected:
            if len(message.pairs) > 1:
                # All-or-nothing rejection: find the bad handle by sending the rest alone.
                fresh = self._fresh(store, ids)
                self._submit(store, fresh, solo=True)
                retrying = {i for i, _ in fresh}
                ids = [i for i in ids if i not in retrying]
            changed = store.mark_confirm_problem(
                ids, EventState.ACKNOWLEDGED, Reason.HANDLE_EXPIRED
            )
        else:
            reason = f"{error.code}: {error.message}"
            if error.request_id:
                reason += f" (RequestId {error.request_id})"
            changed = store.mark_confirm_problem(ids, EventState.CONFIRM_FAILED, reason)
            delay = full_jitter(
                self._confirm_attempt,
                self.config.backoff_base_s,
                self.config.backoff_cap_s,
                self._rng,
            )
            self._confirm_attempt += 1
            self._confirm_retry_at = time.monotonic() + delay
        if changed:
            self._on_change(Change(updated=tuple(changed)))

    def _timer_timeout(self) -> float:
        timeout = 1.0
        release = self._releases[0][0] if self._releases else None
        for due in (self._confirm_retry_at, self._storage_retry_at, release):
            if due is not None:
                timeout = min(timeout, max(due - time.monotonic(), 0.0))
        return timeout

    def _run_timers(self, store: Ledger) -> None:
        now_mono = time.monotonic()
        if self._storage_status is not None:
            if self._storage_retry_at is not None and now_mono >= self._storage_retry_at:
                self._retry_storage(store)
            return
        while self._releases and self._releases[0][0] <= now_mono:
            _, ids = self._releases[0]
            self._settle_done(store)
            if not self.config.watch_only:  # undone ones are "new": no fresh handle to send
                self._submit(store, self._fresh(store, ids))
            self._releases.popleft()
        if self._confirm_retry_at is not None and now_mono >= self._confirm_retry_at:
            self._confirm_retry_at = None
            self._submit(store, self._pending(store))
        if self._coordinator is not None and now_mono >= self._next_pending_check:
            # Acknowledgements made on other desktops reach the leader through the shared
            # ledger; their undo windows end there too.
            self._next_pending_check = now_mono + 1.0
            if self._leading.is_set():
                self._submit(store, self._pending(store))
            elif self.config.watch_only:
                self._settle_done(store)
        if now_mono >= self._next_inference:
            self._next_inference = now_mono + min(5.0, self.config.redelivery_grace_s / 3)
            self._infer_confirmed(store)

    def _settle_done(self, store: Ledger) -> None:
        changed = store.settle_done(self._undo_cutoff(), time.time())
        if changed:
            log.info(
                "marked %d event(s) done, nothing to confirm: ids %s",
                len(changed),
                _ids_for_log(changed),
            )
            self._on_change(Change(updated=tuple(changed)))

    def _infer_confirmed(self, store: Ledger) -> None:
        """Settle confirmations whose answer was lost (a crash, a dropped connection).

        VOD redelivers an unconfirmed event every ~30 s. If a confirmation was sent and the
        event has not come back for the grace period while polling went on without a
        break, VOD no longer holds it: the confirmation went through.
        """
        live_since = self._live_since
        now = time.time()
        cutoff = now - self.config.redelivery_grace_s
        if live_since is None or live_since > cutoff or not self._leading.is_set():
            return
        ids = [i for i in store.unredelivered_attempts(cutoff) if i not in self._inflight]
        if ids:
            changed = store.mark_confirmed(ids, now, Reason.NOT_REDELIVERED)
            if changed:
                self._on_change(Change(updated=tuple(changed)))


class _Hooks:
    """The engine as its coordinator sees it (called on the link's thread)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def can_lead(self) -> bool:
        return self._engine._can_lead()

    def leading(self, on: bool) -> None:
        self._engine._set_leading(on)

    def changed(self, ids: list[int]) -> None:
        self._engine._inbox.put(_Mirror(ids))

    def rejected_changed(self) -> None:
        self._engine._inbox.put(_MirrorRejected())

    def resync(self) -> None:
        self._engine._inbox.put(_Resync())

    def team(self, status: TeamStatus) -> None:
        self._engine._team_status(status)


def _ids_for_log(ids: Sequence[int], most: int = 20) -> str:
    shown = ", ".join(map(str, ids[:most]))
    return shown + (f" and {len(ids) - most} more" if len(ids) > most else "")
