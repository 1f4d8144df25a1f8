"""The table's reads: which event ids a view shows, in what order, and how many wait.

Qt-free and kept beside the store, so that all SQL lives in the store layer; the window
runs these on its own query thread with a read-only connection (``open_view``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from vodmonitor.columns import COLUMNS
from vodmonitor.events import CLIP_COMPLETE
from vodmonitor.ledgers import rules
from vodmonitor.ledgers.sqlite_reads import read_cursor, stored_task_ids
from vodmonitor.ledgers.sqlite_search import match_query
from vodmonitor.paths import sqlite_uri

# How each column sorts, by its key (the id breaks ties), and what the search field reads.
SORT_SQL: dict[str, tuple[str, ...]] = {spec.key: spec.sort_sql for spec in COLUMNS}
SEARCH_SQL = tuple(spec.search_sql for spec in COLUMNS if spec.search_sql)


# A term this long has a trigram: the index answers it. A shorter one is read by a scan.
INDEXED_TERM_CHARS = 3


Matches = list[int] | str | None


@dataclass(frozen=True)
class RowFilter:
    text: str = ""
    needs_attention: bool = False
    failed_only: bool = False
    event_type: str | None = CLIP_COMPLETE  # None: all event types
    since: float | None = None  # received at or after (epoch seconds)
    until: float | None = None  # received before

    def where(self, matches: Matches = None) -> tuple[str, list[object]]:
        """The WHERE clause over ``events``; a term of three characters or more is found
        through the trigram index, then checked with the same LIKE a scan uses (the index
        folds case beyond ASCII; the check keeps the answer exactly the scan's).

        ``matches``: the index's answer when already read: a list of row ids (few: start
        from them; "+" keeps SQLite from walking an event-type index past every row
        instead) or the FTS5 query to run (many)."""
        from_matches = isinstance(matches, list)
        clauses: list[str] = []
        params: list[object] = []
        text = self.text.strip()
        indexed = len(text) >= INDEXED_TERM_CHARS
        if self.event_type:
            clauses.append("+event_type = ?" if indexed and from_matches else "event_type = ?")
            params.append(self.event_type)
        if self.needs_attention:
            clauses.append("state = 'new'")
        if self.failed_only:
            clauses.append("succeeded = 0")
        if self.since is not None:
            clauses.append("first_seen >= ?")
            params.append(self.since)
        if self.until is not None:
            clauses.append("first_seen < ?")
            params.append(self.until)
        if text:
            if isinstance(matches, list):
                clauses.append("id IN (SELECT value FROM json_each(?))")
                params.append(json.dumps(matches))
            elif indexed:
                clauses.append("id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
                params.append(matches or match_query(text))
            like = rules.contains_pattern(text)
            clauses.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in SEARCH_SQL) + ")")
            params.extend([like] * len(SEARCH_SQL))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    @property
    def searches_index(self) -> bool:
        return len(self.text.strip()) >= INDEXED_TERM_CHARS

    @property
    def settled(self) -> bool:
        """Whether a stored row's match can never change: the filter reads nothing a later
        write changes (a state, a name the search may match)."""
        return not self.needs_attention and not self.text.strip()


# Sort keys whose values never change once a row is stored: a stored row keeps its place.
FIXED_SORTS = frozenset(
    {"received", "result", "task_id", "source_file", "output_file", "file_type", "link"}
)


# More matches than this, and walking a sort index beats sorting the matches.
_MANY_MATCHES = 20_000


def index_matches(db: sqlite3.Connection, row_filter: RowFilter) -> Matches:
    """The trigram index's answer for the filter's term, read once: the ids when they are
    few, else the query (its rarest trigrams) for SQLite to join while walking a sort
    index; None when the term is too short for the index."""
    if not row_filter.searches_index:
        return None
    query = match_query(row_filter.text.strip(), db)
    found = [
        r[0]
        for r in db.execute(
            "SELECT rowid FROM events_fts WHERE events_fts MATCH ? LIMIT ?",
            (query, _MANY_MATCHES),
        )
    ]
    return found if len(found) < _MANY_MATCHES else query


def open_view(db_path: Path) -> sqlite3.Connection:
    """A read-only connection for the table's queries."""
    db = sqlite3.connect(sqlite_uri(db_path, "mode=ro"), uri=True)
    db.execute("PRAGMA busy_timeout = 5000")
    return db


