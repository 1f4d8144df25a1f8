"""The worker: the ledger's only writer. It never touches the network.

It takes messages from the inbox in order (pulled batches, pushed callbacks,
acknowledgements, VOD's answers, a role's ledger work), commits them, tells the window
after each commit, and hands what the core decides to confirm to the confirmer. A
ledger that cannot be written pauses pulling (``StoragePause``) and keeps
acknowledgements waiting in memory.
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
from concurrent.futures import Future, InvalidStateError
from pathlib import Path

from vodmonitor.engine.context import EngineContext
from vodmonitor.engine.core import Confirmations, Step, ids_for_log
from vodmonitor.engine.messages import (
    STOP,
    Acknowledge,
    Confirmed,
    LeadGained,
    Media,
    Prune,
    Pulled,
    Pushed,
    Released,
    RunOnWorker,
    Undo,
)
from vodmonitor.engine.status import Change
from vodmonitor.engine.storage_pause import StoragePause
from vodmonitor.events import RejectedEvent
from vodmonitor.ledgers.model import IngestResult, Ledger, StoreError

log = logging.getLogger(__name__)

MAX_PUSHES_PER_COMMIT = 256  # fifty senders cost one fsync


LedgerFactory = Callable[[Path], Ledger]


PRUNE_BATCH = 500  # rows per retention transaction: the writer is never held for long
PRUNE_FIRST_S = 30.0


class Worker:
    def __init__(self, ctx: EngineContext, rng: random.Random) -> None:
        self.ctx = ctx
        self.core = Confirmations(ctx.config, confirms=ctx.source.confirms, rng=rng)
        self.pause = StoragePause(ctx, rng)
        self._next_message: object | None = None
        # Media facts wait in a lane of their own: handled only when no event, answer or
        # acknowledgement is waiting, one small transaction at a time.
        self._media: deque[Media | Prune] = deque()
        # The first retention pass waits a little: starting up is busy enough.
        self._next_prune = time.monotonic() + min(PRUNE_FIRST_S, ctx.config.prune_every_s)
        self.ready = threading.Event()
        self.start_error: BaseException | None = None

    # --- the thread -------------------------------------------------------------------
    def run(self, ledger_factory: LedgerFactory, db_path: Path) -> None:
        try:
            ledger = ledger_factory(db_path)
        except BaseException as exc:  # reported to start()'s caller
            self.start_error = exc
            self.ready.set()
            return
        self.ready.set()
        try:
            self._loop(ledger)
        except Exception as exc:
            self.ctx.fail(exc)
        finally:
            ledger.close()

    def _loop(self, ledger: Ledger) -> None:
        try:
            # Handles from before a restart may still be fresh: use them before they die.
            self._apply(self.core.pending(ledger, time.time(), self.ctx.role.leads()))
        except StoreError as exc:
            self.pause.failed(exc)
        while True:
            self.ctx.heartbeat = time.monotonic()
            self._schedule_prune()
            message, self._next_message = self._next_message, None
            if message is None:
                try:
                    message = self.ctx.inbox.get(timeout=0 if self._media else self._timeout())
                except queue.Empty:
                    if self._media:  # nothing else waits: one media transaction
                        self._guarded(ledger, self._media.popleft(), timers=False)
            if isinstance(message, Media | Prune):
                self._media.append(message)
                message = None
            if message is STOP:
                return
            self._guarded(ledger, message)

    def _guarded(self, ledger: Ledger, message: object, *, timers: bool = True) -> None:
        """Handle a message (and what falls due); a disk fault pauses, a SQL bug halts."""
        try:
            if message is not None:
                self._handle(ledger, message)
            if timers:
                self._timers(ledger)
        except (StoreError, sqlite3.OperationalError, sqlite3.DatabaseError) as exc:
            if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                raise  # a bug in our SQL, not the disk
            if isinstance(message, Acknowledge | Undo | Confirmed):
                self.pause.defer(message)
            self.pause.failed(exc if isinstance(exc, StoreError) else ledger.error(exc))

    def _schedule_prune(self) -> None:
        """Retention: a pass every prune_every_s, in the low-priority lane."""
        days = self.ctx.config.keep_days
        if days <= 0 or time.monotonic() < self._next_prune:
            return
        self._next_prune = time.monotonic() + self.ctx.config.prune_every_s
        self._media.append(Prune(time.time() - days * 86_400))

    def _timeout(self) -> float:
        timeout = self.core.wait(time.time())
        if self.ctx.config.keep_days > 0:
            timeout = min(timeout, max(self._next_prune - time.monotonic(), 0.0))
        retry_at = self.pause.retry_at
        if retry_at is not None:
            timeout = min(timeout, max(retry_at - time.monotonic(), 0.0))
        return timeout

    def _apply(self, step: Step) -> None:
        if step.changed:
            self.ctx.on_change(Change(updated=tuple(step.changed)))
        self.ctx.queue_confirmations(step.jobs)

    def _leads(self) -> bool:
        return self.ctx.role.leads()

    # --- messages ---------------------------------------------------------------------
    def _handle(self, ledger: Ledger, message: object) -> None:
        paused = self.pause.active
        if isinstance(message, Released):  # memory only: handled whatever the disk says
            self.core.released(message.pairs)
        elif isinstance(message, Pushed):
            if paused:  # VOD sends it again: answer "not stored"
                _settle(message.done, error=RuntimeError(f"storage: {self.pause.problem}"))
            else:
                self._ingest_pushed(ledger, message)
        elif isinstance(message, Pulled):
            if paused:
                self.ctx.batch_slots.release()  # VOD sends these again once the disk works
            else:
                self._ingest(ledger, message)
        elif paused:
            self.pause.defer(message)
        else:
            self.handle_write(ledger, message)

    def handle_write(self, ledger: Ledger, message: object) -> None:
        """A message that writes the ledger (also replayed after a storage outage)."""
        now = time.time()
        if isinstance(message, Acknowledge):
            self._acknowledge(ledger, message.ids)
        elif isinstance(message, Undo):
            self._unacknowledge(ledger, message.ids)
        elif isinstance(message, Confirmed):
            self._confirmed(ledger, message)
        elif isinstance(message, RunOnWorker):
            change = message.task()
            if change is not None:
                self.ctx.on_change(change)
                if change.inserted:
                    self.ctx.enrich_wake.set()
        elif isinstance(message, LeadGained):
            self._apply(self.core.pending(ledger, now, self._leads()))
        elif isinstance(message, Prune):
            removed = ledger.prune(message.before, PRUNE_BATCH)
            if removed:
                log.info("retention removed %d settled results", len(removed))
                self.ctx.on_change(Change(removed=tuple(removed)))
            if len(removed) == PRUNE_BATCH:  # more to remove: after whatever waits
                self._media.append(message)
        elif isinstance(message, Media):
            changed = ledger.apply_media(message.facts, now)
            if changed:
                self.ctx.on_change(Change(updated=tuple(changed)))
                if not message.facts:  # more rows may wait for facts already known
                    self._media.append(message)

    def _take_following(self, kind: type, most: int) -> list[object]:
        """Messages of ``kind`` queued right behind; the first other one is kept for next."""
        taken: list[object] = []
        while len(taken) < most:
            try:
                message = self.ctx.inbox.get_nowait()
            except queue.Empty:
                break
            if not isinstance(message, kind):
                self._next_message = message
                break
            taken.append(message)
        return taken

    def _ingest(self, ledger: Ledger, first: Pulled) -> None:
        """Commit ``first`` and any pulls queued behind it in one transaction.

        If the commit fails, the pulls are dropped: nothing of them was confirmed, and VOD
        delivers them again.
        """
        more = self._take_following(Pulled, self.ctx.source.batches_in_flight - 1)
        pulls = [first, *(m for m in more if isinstance(m, Pulled))]
        try:
            cursors = [p.batch.cursor for p in pulls if p.batch.cursor is not None]
            result = ledger.ingest_pulls(
                [(p.batch.events, p.received_at) for p in pulls],
                auto_acknowledge_other=self.ctx.config.confirm_other_types,
                acknowledged_before=self.core.undo_cutoff(time.time()),
                cursor=cursors[-1] if cursors else None,
            )
            rejected = [(r, p.received_at) for p in pulls for r in p.batch.rejected]
            rejected += [(r, pulls[-1].received_at) for r in result.refused]
            if rejected:
                self._set_aside(ledger, rejected)
        finally:
            for _ in pulls:
                self.ctx.batch_slots.release()
        self._announce(result)
        jobs = self.core.submit(ledger, result.to_confirm, time.time(), self._leads())
        self.ctx.queue_confirmations(jobs)

    def _ingest_pushed(self, ledger: Ledger, first: Pushed) -> None:
        """One group commit for the callbacks waiting now."""
        more = self._take_following(Pushed, MAX_PUSHES_PER_COMMIT - 1)
        pushes = [first, *(m for m in more if isinstance(m, Pushed))]
        try:
            # On disk before the 200: VOD never sends an answered callback again.
            result = ledger.ingest_pulls(
                [(p.batch.events, p.received_at) for p in pushes],
                auto_acknowledge_other=self.ctx.config.confirm_other_types,
                durable=True,
            )
            rejected = [(r, p.received_at) for p in pushes for r in p.batch.rejected]
            rejected += [(r, pushes[-1].received_at) for r in result.refused]
            if rejected:
                self._set_aside(ledger, rejected)
        except BaseException as exc:
            for push in pushes:
                _settle(push.done, error=exc)
            raise
        for push in pushes:
            _settle(push.done, result=result)
        self._announce(result)
        self.ctx.heartbeat = time.monotonic()

    def _announce(self, result: IngestResult) -> None:
        if result.inserted or result.updated:
            self.ctx.on_change(Change(tuple(result.inserted), tuple(result.updated)))
        if result.inserted:
            self.ctx.enrich_wake.set()

    def _set_aside(self, ledger: Ledger, rejected: list[tuple[RejectedEvent, float]]) -> None:
        new = ledger.record_rejected(rejected)
        for (entry, _), first_time in zip(rejected, new, strict=True):
            if first_time:  # its redeliveries only count up; the log says it once
                log.warning(
                    "kept an unreadable event aside (%s, %d bytes, %s): %s",
                    entry.identity[:23],
                    len(entry.raw_json),
                    "handle " + entry.handle[:40] if entry.handle else "no handle",
                    entry.reason[:300],
                )
        self.ctx.on_change(Change())  # no row changed, but the unreadable count did

    def _acknowledge(self, ledger: Ledger, ids: list[int]) -> None:
        now = time.time()
        changed = ledger.acknowledge(ids, now)
        if not changed:
            return
        tasks = [e.task_id or e.identity[:24] for e in ledger.get(changed[:20]).values()]
        log.info(
            "acknowledged %d event(s): ids %s, task ids %s",
            len(changed),
            ids_for_log(changed),
            ", ".join(tasks),
        )
        self.ctx.on_change(Change(updated=tuple(changed)))
        self._apply(self.core.acknowledged(ledger, changed, now, self._leads()))

    def _unacknowledge(self, ledger: Ledger, ids: Sequence[int]) -> None:
        changed = ledger.unacknowledge(ids)
        log.info(
            "undid the acknowledgement of %d event(s): ids %s", len(changed), ids_for_log(changed)
        )
        if changed:
            self.ctx.on_change(Change(updated=tuple(changed)))

    def _confirmed(self, ledger: Ledger, message: Confirmed) -> None:
        error = message.error
        ids = [i for i, _ in message.pairs]
        log.info(
            "ConfirmEvents for %d event(s) (ids %s): %s, RequestId %s",
            len(ids),
            ids_for_log(ids),
            "accepted" if error is None else f"refused, {error.code}",
            message.request_id or (error.request_id if error else None),
        )
        step = self.core.confirmed(ledger, message.pairs, error, time.time(), self._leads())
        self._apply(step)

    # --- timers -----------------------------------------------------------------------
    def _timers(self, ledger: Ledger) -> None:
        if self.pause.active:
            if self.pause.due():
                self.pause.retry(ledger, self.handle_write)
            return
        step = self.core.due(
            ledger,
            time.time(),
            leading=self._leads(),
            shared=self.ctx.role.shared,
            live_since=self.ctx.live_since,
        )
        self._apply(step)


def _settle(
    done: Future[IngestResult],
    *,
    result: IngestResult | None = None,
    error: BaseException | None = None,
) -> None:
    """Answer a pushed callback's future, unless its receiver gave up waiting (it answered
    503, and VOD sends the event again: a redelivery of a row now stored)."""
    if done.cancelled():
        log.info("a pushed callback was committed after its receiver stopped waiting")
        return
    try:
        if result is not None:
            done.set_result(result)
        else:
            done.set_exception(error or RuntimeError("not stored"))
    except InvalidStateError:  # cancelled between the check and the answer
        log.info("a pushed callback was committed after its receiver stopped waiting")
