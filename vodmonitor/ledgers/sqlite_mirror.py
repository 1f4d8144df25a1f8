"""The local mirror of a team ledger: the team's rows written as they are there."""

from __future__ import annotations

from collections.abc import Sequence

from vodmonitor.ledgers.sqlite import Store, chunks
from vodmonitor.ledgers.sqlite_reads import CURSOR_KEY

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


class MirrorStore(Store):
    """A SQLite ledger the team ledger keeps in step: the window reads it as usual."""

    def mirror_events(self, rows: Sequence[tuple[object, ...]]) -> tuple[list[int], list[int]]:
        """Write rows of the team ledger (``MIRROR_COLUMNS`` order, raw JSON last) as they
        are there, ids included. Returns (inserted, updated) ids."""
        if not rows:
            return [], []
        ids = [int(r[0]) for r in rows]  # type: ignore[call-overload]
        with self._tx() as db:
            present: set[int] = set()
            for chunk in chunks(ids, 500):
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

    def set_cursor(self, cursor: str) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (CURSOR_KEY, cursor)
            )