def view_ids(
    db: sqlite3.Connection,
    row_filter: RowFilter,
    sort_key: str,
    descending: bool,
    until_id: int | None = None,
    limit: int | None = None,
) -> tuple[list[int], int]:
    """The ids the view shows, in order, and how many newer rows ``until_id`` holds back.

    Each sort key has an index beginning with the event type, so a view walks it in order
    (no sort of a million rows); a search finds its few rows by the trigram index and sorts
    only them. ``limit``: only the first rows (the first screenful, shown before the rest).
    """
    matches = index_matches(db, row_filter)
    from_matches = isinstance(matches, list)
    where, params = row_filter.where(matches)
    held = 0
    if until_id is not None:
        held = count_newer(db, where, params, until_id)
        where = f"{where} AND id <= ?" if where else " WHERE id <= ?"
        params = [*params, until_id]
    direction = "DESC" if descending else "ASC"
    # A few matches: sorting them beats walking a sort index past every row ("+" keeps
    # SQLite off the sort index). Many: walk the sort index, keeping the matches.
    plus = "+" if from_matches else ""
    keys = ", ".join(f"{plus}{key} {direction}" for key in SORT_SQL[sort_key])
    query = f"SELECT id FROM events{where} ORDER BY {keys}, {plus}id {direction}"
    if limit is not None:
        query += f" LIMIT {int(limit)}"
    return [r[0] for r in db.execute(query, params)], held


def count_newer(db: sqlite3.Connection, where: str, params: list[object], after: int) -> int:
    """How many rows ``where`` keeps with ids above ``after`` (the rows a hold keeps back):
    read from the id range (NOT INDEXED), not by walking an event-type index past every
    row of a year's history to find the newest few."""
    newer = f"{where} AND id > ?" if where else " WHERE id > ?"
    query = f"SELECT COUNT(*) FROM events NOT INDEXED{newer}"
    return int(db.execute(query, [*params, after]).fetchone()[0])


def placements(
    db: sqlite3.Connection,
    row_filter: RowFilter,
    sort_key: str,
    descending: bool,
    shown: Sequence[int],
    arrived: Sequence[int],
    until_id: int | None = None,
) -> list[tuple[int, int]]:
    """Where rows that arrived belong in ``shown`` (a view's ids in order): (position in
    ``shown``, id) for each one the filter keeps and ``shown`` lacks, in order. Each place
    is found by bisection, SQLite itself ordering two rows at a time (its ORDER BY is the
    view's, NULLs and mixed types included), so a million shown rows are never re-read."""
    where, params = row_filter.where()
    if until_id is not None:
        where += " AND events.id <= ?" if where else " WHERE events.id <= ?"
        params.append(until_id)
    direction = "DESC" if descending else "ASC"
    order = ", ".join(f"{key} {direction}" for key in SORT_SQL[sort_key])
    order += f", events.id {direction}"
    # The arrivals lead (CROSS JOIN keeps that order), each found by its id: otherwise
    # SQLite walks the sort's index past a million rows to find a thousand.
    kept_sql = (
        "WITH arrived(arrival) AS (SELECT value FROM json_each(?)) SELECT events.id "
        f"FROM arrived CROSS JOIN events ON events.id = arrived.arrival{where} ORDER BY {order}"
    )
    arrivals = json.dumps([int(i) for i in arrived])
    kept = [r[0] for r in db.execute(kept_sql, [arrivals, *params])]
    pair = f"SELECT id FROM events WHERE id IN (?, ?) ORDER BY {order} LIMIT 1"

    def before(a: int, b: int) -> bool:
        if a == b:
            return False
        first = db.execute(pair, (a, b)).fetchone()
        return first is not None and first[0] == a

    if kept and shown and kept[-1] != shown[0] and not before(shown[0], kept[-1]):
        # Every arrival comes before the first shown row (the newest first, as views mostly
        # are): one question instead of one per row.
        return [(0, row_id) for row_id in kept]
    out: list[tuple[int, int]] = []
    low = 0
    for row_id in kept:  # in view order, so each place is at or after the last
        if low < len(shown) and before(shown[low], row_id):
            high = len(shown)
            low += 1
            while low < high:
                middle = (low + high) // 2
                if before(shown[middle], row_id):
                    low = middle + 1
                else:
                    high = middle
        if low < len(shown) and shown[low] == row_id:
            continue  # already shown (the view was read after it was stored)
        out.append((low, row_id))
    return out


class WatchMemoryReader:
    """The watch-only source's view of the ledger, on its own read-only connection (the
    source runs on a network thread; the store's connection belongs to the worker)."""

    def __init__(self, db_path: Path) -> None:
        self._path = db_path
        self._db: sqlite3.Connection | None = None

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = open_view(self._path)
        return self._db

    def cursor(self) -> str | None:
        return read_cursor(self._conn())

    def known(self, task_ids: Sequence[str]) -> set[str]:
        return stored_task_ids(self._conn(), task_ids)


class LedgerProbe(WatchMemoryReader):
    """The same questions of a ledger that may not exist yet (a connection check before
    the first run): no file means nothing known."""

    def cursor(self) -> str | None:
        return super().cursor() if self._path.exists() else None

    def known(self, task_ids: Sequence[str]) -> set[str]:
        if not self._path.exists():
            return set()
        try:
            return super().known(task_ids)
        except sqlite3.Error:  # an old or damaged file: the check says nothing of it
            return set()
