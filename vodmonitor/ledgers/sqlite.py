"""The local event store: one SQLite file per profile, WAL, a single writer.

Every event identity has one row. A redelivery updates the row's newest handle, last-seen
time and delivery count; it never adds a row. The engine thread is the only writer; the UI
reads through its own read-only connection.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from vodmonitor.events import CLIP_COMPLETE, Event, RejectedEvent
from vodmonitor.ledgers import rules, sqlite_history, sqlite_search
from vodmonitor.ledgers.model import (
    Counts,
    EventState,
    IngestResult,
    StorageProblem,
    StoredEvent,
    StoreError,
)
from vodmonitor.ledgers.sqlite_disk import problem_of
from vodmonitor.ledgers.sqlite_reads import (
    COLUMNS,
    CURSOR_KEY,
    FROM_EVENTS,
    count_events,
    row_to_event,
    rows_by_id,
)
from vodmonitor.ledgers.sqlite_schema import MIGRATIONS, SCHEMA_VERSION
from vodmonitor.media.facts import MediaFacts
from vodmonitor.paths import sqlite_uri

WAL_CHECKPOINT_PAGES = 4000  # about 16 MB of WAL between checkpoints
WRITER_CACHE_KIB = 32 * 1024

# Spelled out, not bound: SQLite uses the partial index only when the query's WHERE
# matches the index's literally, and a bound parameter never does.


# A copy whose payload differs from the stored row's is not a redelivery: it must never
# lend its handle to a row the editor saw with other content (see _settle_conflicts).
_UPSERT = f"""INSERT INTO events ({rules.INSERT_COLUMNS})
    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
    ON CONFLICT(identity) DO UPDATE SET
        last_seen = excluded.last_seen,
        delivery_count = delivery_count + 1,
        handle = COALESCE(excluded.handle, handle),
        handle_at = CASE WHEN excluded.handle IS NULL THEN handle_at ELSE excluded.handle_at END,
        payload_hash = excluded.payload_hash
    WHERE payload_hash IS NULL OR payload_hash = excluded.payload_hash"""


class _Ingest:
    """One group commit's bookkeeping: which rows are new, changed or ready to confirm."""

    def __init__(
        self, auto_acknowledge_other: bool, acknowledged_before: float, careful: bool = False
    ) -> None:
        self.auto_ack = auto_acknowledge_other
        # Careful: one savepoint per event, so a value SQLite refuses costs only its event.
        # Savepoints cost a quarter of the ingest time, so only a retry is careful.
        self.careful = careful
        self.acknowledged_before = acknowledged_before
        self.inserted: set[int] = set()
        self.updated: set[int] = set()
        self.to_confirm: dict[int, str] = {}
        self.refused: list[RejectedEvent] = []

    def pull(self, db: sqlite3.Connection, events: Sequence[Event], received_at: float) -> None:
        latest = rules.latest_copies(list(events))
        if not self.careful:
            self._upsert(db, latest, received_at)
            return
        for event in latest:
            db.execute("SAVEPOINT one")
            try:
                self._upsert(db, [event], received_at)
            except _DATA_ERRORS as exc:
                db.execute("ROLLBACK TO one")
                self.refused.append(_refused(event, exc))
            db.execute("RELEASE one")

    def _upsert(self, db: sqlite3.Connection, events: list[Event], received_at: float) -> None:
        db.executemany(_UPSERT, [rules.row_values(e, received_at, self.auto_ack) for e in events])
        by_identity = {event.identity: event for event in events}
        marks = ",".join("?" * len(events))
        found = db.execute(
            "SELECT id, identity, delivery_count, state, handle, handle_at, payload_hash, "
            "acknowledged_at "
            f"FROM events WHERE identity IN ({marks})",
            list(by_identity),
        ).fetchall()
        new_payloads = []
        conflicts: list[Event] = []
        for row_id, identity, deliveries, state, handle, handle_at, payload_hash, acked in found:
            event = by_identity[identity]
            if not rules.is_redelivery(payload_hash, event):
                conflicts.append(event)
                db.execute("UPDATE events SET conflict = 1 WHERE id = ?", (row_id,))
                self.updated.add(row_id)
                continue
            if deliveries == 1:
                self.inserted.add(row_id)
                new_payloads.append((row_id, event.raw_json))
            elif row_id not in self.inserted:
                self.updated.add(row_id)
            if rules.confirm_now(
                state, handle, handle_at, received_at, acked, self.acknowledged_before
            ):
                self.to_confirm[row_id] = handle
        db.executemany(
            "INSERT OR IGNORE INTO event_payloads (id, raw_json) VALUES (?, ?)", new_payloads
        )
        sqlite_search.learn(db, (row_id for row_id, _ in new_payloads))
        if conflicts:
            self._settle_conflicts(db, conflicts, received_at)

    def _settle_conflicts(
        self, db: sqlite3.Connection, events: list[Event], received_at: float
    ) -> None:
        """Another payload claims a stored row's TaskId: a row of its own, both marked."""
        variants = [replace(e, identity=rules.conflict_identity(e)) for e in events]
        self._upsert(db, variants, received_at)
        marks = ",".join("?" * len(variants))
        db.execute(
            f"UPDATE events SET conflict = 1 WHERE identity IN ({marks})",
            [v.identity for v in variants],
        )


