"""The engine's decisions as plain code: the time is an argument, the answer is what to do.

No threads and no sockets here. The worker (a thin shell) calls these with the ledger it
owns and the wall-clock time; they return the rows that changed and the confirmations to
send. Which acknowledged events to confirm with which handle, how long an acknowledgement
may still be undone, when a handle is too old, how a refused batch is split, how long to
back off, and when a confirmation whose answer was lost counts as done: all here, so that
unit tests can run them with a fake clock in milliseconds.
"""

from __future__ import annotations

import logging
import random
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field

from vodmonitor.cloud import MAX_CONFIRM_HANDLES, CloudError
from vodmonitor.engine.config import EngineConfig
from vodmonitor.ledgers.model import EventState, Ledger, Reason
from vodmonitor.pacing import full_jitter

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConfirmJob:
    event_id: int
    handle: str
    solo: bool = False  # sent alone, to find which handle of a refused batch was bad


@dataclass
class Step:
    """What a decision did to the ledger (rows changed) and what to send to VOD."""

    changed: list[int] = field(default_factory=list)
    jobs: list[ConfirmJob] = field(default_factory=list)

    def merge(self, other: Step) -> Step:
        self.changed += other.changed
        self.jobs += other.jobs
        return self


def next_confirm_batch(jobs: deque[ConfirmJob]) -> list[ConfirmJob]:
    """Take the next ConfirmEvents call's jobs: up to 16 handles, one per event (the
    newest), a solo job alone."""
    first = jobs.popleft()
    batch = [first]
    if first.solo:
        return batch
    seen = {first.event_id}
    while jobs and len(batch) < MAX_CONFIRM_HANDLES:
        job = jobs[0]
        if job.solo:
            break
        jobs.popleft()
        if job.event_id in seen:  # a newer handle for the same event: keep one
            batch = [b for b in batch if b.event_id != job.event_id]
        seen.add(job.event_id)
        batch.append(job)
    return batch


