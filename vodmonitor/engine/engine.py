"""The background engine: read events, persist them, confirm what the editor acknowledged.

Separate threads, so that no wait on the network ever delays a write or a stop:

- the *worker* (``worker.py``) owns the ledger and is its only writer; no network;
- *readers* (``readers.py``) ask the source for events and hand each batch to the worker;
- the *confirmer* (``confirmer.py``) sends ConfirmEvents, for a source that confirms;
- the *enricher* looks up media facts on its own low-priority lane;
- the role's *link* (team mode) keeps the lead and brings other desktops' changes.

The decisions live in ``core.py`` (no threads); what the threads share, in
``context.py``. The source (``sources/``) and the role (``roles.py``) say how many readers,
whether to confirm, and whether this desktop leads: the engine holds no mode flags.

Ordering guarantees: a batch is committed before anyone hears of it; an acknowledgement is
committed (durably) before its confirmation is sent; a confirmation attempt is recorded
before it is sent, so after a crash the engine knows it may already have happened.

No thread dies silently: an unexpected exception is logged and halts the network threads
(FAILED); a ledger that cannot be written pauses pulling (STORAGE_ERROR); LIVE needs a
fresh worker heartbeat. The engine imports no Qt.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from pathlib import Path

from vodmonitor.cloud import Connection
from vodmonitor.engine.config import EngineConfig
from vodmonitor.engine.confirmer import Confirmer
from vodmonitor.engine.context import EngineContext
from vodmonitor.engine.gauge import GaugeThread
from vodmonitor.engine.messages import STOP, Acknowledge, Media, Pushed, Undo
from vodmonitor.engine.readers import Reader
from vodmonitor.engine.roles import Alone, Role
from vodmonitor.engine.status import (
    ChangeCallback,
    EngineState,
    EngineStatus,
    StatusCallback,
)
from vodmonitor.engine.worker import LedgerFactory, Worker
from vodmonitor.events import PullBatch
from vodmonitor.ledgers.model import IngestResult
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.media.enrich import Enricher, MediaApi
from vodmonitor.media.signed_links import LinkSigner
from vodmonitor.pacing import Pacer
from vodmonitor.sources.base import SourceKind
from vodmonitor.sources.reliable import RELIABLE


class Engine:
    def __init__(
        self,
        db_path: Path,
        connection: Connection | None,
        config: EngineConfig | None = None,
        *,
        on_change: ChangeCallback | None = None,
        on_status: StatusCallback | None = None,
        source: SourceKind = RELIABLE,
        ledger_factory: LedgerFactory = Store,
        role: Role | None = None,
        media_factory: Callable[[Connection], MediaApi] | None = None,
        link_signer: LinkSigner | None = None,
        seed: int | None = None,
    ) -> None:
        self.db_path = db_path
        self.config = config or EngineConfig()
        self.source = source
        self.role: Role = role or Alone()
        self._ledger_factory = ledger_factory
        self._media_factory = media_factory
        self._link_signer = link_signer
        self._rng = random.Random(seed)
        self._ctx = EngineContext(
            self.config,
            source,
            self.role,
            connection,
            on_change or (lambda change: None),
            on_status or (lambda status: None),
        )
        self._worker = Worker(self._ctx, self._rng)
        self._gauge = GaugeThread(self._ctx, self.config.backlog_s)
        self._ctx.drained = self._gauge.drained
        self._worker_thread: threading.Thread | None = None
        self._link_thread: threading.Thread | None = None

    # --- public API (any thread) ----------------------------------------------------
    @property
    def status(self) -> EngineStatus:
        return self._ctx.status

    @property
    def failed(self) -> bool:
        return self._ctx.failure is not None

    def start(self) -> None:
        """Open the ledger (raising what it raises), then start the network threads."""
        ctx = self._ctx
        # A daemon too: a process that ends without stop() (an uncaught error) must not
        # wait for it forever; every commit is atomic, so ending it loses nothing.
        self._worker_thread = threading.Thread(
            target=self._worker.run,
            args=(self._ledger_factory, self.db_path),
            name="engine-worker",
            daemon=True,
        )
        # One pacer for all readers keeps them under the rate limit together.
        pacer = Pacer(self.config.max_requests_per_s)
        network = [
            self._network_thread(f"engine-puller-{n}", Reader(ctx, pacer, self._rng).run)
            for n in range(self.source.readers if self.source.open else 0)
        ]
        if self.source.confirms:
            network.append(self._network_thread("engine-confirmer", Confirmer(ctx).run))
        if self._media_factory is not None:
            network.append(self._network_thread("engine-enricher", self._run_enricher))
        if self.source.open_gauge is not None:
            network.append(self._network_thread("engine-backlog", self._gauge.run))
        link = self.role.link(ctx)
        if link is not None:
            self._link_thread = self._network_thread("engine-team-link", link, ctx.stopping)
            network.append(self._link_thread)
        self._worker_thread.start()
        self._worker.ready.wait(10)
        if self._worker.start_error is not None:
            raise self._worker.start_error
        for thread in network:
            thread.start()
        if self.source.open is None:  # events are pushed: live as long as the worker is
            ctx.publish(EngineStatus(EngineState.LIVE, last_poll_ok=time.time()))

    def _network_thread(
        self, name: str, target: Callable[..., None], *args: object
    ) -> threading.Thread:
        # Daemon threads holding nothing but a socket: an in-flight pull's events are
        # simply delivered again by VOD later.
        return threading.Thread(
            target=self._ctx.supervised, args=(target, *args), name=name, daemon=True
        )

    def stop(self, timeout: float = 1.0) -> bool:
        """Stop within ``timeout`` even mid long poll; True when the worker has ended."""
        ctx = self._ctx
        ctx.stopping.set()
        ctx.wake_readers()
        ctx.wake_confirmer()
        ctx.inbox.put(STOP)
        ctx.enrich_wake.set()
        self._gauge.stop()
        if self._worker_thread is not None:
            self._worker_thread.join(timeout)
            if self._worker_thread.is_alive():
                return False
        if self._link_thread is not None:  # lets the team see this desktop leave at once
            self._link_thread.join(0.5)
        ctx.publish(EngineStatus(EngineState.STOPPED), force=True)
        return True

    def submit_pushed(self, batch: PullBatch, received_at: float) -> Future[IngestResult]:
        """Store events that arrived by normal callback; the future resolves once they are
        committed (or fails with the storage error), so the receiver answers only then."""
        done: Future[IngestResult] = Future()
        if self._ctx.halted():
            done.set_exception(RuntimeError("monitoring is stopped"))
        else:
            self._ctx.events_at = time.monotonic()
            self._ctx.inbox.put(Pushed(batch, received_at, done))
        return done

    def acknowledge(self, ids: Sequence[int]) -> None:
        if ids:
            self._ctx.inbox.put(Acknowledge(list(ids)))

    def unacknowledge(self, ids: Sequence[int]) -> None:
        """Undo acknowledgements still inside the undo window (nothing sent yet)."""
        if ids:
            self._ctx.inbox.put(Undo(list(ids)))

    def update_connection(self, connection: Connection | None) -> None:
        """New credentials or endpoint: rebuild clients and resume polling."""
        self._ctx.set_connection(connection)

    def set_confirm_other_types(self, enabled: bool) -> None:
        self.config.confirm_other_types = enabled

    # --- media facts (names, durations, covers) -------------------------------------
    def _run_enricher(self) -> None:
        factory = self._media_factory
        assert factory is not None
        ctx = self._ctx
        enricher = Enricher(
            self.db_path,
            lambda facts: ctx.inbox.put(Media(facts)),
            signer=self._link_signer,
            max_requests_per_s=self.config.max_requests_per_s,
            backoff_base_s=self.config.backoff_base_s,
            backoff_cap_s=self.config.backoff_cap_s,
        )

        def api() -> MediaApi | None:
            conn, _ = ctx.connection()
            return factory(conn) if conn is not None else None

        enricher.run(api, ctx.stopping, ctx.enrich_wake, busy=ctx.events_flowing)


__all__ = ["Engine"]
