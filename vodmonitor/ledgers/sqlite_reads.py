"""Reads any connection to a SQLite ledger may make: the worker's, the window's, the
enricher's and the watch source's (each on its own connection)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from vodmonitor.events import CLIP_COMPLETE
from vodmonitor.ledgers.model import Counts, EventState, StoredEvent
from vodmonitor.ledgers.sqlite_schema import MEDIA_PENDING_ROWS

CURSOR_KEY = "watch_cursor"  # where the watch-only source has read up to

COLUMNS = (
    "e.id, e.identity, e.event_type, p.raw_json, e.task_id, e.src_file_id, e.file_id, "
    "e.file_url, e.file_type, e.err_code, e.message, e.succeeded, e.first_seen, e.last_seen, "
    "e.delivery_count, e.handle, e.handle_at, e.state, e.state_reason, e.acknowledged_at, "
    "e.confirm_attempt_at, e.confirmed_at, e.err_text, e.conflict, e.acknowledged_by, "
    "e.clip_name, e.duration, e.size, e.cover_url, e.media_note, e.source_name, e.source_note"
)
FROM_EVENTS = "events e JOIN event_payloads p ON p.id = e.id"
# The same row without its payload (an export of a million rows reads no raw JSON).
COLUMNS_WITHOUT_PAYLOAD = COLUMNS.replace("p.raw_json", "'' AS raw_json")


# Text a hostile event can make megabytes long: a table row reads at most this much of
# each (the table shows a few hundred characters; actions read the whole row again).
LONG_TEXT = ("task_id", "src_file_id", "file_id", "file_url", "message", "err_text", "clip_name",
             "cover_url", "source_name", "acknowledged_by")  # fmt: skip
TABLE_CHARS = 4096
COLUMNS_FOR_TABLE = COLUMNS_WITHOUT_PAYLOAD
for _name in LONG_TEXT:
    COLUMNS_FOR_TABLE = COLUMNS_FOR_TABLE.replace(
        f"e.{_name},", f"substr(e.{_name}, 1, {TABLE_CHARS}) AS {_name},"
    )


def rows_by_id(
    db: sqlite3.Connection, ids: Sequence[int], *, for_table: bool = False
) -> dict[int, StoredEvent]:
    """Rows without their payloads, by id; ``for_table``: long texts cut at TABLE_CHARS."""
    columns = COLUMNS_FOR_TABLE if for_table else COLUMNS_WITHOUT_PAYLOAD
    found = db.execute(
        f"SELECT {columns} FROM events e WHERE e.id IN (SELECT value FROM json_each(?))",
        (json.dumps([int(i) for i in ids]),),
    )
    return {event.id: event for event in map(row_to_event, found)}


def row_to_event(row: sqlite3.Row | tuple[object, ...]) -> StoredEvent:
    values = list(row)
    values[11] = None if values[11] is None else bool(values[11])
    values[17] = EventState(values[17])
    values[23] = bool(values[23])
    return StoredEvent(*values)


def count_events(db: sqlite3.Connection, event_type: str | None) -> Counts:
    """Needs-attention, failed and total counts, as the triggers keep them (no counting)."""
    where = " WHERE event_type = ?" if event_type else ""
    params = [event_type] if event_type else []
    new, failed, total = db.execute(
        f"SELECT TOTAL(new), TOTAL(failed), TOTAL(total) FROM event_counts{where}", params
    ).fetchone()
    rejected = int(
        db.execute(
            "SELECT (SELECT COUNT(*) FROM rejected_events) + (SELECT COUNT(*) FROM mirror_set_aside)"
        ).fetchone()[0]
    )
    return Counts(int(new), int(failed), int(total), rejected)


def read_cursor(db: sqlite3.Connection) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (CURSOR_KEY,)).fetchone()
    return str(row[0]) if row else None


_PENDING = f"SELECT file_id, src_file_id, media_at, source_at FROM {MEDIA_PENDING_ROWS}"
FILES_TO_DESCRIBE_SQL = (
    f"SELECT f FROM (SELECT file_id AS f FROM ({_PENDING}) WHERE media_at IS NULL "
    f"UNION SELECT src_file_id FROM ({_PENDING}) WHERE source_at IS NULL) "
    "WHERE f IS NOT NULL AND f != '' AND f NOT IN (SELECT file_id FROM media) LIMIT ?"
)
FACTS_WAITING_SQL = (
    f"SELECT EXISTS (SELECT 1 FROM ({_PENDING}) p JOIN media m "
    "ON m.file_id = p.file_id OR m.file_id = p.src_file_id)"
)


def files_to_describe(db: sqlite3.Connection, limit: int) -> tuple[list[str], bool]:
    """Clip and source files never looked up, and whether rows wait for facts already
    known (a clip of a source described before)."""
    rows = db.execute(FILES_TO_DESCRIBE_SQL, (limit,)).fetchall()
    waiting = db.execute(FACTS_WAITING_SQL).fetchone()
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
