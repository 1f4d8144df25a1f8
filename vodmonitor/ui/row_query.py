"""Runs the table's SQL off the UI thread and works out how the visible list changed.

The UI thread only applies the answer: insert and remove runs it can pass straight to
``beginInsertRows``/``beginRemoveRows``. Like Picard's thread helpers, results reach the
GUI only through a queued signal.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
import time
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, Signal

from vodmonitor.ledgers.model import Counts
from vodmonitor.ledgers.sqlite_reads import count_events
from vodmonitor.ledgers.view import (
    FIXED_SORTS,
    RowFilter,
    count_newer,
    open_view,
    placements,
    view_ids,
)
from vodmonitor.ui import threads

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Request:
    generation: int
    row_filter: RowFilter
    sort_key: str  # a key of store_view.SORT_SQL
    descending: bool
    reset: bool  # the filter or sort changed: no diff, the view resets
    recount: bool  # the data or the event type changed: count again
    # While the editor holds the view still, rows newer than this are counted, not shown.
    until_id: int | None = None
    arrived: tuple[int, ...] | None = None  # rows stored since the last request (None: unknown)


@dataclass(frozen=True)
class Answer:
    generation: int
    ids: array[int]  # ids in a flat array: the collector never walks a million of them
    counts: Counts
    reset: bool
    elapsed_s: float = 0.0  # how long the query and diff took, to pace refreshes
    held: int = 0  # rows matching the filter that are newer than until_id
    removed_runs: list[tuple[int, int]] = field(default_factory=list)  # descending
    inserted_runs: list[tuple[int, int]] = field(default_factory=list)  # ascending
    # The rest of a view whose first screenful came just before: not new rows to highlight.
    rest: bool = False
    partial: bool = False  # only the first rows: the rest follows
    # ids holds only the arrivals, in the order of inserted_runs; the model's list is
    # otherwise unchanged (see RowQuery._placed)
    placed: bool = False


# A new view shows its first rows at once, then the rest (a million ids take a few hundred
# milliseconds to read; the first screenful, a few).
FIRST_ROWS = 200
_RETRIES, _RETRY_S = 120, 0.5  # a failed query is asked again for a minute
# More arrivals than this at once (a backlog drained in one refresh): read the view again.
_MOST_PLACED = 20_000


def _shape(request: Request) -> tuple[object, ...]:
    """What a view's ids depend on besides the rows: a change of any means reading again."""
    return (request.row_filter, request.sort_key, request.descending, request.until_id)


