"""The local event store: one SQLite file per profile, WAL, a single writer.

Every event identity has one row. A redelivery updates the row's newest handle, last-seen
time and delivery count; it never adds a row. The engine thread is the only writer; the UI
reads through its own read-only connection.
"""

from __future__ import annotations

import math
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from vodmonitor.errors import Retry, VodmonitorError
from vodmonitor.events import CLIP_COMPLETE, Event, RejectedEvent
from vodmonitor.media.facts import MediaFacts
from vodmonitor.paths import sqlite_uri


class EventState(StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"  # shown as "acknowledged, confirming"
    CONFIRMED = "confirmed"
    CONFIRM_FAILED = "confirm_failed"
    DONE = "done"  # watch-only: acknowledged here; nothing is confirmed on VOD


WANTS_CONFIRM = (EventState.ACKNOWLEDGED.value, EventState.CONFIRM_FAILED.value)


class Reason(StrEnum):
    """Why a row is in its state; stored as keys so the UI can say it in any language.
    A failed confirmation stores the API's own ``code: message`` instead."""

    AUTO_CONFIRM = "auto-confirm"  # other event type, confirmed by the setting
    HANDLE_EXPIRED = "handle-expired"  # waiting for VOD to send the event again
    NOT_REDELIVERED = "not-redelivered"  # confirmed: VOD stopped sending it


# Spelled out, not bound: SQLite uses the partial index only when the query's WHERE
# matches the index's literally, and a bound parameter never does.
_WANTS_CONFIRM_SQL = "state IN ('acknowledged', 'confirm_failed')"
_MEDIA_PENDING_SQL = (
    "event_type = 'ClipComplete' AND ((file_id != '' AND media_at IS NULL) "
    "OR (src_file_id != '' AND source_at IS NULL))"
)

_MIGRATIONS: list[list[str]] = [
    # 1: first release. The raw JSON lives in its own table: the table view scans and sorts
    # the narrow events table, which is several times faster without a KB of JSON per row.
    [
        """CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            identity TEXT NOT NULL UNIQUE,
            event_type TEXT NOT NULL,
            task_id TEXT,
            src_file_id TEXT,
            file_id TEXT,
            file_url TEXT,
            file_type TEXT,
            err_code INTEGER,
            message TEXT,
            succeeded INTEGER,
            first_seen REAL NOT NULL,
            last_seen REAL NOT NULL,
            delivery_count INTEGER NOT NULL DEFAULT 1,
            handle TEXT,
            handle_at REAL,
            state TEXT NOT NULL DEFAULT 'new',
            state_reason TEXT NOT NULL DEFAULT '',
            acknowledged_at REAL,
            confirm_attempt_at REAL,
            confirmed_at REAL
        )""",
        """CREATE TABLE event_payloads (
            id INTEGER PRIMARY KEY REFERENCES events(id),
            raw_json TEXT NOT NULL
        )""",
        "CREATE INDEX events_type_seen ON events(event_type, first_seen, id)",
        "CREATE INDEX events_type_task ON events(event_type, task_id, id)",
        "CREATE INDEX events_type_state ON events(event_type, state, first_seen, id)",
        "CREATE INDEX events_type_succeeded ON events(event_type, succeeded)",
        f"CREATE INDEX events_wants_confirm ON events(state) WHERE {_WANTS_CONFIRM_SQL}",
        """CREATE TABLE rejected_events (
            id INTEGER PRIMARY KEY,
            received_at REAL NOT NULL,
            handle TEXT,
            reason TEXT NOT NULL,
            raw_json TEXT NOT NULL
        )""",
    ],
    # 2: hostile input. An ErrCode that does not fit 64 bits is kept as text; a payload hash
    # tells a redelivery from a different payload with the same TaskId (both are kept, each
    # marked as a conflict); an unreadable entry is kept once, counting its deliveries; a
    # small table gives the engine something to write when it checks that the disk works.
    [
        "ALTER TABLE events ADD COLUMN err_text TEXT",
        "ALTER TABLE events ADD COLUMN payload_hash INTEGER",
        "ALTER TABLE events ADD COLUMN conflict INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE rejected_events ADD COLUMN identity TEXT",
        "ALTER TABLE rejected_events ADD COLUMN delivery_count INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE rejected_events ADD COLUMN last_seen REAL",
        "UPDATE rejected_events SET identity = 'row:' || id, last_seen = received_at",
        "CREATE UNIQUE INDEX rejected_identity ON rejected_events(identity)",
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
    ],
    # 3: team mode. Who acknowledged a row (several editors share a ledger), and the team
    # ledger's revision of a mirrored row, so a desktop that was offline fetches only
    # what changed.
    [
        "ALTER TABLE events ADD COLUMN acknowledged_by TEXT",
        "ALTER TABLE events ADD COLUMN rev INTEGER",
    ],
    # 4: what editors think in. Names, durations, sizes and covers from DescribeMediaInfos,
    # looked up once per file (the media table, deleted and refused ones too) and copied onto
    # each row so the table sorts and searches them like any column.
    [
        """CREATE TABLE media (
            file_id TEXT PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            duration REAL,
            size INTEGER,
            cover_url TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT '',
            described_at REAL NOT NULL
        )""",
        "ALTER TABLE events ADD COLUMN clip_name TEXT",
        "ALTER TABLE events ADD COLUMN duration REAL",
        "ALTER TABLE events ADD COLUMN size INTEGER",
        "ALTER TABLE events ADD COLUMN cover_url TEXT",
        "ALTER TABLE events ADD COLUMN media_note TEXT",
        "ALTER TABLE events ADD COLUMN media_at REAL",
        "ALTER TABLE events ADD COLUMN source_name TEXT",
        "ALTER TABLE events ADD COLUMN source_note TEXT",
        "ALTER TABLE events ADD COLUMN source_at REAL",
        "CREATE INDEX events_file ON events(file_id)",
        "CREATE INDEX events_src_file ON events(src_file_id)",
        # The rows still waiting for facts: the enricher's question stays cheap at 100,000.
        f"CREATE INDEX events_media_pending ON events(id) WHERE {_MEDIA_PENDING_SQL}",
    ],
]
SCHEMA_VERSION = len(_MIGRATIONS)
_CURSOR = "watch_cursor"  # where the watch-only source has read up to

# A team ledger row as mirrored: every events column, the revision, and the raw JSON.
MIRROR_COLUMNS = (
    "id, identity, event_type, task_id, src_file_id, file_id, file_url, file_type, err_code, "
    "message, succeeded, first_seen, last_seen, delivery_count, handle, handle_at, state, "
    "state_reason, acknowledged_at, confirm_attempt_at, confirmed_at, err_text, payload_hash, "
    "conflict, acknowledged_by, rev, raw_json"
)
_MIRROR_UPSERT = (
    f"INSERT INTO events ({MIRROR_COLUMNS.rsplit(', raw_json', 1)[0]}) "
    f"VALUES ({','.join('?' * 26)}) ON CONFLICT(id) DO UPDATE SET "
    + ", ".join(
        f"{c} = excluded.{c}"
        for c in MIRROR_COLUMNS.rsplit(", raw_json", 1)[0].split(", ")
        if c != "id"
    )
)

# A copy whose payload differs from the stored row's is not a redelivery: it must never
# lend its handle to a row the editor saw with other content (see _settle_conflicts).
_UPSERT = """INSERT INTO events (identity, event_type, task_id, src_file_id, file_id,
        file_url, file_type, err_code, message, succeeded, first_seen, last_seen, handle,
        handle_at, state, state_reason, acknowledged_at, err_text, payload_hash)
    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
    ON CONFLICT(identity) DO UPDATE SET
        last_seen = excluded.last_seen,
        delivery_count = delivery_count + 1,
        handle = COALESCE(excluded.handle, handle),
        handle_at = CASE WHEN excluded.handle IS NULL THEN handle_at ELSE excluded.handle_at END,
        payload_hash = excluded.payload_hash
    WHERE payload_hash IS NULL OR payload_hash = excluded.payload_hash"""

COLUMNS = (
    "e.id, e.identity, e.event_type, p.raw_json, e.task_id, e.src_file_id, e.file_id, "
    "e.file_url, e.file_type, e.err_code, e.message, e.succeeded, e.first_seen, e.last_seen, "
    "e.delivery_count, e.handle, e.handle_at, e.state, e.state_reason, e.acknowledged_at, "
    "e.confirm_attempt_at, e.confirmed_at, e.err_text, e.conflict, e.acknowledged_by, "
    "e.clip_name, e.duration, e.size, e.cover_url, e.media_note, e.source_name, e.source_note"
)
_FROM = "events e JOIN event_payloads p ON p.id = e.id"


@dataclass(frozen=True, slots=True)
class StoredEvent:
    id: int
    identity: str
    event_type: str
    raw_json: str
    task_id: str | None
    src_file_id: str | None
    file_id: str | None
    file_url: str | None
    file_type: str | None
    err_code: int | None
    message: str | None
    succeeded: bool | None
    first_seen: float
    last_seen: float
    delivery_count: int
    handle: str | None
    handle_at: float | None
    state: EventState
    state_reason: str
    acknowledged_at: float | None
    confirm_attempt_at: float | None
    confirmed_at: float | None
    err_text: str | None = None  # the ErrCode as sent, when it is not a 64-bit integer
    conflict: bool = False  # another payload arrived with the same TaskId
    acknowledged_by: str | None = None  # team mode: the editor who acknowledged it
    clip_name: str | None = None  # from DescribeMediaInfos; None: not looked up yet
    duration: float | None = None
    size: int | None = None
    cover_url: str | None = None
    media_note: str | None = None  # why the clip's file has no facts (deleted, denied...)
    source_name: str | None = None
    source_note: str | None = None

    @property
    def is_clip(self) -> bool:
        return self.event_type == CLIP_COMPLETE

    @property
    def error_code_text(self) -> str:
        if self.err_code is not None:
            return str(self.err_code)
        return self.err_text or ""


def row_to_event(row: sqlite3.Row | tuple[object, ...]) -> StoredEvent:
    values = list(row)
    values[11] = None if values[11] is None else bool(values[11])
    values[17] = EventState(values[17])
    values[23] = bool(values[23])
    return StoredEvent(*values)


def _row(event: Event, received_at: float, auto_acknowledge_other: bool) -> tuple[object, ...]:
    clip = event.clip
    auto_ack = auto_acknowledge_other and event.event_type != CLIP_COMPLETE
    return (
        event.identity,
        event.event_type,
        clip.task_id if clip else None,
        clip.src_file_id if clip else None,
        clip.file_id if clip else None,
        clip.file_url if clip else None,
        clip.file_type if clip else None,
        clip.err_code if clip else None,
        clip.message if clip else None,
        None if clip is None else int(clip.succeeded),
        received_at,
        received_at,
        event.handle,
        received_at if event.handle else None,
        EventState.ACKNOWLEDGED.value if auto_ack else EventState.NEW.value,
        Reason.AUTO_CONFIRM.value if auto_ack else "",
        received_at if auto_ack else None,
        (clip.err_text or None) if clip else None,
        event.payload_hash,
    )


@dataclass(frozen=True)
class IngestResult:
    inserted: list[int]
    updated: list[int]
    # Acknowledged events that just arrived with a fresh handle: confirm them now.
    to_confirm: list[tuple[int, str]]
    # Events whose values SQLite refused, set aside instead of failing their batch.
    refused: list[RejectedEvent] = field(default_factory=list)


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
        # One pull may in principle repeat an event: keep its last copy.
        by_identity = {event.identity: event for event in events}
        if not self.careful:
            self._upsert(db, list(by_identity.values()), received_at)
            return
        for event in by_identity.values():
            db.execute("SAVEPOINT one")
            try:
                self._upsert(db, [event], received_at)
            except _DATA_ERRORS as exc:
                db.execute("ROLLBACK TO one")
                self.refused.append(_refused(event, exc))
            db.execute("RELEASE one")

    def _upsert(self, db: sqlite3.Connection, events: list[Event], received_at: float) -> None:
        db.executemany(_UPSERT, [_row(e, received_at, self.auto_ack) for e in events])
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
            if event.payload_hash is not None and payload_hash != event.payload_hash:
                conflicts.append(event)
                db.execute("UPDATE events SET conflict = 1 WHERE id = ?", (row_id,))
                self.updated.add(row_id)
                continue
            if deliveries == 1:
                self.inserted.add(row_id)
                new_payloads.append((row_id, event.raw_json))
            elif row_id not in self.inserted:
                self.updated.add(row_id)
            if (
                state in WANTS_CONFIRM
                and handle
                and handle_at == received_at
                and acked is not None
                and acked <= self.acknowledged_before
            ):
                self.to_confirm[row_id] = handle
        db.executemany(
            "INSERT OR IGNORE INTO event_payloads (id, raw_json) VALUES (?, ?)", new_payloads
        )
        if conflicts:
            self._settle_conflicts(db, conflicts, received_at)

    def _settle_conflicts(
        self, db: sqlite3.Connection, events: list[Event], received_at: float
    ) -> None:
        """Another payload claims a stored row's TaskId: keep it as a row of its own (its
        identity names its hash), marked, so each is acknowledged and confirmed only as shown."""
        variants = [replace(e, identity=f"{e.identity}#{e.payload_hash:x}") for e in events]
        self._upsert(db, variants, received_at)
        marks = ",".join("?" * len(variants))
        db.execute(
            f"UPDATE events SET conflict = 1 WHERE identity IN ({marks})",
            [v.identity for v in variants],
        )


@dataclass(frozen=True)
class Counts:
    needs_attention: int
    failed: int
    total: int
    rejected: int = 0  # unreadable EventSet entries kept aside


class StorageProblem(StrEnum):
    """What is wrong with the database file or its disk; the UI says it in words."""

    FULL = "full"
    READ_ONLY = "read_only"
    CORRUPT = "corrupt"
    NEWER = "newer"  # written by a newer vodmonitor
    IO = "io"  # anything else the file system refused
    # The team's PostgreSQL database (team mode):
    UNREACHABLE = "unreachable"  # down, or the network is; reconnecting
    REFUSED = "refused"  # wrong user name or password
    PERMISSION = "permission"  # the role lacks a right it needs


class StoreError(VodmonitorError):
    """The database cannot be opened or written. ``problem`` says why; a full disk or a
    read-only file may heal (the engine retries), a corrupt or newer file does not."""

    def __init__(self, problem: StorageProblem, path: Path | str, detail: str) -> None:
        super().__init__(f"{detail} ({path})")
        self.problem = problem
        self.path = path
        self.detail = detail

    @property
    def may_heal(self) -> bool:
        return self.problem in (
            StorageProblem.FULL,
            StorageProblem.READ_ONLY,
            StorageProblem.IO,
            StorageProblem.UNREACHABLE,
        )

    @property
    def retry(self) -> Retry:  # type: ignore[override]
        return Retry.BACKOFF if self.may_heal else Retry.NEVER


def _on_read_only_mount(path: Path) -> bool:
    try:
        return bool(os.statvfs(path if path.exists() else path.parent).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


def _problem_of(exc: BaseException, path: Path) -> StorageProblem:
    name = str(getattr(exc, "sqlite_errorname", ""))
    if _on_read_only_mount(path):  # SQLite says only "unable to open" for a WAL file there
        return StorageProblem.READ_ONLY
    if name.startswith("SQLITE_FULL"):
        return StorageProblem.FULL
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH")):
        return StorageProblem.READ_ONLY
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return StorageProblem.CORRUPT
    if isinstance(exc, PermissionError):
        return StorageProblem.READ_ONLY
    return StorageProblem.IO


# Errors from one event's values (a number SQLite cannot hold, text it cannot encode): that
# event is set aside and the rest of its batch is stored.
_DATA_ERRORS = (OverflowError, UnicodeError, ValueError, sqlite3.InterfaceError)


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
                self._db.execute("PRAGMA journal_mode = WAL")
                # NORMAL is crash-safe in WAL mode; acknowledgements switch to FULL (see _tx).
                self._db.execute("PRAGMA synchronous = NORMAL")
                self._migrate()
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(_problem_of(exc, path), path, str(exc)) from exc

    def close(self) -> None:
        self._db.close()

    def error(self, exc: BaseException) -> StoreError:
        """A failed read or write of this database, as the engine handles it."""
        return StoreError(_problem_of(exc, self.path), self.path, str(exc))

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
                for statement in _MIGRATIONS[target - 1]:
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
    ) -> IngestResult:
        """Commit several pulls' events in one transaction (a group commit under backlog).

        Within the transaction pulls apply in order, so a later copy of an event updates
        the row an earlier one created. A source that reads from a position (watch-only)
        passes its ``cursor``: it commits with the events it covers, so after a crash the
        source resumes exactly after what is stored.
        """
        try:
            result = self._ingest(
                pulls, _Ingest(auto_acknowledge_other, acknowledged_before), cursor
            )
        except _DATA_ERRORS:
            # Some value SQLite cannot take (the transaction was rolled back): store the
            # pulls again one event at a time, so only that event is set aside.
            careful = _Ingest(auto_acknowledge_other, acknowledged_before, careful=True)
            result = self._ingest(pulls, careful, cursor)
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
    ) -> _Ingest:
        with self._tx() as db:
            for events, received_at in pulls:
                if events:
                    result.pull(db, events, received_at)
            if cursor is not None:
                db.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_CURSOR, cursor)
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

    def acknowledge(self, ids: Sequence[int], at: float) -> list[int]:
        """Mark new events acknowledged, durably. Returns the ids that changed."""
        changed: list[int] = []
        with self._tx(durable=True) as db:
            for chunk in _chunks(ids, 500):
                marks = ",".join("?" * len(chunk))
                rows = db.execute(
                    f"UPDATE events SET state = ?, acknowledged_at = ?, state_reason = '' "
                    f"WHERE id IN ({marks}) AND state = ? RETURNING id",
                    (EventState.ACKNOWLEDGED.value, at, *chunk, EventState.NEW.value),
                ).fetchall()
                changed.extend(r[0] for r in rows)
        return changed

    def unacknowledge(self, ids: Sequence[int]) -> list[int]:
        """Undo acknowledgements whose confirmation has not been sent; returns those undone."""
        changed: list[int] = []
        with self._tx(durable=True) as db:
            for chunk in _chunks(ids, 500):
                marks = ",".join("?" * len(chunk))
                rows = db.execute(
                    f"UPDATE events SET state = 'new', acknowledged_at = NULL, state_reason = '' "
                    f"WHERE id IN ({marks}) AND state = 'acknowledged' "
                    "AND confirm_attempt_at IS NULL RETURNING id",
                    chunk,
                ).fetchall()
                changed.extend(r[0] for r in rows)
        return changed

    def max_id(self) -> int:
        return int(self._db.execute("SELECT COALESCE(MAX(id), 0) FROM events").fetchone()[0])

    def new_among(self, ids: Sequence[int]) -> list[int]:
        """The ids, in the order given, whose event is not yet acknowledged."""
        new: set[int] = set()
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            new.update(
                r[0]
                for r in self._db.execute(
                    f"SELECT id FROM events WHERE id IN ({marks}) AND state = 'new'", chunk
                )
            )
        return [i for i in ids if i in new]

    def mark_confirm_attempt(self, ids: Sequence[int], at: float) -> None:
        with self._tx(durable=True) as db:
            db.executemany(
                "UPDATE events SET confirm_attempt_at = ? WHERE id = ?", [(at, i) for i in ids]
            )

    def mark_confirmed(self, ids: Sequence[int], at: float, reason: str = "") -> list[int]:
        with self._tx() as db:
            rows = [
                db.execute(
                    "UPDATE events SET state = ?, confirmed_at = ?, state_reason = ? "
                    "WHERE id = ? AND state IN (?, ?) RETURNING id",
                    (EventState.CONFIRMED.value, at, reason, i, *WANTS_CONFIRM),
                ).fetchone()
                for i in ids
            ]
        return [r[0] for r in rows if r]

    def settle_done(self, acknowledged_before: float, at: float) -> list[int]:
        """Acknowledged events that have nothing to confirm (watch-only rows, normal-callback
        events: no handle ever) become final once their undo window is over."""
        with self._tx() as db:
            rows = db.execute(
                "UPDATE events SET state = 'done', confirmed_at = ?, state_reason = '' "
                "WHERE state = 'acknowledged' AND handle IS NULL AND acknowledged_at <= ? "
                "RETURNING id",
                (at, acknowledged_before),
            ).fetchall()
        return sorted(r[0] for r in rows)

    def mark_confirm_problem(self, ids: Sequence[int], state: EventState, reason: str) -> list[int]:
        """Keep a wanted confirmation pending, with the reason shown to the editor."""
        with self._tx() as db:
            rows = [
                db.execute(
                    "UPDATE events SET state = ?, state_reason = ? "
                    "WHERE id = ? AND state IN (?, ?) RETURNING id",
                    (state.value, reason, i, *WANTS_CONFIRM),
                ).fetchone()
                for i in ids
            ]
        return [r[0] for r in rows if r]

    # --- reads ----------------------------------------------------------------------
    def pending_confirmations(
        self, fresh_after: float, acknowledged_before: float = math.inf
    ) -> list[tuple[int, str]]:
        """Events that want confirming and hold a handle newer than ``fresh_after``; an
        acknowledgement newer than ``acknowledged_before`` may still be undone: not yet."""
        return [
            (r[0], r[1])
            for r in self._db.execute(
                f"SELECT id, handle FROM events WHERE {_WANTS_CONFIRM_SQL} "
                "AND handle IS NOT NULL AND handle_at > ? AND acknowledged_at <= ? "
                "ORDER BY handle_at",
                (fresh_after, acknowledged_before),
            )
        ]

    def fresh_handles(
        self, ids: Sequence[int], fresh_after: float, acknowledged_before: float = math.inf
    ) -> list[tuple[int, str]]:
        out: list[tuple[int, str]] = []
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            out.extend(
                (r[0], r[1])
                for r in self._db.execute(
                    f"SELECT id, handle FROM events WHERE id IN ({marks}) AND state IN (?, ?) "
                    f"AND handle IS NOT NULL AND handle_at > ? AND acknowledged_at <= ?",
                    (*chunk, *WANTS_CONFIRM, fresh_after, acknowledged_before),
                )
            )
        return out

    def unredelivered_attempts(self, attempted_before: float) -> list[int]:
        """Acknowledged events confirmed once and never seen again since the attempt."""
        return [
            r[0]
            for r in self._db.execute(
                f"SELECT id FROM events WHERE {_WANTS_CONFIRM_SQL} "
                "AND confirm_attempt_at IS NOT NULL AND confirm_attempt_at < ? "
                "AND last_seen <= confirm_attempt_at",
                (attempted_before,),
            )
        ]

    def get(self, ids: Sequence[int]) -> dict[int, StoredEvent]:
        out: dict[int, StoredEvent] = {}
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            for row in self._db.execute(
                f"SELECT {COLUMNS} FROM {_FROM} WHERE e.id IN ({marks})", chunk
            ):
                event = row_to_event(row)
                out[event.id] = event
        return out

    def counts(self, event_type: str | None = CLIP_COMPLETE) -> Counts:
        return count_events(self._db, event_type)

    # --- team mode: a mirror of the shared ledger -------------------------------------
    def mirror_events(self, rows: Sequence[tuple[object, ...]]) -> tuple[list[int], list[int]]:
        """Write rows of the team ledger (``MIRROR_COLUMNS`` order, raw JSON last) as they
        are there, ids included. Returns (inserted, updated) ids."""
        if not rows:
            return [], []
        ids = [int(r[0]) for r in rows]  # type: ignore[call-overload]
        with self._tx() as db:
            present: set[int] = set()
            for chunk in _chunks(ids, 500):
                marks = ",".join("?" * len(chunk))
                present.update(
                    r[0] for r in db.execute(f"SELECT id FROM events WHERE id IN ({marks})", chunk)
                )
            # A row that changed identity (a conflict variant) must not collide on it.
            db.executemany(
                "DELETE FROM events WHERE identity = ? AND id != ?", [(r[1], r[0]) for r in rows]
            )
            db.executemany(_MIRROR_UPSERT, [r[:-1] for r in rows])
            db.executemany(
                "INSERT OR IGNORE INTO event_payloads (id, raw_json) VALUES (?, ?)",
                [(r[0], r[-1]) for r in rows],
            )
        inserted = [i for i in ids if i not in present]
        return inserted, [i for i in ids if i in present]

    def mirror_revisions(self) -> dict[int, int]:
        return {int(r[0]): int(r[1] or 0) for r in self._db.execute("SELECT id, rev FROM events")}

    def mirror_rejected(self, rows: Sequence[tuple[object, ...]]) -> None:
        """Replace the set-aside entries with the team's (id, identity, received_at,
        last_seen, handle, reason, raw_json, delivery_count)."""
        with self._tx() as db:
            db.execute("DELETE FROM rejected_events")
            db.executemany(
                "INSERT INTO rejected_events (id, identity, received_at, last_seen, handle, "
                "reason, raw_json, delivery_count) VALUES (?,?,?,?,?,?,?,?)",
                rows,
            )

    def apply_media(self, facts: Sequence[MediaFacts], at: float) -> list[int]:
        """Remember what was learnt of these files and copy it onto every row that names
        them (and onto rows that arrived since for files already known). Returns the rows
        that changed."""
        with self._tx() as db:
            db.executemany(
                "INSERT OR REPLACE INTO media (file_id, name, duration, size, cover_url, note, "
                "detail, described_at) VALUES (?,?,?,?,?,?,?,?)",
                [
                    (f.file_id, f.name, f.duration, f.size, f.cover_url, f.note, f.detail, at)
                    for f in facts
                ],
            )
            clips = db.execute(
                "UPDATE events SET clip_name = m.name, duration = m.duration, size = m.size, "
                "cover_url = m.cover_url, media_note = m.note, media_at = m.described_at "
                "FROM media m WHERE m.file_id = events.file_id "
                "AND (events.media_at IS NULL OR events.media_at < m.described_at) "
                "RETURNING events.id"
            ).fetchall()
            sources = db.execute(
                "UPDATE events SET source_name = m.name, source_note = m.note, "
                "source_at = m.described_at FROM media m WHERE m.file_id = events.src_file_id "
                "AND (events.source_at IS NULL OR events.source_at < m.described_at) "
                "RETURNING events.id"
            ).fetchall()
        return sorted({r[0] for r in clips} | {r[0] for r in sources})

    def set_cursor(self, cursor: str) -> None:
        with self._tx() as db:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_CURSOR, cursor))


