"""Retention (#22): only settled results older than N days leave the local ledger, with
their payloads, index entries and unneeded media facts, in small transactions; the file
gives pages back; a running engine does it on its low-priority lane."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from tests.conftest import wait_for
from tests.engine_harness import fast_config, running_engine
from tests.integration.test_ledger_contract import assert_derived_in_step
from vodmonitor.events import parse_event
from vodmonitor.ledgers.model import EventState
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.media.facts import MediaFacts
from vodmonitor.simulator import Simulator, generator

DAY = 86_400.0
NOW = 1_800_000_000.0


def test_only_settled_rows_older_than_the_limit_go(tmp_path: Path) -> None:
    rng = random.Random(5)
    store = Store(tmp_path / "h.sqlite3")
    bodies = [generator.clip_complete(rng, "http://m", failed=False) for _ in range(1200)]
    # a shared source file: its facts stay while any row names it
    for body in bodies:
        body["ClipCompleteEvent"]["SrcFileId"] = "shared-source"
    for n, body in enumerate(bodies):
        body["EventHandle"] = f"h{n}"
    old, recent = bodies[:1000], bodies[1000:]
    ingested = store.ingest_pulls([([parse_event(b) for b in old], NOW - 40 * DAY)])
    fresh = store.ingest_pulls([([parse_event(b) for b in recent], NOW - 1 * DAY)])
    old_ids, new_ids = ingested.inserted, fresh.inserted
    files = [b["ClipCompleteEvent"]["FileInfo"]["FileId"] for b in bodies]
    store.apply_media(
        [MediaFacts(f, "clip") for f in files] + [MediaFacts("shared-source", "src")], NOW
    )
    confirmed, confirming, untouched = old_ids[:700], old_ids[700:800], old_ids[800:]
    store.acknowledge(confirmed + confirming + new_ids, NOW - 39 * DAY)
    store.mark_confirmed(confirmed + new_ids, NOW - 39 * DAY)
    pages_before = store._db.execute(
        "SELECT COUNT(*) FROM dbstat WHERE name = 'event_payloads'"
    ).fetchone()[0]

    removed: list[int] = []
    while batch := store.prune(NOW - 30 * DAY, 250):  # small transactions
        assert len(batch) <= 250
        removed += batch
    assert sorted(removed) == sorted(confirmed)
    left = {r[0]: EventState(r[1]) for r in store._db.execute("SELECT id, state FROM events")}
    assert set(left) == set(confirming + untouched + new_ids)
    payloads = store._db.execute("SELECT COUNT(*) FROM event_payloads").fetchone()[0]
    assert payloads == len(left)
    named = {r[0] for r in store._db.execute("SELECT file_id FROM media")}
    gone_files = {files[old_ids.index(i)] for i in confirmed}
    assert not named & gone_files and "shared-source" in named
    assert store._db.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # incremental
    # every page the removals freed went back to the disk (none left on the free list);
    # a file without incremental vacuum keeps them
    assert store._db.execute("PRAGMA freelist_count").fetchone()[0] == 0
    payload_pages = store._db.execute(
        "SELECT COUNT(*) FROM dbstat WHERE name = 'event_payloads'"
    ).fetchone()[0]
    assert payload_pages < pages_before / 2
    store.close()
    assert_derived_in_step(tmp_path / "h.sqlite3")


def test_a_running_engine_removes_old_settled_results(sim: Simulator, tmp_path: Path) -> None:
    sim.enqueue([generator.clip_complete(sim.rng, sim.base_url) for _ in range(6)])
    # "days" of a fraction of a second, checked often: the rule, not the calendar
    config = fast_config(keep_days=1.0 / DAY, prune_every_s=0.2)
    db = tmp_path / "e.sqlite3"
    with running_engine(sim, db, config) as (engine, recorder):
        wait_for(lambda: len(recorder.inserted()) == 6, timeout=10)
        ids = recorder.inserted()
        engine.acknowledge(ids[:4])

        def removed() -> set[int]:
            return {i for change in recorder.changes for i in change.removed}

        wait_for(lambda: removed() == set(ids[:4]), timeout=15)
    view = sqlite3.connect(db)
    assert {r[0] for r in view.execute("SELECT id FROM events")} == set(ids[4:])
    view.close()