def _runs(indexes: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for i in indexes:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def diff(
    old: Sequence[int], new: Sequence[int]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """Removal and insertion runs turning ``old`` into ``new``, or None if rows moved."""
    if len(new) >= len(old) and new[: len(old)] == old:
        # The rest of a view after its first rows (or rows added at the end): no sets of a
        # million ids, which would hold the interpreter lock against the window.
        return [], ([(len(old), len(new) - 1)] if len(new) > len(old) else [])
    new_set = set(new)
    removed = [i for i, row_id in enumerate(old) if row_id not in new_set]
    kept = [row_id for row_id in old if row_id in new_set] if removed else list(old)
    old_set = set(kept)
    if [row_id for row_id in new if row_id in old_set] != kept:
        return None
    inserted = [i for i, row_id in enumerate(new) if row_id not in old_set]
    return list(reversed(_runs(removed))), _runs(inserted)


class RowQuery(QObject):
    answered = Signal(object)  # Answer, delivered queued on the GUI thread

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self._db_path = db_path
        self._requests: queue.Queue[Request | None] = queue.Queue()
        threads.install()
        self._thread = threading.Thread(target=self._run, name="row-query", daemon=True)
        # The view's ids as this thread last knew them (the model keeps its own copy).
        # Arrays of 8-byte ids rather than lists of int objects: a list of a million is
        # 40 MB the garbage collector walks in every full pass, holding the window up.
        self._last: array[int] = array("q")
        self._counts: Counts | None = None
        self._partial = False  # the view shows only its first rows so far
        self._failures = 0  # queries failed in a row
        self._stop = threading.Event()
        self._shape: tuple[object, ...] | None = None  # what _last was read for
        self._last_max = 0  # the largest id in _last
        self._thread.start()

    def submit(self, request: Request) -> None:
        self._requests.put(request)

    def close(self) -> None:
        self._stop.set()
        self._requests.put(None)
        self._thread.join(timeout=5)

    def _run(self) -> None:
        db = open_view(self._db_path)
        try:
            while True:
                request = self._requests.get()
                # Newest wins; but a reset must never be lost behind a later refresh.
                reset = request.reset if request else False
                recount = request.recount if request else False
                arrived = (
                    None if request is None or request.arrived is None else set(request.arrived)
                )
                while request is not None:
                    try:
                        newer = self._requests.get_nowait()
                    except queue.Empty:
                        break
                    if newer is None:
                        return
                    reset = reset or newer.reset
                    recount = recount or newer.recount
                    if arrived is not None and newer.arrived is not None:
                        arrived.update(newer.arrived)
                    else:
                        arrived = None
                    request = newer
                if request is None:
                    return
                try:
                    merged = replace(
                        request,
                        reset=reset,
                        recount=recount,
                        arrived=None if arrived is None else tuple(sorted(arrived)),
                    )
                    if reset:
                        first = self._answer(db, merged, True, limit=FIRST_ROWS)
                        self._partial = len(first.ids) == FIRST_ROWS
                        first = replace(first, partial=self._partial)
                        threads.to_main(partial(self.answered.emit, first))
                        self._failures = 0
                        if not self._partial or self._requests.qsize():
                            continue  # that was all of it, or a newer request follows
                    answer = replace(self._answer(db, merged, False), rest=self._partial)
                    self._partial = False
                    threads.to_main(partial(self.answered.emit, answer))
                    self._failures = 0
                except sqlite3.Error as exc:
                    # The ledger may be mid-migration (a first start after an upgrade
                    # builds its indexes for a while) or briefly locked: ask again soon,
                    # for a minute, rather than leave the table empty.
                    self._failures += 1
                    if self._failures <= _RETRIES:
                        log.info("table query failed (%s); trying again", exc)
                        self._stop.wait(_RETRY_S)
                        if not self._stop.is_set():
                            self._requests.put(replace(merged, reset=True, recount=True))
                    else:
                        log.exception("table query failed")
        finally:
            db.close()

    def _answer(
        self, db: sqlite3.Connection, request: Request, reset: bool, limit: int | None = None
    ) -> Answer:
        started = time.perf_counter()
        arrivals = None if reset or limit is not None else self._arrivals(db, request)
        if arrivals is not None:
            return self._placed(db, replace(request, arrived=arrivals), started)
        found, held = view_ids(
            db, request.row_filter, request.sort_key, request.descending, request.until_id, limit
        )
        if request.recount or self._counts is None:
            self._counts = count_events(db, request.row_filter.event_type)
        ids = array("q", found)
        self._last_max = max(found, default=0)
        del found  # a million int objects, gone before the model gets its copy
        # The model keeps (and changes) the array it is sent; this thread keeps its own.
        previous, self._last = self._last, ids[:]
        self._shape = _shape(request)
        if not reset:
            plan = diff(previous, ids)
            if plan is not None:
                elapsed = time.perf_counter() - started
                return Answer(request.generation, ids, self._counts, False, elapsed, held, *plan)
        elapsed = time.perf_counter() - started
        return Answer(request.generation, ids, self._counts, True, elapsed, held)

    def _arrivals(self, db: sqlite3.Connection, request: Request) -> tuple[int, ...] | None:
        """The rows to put in place in the view read before, or None when it must be read
        again. Places hold when no stored row can enter, leave or move (a settled filter
        on a fixed sort key) and the view is whole and was read for this filter and order.
        The editor starting or ending a hold keeps them too: holding shows the same rows,
        and letting go brings in only those held back (a million ids are not read again
        because a row was selected)."""
        shape = _shape(request)
        if (
            self._partial
            or self._shape is None
            or self._shape[:3] != shape[:3]
            or not request.row_filter.settled
            or request.sort_key not in FIXED_SORTS
            or request.arrived is None
        ):
            return None
        arrived = set(request.arrived)
        was, now = cast(int | None, self._shape[3]), request.until_id
        if was != now:
            if now is not None and self._last_max > now:
                return None  # the view shows rows the hold leaves out
            if was is not None:  # held-back rows come in
                if now is not None and now < was:
                    return None
                newer = "SELECT id FROM events WHERE id > ?" + (
                    "" if now is None else " AND id <= ?"
                )
                bounds = (was, now) if now is not None else (was,)
                held = db.execute(f"{newer} LIMIT {_MOST_PLACED + 1}", bounds).fetchall()
                arrived.update(r[0] for r in held)
        return tuple(sorted(arrived)) if len(arrived) <= _MOST_PLACED else None

    def _placed(self, db: sqlite3.Connection, request: Request, started: float) -> Answer:
        places = placements(
            db,
            request.row_filter,
            request.sort_key,
            request.descending,
            self._last,
            request.arrived or (),
            request.until_id,
        )
        held = 0
        if request.until_id is not None:
            where, params = request.row_filter.where()
            held = count_newer(db, where, params, request.until_id)
        # Only the arrivals travel: this thread and the model each insert them into their
        # own list (a memmove per run), so a million ids are never copied per refresh.
        inserted = _runs([position + n for n, (position, _) in enumerate(places)])
        arrivals = array("q", [row_id for _, row_id in places])
        taken = 0
        for start, end in inserted:
            self._last[start:start] = arrivals[taken : taken + end - start + 1]
            taken += end - start + 1
        self._last_max = max(self._last_max, max(arrivals, default=0))
        self._shape = _shape(request)
        if request.recount or self._counts is None:
            self._counts = count_events(db, request.row_filter.event_type)
        elapsed = time.perf_counter() - started
        return Answer(
            request.generation,
            arrivals,
            self._counts,
            False,
            elapsed,
            held,
            [],
            inserted,
            placed=True,
        )
