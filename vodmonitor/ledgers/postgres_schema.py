"""The team database's tables, created and migrated by the app itself (versioned).

Every table is keyed by ``app`` (the SubAppId, 0 for the default application), so one
database can serve several applications. The minimum role: on first use CREATE on the
schema (or an administrator runs the app once); afterwards SELECT, INSERT, UPDATE and
DELETE on the ``vodmonitor_*`` tables and USAGE on their sequences. Never a superuser.
"""

from __future__ import annotations

import logging

import psycopg

from vodmonitor.errors import VodmonitorError, first_line

log = logging.getLogger(__name__)

MIGRATIONS: list[list[str]] = [
    [
        "CREATE TABLE IF NOT EXISTS vodmonitor_meta (key text PRIMARY KEY, value text NOT NULL)",
        "CREATE SEQUENCE IF NOT EXISTS vodmonitor_rev",
        """CREATE TABLE vodmonitor_events (
            id bigserial PRIMARY KEY,
            app bigint NOT NULL,
            identity text NOT NULL,
            event_type text NOT NULL,
            task_id text,
            src_file_id text,
            file_id text,
            file_url text,
            file_type text,
            err_code bigint,
            message text,
            succeeded boolean,
            first_seen double precision NOT NULL,
            last_seen double precision NOT NULL,
            delivery_count integer NOT NULL DEFAULT 1,
            handle text,
            handle_at double precision,
            state text NOT NULL DEFAULT 'new',
            state_reason text NOT NULL DEFAULT '',
            acknowledged_at double precision,
            acknowledged_by text,
            confirm_attempt_at double precision,
            confirmed_at double precision,
            err_text text,
            payload_hash bigint,
            conflict boolean NOT NULL DEFAULT false,
            raw_json text NOT NULL,
            rev bigint NOT NULL DEFAULT nextval('vodmonitor_rev'),
            UNIQUE (app, identity)
        )""",
        "CREATE INDEX vodmonitor_events_task ON vodmonitor_events (app, event_type, task_id)",
        "CREATE INDEX vodmonitor_events_wants_confirm ON vodmonitor_events (app, handle_at) "
        "WHERE state IN ('acknowledged', 'confirm_failed')",
        """CREATE TABLE vodmonitor_rejected (
            id bigserial PRIMARY KEY,
            app bigint NOT NULL,
            identity text NOT NULL,
            received_at double precision NOT NULL,
            last_seen double precision NOT NULL,
            handle text,
            reason text NOT NULL,
            raw_json text NOT NULL,
            delivery_count integer NOT NULL DEFAULT 1,
            UNIQUE (app, identity)
        )""",
        """CREATE TABLE vodmonitor_desktops (
            desktop uuid PRIMARY KEY,
            app bigint NOT NULL,
            user_name text NOT NULL,
            host text NOT NULL,
            leader boolean NOT NULL DEFAULT false,
            last_seen timestamptz NOT NULL DEFAULT now()
        )""",
        "CREATE TABLE vodmonitor_cursor (app bigint PRIMARY KEY, cursor text NOT NULL)",
    ],
    # 2: a year of a team's history: received-time order per application (date ranges,
    # newest first) without sorting the table.
    [
        "CREATE INDEX vodmonitor_events_seen ON vodmonitor_events (app, event_type, first_seen, id)",
    ],
]

# The text a team search reads (an expression PostgreSQL calls immutable, so it can be
# indexed); the trigram index answers ILIKE '%term%' over it without a scan.
SEARCH_TEXT = (
    "(coalesce(task_id, '') || ' ' || coalesce(src_file_id, '') || ' ' || "
    "coalesce(file_id, '') || ' ' || coalesce(file_url, '') || ' ' || coalesce(message, ''))"
)
# pg_trgm is a trusted extension (a database owner may create it), but a server without
# contrib, or a role without CREATE, cannot: search then reads the table, and nothing else
# changes.
_TRIGRAM_SEARCH = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS vodmonitor_events_search ON vodmonitor_events "
    f"USING gin ({SEARCH_TEXT} gin_trgm_ops)",
)
SCHEMA_VERSION = len(MIGRATIONS)
# Serialises two desktops migrating the same fresh database at once.
_MIGRATION_LOCK = 0x766F_646D_6F6E  # "vodmon"


class NewerSchema(VodmonitorError):
    def __init__(self, found: int) -> None:
        super().__init__(
            f"the team database was set up by a newer vodmonitor "
            f"(schema {found} > {SCHEMA_VERSION})"
        )
        self.found = found


def _version(conn: psycopg.Connection) -> int:
    exists = conn.execute("SELECT to_regclass('vodmonitor_meta')").fetchone()
    if exists is None or exists[0] is None:
        return 0
    row = conn.execute("SELECT value FROM vodmonitor_meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def _add_trigram_search(conn: psycopg.Connection) -> None:
    try:
        with conn.transaction():  # a savepoint: a refusal costs only this
            for statement in _TRIGRAM_SEARCH:
                conn.execute(statement)
    except psycopg.Error as exc:
        log.warning("team search without a trigram index (%s)", first_line(exc))


def migrate(conn: psycopg.Connection) -> int:
    """Bring the schema to this version; raises NewerSchema for a newer database, and
    psycopg's InsufficientPrivilege when the role may not create what is missing."""
    version = _version(conn)  # a read first: a role without CREATE can use a ready database
    if version > SCHEMA_VERSION:
        raise NewerSchema(version)
    if version == SCHEMA_VERSION:
        return version
    # The lock is taken before the migrating transaction starts: a transaction begun
    # earlier may look at the catalog as it was before another desktop's migration
    # committed, and create a table that now exists.
    conn.execute("SELECT pg_advisory_lock(%s)", (_MIGRATION_LOCK,))
    try:
        with conn.transaction():
            version = _version(conn)
            if version > SCHEMA_VERSION:
                raise NewerSchema(version)
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[target - 1]:
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO vodmonitor_meta (key, value) VALUES ('schema_version', %s) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (str(target),),
                )
            _add_trigram_search(conn)
    finally:
        if not conn.closed:
            conn.execute("SELECT pg_advisory_unlock(%s)", (_MIGRATION_LOCK,))
    return SCHEMA_VERSION
