"""The team role: this desktop pulls and confirms only while it holds the team's lead.

It owns the team ledger it builds for the engine (``ledger``), so the mirror work the
link asks for (rows another desktop changed, a resync after a reconnect) runs on the
engine's worker against the right type, and it turns what the link reports into the
status the window shows ("Team · leader · 3 desktops", following, offline).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from vodmonitor.engine.roles import RoleSide
from vodmonitor.engine.status import Change, EngineState, EngineStatus, TeamStatus
from vodmonitor.ledgers.postgres import TeamLedger
from vodmonitor.ledgers.postgres_config import TeamConfig
from vodmonitor.team.link import TeamLink

GATHER_S = 0.4


class TeamRole:
    shared = True

    def __init__(self, team: TeamConfig, link: TeamLink | None = None) -> None:
        self.config = team
        self._link = link or TeamLink(team)
        self._leading = threading.Event()
        # Rows other desktops changed, waiting to be mirrored: while the worker is busy they
        # gather, so a busy team is mirrored in fewer, larger transactions.
        self._changed_ids: set[int] = set()
        self._mirror_posted = False
        self._changed_lock = threading.Lock()
        self._team: TeamStatus | None = None
        self._ledger: TeamLedger | None = None
        self._side: RoleSide | None = None

    # --- what the engine asks ------------------------------------------------------------
    def ledger(self, mirror_path: Path) -> TeamLedger:
        """The engine's ledger factory: the team's ledger, mirrored into ``mirror_path``."""
        self._ledger = TeamLedger(self.config, mirror_path)
        return self._ledger

    @property
    def team(self) -> TeamStatus | None:
        return self._team

    def leads(self) -> bool:
        return self._leading.is_set()

    def wait_to_lead(self, timeout: float) -> bool:
        return self._leading.wait(timeout)

    def link(self, side: RoleSide) -> Callable[[threading.Event], None] | None:
        self._side = side
        return lambda stop: self._link.run(self, stop)

    def recovered(self) -> None:
        self.resync()

    # --- what the link reports (LinkHooks, on the link's thread) --------------------------
    def can_lead(self) -> bool:
        return self._side is not None and self._side.can_pull()

    def leading(self, on: bool) -> None:
        if on == self._leading.is_set() or self._side is None:
            return
        if on:
            self._leading.set()
        else:
            self._leading.clear()
        self._side.lead_changed(on)

    def changed(self, ids: list[int], sender: int = 0) -> None:
        """Rows another desktop changed (``sender``: the server process that said so)."""
        ledger = self._ledger
        if ledger is not None and sender and sender == ledger.backend_pid:
            return  # this desktop's own writes: mirrored as they were made
        if self._side is not None:
            # A team backlog streams in: this desktop's media lookups wait for a pause,
            # as they do for its own pulls, so mirroring the team's rows comes first.
            self._side.events_arriving()
        with self._changed_lock:
            self._changed_ids.update(ids)
            if self._mirror_posted:
                return  # the waiting task takes these too
            self._mirror_posted = True

        def mirror(ledger: TeamLedger) -> Change | None:
            with self._changed_lock:
                wanted, self._changed_ids = sorted(self._changed_ids), set()
                self._mirror_posted = False
            return _change(*ledger.refresh(wanted), [])

        def post() -> None:
            if not self._post(mirror):  # not running: nothing waits to take them
                with self._changed_lock:
                    self._mirror_posted = False

        # A moment's gathering first: a busy team's rows then reach the mirror in larger
        # transactions, costing each desktop less of the computer (the index pages and
        # the commit are shared by more rows), for a tenth of a second of latency.
        timer = threading.Timer(GATHER_S, post)
        timer.daemon = True
        timer.start()

    def rejected_changed(self) -> None:
        def refresh(ledger: TeamLedger) -> Change:
            ledger.refresh_rejected()
            return Change()  # no row changed, but the unreadable count did

        self._post(refresh)

    def resync(self) -> None:
        self._post(lambda ledger: _change(*ledger.resync()))

    def _post(self, work: Callable[[TeamLedger], Change | None]) -> bool:
        ledger, side = self._ledger, self._side
        if ledger is None or side is None:
            return False
        side.post(lambda: work(ledger))
        return True

    def presence(self, status: TeamStatus) -> None:
        """Who is there: this desktop leading, following someone, or nobody leading."""
        self._team = status
        side = self._side
        if side is None:
            return
        if not status.connected:
            side.publish(EngineStatus(EngineState.TEAM_OFFLINE, detail=status.problem))
        elif not status.leading and status.leader:
            # A follower is live while its view is: the leader stores, the link brings it.
            side.publish(EngineStatus(EngineState.LIVE, last_poll_ok=time.time()))
        elif not status.leading:
            # Nobody leads: this desktop cannot (no credentials, or refused ones), and no
            # other is there. Never "Live": nothing is being stored.
            refused = side.refused()
            state = EngineState.CONNECTING if side.has_connection() else EngineState.NO_CREDENTIALS
            if refused is not None:
                state = EngineState.AUTH_ERROR
            side.publish(EngineStatus(state, error=refused))
        elif side.status.state in (EngineState.TEAM_OFFLINE, EngineState.STOPPED):
            side.publish(EngineStatus(EngineState.CONNECTING))
        else:
            side.publish(side.status)


def _change(inserted: list[int], updated: list[int], removed: list[int]) -> Change | None:
    if not inserted and not updated and not removed:
        return None
    return Change(tuple(sorted(inserted)), tuple(sorted(updated)), tuple(sorted(removed)))
