"""The confirmer thread: sends ConfirmEvents, up to 16 handles a call, paced.

It runs only for a source that confirms on VOD. A desktop that stopped leading sends
nothing and hands its jobs back (the new leader confirms from the shared ledger).
"""

from __future__ import annotations

from vodmonitor.cloud import CloudError, NoCredentials
from vodmonitor.engine.context import EngineContext
from vodmonitor.engine.core import ConfirmJob, next_confirm_batch
from vodmonitor.engine.messages import Confirmed, Released
from vodmonitor.pacing import Pacer
from vodmonitor.sources.base import EventConfirmer


class Confirmer:
    def __init__(self, ctx: EngineContext) -> None:
        self.ctx = ctx
        self.pacer = Pacer(ctx.config.max_requests_per_s)

    def _next_batch(self) -> list[ConfirmJob]:
        ctx = self.ctx
        with ctx.confirm_cond:
            while not ctx.confirm_jobs and not ctx.halted():
                ctx.confirm_cond.wait()
            if ctx.halted():
                return []
            return next_confirm_batch(ctx.confirm_jobs)

    def run(self) -> None:
        ctx = self.ctx
        opener = ctx.source.open_confirmer
        api: EventConfirmer | None = None
        version = -1
        while not ctx.halted():
            batch = self._next_batch()
            if not batch:
                continue
            conn, current = ctx.connection()
            if current != version or api is None:
                version = current
                api = opener(conn) if conn is not None and opener is not None else None
            pairs = [(job.event_id, job.handle) for job in batch]
            if not ctx.role.leads():  # the new leader confirms from the shared ledger
                ctx.inbox.put(Released(pairs))
                continue
            error: CloudError | None = None
            request_id: str | None = None
            if api is None:
                error = NoCredentials()
            else:
                self.pacer.wait(ctx.stopping)
                try:
                    request_id = api.confirm([h for _, h in pairs])
                except CloudError as exc:
                    error = exc
            if ctx.stopping.is_set():
                return
            ctx.inbox.put(Confirmed(pairs, error, request_id))
