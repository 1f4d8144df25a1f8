"""A year of history searched through the trigram index (#22): the index answers exactly
what a scan would, stays in step with every write, and each view walks an index. Real
SQLite files written by the real store."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vodmonitor.columns import COLUMNS
from vodmonitor.events import parse_event
from vodmonitor.ledgers import sqlite_search
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.ledgers.sqlite_schema import SEARCHED
from vodmonitor.ledgers.view import (
    FIXED_SORTS,
    SORT_SQL,
    RowFilter,
    open_view,
    placements,
    view_ids,
)
from vodmonitor.media.facts import MediaFacts
from vodmonitor.simulator import generator

# Text as editors and servers write it: Latin with case, Korean, Chinese, emoji, the
# characters LIKE and FTS5 treat specially, spaces.
ALPHABET = st.sampled_from(
    list("abcABC xyzXYZ012_%\\\"'*-.:/")
    + list("클립인터뷰영상")
    + list("剪辑视频采访")
    + ["😀", "🎬", "É", "é", "ß"]
)
TEXT = st.text(ALPHABET, max_size=14)


def _ascii_fold(text: str) -> str:
    return "".join(c.lower() if c.isascii() else c for c in text)


def scan(rows: dict[int, dict[str, str]], term: str) -> set[int]:
    """What LIKE '%term%' finds (SQLite folds ASCII case only), computed in Python."""
    wanted = _ascii_fold(term.strip())
    return {
        row_id
        for row_id, fields in rows.items()
        if any(wanted in _ascii_fold(value or "") for value in fields.values())
    }


def store_rows(path: Path, texts: list[tuple[str, str, str, str]]) -> dict[int, dict[str, str]]:
    """Rows whose task id, message, link and clip name carry ``texts``, written through
    ingest and media facts (the writes that keep the index)."""
    store = Store(path)
    events = []
    for n, (task, message, url_part, _name) in enumerate(texts):
        body = generator.clip_complete(random.Random(n), "http://m", failed=bool(message))
        body["ClipCompleteEvent"]["TaskId"] = f"{task}#{n}"
        info = body["ClipCompleteEvent"]["FileInfo"]
        info["FileId"] = f"file{n}"
        if message:
            info["Message"] = message
        else:
            info["FileUrl"] = f"https://vod.example.com/{url_part}/f0.mp4"
        events.append(parse_event(body))
    store.ingest_pulls([(events, 100.0)])
    store.apply_media([MediaFacts(f"file{n}", t[3]) for n, t in enumerate(texts)], 200.0)
    rows = {}
    for row in store._db.execute(f"SELECT id, {', '.join(SEARCHED)} FROM events"):
        rows[row[0]] = dict(zip(SEARCHED, row[1:], strict=True))
    store.close()
    return rows


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    texts=st.lists(st.tuples(TEXT, TEXT, TEXT, TEXT), min_size=1, max_size=8),
    pick=st.integers(0, 1000),
    start=st.integers(0, 20),
    length=st.integers(1, 8),
    other=TEXT,
)
def test_the_index_finds_what_a_scan_finds(
    tmp_path_factory: pytest.TempPathFactory,
    texts: list[tuple[str, str, str, str]],
    pick: int,
    start: int,
    length: int,
    other: str,
) -> None:
    path = tmp_path_factory.mktemp("fts") / "h.sqlite3"
    rows = store_rows(path, texts)
    fields = [v for r in rows.values() for v in r.values() if v]
    source = fields[pick % len(fields)]
    # A piece of a stored value (found at least once), in another case, and any text.
    terms = [source[start : start + length], source[start : start + length].upper(), other]
    db = open_view(path)
    try:
        for term in terms:
            if not term.strip():
                continue
            ids, _ = view_ids(db, RowFilter(text=term), "received", True)
            assert set(ids) == scan(rows, term), term
            assert len(ids) == len(set(ids))
    finally:
        db.close()


def test_search_reads_the_trigram_index_and_views_walk_sort_indexes(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    store_rows(path, [("task", "", "x", "Interview")] * 3)
    db = open_view(path)

    def plan(row_filter: RowFilter, key: str) -> str:
        where, params = row_filter.where()
        keys = ", ".join(f"{k} DESC" for k in SORT_SQL[key])
        query = f"SELECT id FROM events{where} ORDER BY {keys}, id DESC"
        return " | ".join(str(r[-1]) for r in db.execute(f"EXPLAIN QUERY PLAN {query}", params))

    try:
        assert "VIRTUAL TABLE INDEX" in plan(RowFilter(text="Interview"), "received")
        assert "VIRTUAL TABLE" not in plan(RowFilter(text="In"), "received")  # too short
        for spec in COLUMNS:
            steps = plan(RowFilter(), spec.key)
            assert "TEMP B-TREE" not in steps and "USING" in steps, (spec.key, steps)
    finally:
        db.close()


def test_every_searched_column_is_in_the_index() -> None:
    assert {spec.search_sql for spec in COLUMNS if spec.search_sql} == set(SEARCHED)


def test_counts_and_index_stay_in_step_through_acknowledge_and_media(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    store_rows(path, [("a", "", "u", "n1"), ("b", "boom", "", "n2"), ("c", "", "v", "n3")])
    store = Store(path)
    ids = [r[0] for r in store._db.execute("SELECT id FROM events ORDER BY id")]
    store.acknowledge(ids[:2], 300.0)
    store.apply_media([MediaFacts("file2", "renamed")], 400.0)
    counts = store.counts()
    assert (counts.needs_attention, counts.failed, counts.total) == (1, 1, 3)
    db = sqlite3.connect(path)
    sqlite_search.check(db)
    db.close()
    view = open_view(path)
    assert view_ids(view, RowFilter(text="renamed"), "received", True)[0] == [ids[2]]
    assert view_ids(view, RowFilter(text="n3"), "received", True)[0] == []
    view.close()
    store.close()


def test_the_date_filter_keeps_the_chosen_days(tmp_path: Path) -> None:
    store = Store(tmp_path / "h.sqlite3")
    day = 86_400.0
    for n in range(10):
        body = generator.clip_complete(random.Random(n), "http://m")
        store.ingest_pulls([([parse_event(body)], 1_800_000_000.0 + n * day)])
    store.close()
    view = open_view(tmp_path / "h.sqlite3")
    since = 1_800_000_000.0 + 3 * day
    ids, _ = view_ids(view, RowFilter(since=since, until=since + 4 * day), "received", False)
    seen = [
        view.execute("SELECT first_seen FROM events WHERE id = ?", (i,)).fetchone()[0] for i in ids
    ]
    assert seen == [since + n * day for n in range(4)]
    view.close()


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("sort_key", sorted(FIXED_SORTS))
def test_arrivals_placed_by_bisection_land_where_a_full_read_puts_them(
    tmp_path: Path, sort_key: str, descending: bool
) -> None:
    """Rows arriving in a view of every event type (NULL keys, equal keys, failed rows)
    are placed exactly where reading the whole view again would show them."""
    rng = random.Random(f"{sort_key}{descending}")
    store = Store(tmp_path / "h.sqlite3")

    def batch(count: int, at: float) -> list[int]:
        bodies = []
        for _ in range(count):
            if rng.random() < 0.2:
                bodies.append(generator.other_event(rng, "http://m"))
                continue
            body = generator.clip_complete(rng, "http://m")
            body["ClipCompleteEvent"]["TaskId"] = rng.choice(["same", "Same", "zz", "a"]) + str(
                rng.randrange(3)
            )
            bodies.append(body)
        # received at a few distinct times: equal keys are common
        return store.ingest_pulls(
            [([parse_event(b)], at + rng.randrange(3)) for b in bodies]
        ).inserted

    batch(60, 100.0)
    view = open_view(store.path)
    for row_filter in (RowFilter(event_type=None), RowFilter(failed_only=True)):
        shown, _ = view_ids(view, row_filter, sort_key, descending)
        arrived = batch(25, 99.0)
        places = placements(view, row_filter, sort_key, descending, shown, arrived)
        merged = list(shown)
        for offset, (position, row_id) in enumerate(places):
            merged.insert(position + offset, row_id)
        assert merged == view_ids(view, row_filter, sort_key, descending)[0]
        # placing them again finds them already shown
        assert placements(view, row_filter, sort_key, descending, merged, arrived) == []
    view.close()
    store.close()
