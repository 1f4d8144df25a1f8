"""A long history's upkeep in the SQLite ledger: media facts copied onto the rows that name
the files, and retention. Each runs inside the store's transaction (``db``), touching
only the rows concerned through indexes, whatever the history's size."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from vodmonitor.ledgers import sqlite_search
from vodmonitor.ledgers.sqlite_schema import MEDIA_PENDING_ROWS
from vodmonitor.media.facts import MediaFacts

# Retention: rows whose work is over (nothing left to confirm), oldest first, by the
# event-type and received-time index.
_SETTLED_BEFORE = (
    "SELECT id FROM events WHERE event_type = ? AND first_seen < ? "
    "AND state IN ('confirmed', 'done') LIMIT ?"
)
# Media facts no row names any more.
_UNNAMED_MEDIA = (
    "DELETE FROM media WHERE file_id IN (SELECT value FROM json_each(?)) "
    "AND NOT EXISTS (SELECT 1 FROM events WHERE event_type = 'ClipComplete' "
    "AND file_id = media.file_id) "
    "AND NOT EXISTS (SELECT 1 FROM events WHERE event_type = 'ClipComplete' "
    "AND src_file_id = media.file_id)"
)
# Pages freed per pass (4 MB at the default page size): the file shrinks a little each time.
VACUUM_PAGES = 1000


# The rows naming the files (?: a JSON list of file ids) whose facts are older, by the
# file indexes.
_CLIPS_OF_FILES = (
    "SELECT e.id FROM events e JOIN media m ON m.file_id = e.file_id "
    "WHERE e.event_type = 'ClipComplete' AND e.file_id IN (SELECT value FROM json_each(?)) "
    "AND (e.media_at IS NULL OR e.media_at < m.described_at)"
)
_SOURCES_OF_FILES = (
    "SELECT e.id FROM events e JOIN media m ON m.file_id = e.src_file_id "
    "WHERE e.event_type = 'ClipComplete' AND e.src_file_id IN (SELECT value FROM json_each(?)) "
    "AND (e.source_at IS NULL OR e.source_at < m.described_at)"
)
# Rows still waiting (the partial index) for files already known: a few at a time.
_PENDING = f"SELECT id, file_id, src_file_id, media_at, source_at FROM {MEDIA_PENDING_ROWS}"
_WAITING_CLIPS = (
    f"SELECT p.id FROM ({_PENDING}) p WHERE p.media_at IS NULL "
    "AND EXISTS (SELECT 1 FROM media k WHERE k.file_id = p.file_id) LIMIT 500"
)
_WAITING_SOURCES = (
    f"SELECT p.id FROM ({_PENDING}) p WHERE p.source_at IS NULL "
    "AND EXISTS (SELECT 1 FROM media k WHERE k.file_id = p.src_file_id) LIMIT 500"
)
# Facts onto those rows (?: a JSON list of their ids).
_COPY_CLIP_FACTS = (
    "UPDATE events SET clip_name = m.name, duration = m.duration, size = m.size, "
    "cover_url = m.cover_url, media_note = m.note, media_at = m.described_at "
    "FROM media m WHERE events.id IN (SELECT value FROM json_each(?)) "
    "AND m.file_id = events.file_id"
)
_COPY_SOURCE_FACTS = (
    "UPDATE events SET source_name = m.name, source_note = m.note, source_at = m.described_at "
    "FROM media m WHERE events.id IN (SELECT value FROM json_each(?)) "
    "AND m.file_id = events.src_file_id"
)


def apply_media(db: sqlite3.Connection, facts: Sequence[MediaFacts], at: float) -> list[int]:
    """Facts onto the rows that name the files (found by index: a batch of 20 files
    touches only their rows); with no facts, onto a few rows that arrived for files
    already known. Returns the rows that changed."""
    if facts:
        db.executemany(
            "INSERT OR REPLACE INTO media (file_id, name, duration, size, cover_url, "
            "note, detail, described_at) VALUES (?,?,?,?,?,?,?,?)",
            [
                (f.file_id, f.name, f.duration, f.size, f.cover_url, f.note, f.detail, at)
                for f in facts
            ],
        )
        files = json.dumps([f.file_id for f in facts])
        clips = [r[0] for r in db.execute(_CLIPS_OF_FILES, (files,))]
        sources = [r[0] for r in db.execute(_SOURCES_OF_FILES, (files,))]
    else:
        clips = [r[0] for r in db.execute(_WAITING_CLIPS)]
        sources = [r[0] for r in db.execute(_WAITING_SOURCES)]
    changed = set(clips) | set(sources)
    # The names are searched: out of the index with the old ones, in with the new.
    sqlite_search.forget(db, changed)
    db.execute(_COPY_CLIP_FACTS, (json.dumps(clips),))
    db.execute(_COPY_SOURCE_FACTS, (json.dumps(sources),))
    sqlite_search.learn(db, changed)
    return sorted(changed)


def prune(db: sqlite3.Connection, before: float, limit: int) -> list[int]:
    """Remove up to ``limit`` settled rows (confirmed or done) received before ``before``,
    their payloads, their index entries and media facts no other row names."""
    types = [r[0] for r in db.execute("SELECT event_type FROM event_counts")]
    ids: list[int] = []
    for event_type in types:
        wanted = limit - len(ids)
        if wanted <= 0:
            break
        ids += [r[0] for r in db.execute(_SETTLED_BEFORE, (event_type, before, wanted))]
    if not ids:
        return []
    marks = json.dumps(ids)
    files = [
        f
        for row in db.execute(
            "SELECT file_id, src_file_id FROM events WHERE id IN (SELECT value FROM json_each(?))",
            (marks,),
        )
        for f in row
        if f
    ]
    sqlite_search.forget(db, ids)
    db.execute("DELETE FROM event_payloads WHERE id IN (SELECT value FROM json_each(?))", (marks,))
    db.execute("DELETE FROM events WHERE id IN (SELECT value FROM json_each(?))", (marks,))
    db.execute(_UNNAMED_MEDIA, (json.dumps(files),))
    return sorted(ids)