# Errors from one event's values (a number SQLite cannot hold, text it cannot encode): that
# event is set aside and the rest of its batch is stored.
_DATA_ERRORS = (OverflowError, UnicodeError, ValueError, sqlite3.InterfaceError)


# The rules as SQLite spells them; an id list travels as one JSON text.
_SQL = rules.Dialect(table="events", ids="id IN (SELECT value FROM json_each(:ids))")


class Store:
    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        try:
            if readonly:
                uri = sqlite_uri(path, "mode=ro")
                self._db = sqlite3.connect(
                    uri, uri=True, isolation_level=None, check_same_thread=False
                )
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(path, isolation_level=None)
            self._db.execute("PRAGMA busy_timeout = 5000")
            if readonly:
                self._db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            else:
                if not path.exists() or path.stat().st_size == 0:
                    # A new file gives freed pages back as retention removes rows; an
                    # older file keeps its size until a VACUUM (docs/retention.md).
                    self._db.execute("PRAGMA auto_vacuum = INCREMENTAL")
                self._db.execute("PRAGMA journal_mode = WAL")
                # A year of history writes a lot: the WAL is cut back after checkpoints.
                self._db.execute("PRAGMA journal_size_limit = 67108864")
                # Checkpoints a quarter as often: an index page a backlog changes in every
                # transaction goes to the database file once per checkpoint, not 4 times
                # (30% more rows stored per second in small transactions).
                self._db.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
                # NORMAL is crash-safe in WAL mode; acknowledgements switch to FULL (see _tx).
                self._db.execute("PRAGMA synchronous = NORMAL")
                # Each row goes into sixteen indexes and the search index: with SQLite's
                # 2 MB default their pages fell out of the cache between transactions.
                self._db.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
                # With the count triggers each row's statement works in SQLite's temporary
                # storage (a statement journal: it could fail half done), by default files:
                # in memory, inserting rows went from 14,600 to 28,300 a second.
                self._db.execute("PRAGMA temp_store = MEMORY")
                self._migrate()
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(problem_of(exc, path), path, str(exc)) from exc

    def close(self) -> None:
        self._db.close()

    def error(self, exc: BaseException) -> StoreError:
        """A failed read or write of this database, as the engine handles it."""
        return StoreError(problem_of(exc, self.path), self.path, str(exc))

    # --- schema ---------------------------------------------------------------------
    def _migrate(self) -> None:
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                StorageProblem.NEWER,
                self.path,
                f"the database was written by a newer vodmonitor (schema {version} > {SCHEMA_VERSION})",
            )
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self._tx():
                for statement in MIGRATIONS[target - 1]:
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {target}")

    @contextmanager
    def _tx(self, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        if durable:
            # An acknowledgement must survive power loss before anything is confirmed.
            self._db.execute("PRAGMA synchronous = FULL")
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                # A failed COMMIT (disk full) may already have ended the transaction.
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
            finally:
                if durable:
                    self._db.execute("PRAGMA synchronous = NORMAL")
        except (sqlite3.OperationalError, sqlite3.DatabaseError) as exc:
            if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                raise
            raise self.error(exc) from exc

    # --- writes (engine thread only) ------------------------------------------------
    def ingest_pulls(
        self,
        pulls: Sequence[tuple[Sequence[Event], float]],
        *,
        auto_acknowledge_other: bool = False,
        acknowledged_before: float = math.inf,
        cursor: str | None = None,
        durable: bool = False,
    ) -> IngestResult:
        """Commit several pulls' events in one transaction (a group commit under backlog).

        Within the transaction pulls apply in order, so a later copy of an event updates
        the row an earlier one created. A source that reads from a position (watch-only)
        passes its ``cursor``: it commits with the events it covers, so after a crash the
        source resumes exactly after what is stored. ``durable``: on disk before this
        returns (pushed events, which VOD will not send again once answered).
        """
        try:
            result = self._ingest(
                pulls, _Ingest(auto_acknowledge_other, acknowledged_before), cursor, durable
            )
        except _DATA_ERRORS:
            # Some value SQLite cannot take (the transaction was rolled back): store the
            # pulls again one event at a time, so only that event is set aside.
            careful = _Ingest(auto_acknowledge_other, acknowledged_before, careful=True)
            result = self._ingest(pulls, careful, cursor, durable)
        return IngestResult(
            sorted(result.inserted),
            sorted(result.updated),
            list(result.to_confirm.items()),
            result.refused,
        )

    def _ingest(
        self,
        pulls: Sequence[tuple[Sequence[Event], float]],
        result: _Ingest,
        cursor: str | None,
        durable: bool,
    ) -> _Ingest:
        with self._tx(durable=durable) as db:
            for events, received_at in pulls:
                if events:
                    result.pull(db, events, received_at)
            if cursor is not None:
                db.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (CURSOR_KEY, cursor)
                )
        return result

    def record_rejected(self, rejected: Iterable[tuple[RejectedEvent, float]]) -> list[bool]:
        """Keep unreadable entries so nothing VOD sent is lost: each once, however often it is
        delivered. Returns, per entry, whether it was new."""
        new: list[bool] = []
        with self._tx() as db:
            for entry, at in rejected:
                row = db.execute(
                    "INSERT INTO rejected_events (received_at, last_seen, handle, reason, "
                    "raw_json, identity) VALUES (?,?,?,?,?,?) ON CONFLICT(identity) DO UPDATE "
                    "SET delivery_count = delivery_count + 1, last_seen = excluded.last_seen, "
                    "handle = excluded.handle RETURNING delivery_count",
                    (at, at, entry.handle, entry.reason, entry.raw_json, entry.identity),
                ).fetchone()
                new.append(row[0] == 1)
        return new

    def check_writable(self, at: float) -> None:
        """Write one small row: raises StoreError while the disk is full or read-only."""
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('last_write_check', ?)",
                (str(at),),
            )

    # --- state changes: the rules in rules.py ---------------------------------------
    def _change(
        self, rule: rules.Transition, ids: Sequence[int] = (), **values: object
    ) -> list[int]:
        named = rules.params(**values)
        if rule.by_ids:
            if not ids:
                return []
            named["ids"] = json.dumps([int(i) for i in ids])
        with self._tx(durable=rule.durable) as db:
            rows = db.execute(_SQL.update(rule), named).fetchall()
        return sorted(r[0] for r in rows)

    def acknowledge(self, ids: Sequence[int], at: float) -> list[int]:
        """Mark new events acknowledged, durably. Returns the ids that changed."""
        return self._change(rules.ACKNOWLEDGE, ids, at=at)

    def unacknowledge(self, ids: Sequence[int]) -> list[int]:
        """Undo acknowledgements whose confirmation has not been sent; returns those undone."""
        return self._change(rules.UNACKNOWLEDGE, ids)

    def max_id(self) -> int:
        return int(self._db.execute("SELECT COALESCE(MAX(id), 0) FROM events").fetchone()[0])

    def new_among(self, ids: Sequence[int]) -> list[int]:
        """The ids, in the order given, whose event is not yet acknowledged."""
        new: set[int] = set()
        for chunk in chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            new.update(
                r[0]
                for r in self._db.execute(
                    f"SELECT id FROM events WHERE id IN ({marks}) AND state = 'new'", chunk
                )
            )
        return [i for i in ids if i in new]

    def mark_confirm_attempt(self, ids: Sequence[int], at: float) -> None:
        self._change(rules.CONFIRM_ATTEMPT, ids, at=at)

    def mark_confirmed(self, ids: Sequence[int], at: float, reason: str = "") -> list[int]:
        return self._change(rules.CONFIRMED, ids, at=at, reason=reason)

    def settle_done(self, acknowledged_before: float, at: float) -> list[int]:
        return self._change(rules.SETTLE_DONE, at=at, before=acknowledged_before)

    def mark_confirm_problem(self, ids: Sequence[int], state: EventState, reason: str) -> list[int]:
        return self._change(rules.CONFIRM_PROBLEM, ids, state=state.value, reason=reason)

    # --- reads ----------------------------------------------------------------------
    def pending_confirmations(
        self, fresh_after: float, acknowledged_before: float = math.inf
    ) -> list[tuple[int, str]]:
        sql = _SQL.query(rules.PENDING)
        named = {"fresh": fresh_after, "before": acknowledged_before}
        return [(r[0], r[1]) for r in self._db.execute(sql, named)]

    def fresh_handles(
        self, ids: Sequence[int], fresh_after: float, acknowledged_before: float = math.inf
    ) -> list[tuple[int, str]]:
        named = {
            "ids": json.dumps([int(i) for i in ids]),
            "fresh": fresh_after,
            "before": acknowledged_before,
        }
        return [(r[0], r[1]) for r in self._db.execute(_SQL.query(rules.FRESH), named)]

    def unredelivered_attempts(self, attempted_before: float) -> list[int]:
        sql = _SQL.query(rules.UNREDELIVERED)
        return [r[0] for r in self._db.execute(sql, {"before": attempted_before})]

    def get(self, ids: Sequence[int]) -> dict[int, StoredEvent]:
        out: dict[int, StoredEvent] = {}
        for chunk in chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            for row in self._db.execute(
                f"SELECT {COLUMNS} FROM {FROM_EVENTS} WHERE e.id IN ({marks})", chunk
            ):
                event = row_to_event(row)
                out[event.id] = event
        return out

    def get_rows(self, ids: Sequence[int], *, for_table: bool = False) -> dict[int, StoredEvent]:
        """Like get, without the payloads (raw_json ""); ``for_table``: long texts cut at
        sqlite_reads.TABLE_CHARS, what a table shows, cheaply."""
        return rows_by_id(self._db, ids, for_table=for_table)  # one JSON array: no limit

    def counts(self, event_type: str | None = CLIP_COMPLETE) -> Counts:
        return count_events(self._db, event_type)

    def apply_media(self, facts: Sequence[MediaFacts], at: float) -> list[int]:
        """Remember what was learnt of these files and copy it onto the rows that name
        them (see sqlite_history.apply_media). Returns the rows that changed."""
        with self._tx() as db:
            return sqlite_history.apply_media(db, facts, at)

    def prune(self, before: float, limit: int = 500) -> list[int]:
        """Remove up to ``limit`` settled rows received before ``before`` (retention), then
        give some freed pages back to the disk. Returns the removed ids."""
        with self._tx() as db:
            ids = sqlite_history.prune(db, before, limit)
        if ids:
            try:  # only a file created with auto_vacuum = INCREMENTAL shrinks (see __init__)
                # Each step of this pragma frees one page and Python's execute() steps once;
                # executescript() runs it to the end.
                self._db.executescript(f"PRAGMA incremental_vacuum({sqlite_history.VACUUM_PAGES});")
            except sqlite3.Error as exc:
                raise self.error(exc) from exc
        return ids


def _refused(event: Event, exc: BaseException) -> RejectedEvent:
    raw = event.raw_json.encode("utf-8", "replace").decode("utf-8")
    return RejectedEvent(raw, event.handle, f"the database refused a value: {exc}")


def chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
