"""One connection per desktop for leadership, presence and change notices.

Leadership is a session-level advisory lock keyed by the SubAppId: the desktop whose
session holds it pulls and confirms; when that session ends (the app quits, crashes, or
its connection is cut) PostgreSQL releases the lock and the next desktop to ask takes
it, within a second. Every desktop LISTENs on the same connection, so a lost connection
stops leading and following together, and a reconnect resyncs the mirror.
"""

from __future__ import annotations

import contextlib
import logging
import random
import socket
import threading
import time
import uuid
from typing import Protocol

import psycopg

from vodmonitor.engine.status import TeamStatus
from vodmonitor.errors import first_line
from vodmonitor.ledgers.postgres import CHANNEL
from vodmonitor.ledgers.postgres_config import TeamConfig, lock_key
from vodmonitor.ledgers.postgres_schema import NewerSchema, migrate
from vodmonitor.pacing import full_jitter

log = logging.getLogger(__name__)

PRESENCE_S = 5.0  # a desktop counts as there while it has written within this


class LinkHooks(Protocol):
    """What the link tells its role, from the link's own thread."""

    def can_lead(self) -> bool: ...

    def leading(self, on: bool) -> None: ...

    def changed(self, ids: list[int], sender: int = 0) -> None: ...

    def rejected_changed(self) -> None: ...

    def resync(self) -> None: ...

    def presence(self, status: TeamStatus) -> None: ...


class TeamLink:
    def __init__(
        self, team: TeamConfig, *, beat_s: float = 0.25, backoff_cap_s: float = 5.0
    ) -> None:
        self.team = team
        self.beat_s = beat_s
        self.backoff_cap_s = backoff_cap_s
        self.desktop = uuid.uuid4()
        self.host = socket.gethostname()[:100]
        self._rng = random.Random()

    def run(self, hooks: LinkHooks, stop: threading.Event) -> None:
        attempt = 0
        while not stop.is_set():
            try:
                conn = psycopg.connect(autocommit=True, **self.team.connect_kwargs())  # type: ignore[arg-type]
            except psycopg.Error as exc:
                hooks.presence(TeamStatus(False, problem=first_line(exc)))
                stop.wait(max(0.2, full_jitter(attempt, 0.5, self.backoff_cap_s, self._rng)))
                attempt += 1
                continue
            try:
                self._session(conn, hooks, stop)
                attempt = 0
            except (psycopg.Error, NewerSchema) as exc:
                # Never lead from a dead session: stop before anything else.
                hooks.leading(False)
                log.warning("team database link lost: %s", first_line(exc))
                hooks.presence(TeamStatus(False, problem=first_line(exc)))
                attempt += 1
                stop.wait(max(0.2, full_jitter(attempt, 0.5, self.backoff_cap_s, self._rng)))
            finally:
                with contextlib.suppress(psycopg.Error):
                    conn.close()

    def _session(self, conn: psycopg.Connection, hooks: LinkHooks, stop: threading.Event) -> None:
        migrate(conn)
        if conn.info.server_version >= 140000:
            # A leader whose computer vanished (no FIN) keeps its session, and the lock,
            # until the server notices: idle for 10 s is enough, this link never is.
            conn.execute("SET idle_session_timeout = '10s'")
        conn.execute(f"LISTEN {CHANNEL}")
        log.info("team link up: %s, desktop %s", self.team.display, self.desktop)
        hooks.resync()  # whatever happened while we were away
        key = lock_key(self.team.app)
        leading = False
        next_presence = 0.0
        try:
            while not stop.is_set():
                if not leading and hooks.can_lead():
                    row = conn.execute("SELECT pg_try_advisory_lock(%s)", (key,)).fetchone()
                    if row is not None and row[0]:
                        leading = True
                        log.info("this desktop leads the team for application %s", self.team.app)
                        hooks.leading(True)
                elif leading and not hooks.can_lead():
                    conn.execute("SELECT pg_advisory_unlock(%s)", (key,))
                    leading = False
                    log.info("gave up the lead: this desktop cannot pull")
                    hooks.leading(False)
                now = time.monotonic()
                if now >= next_presence:
                    next_presence = now + 1.0
                    hooks.presence(self._presence(conn, leading))
                for note in conn.notifies(timeout=self.beat_s, stop_after=64):
                    self._notice(note.payload, hooks, note.pid)
        finally:
            if leading:
                hooks.leading(False)
            if not conn.closed:
                # A clean goodbye: the lock at once (the session's end would free it too)
                # and this desktop off the team's count.
                with contextlib.suppress(psycopg.Error):
                    if leading:
                        conn.execute("SELECT pg_advisory_unlock(%s)", (key,))
                    conn.execute(
                        "DELETE FROM vodmonitor_desktops WHERE desktop = %s", (self.desktop,)
                    )

    def _presence(self, conn: psycopg.Connection, leading: bool) -> TeamStatus:
        conn.execute(
            "INSERT INTO vodmonitor_desktops (desktop, app, user_name, host, leader, last_seen) "
            "VALUES (%s, %s, %s, %s, %s, now()) ON CONFLICT (desktop) DO UPDATE SET "
            "leader = excluded.leader, last_seen = now()",
            (self.desktop, self.team.app, self.team.user_name, self.host, leading),
        )
        rows = conn.execute(
            "SELECT user_name, leader FROM vodmonitor_desktops WHERE app = %s "
            "AND last_seen > now() - make_interval(secs => %s)",
            (self.team.app, PRESENCE_S),
        ).fetchall()
        leader = next((str(name) for name, lead in rows if lead), "")
        return TeamStatus(True, leading, "" if leading else leader, len(rows))

    def _notice(self, payload: str, hooks: LinkHooks, sender: int = 0) -> None:
        try:
            app, kind, ids = payload.split(" ", 2)
            if int(app) != self.team.app:
                return
            if kind == "r":
                hooks.rejected_changed()
            elif kind == "e":
                hooks.changed([int(i) for i in ids.split(",") if i], sender)
        except ValueError:
            log.warning("ignored a malformed team notice (%d characters)", len(payload))
