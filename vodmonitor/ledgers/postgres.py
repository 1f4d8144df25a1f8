"""The engine's Ledger over a team's PostgreSQL database, mirrored into local SQLite.

The shared database is the truth: events, acknowledgements (with the editor's name) and
confirmations are transactions there, each announced with NOTIFY. Every desktop keeps a
mirror of its application's rows in its local SQLite file, which the window reads as in
single mode (table, search, sort, details). Writes made here are mirrored at once; other
desktops' writes arrive through the link's LISTEN and ``refresh``; after a reconnect
``resync`` fetches what changed, by revision.

Owned by the engine's worker thread, like the SQLite store.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import replace
from pathlib import Path
from typing import Any

import psycopg
from psycopg import errors as pg_errors

from vodmonitor.errors import first_line
from vodmonitor.events import Event, RejectedEvent
from vodmonitor.ledgers import rules
from vodmonitor.ledgers.model import (
    EventState,
    IngestResult,
    StorageProblem,
    StoredEvent,
    StoreError,
)
from vodmonitor.ledgers.postgres_config import TeamConfig
from vodmonitor.ledgers.postgres_schema import SEARCH_TEXT, NewerSchema, migrate
from vodmonitor.ledgers.sqlite_mirror import MIRROR_COLUMNS, MirrorStore
from vodmonitor.media.facts import MediaFacts

log = logging.getLogger(__name__)

CHANNEL = "vodmonitor"
_NOTIFY_IDS = 800  # ids per NOTIFY: the payload must stay under 8,000 bytes

_UPSERT = (
    """INSERT INTO vodmonitor_events AS e (app, identity, event_type, task_id,
        src_file_id, file_id, file_url, file_type, err_code, message, succeeded, first_seen,
        last_seen, handle, handle_at, state, state_reason, acknowledged_at, err_text,
        payload_hash, raw_json)
    VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)
    ON CONFLICT (app, identity) DO UPDATE SET
        last_seen = excluded.last_seen,
        delivery_count = e.delivery_count + 1,
        handle = COALESCE(excluded.handle, e.handle),
        handle_at = CASE WHEN excluded.handle IS NULL THEN e.handle_at ELSE excluded.handle_at END,
        payload_hash = excluded.payload_hash,
        rev = nextval('vodmonitor_rev')
    WHERE e.payload_hash IS NULL OR e.payload_hash = excluded.payload_hash
    RETURNING """
    + MIRROR_COLUMNS
)  # the rows as mirrored: no second query to mirror them

_SELECT_MIRROR = f"SELECT {MIRROR_COLUMNS} FROM vodmonitor_events"


def _clean(value: object) -> object:
    # PostgreSQL text cannot hold NUL: keep the character visible instead of failing the row.
    if isinstance(value, str) and "\x00" in value:
        return value.replace("\x00", "\ufffd")
    return value


def _problem(exc: BaseException) -> StorageProblem:
    if isinstance(exc, NewerSchema):
        return StorageProblem.NEWER
    if isinstance(exc, pg_errors.InsufficientPrivilege):
        return StorageProblem.PERMISSION
    if isinstance(exc, pg_errors.InvalidPassword | pg_errors.InvalidAuthorizationSpecification):
        return StorageProblem.REFUSED
    if isinstance(exc, psycopg.OperationalError):
        text = str(exc).lower()
        if "password" in text or "authentication" in text or "role" in text:
            return StorageProblem.REFUSED
        return StorageProblem.UNREACHABLE
    if isinstance(exc, pg_errors.DiskFull):
        return StorageProblem.FULL
    if isinstance(exc, pg_errors.ReadOnlySqlTransaction):
        return StorageProblem.READ_ONLY
    return StorageProblem.IO


# The rules as PostgreSQL spells them: one application's rows, each change a new revision.
_SQL = rules.Dialect(
    table="vodmonitor_events",
    ids="id = ANY(:ids)",
    scope="app = :app",
    bump="rev = nextval('vodmonitor_rev')",
    named="%({})s",
)
_SQL_QUIET = rules.Dialect(
    table="vodmonitor_events", ids="id = ANY(:ids)", scope="app = :app", named="%({})s"
)


class TeamLedger:
    def __init__(self, team: TeamConfig, mirror_path: Path) -> None:
        self.team = team
        self.path = mirror_path
        self.mirror = MirrorStore(mirror_path)  # a local file problem is reported as usual
        self._pg: psycopg.Connection | None = None
        # The server process of this ledger's connection: the team link skips the notices
        # it sent, whose rows this ledger mirrored as it wrote them.
        self.backend_pid = 0
        self.app = team.app
        # No connection yet: the engine's start (on the UI thread) waits for this object,
        # and an unreachable server would hold it for the connect timeout. The worker's
        # first use connects; a failure there is a status the window shows.

    # --- connection -------------------------------------------------------------------
    def _error(self, exc: BaseException) -> StoreError:
        return StoreError(_problem(exc), self.team.display, first_line(exc))

    def error(self, exc: BaseException) -> StoreError:
        if isinstance(exc, psycopg.Error | NewerSchema):
            return self._error(exc)
        return self.mirror.error(exc)

    def _connection(self) -> psycopg.Connection:
        if self._pg is not None and not self._pg.closed:
            return self._pg
        try:
            conn = psycopg.connect(autocommit=True, **self.team.connect_kwargs())  # type: ignore[arg-type]
            migrate(conn)
        except (psycopg.Error, NewerSchema) as exc:
            raise self._error(exc) from None
        self._pg = conn
        self.backend_pid = conn.info.backend_pid
        log.info("connected to the team database %s", self.team.display)
        return conn

    @contextmanager
    def _tx(self) -> Iterator[psycopg.Connection]:
        conn = self._connection()
        try:
            with conn.transaction():
                yield conn
        except psycopg.Error as exc:
            if conn.closed or isinstance(exc, psycopg.OperationalError):
                self._drop()
            raise self._error(exc) from None

    def _drop(self) -> None:
        if self._pg is not None:
            with suppress(psycopg.Error):
                self._pg.close()
            self._pg = None

    def close(self) -> None:
        self._drop()
        self.mirror.close()

    def _notify(self, conn: psycopg.Connection, ids: Sequence[int], kind: str = "e") -> None:
        for start in range(0, len(ids), _NOTIFY_IDS):
            chunk = ids[start : start + _NOTIFY_IDS]
            payload = f"{self.app} {kind} " + ",".join(map(str, chunk))
            conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload))

    def _mirror_ids(self, ids: Sequence[int]) -> tuple[list[int], list[int]]:
        if not ids:
            return [], []
        conn = self._connection()
        try:
            rows = conn.execute(
                f"{_SELECT_MIRROR} WHERE app = %s AND id = ANY(%s)", (self.app, list(ids))
            ).fetchall()
        except psycopg.Error as exc:
            if isinstance(exc, psycopg.OperationalError):
                self._drop()
            raise self._error(exc) from None
        return self.mirror.mirror_events(rows)

    # --- what the link asks for ---------------------------------------------------------
    def refresh(self, ids: Sequence[int]) -> tuple[list[int], list[int]]:
        """Rows another desktop changed (from NOTIFY): fetch and mirror them."""
        return self._mirror_ids(ids)

    def refresh_rejected(self) -> None:
        conn = self._connection()
        rows = conn.execute(
            "SELECT id, identity, received_at, last_seen, handle, reason, raw_json, "
            "delivery_count FROM vodmonitor_rejected WHERE app = %s",
            (self.app,),
        ).fetchall()
        self.mirror.mirror_rejected(rows)

    def resync(self) -> tuple[list[int], list[int], list[int]]:
        """After a (re)connect: mirror every row whose revision differs from ours, and drop
        the rows the team no longer has (its retention job removed them). Returns the
        inserted, updated and removed ids."""
        conn = self._connection()
        try:
            theirs: dict[int, int] = dict(
                conn.execute(
                    "SELECT id, rev FROM vodmonitor_events WHERE app = %s", (self.app,)
                ).fetchall()
            )
            ours = self.mirror.mirror_revisions()
            stale = [i for i, rev in theirs.items() if ours.get(i) != rev]
            removed = self.mirror.drop_rows([i for i in ours if i not in theirs])
            inserted: list[int] = []
            updated: list[int] = []
            for start in range(0, len(stale), 2000):
                new, changed = self._mirror_ids(stale[start : start + 2000])
                inserted += new
                updated += changed
            self.refresh_rejected()
            row = conn.execute(
                "SELECT cursor FROM vodmonitor_cursor WHERE app = %s", (self.app,)
            ).fetchone()
            if row is not None:
                self.mirror.set_cursor(str(row[0]))
        except psycopg.Error as exc:
            if isinstance(exc, psycopg.OperationalError):
                self._drop()
            raise self._error(exc) from None
        return inserted, updated, removed

    # --- Ledger -------------------------------------------------------------------------
    def ingest_pulls(
        self,
        pulls: Sequence[tuple[Sequence[Event], float]],
        *,
        auto_acknowledge_other: bool = False,
        acknowledged_before: float = math.inf,
        cursor: str | None = None,
        durable: bool = False,  # every commit is (synchronous_commit, PostgreSQL's default)
    ) -> IngestResult:
        inserted: set[int] = set()
        updated: set[int] = set()
        to_confirm: dict[int, str] = {}
        rows: dict[int, tuple[Any, ...]] = {}
        with self._tx() as conn:
            for events, received_at in pulls:
                if not events:
                    continue
                self._upsert(
                    conn,
                    rules.latest_copies(list(events)),
                    received_at,
                    auto_acknowledge_other,
                    acknowledged_before,
                    (inserted, updated, to_confirm, rows),
                )
            if cursor is not None:
                conn.execute(
                    "INSERT INTO vodmonitor_cursor (app, cursor) VALUES (%s, %s) "
                    "ON CONFLICT (app) DO UPDATE SET cursor = excluded.cursor",
                    (self.app, cursor),
                )
            # Redeliveries change only counts: followers see them at their next resync
            # rather than a NOTIFY for every event every 30 seconds.
            self._notify(conn, sorted(inserted))
        self.mirror.mirror_events([rows[i] for i in sorted(rows)])
        self._mirror_ids(sorted((inserted | updated) - set(rows)))  # conflicts marked
        if cursor is not None:
            self.mirror.set_cursor(cursor)
        return IngestResult(sorted(inserted), sorted(updated - inserted), list(to_confirm.items()))

    def _upsert(
        self,
        conn: psycopg.Connection,
        events: list[Event],
        received_at: float,
        auto_ack: bool,
        acknowledged_before: float,
        out: tuple[set[int], set[int], dict[int, str], dict[int, tuple[Any, ...]]],
    ) -> None:
        inserted, updated, to_confirm, rows = out
        events = [
            e if "\x00" not in e.identity else replace(e, identity=str(_clean(e.identity)))
            for e in events
        ]
        params = []
        for event in events:
            values = rules.row_values(event, received_at, auto_ack)
            values[9] = None if values[9] is None else bool(values[9])
            params.append([self.app, *map(_clean, values), _clean(event.raw_json)])
        returned: dict[str, tuple[Any, ...]] = {}
        with conn.cursor() as cur:
            cur.executemany(_UPSERT, params, returning=True)
            while True:
                for row in cur.fetchall():
                    returned[row[1]] = row
                if not cur.nextset():
                    break
        conflicts = [e for e in events if e.identity not in returned]
        for event in events:
            found = returned.get(event.identity)
            if found is None:
                continue
            row_id, deliveries, handle, handle_at, state = (
                found[0],
                found[13],
                found[14],
                found[15],
                found[16],
            )
            acked = found[18]
            rows[row_id] = found
            if deliveries == 1:
                inserted.add(row_id)
            else:
                updated.add(row_id)
            if rules.confirm_now(state, handle, handle_at, received_at, acked, acknowledged_before):
                to_confirm[row_id] = handle
        if conflicts:
            # Another payload claims a stored TaskId: a row of its own, both marked.
            marked = conn.execute(
                "UPDATE vodmonitor_events SET conflict = true, rev = nextval('vodmonitor_rev') "
                "WHERE app = %s AND identity = ANY(%s) RETURNING id",
                (self.app, [e.identity for e in conflicts]),
            ).fetchall()
            updated.update(int(r[0]) for r in marked)
            variants = [replace(e, identity=rules.conflict_identity(e)) for e in conflicts]
            before = set(inserted)
            self._upsert(conn, variants, received_at, auto_ack, acknowledged_before, out)
            flagged = conn.execute(
                "UPDATE vodmonitor_events SET conflict = true WHERE app = %s "
                "AND identity = ANY(%s) RETURNING id",
                (self.app, [v.identity for v in variants]),
            ).fetchall()
            for (row_id,) in flagged:  # mirrored as they are after this change
                rows.pop(int(row_id), None)
            updated.update(i for i in inserted - before)

    def record_rejected(self, rejected: Iterable[tuple[RejectedEvent, float]]) -> list[bool]:
        new: list[bool] = []
        with self._tx() as conn:
            for entry, at in rejected:
                row = conn.execute(
                    "INSERT INTO vodmonitor_rejected AS r (app, received_at, last_seen, handle, "
                    "reason, raw_json, identity) VALUES (%s,%s,%s,%s,%s,%s,%s) "
                    "ON CONFLICT (app, identity) DO UPDATE SET "
                    "delivery_count = r.delivery_count + 1, last_seen = excluded.last_seen, "
                    "handle = excluded.handle RETURNING delivery_count",
                    (
                        self.app,
                        at,
                        at,
                        _clean(entry.handle),
                        _clean(entry.reason),
                        _clean(entry.raw_json),
                        entry.identity,
                    ),
                ).fetchone()
                new.append(row is not None and row[0] == 1)
            if any(new):
                self._notify(conn, [0], "r")
        if any(new):
            self.refresh_rejected()
        return new

    def check_writable(self, at: float) -> None:
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO vodmonitor_meta (key, value) VALUES ('last_write_check', %s) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(at),),
            )
        self.mirror.check_writable(at)

    # --- state changes: the rules in rules.py, each committed, announced, mirrored -------
    def _change(
        self, rule: rules.Transition, ids: Sequence[int] = (), **values: object
    ) -> list[int]:
        named = rules.params(app=self.app, by=self.team.user_name, **values)
        if rule.by_ids:
            if not ids:
                return []
            named["ids"] = list(ids)
        with self._tx() as conn:
            changed = [int(r[0]) for r in conn.execute(_SQL.update(rule), named).fetchall()]
            self._notify(conn, changed)
        self._mirror_ids(changed)
        return sorted(changed)

    def acknowledge(self, ids: Sequence[int], at: float) -> list[int]:
        return self._change(rules.ACKNOWLEDGE, ids, at=at)

    def unacknowledge(self, ids: Sequence[int]) -> list[int]:
        return self._change(rules.UNACKNOWLEDGE, ids)

    def mark_confirm_attempt(self, ids: Sequence[int], at: float) -> None:
        # Only the leader reads it, from this database: no notice, no mirror.
        if ids:
            with self._tx() as conn:
                named = rules.params(app=self.app, ids=list(ids), at=at)
                conn.execute(_SQL_QUIET.update(rules.CONFIRM_ATTEMPT), named)

    def mark_confirmed(self, ids: Sequence[int], at: float, reason: str = "") -> list[int]:
        return self._change(rules.CONFIRMED, ids, at=at, reason=_clean(reason))

    def settle_done(self, acknowledged_before: float, at: float) -> list[int]:
        return self._change(rules.SETTLE_DONE, at=at, before=acknowledged_before)

    def mark_confirm_problem(self, ids: Sequence[int], state: EventState, reason: str) -> list[int]:
        return self._change(rules.CONFIRM_PROBLEM, ids, state=state.value, reason=_clean(reason))

    def _pairs(self, template: str, **values: object) -> list[tuple[int, str]]:
        with self._tx() as conn:
            rows = conn.execute(_SQL.query(template), {"app": self.app, **values}).fetchall()
        return [(int(r[0]), str(r[1])) for r in rows]

    def pending_confirmations(
        self, fresh_after: float, acknowledged_before: float = math.inf
    ) -> list[tuple[int, str]]:
        return self._pairs(rules.PENDING, fresh=fresh_after, before=_finite(acknowledged_before))

    def fresh_handles(
        self, ids: Sequence[int], fresh_after: float, acknowledged_before: float = math.inf
    ) -> list[tuple[int, str]]:
        return self._pairs(
            rules.FRESH, ids=list(ids), fresh=fresh_after, before=_finite(acknowledged_before)
        )

    def unredelivered_attempts(self, attempted_before: float) -> list[int]:
        with self._tx() as conn:
            rows = conn.execute(
                _SQL.query(rules.UNREDELIVERED), {"app": self.app, "before": attempted_before}
            ).fetchall()
        return [int(r[0]) for r in rows]

    def get(self, ids: Sequence[int]) -> dict[int, StoredEvent]:
        return self.mirror.get(ids)

    def apply_media(self, facts: Sequence[MediaFacts], at: float) -> list[int]:
        # Each desktop keeps its own: media facts are a local cache, not the team's record.
        return self.mirror.apply_media(facts, at)

    def search(self, text: str, limit: int = 10_000) -> list[int]:
        """Team rows whose ids, link or message contain ``text`` (case-insensitive), newest
        first: the whole team's history, where a desktop's mirror holds what it has
        copied. Read through the trigram index when the server has pg_trgm."""
        with self._tx() as conn:
            rows = conn.execute(
                f"SELECT id FROM vodmonitor_events WHERE app = %s AND {SEARCH_TEXT} ILIKE %s "
                "ORDER BY first_seen DESC, id DESC LIMIT %s",
                (self.app, rules.contains_pattern(text), limit),
            ).fetchall()
        return [int(r[0]) for r in rows]

    def prune(self, before: float, limit: int) -> list[int]:
        """Nothing: the team ledger keeps the team's history, and its retention is a SQL
        job of the team's (docs/retention.md), not one desktop's choice."""
        return []


def _finite(value: float) -> float:
    return 1e300 if math.isinf(value) else value


__all__ = ["CHANNEL", "TeamLedger"]
