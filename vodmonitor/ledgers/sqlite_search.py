"""The trigram index over the searched text, kept in step with the events table.

The store's writes call these inside their own transactions, so the index never lags the
rows it describes, even across a crash. Not triggers: FTS5 flushes its pending terms at
each statement savepoint, and a trigger's insert is one statement per row, which made
every ingested row a segment of its own (five times the cost).

The index holds trigrams without positions (``detail=none``): a term's trigrams, ANDed,
find a superset of the rows, and the search's LIKE then keeps exactly the scan's answer.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from vodmonitor.ledgers.sqlite_schema import SEARCHED

_COLUMNS = ", ".join(SEARCHED)
_IDS = "SELECT value FROM json_each(?)"
_FORGET = (
    f"INSERT INTO events_fts (events_fts, rowid, {_COLUMNS}) "
    f"SELECT 'delete', id, {_COLUMNS} FROM events WHERE id IN ({_IDS})"
)
_LEARN = f"INSERT INTO events_fts (rowid, {_COLUMNS}) SELECT id, {_COLUMNS} FROM events WHERE id IN ({_IDS})"

# A long term needs only some of its trigrams to narrow the rows; LIKE checks the rest.
_MOST_TRIGRAMS = 8
# FTS5 pays for each common trigram in an AND (about 8 ms each at a million rows) and
# almost nothing for a rare one, so a term is looked up by its rarest trigrams. Rarity is
# sampled: a count that stops at the limit costs a fraction of a millisecond.
_SAMPLE = 2_000
_CLOSER_SAMPLE = 50_000
_TAIL_TRIGRAMS = 3  # ids and names share prefixes ("clipVideo-"); their ends differ
_RAREST = 2


def forget(db: sqlite3.Connection, ids: Iterable[int]) -> None:
    """Take rows out of the index before their searched text changes or they go. Only
    rows that exist are named (an external-content index must be told the exact text it
    holds)."""
    wanted = json.dumps(sorted({int(i) for i in ids}))
    if wanted != "[]":
        db.execute(_FORGET, (wanted,))


def learn(db: sqlite3.Connection, ids: Iterable[int]) -> None:
    """Put rows (new, or changed after ``forget``) into the index."""
    wanted = json.dumps(sorted({int(i) for i in ids}))
    if wanted != "[]":
        db.execute(_LEARN, (wanted,))


def _quoted(trigram: str) -> str:
    return '"' + trigram.replace('"', '""') + '"'


def trigrams_of(term: str) -> list[str]:
    trigrams = list(dict.fromkeys(term[i : i + 3] for i in range(len(term) - 2)))
    if len(trigrams) > _MOST_TRIGRAMS:
        step = (len(trigrams) - 1) / (_MOST_TRIGRAMS - 1)
        trigrams = [trigrams[round(n * step)] for n in range(_MOST_TRIGRAMS)]
    return trigrams


def match_query(term: str, db: sqlite3.Connection | None = None) -> str:
    """An FTS5 query finding every row containing ``term`` (and perhaps a few more):
    every trigram of it, or with ``db`` only its rarest ones there."""
    trigrams = trigrams_of(term)
    if db is not None and len(trigrams) > _RAREST:
        trigrams = _rarest(db, trigrams)
    return " AND ".join(_quoted(t) for t in trigrams)


def _sampled(db: sqlite3.Connection, trigram: str, limit: int) -> int:
    sql = "SELECT COUNT(*) FROM (SELECT rowid FROM events_fts WHERE events_fts MATCH ? LIMIT ?)"
    return int(db.execute(sql, (_quoted(trigram), limit)).fetchone()[0])


def _rarest(db: sqlite3.Connection, trigrams: list[str]) -> list[str]:
    """The rarest trigrams when some are rare; all of them when every one is common (an
    AND of many common trigrams still narrows a million rows to a few)."""
    for sample, candidates in ((_SAMPLE, trigrams), (_CLOSER_SAMPLE, trigrams[-_TAIL_TRIGRAMS:])):
        counts = {t: _sampled(db, t, sample) for t in candidates}
        rare = sorted((n, t) for t, n in counts.items() if n < sample)
        if rare:
            return [t for _, t in rare[:_RAREST]]
    return trigrams


def check(db: sqlite3.Connection) -> None:
    """Raises sqlite3.DatabaseError if the index and the rows disagree."""
    db.execute("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)")