def count_events(db: sqlite3.Connection, event_type: str | None) -> Counts:
    """Needs-attention, failed and total counts; each an index-only lookup."""
    clauses = ["event_type = ?"] if event_type else []
    params = [event_type] if event_type else []

    def count(extra: str | None = None) -> int:
        parts = clauses + ([extra] if extra else [])
        where = (" WHERE " + " AND ".join(parts)) if parts else ""
        return int(db.execute(f"SELECT COUNT(*) FROM events{where}", params).fetchone()[0])

    rejected = int(db.execute("SELECT COUNT(*) FROM rejected_events").fetchone()[0])
    return Counts(count("state = 'new'"), count("succeeded = 0"), count(), rejected)


def read_cursor(db: sqlite3.Connection) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (_CURSOR,)).fetchone()
    return str(row[0]) if row else None


def files_to_describe(db: sqlite3.Connection, limit: int) -> tuple[list[str], bool]:
    """Clip and source files never looked up, and whether rows wait for facts already
    known (a clip of a source described before)."""
    pending = (
        f"SELECT file_id, src_file_id, media_at, source_at FROM events WHERE {_MEDIA_PENDING_SQL}"
    )
    rows = db.execute(
        f"SELECT f FROM (SELECT file_id AS f FROM ({pending}) WHERE media_at IS NULL "
        f"UNION SELECT src_file_id FROM ({pending}) WHERE source_at IS NULL) "
        "WHERE f IS NOT NULL AND f != '' AND f NOT IN (SELECT file_id FROM media) LIMIT ?",
        (limit,),
    ).fetchall()
    waiting = db.execute(
        f"SELECT EXISTS (SELECT 1 FROM ({pending}) p JOIN media m "
        "ON m.file_id = p.file_id OR m.file_id = p.src_file_id)"
    ).fetchone()
    return [str(r[0]) for r in rows], bool(waiting and waiting[0])


def stored_task_ids(db: sqlite3.Connection, task_ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(task_ids), 500):
        chunk = task_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            r[0]
            for r in db.execute(
                f"SELECT task_id FROM events WHERE event_type = ? AND task_id IN ({marks})",
                (CLIP_COMPLETE, *chunk),
            )
        )
    return found


def _refused(event: Event, exc: BaseException) -> RejectedEvent:
    raw = event.raw_json.encode("utf-8", "replace").decode("utf-8")
    return RejectedEvent(raw, event.handle, f"the database refused a value: {exc}")


def _chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
