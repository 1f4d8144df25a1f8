"""The local mirror of a team ledger: the team's rows written as they are there."""

from __future__ import annotations

import json
import logging
import math
import sqlite3
import time
from collections.abc import Sequence

from vodmonitor.ledgers import sqlite_search
from vodmonitor.ledgers.model import EventState
from vodmonitor.ledgers.sqlite import Store, chunks
from vodmonitor.ledgers.sqlite_reads import CURSOR_KEY
from vodmonitor.ledgers.sqlite_schema import SEARCHED

log = logging.getLogger(__name__)

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


_POSITION = {name: n for n, name in enumerate(MIRROR_COLUMNS.split(", "))}
_REQUIRED = ("identity", "event_type", "first_seen", "last_seen", "delivery_count", "state")
_TIMES = ("first_seen", "last_seen", "handle_at", "acknowledged_at", "confirm_attempt_at")
_STATES = frozenset(state.value for state in EventState)


def unmirrorable(row: Sequence[object]) -> str | None:
    """Why a team row cannot be copied as it is (another desktop, a newer version or a
    hostile one wrote it), or None. SQLite would turn a NaN into NULL and break a NOT NULL
    rule; an unknown state cannot be shown."""
    for name in _REQUIRED:
        if row[_POSITION[name]] is None:
            return f"{name} is empty"
    for name in (*_TIMES, "confirmed_at"):
        value = row[_POSITION[name]]
        if value is not None and not (
            isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        ):
            return f"{name} is {str(value)[:40]}"
    state = row[_POSITION["state"]]
    if state not in _STATES:
        return f"its state is {str(state)[:40]!r}, unknown to this version"
    return None


_SEARCHED_AT = [_POSITION[c] for c in SEARCHED if c in _POSITION]


def _text_changed(
    db: sqlite3.Connection, rows: Sequence[tuple[object, ...]], present: set[int]
) -> set[int]:
    """Ids of stored rows whose searched text the incoming copy changes."""
    if not present:
        return set()
    columns = ", ".join(c for c in SEARCHED if c in _POSITION)
    stored = {
        r[0]: tuple(r[1:])
        for r in db.execute(
            f"SELECT id, {columns} FROM events WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(present)),),
        )
    }
    return {
        int(r[0])  # type: ignore[call-overload]
        for r in rows
        if int(r[0]) in stored  # type: ignore[call-overload]
        and stored[int(r[0])] != tuple(r[i] for i in _SEARCHED_AT)  # type: ignore[call-overload]
    }


class MirrorStore(Store):
    """A SQLite ledger the team ledger keeps in step: the window reads it as usual."""

    def mirror_events(self, rows: Sequence[tuple[object, ...]]) -> tuple[list[int], list[int]]:
        """Write rows of the team ledger (``MIRROR_COLUMNS`` order, raw JSON last) as they
        are there, ids included. Returns (inserted, updated) ids."""
        bad = {int(r[0]): why for r in rows if (why := unmirrorable(r)) is not None}  # type: ignore[call-overload]
        if bad:
            self._set_aside(bad)
            rows = [r for r in rows if int(r[0]) not in bad]  # type: ignore[call-overload]
        if not rows:
            return [], []
        ids = [int(r[0]) for r in rows]  # type: ignore[call-overload]
        with self._tx() as db:
            # Copied now: no longer set aside (the other desktop fixed it).
            db.execute(
                "DELETE FROM mirror_set_aside WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(ids),),
            )
            present: set[int] = set()
            for chunk in chunks(ids, 500):
                marks = ",".join("?" * len(chunk))
                present.update(
                    r[0] for r in db.execute(f"SELECT id FROM events WHERE id IN ({marks})", chunk)
                )
            # A row that changed identity (a conflict variant) must not collide on it.
            displaced = [
                r[0]
                for r in db.execute(
                    "SELECT id FROM events WHERE identity IN (SELECT value FROM json_each(?)) "
                    "AND id NOT IN (SELECT value FROM json_each(?))",
                    (json.dumps([r[1] for r in rows]), json.dumps(ids)),
                )
            ]
            # Most mirrored changes are states (acknowledged, confirmed): only rows whose
            # searched text changed go out of the index and back in.
            retext = _text_changed(db, rows, present) | set(displaced)
            sqlite_search.forget(db, retext)
            db.executemany(
                "DELETE FROM events WHERE identity = ? AND id != ?", [(r[1], r[0]) for r in rows]
            )
            db.executemany(_MIRROR_UPSERT, [r[:-1] for r in rows])
            db.executemany(
                "INSERT OR IGNORE INTO event_payloads (id, raw_json) VALUES (?, ?)",
                [(r[0], r[-1]) for r in rows],
            )
            sqlite_search.learn(db, [i for i in ids if i not in present or i in retext])
        inserted = [i for i in ids if i not in present]
        return inserted, [i for i in ids if i in present]

    def _set_aside(self, bad: dict[int, str]) -> None:
        """Team rows this desktop cannot show: counted, explained in the log once, and any
        older copy removed, so the window never shows a state the team has left."""
        with self._tx() as db:
            marks = json.dumps(list(bad))
            known = {
                r[0]
                for r in db.execute(
                    "SELECT id FROM mirror_set_aside WHERE id IN (SELECT value FROM json_each(?))",
                    (marks,),
                )
            }
            db.executemany(
                "INSERT OR REPLACE INTO mirror_set_aside (id, reason, seen_at) VALUES (?,?,?)",
                [(i, why, time.time()) for i, why in bad.items()],
            )
            db.execute(
                "DELETE FROM event_payloads WHERE id IN (SELECT value FROM json_each(?))", (marks,)
            )
            sqlite_search.forget(db, bad)
            db.execute("DELETE FROM events WHERE id IN (SELECT value FROM json_each(?))", (marks,))
        for row_id, why in bad.items():
            if row_id not in known:
                log.warning("team row %d set aside on this desktop: %s", row_id, why)

    def drop_rows(self, ids: Sequence[int]) -> list[int]:
        """Remove rows the team ledger no longer has (its retention); their ids."""
        if not ids:
            return []
        with self._tx() as db:
            marks = json.dumps([int(i) for i in ids])
            sqlite_search.forget(db, ids)
            db.execute(
                "DELETE FROM event_payloads WHERE id IN (SELECT value FROM json_each(?))", (marks,)
            )
            db.execute("DELETE FROM events WHERE id IN (SELECT value FROM json_each(?))", (marks,))
        log.info("%d rows the team ledger no longer keeps removed from this mirror", len(ids))
        return sorted(int(i) for i in ids)

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

    def set_cursor(self, cursor: str) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (CURSOR_KEY, cursor)
            )
