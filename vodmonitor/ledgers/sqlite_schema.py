"""The SQLite ledger's schema: versioned migrations, applied in order at open."""

from __future__ import annotations

from vodmonitor.ledgers.rules import WANTS_CONFIRM_SQL

MEDIA_PENDING_SQL = (
    "event_type = 'ClipComplete' AND ((file_id != '' AND media_at IS NULL) "
    "OR (src_file_id != '' AND source_at IS NULL))"
)
# The rows still waiting for facts, read through their partial index. Without INDEXED BY
# SQLite prefers an index that begins with event_type (every sort index does) and reads
# every clip of the history: 4 s per media lookup at a million rows, instead of 0.1 ms.
MEDIA_PENDING_ROWS = f"events INDEXED BY events_media_pending WHERE {MEDIA_PENDING_SQL}"

# What the search field reads (the trigram index holds these), in the index's column order.
SEARCHED = ("task_id", "clip_name", "source_name", "src_file_id", "file_id", "file_url", "message")


def _count_change(row: str, sign: str) -> str:
    """An upsert adding (sign "+") or removing (sign "-") ``row``'s share of the counts."""
    return (
        "INSERT INTO event_counts (event_type, total, new, failed) VALUES "
        f"({row}.event_type, {sign}1, {sign}({row}.state = 'new'), {sign}({row}.succeeded IS 0)) "
        "ON CONFLICT(event_type) DO UPDATE SET total = total + excluded.total, "
        "new = new + excluded.new, failed = failed + excluded.failed;"
    )


MIGRATIONS: list[list[str]] = [
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
        f"CREATE INDEX events_wants_confirm ON events(state) WHERE {WANTS_CONFIRM_SQL}",
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
        f"CREATE INDEX events_media_pending ON events(id) WHERE {MEDIA_PENDING_SQL}",
    ],
    # 5: a team's rows this desktop cannot copy (a NaN time, a state a newer version wrote):
    # set aside by their team id with the reason, counted beside the unreadable entries.
    [
        """CREATE TABLE mirror_set_aside (
            id INTEGER PRIMARY KEY,
            reason TEXT NOT NULL,
            seen_at REAL NOT NULL
        )""",
    ],
    # 6: a year of history. A trigram index over the searched text, kept in step by the
    # store's writes in their own transactions (see sqlite_search: a trigger would flush the
    # index once per row); counts kept by triggers instead of counted; an index for each
    # column the table sorts by.
    [
        f"""CREATE VIRTUAL TABLE events_fts USING fts5({", ".join(SEARCHED)},
            content='events', content_rowid='id', tokenize='trigram', detail=none,
            columnsize=0)""",
        "INSERT INTO events_fts (events_fts) VALUES ('rebuild')",
        """CREATE TABLE event_counts (
            event_type TEXT PRIMARY KEY,
            total INTEGER NOT NULL,
            new INTEGER NOT NULL,
            failed INTEGER NOT NULL
        )""",
        f"""CREATE TRIGGER event_counts_insert AFTER INSERT ON events BEGIN
            {_count_change("new", "+")}
        END""",
        f"""CREATE TRIGGER event_counts_delete AFTER DELETE ON events BEGIN
            {_count_change("old", "-")}
        END""",
        f"""CREATE TRIGGER event_counts_update AFTER UPDATE OF event_type, state, succeeded
        ON events BEGIN
            {_count_change("old", "-")}
            {_count_change("new", "+")}
        END""",
        """INSERT INTO event_counts (event_type, total, new, failed)
            SELECT event_type, COUNT(*), TOTAL(state = 'new'), TOTAL(succeeded IS 0)
            FROM events GROUP BY event_type""",
        # Status sorts by (state, received): events_type_state serves it.
        "CREATE INDEX events_sort_result ON events(event_type, succeeded, err_code, id)",
        "DROP INDEX events_type_succeeded",  # the line above begins the same way
        "CREATE INDEX events_sort_clip ON events(event_type, clip_name, id)",
        "CREATE INDEX events_sort_source ON events(event_type, source_name, id)",
        "CREATE INDEX events_sort_duration ON events(event_type, duration, id)",
        "CREATE INDEX events_sort_size ON events(event_type, size, id)",
        # These serve the media lookups too (clip rows only carry file ids), replacing the
        # two file indexes of schema 4: every index with random keys costs each ingest a
        # page of WAL per row in small transactions.
        "CREATE INDEX events_sort_src_file ON events(event_type, src_file_id, id)",
        "CREATE INDEX events_sort_file ON events(event_type, file_id, id)",
        "DROP INDEX events_file",
        "DROP INDEX events_src_file",
        "CREATE INDEX events_sort_file_type ON events(event_type, file_type, id)",
        "CREATE INDEX events_sort_deliveries ON events(event_type, delivery_count, id)",
        "CREATE INDEX events_sort_link ON events(event_type, file_url, id)",
    ],
]
SCHEMA_VERSION = len(MIGRATIONS)