class Confirmations:
    """The worker's confirmation bookkeeping: what is in flight, which undo windows end
    when, and when to try again. ``confirms`` is the source's word: a source that confirms
    nothing on VOD (watch-only, pushed callbacks) only ever settles rows as done."""

    def __init__(self, config: EngineConfig, *, confirms: bool, rng: random.Random) -> None:
        self.config = config
        self.confirms = confirms
        self.rng = rng
        self.inflight: dict[int, str] = {}
        self.releases: deque[tuple[float, list[int]]] = deque()  # undo windows ending
        self.attempt = 0
        self.retry_at: float | None = None
        self.next_inference = 0.0
        self.next_shared_check = 0.0

    # --- the rules ----------------------------------------------------------------------
    def undo_cutoff(self, now: float) -> float:
        """Acknowledgements made after this time may still be undone: not yet sent."""
        return now - self.config.undo_s

    def fresh_after(self, now: float) -> float:
        """A handle received after this is still fresh enough to confirm with."""
        return now - self.config.handle_fresh_s

    def wait(self, now: float) -> float:
        """Seconds until the next decision falls due (at most one)."""
        timeout = 1.0
        release = self.releases[0][0] if self.releases else None
        for due in (self.retry_at, release):
            if due is not None:
                timeout = min(timeout, max(due - now, 0.0))
        return timeout

    # --- decisions ----------------------------------------------------------------------
    def submit(
        self,
        ledger: Ledger,
        pairs: Sequence[tuple[int, str]],
        now: float,
        leading: bool,
        *,
        solo: bool = False,
    ) -> list[ConfirmJob]:
        """Record the attempt (durably, before anything is sent) and return the jobs."""
        pairs = [(i, h) for i, h in pairs if self.inflight.get(i) != h]
        if not pairs or not leading or not self.confirms:
            return []
        ledger.mark_confirm_attempt([i for i, _ in pairs], now)
        for event_id, handle in pairs:
            self.inflight[event_id] = handle
        return [ConfirmJob(i, h, solo) for i, h in pairs]

    def settle(self, ledger: Ledger, now: float) -> list[int]:
        """Acknowledged rows that never had a handle are done once their window is over."""
        changed = ledger.settle_done(self.undo_cutoff(now), now)
        if changed:
            log.info(
                "marked %d event(s) done, nothing to confirm: ids %s",
                len(changed),
                ids_for_log(changed),
            )
        return changed

    def pending(self, ledger: Ledger, now: float, leading: bool) -> Step:
        """Everything acknowledged that holds a fresh handle: at start, after a retry, when
        this desktop starts leading."""
        step = Step(self.settle(ledger, now))
        if self.confirms:
            pairs = ledger.pending_confirmations(self.fresh_after(now), self.undo_cutoff(now))
            step.jobs = self.submit(ledger, pairs, now, leading)
        return step

    def _fresh(self, ledger: Ledger, ids: Sequence[int], now: float) -> list[tuple[int, str]]:
        return ledger.fresh_handles(ids, self.fresh_after(now), self.undo_cutoff(now))

    def acknowledged(self, ledger: Ledger, ids: list[int], now: float, leading: bool) -> Step:
        """Just acknowledged: confirm after the undo window (or now, without one)."""
        if self.config.undo_s > 0:  # a little after, so the cutoff has passed them for sure
            self.releases.append((now + self.config.undo_s + 0.05, ids))
            return Step()
        step = Step(self.settle(ledger, now))
        if self.confirms:
            step.jobs = self.submit(ledger, self._fresh(ledger, ids, now), now, leading)
        return step

    def released(self, pairs: Sequence[tuple[int, str]]) -> None:
        """Confirmations not sent (this desktop stopped leading): no longer in flight."""
        for event_id, handle in pairs:
            if self.inflight.get(event_id) == handle:
                del self.inflight[event_id]

    def confirmed(
        self,
        ledger: Ledger,
        pairs: Sequence[tuple[int, str]],
        error: CloudError | None,
        now: float,
        leading: bool,
    ) -> Step:
        """VOD's answer to a ConfirmEvents call."""
        self.released(pairs)
        ids = [i for i, _ in pairs]
        if error is None:
            self.attempt = 0
            return Step(ledger.mark_confirmed(ids, now))
        if error.handle_rejected:
            jobs: list[ConfirmJob] = []
            if len(pairs) > 1:
                # All-or-nothing refusal: find the bad handle by sending the rest alone.
                fresh = self._fresh(ledger, ids, now)
                jobs = self.submit(ledger, fresh, now, leading, solo=True)
                retrying = {i for i, _ in fresh}
                ids = [i for i in ids if i not in retrying]
            changed = ledger.mark_confirm_problem(
                ids, EventState.ACKNOWLEDGED, Reason.HANDLE_EXPIRED
            )
            return Step(changed, jobs)
        reason = f"{error.code}: {error.message}"
        if error.request_id:
            reason += f" (RequestId {error.request_id})"
        changed = ledger.mark_confirm_problem(ids, EventState.CONFIRM_FAILED, reason)
        delay = full_jitter(
            self.attempt, self.config.backoff_base_s, self.config.backoff_cap_s, self.rng
        )
        self.attempt += 1
        self.retry_at = now + delay
        return Step(changed)

    def due(
        self,
        ledger: Ledger,
        now: float,
        *,
        leading: bool,
        shared: bool,
        live_since: float | None,
    ) -> Step:
        """What falls due by ``now``: undo windows ending, a retry after a refusal, other
        desktops' acknowledgements (a shared ledger), lost answers to settle."""
        step = Step()
        while self.releases and self.releases[0][0] <= now:
            _, ids = self.releases[0]
            step.changed += self.settle(ledger, now)
            if self.confirms:  # undone ones are "new": they have no fresh handle to send
                step.jobs += self.submit(ledger, self._fresh(ledger, ids, now), now, leading)
            self.releases.popleft()
        if self.retry_at is not None and now >= self.retry_at:
            self.retry_at = None
            step.merge(self.pending(ledger, now, leading))
        if shared and now >= self.next_shared_check:
            # Acknowledgements made on other desktops reach this one through the shared
            # ledger; their undo windows end here too.
            self.next_shared_check = now + self.config.shared_check_s
            if leading:
                step.merge(self.pending(ledger, now, leading))
            else:
                step.changed += self.settle(ledger, now)
        if now >= self.next_inference:
            self.next_inference = now + min(5.0, self.config.redelivery_grace_s / 3)
            step.changed += self.infer(ledger, now, live_since=live_since, leading=leading)
        return step

    def infer(
        self, ledger: Ledger, now: float, *, live_since: float | None, leading: bool
    ) -> list[int]:
        """Settle confirmations whose answer was lost (a crash, a dropped connection).

        VOD redelivers an unconfirmed event every ~30 s. If a confirmation was sent and the
        event has not come back for the grace period while polling went on without a
        break, VOD no longer holds it: the confirmation went through.
        """
        cutoff = now - self.config.redelivery_grace_s
        if live_since is None or live_since > cutoff or not leading:
            return []
        ids = [i for i in ledger.unredelivered_attempts(cutoff) if i not in self.inflight]
        if not ids:
            return []
        return ledger.mark_confirmed(ids, now, Reason.NOT_REDELIVERED)


def ids_for_log(ids: Sequence[int], most: int = 20) -> str:
    shown = ", ".join(map(str, ids[:most]))
    return shown + (f" and {len(ids) - most} more" if len(ids) > most else "")
