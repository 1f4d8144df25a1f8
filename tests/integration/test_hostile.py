"""Hostile EventSet entries through the simulator, the real SDK and a real SQLite file.

Each corpus entry is sent between good clips: the good ones are stored, the odd one is
stored as a row or set aside once (however often VOD delivers it), nothing is confirmed,
and the engine goes on ingesting afterwards with an honest status.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import wait_for
from tests.engine_harness import fast_config, read_store, running_engine
from tests.store_helpers import ingest
from vodmonitor.engine import EngineState
from vodmonitor.events import parse_event
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.simulator import Simulator
from vodmonitor.simulator.hostile import CORPUS, HostileEntry


def stored_task_ids(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT task_id FROM events WHERE task_id IS NOT NULL")]


def rejected_rows(db: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(db) as conn:
        return list(conn.execute("SELECT delivery_count, reason FROM rejected_events"))


@pytest.mark.parametrize("entry", CORPUS, ids=[e.name for e in CORPUS])
def test_one_hostile_entry_costs_nothing_else(
    entry: HostileEntry, sim: Simulator, tmp_path: Path
) -> None:
    db = tmp_path / "events.sqlite3"
    before = sim.enqueue_clips(2, failed=False)
    task_id = f"hostile-{entry.name}"
    sim.enqueue_raw([entry.make(task_id)])
    after = sim.enqueue_clips(2, failed=False)
    good = {p["ClipCompleteEvent"]["TaskId"] for p in before + after}
    with running_engine(sim, db) as (engine, recorder):
        wait_for(lambda: good <= set(stored_task_ids(db)))
        if entry.outcome == "set_aside":
            # Delivered again after the visibility timeout (1 s here): still one row.
            wait_for(lambda: rejected_rows(db) and rejected_rows(db)[0][0] >= 3)
            assert len(rejected_rows(db)) == 1
        else:
            wait_for(lambda: len(read_store(db).counts(None).__dict__) and _stored(db, task_id))
            assert rejected_rows(db) == []
        # Still ingesting: a clip sent after the bad entry's redeliveries is stored too.
        [late] = sim.enqueue_clips(1, failed=False)
        wait_for(lambda: late["ClipCompleteEvent"]["TaskId"] in stored_task_ids(db))
        wait_for(lambda: engine.status.state is EngineState.LIVE)
        assert EngineState.FAILED not in recorder.states()
    assert sum(sim.queue.confirmations().values()) == 0  # nothing acknowledged, nothing confirmed


def _stored(db: Path, task_id: str) -> bool:
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT COUNT(*) FROM events e JOIN event_payloads p ON p.id = e.id "
            "WHERE e.task_id = ? OR p.raw_json LIKE ?",
            (task_id, f"%{task_id}%"),
        ).fetchone()
    return bool(row[0])


def test_huge_errcode_and_lone_surrogate_are_kept_as_text(sim: Simulator, tmp_path: Path) -> None:
    db = tmp_path / "events.sqlite3"
    sim.enqueue_raw(
        [
            CORPUS[0].make("big"),  # ErrCode 99999999999999999999 as a number
            next(e for e in CORPUS if e.name == "lone_surrogate_message").make("sur"),
            next(e for e in CORPUS if e.name == "invalid_utf8_message").make("utf"),
        ]
    )
    with running_engine(sim, db):
        wait_for(lambda: {"big", "sur", "utf"} <= set(stored_task_ids(db)))
    store = read_store(db)
    events = {e.task_id: e for e in store.get(list(range(1, 10))).values()}
    store.close()
    assert events["big"].err_text == "99999999999999999999" and events["big"].succeeded is False
    assert events["big"].error_code_text == "99999999999999999999"
    assert events["sur"].message == "\\ud800 broken"
    assert events["utf"].message == "bad \ufffd\ufffd bytes"
    assert "\\ud800" in events["sur"].raw_json  # the exact text VOD sent


def test_two_payloads_with_one_task_id_are_both_kept_and_confirmed_only_as_shown(
    sim: Simulator, tmp_path: Path
) -> None:
    sim.config.visibility = sim.config.handle_ttl = 30
    db = tmp_path / "events.sqlite3"
    [first] = sim.enqueue_clips(1, failed=False)
    task = first["ClipCompleteEvent"]["TaskId"]
    with running_engine(sim, db, fast_config(handle_fresh_s=25)) as (engine, _):
        wait_for(lambda: len(stored_task_ids(db)) == 1)
        shown = next(iter(read_store(db).get([1]).values()))
        second = {
            **first,
            "ClipCompleteEvent": {**first["ClipCompleteEvent"], "SrcFileId": "other"},
        }
        sim.enqueue([second])
        wait_for(lambda: len(stored_task_ids(db)) == 2)
        rows = read_store(db).get([1, 2])
        assert all(e.conflict for e in rows.values())
        assert {e.src_file_id for e in rows.values()} == {
            first["ClipCompleteEvent"]["SrcFileId"],
            "other",
        }
        # The editor saw row 1; acknowledging it confirms the first payload only.
        engine.acknowledge([shown.id])
        # (confirmations() is keyed by TaskId, which both payloads share)
        wait_for(lambda: sim.stats["confirmed_handles"] == 1)
    confirmed = [s for s in sim.queue._events.values() if s.confirmations]
    assert [s.payload["ClipCompleteEvent"]["SrcFileId"] for s in confirmed] == [
        first["ClipCompleteEvent"]["SrcFileId"]
    ]
    assert task  # both rows carry it
    assert stored_task_ids(db) == [task, task]


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats()
    | st.text(st.characters(codec=None, exclude_categories=())),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=8,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    task_id=json_values,
    src=json_values,
    err=json_values,
    message=json_values,
    url=json_values,
    file_type=json_values,
    file_id=json_values,
    event_type=st.sampled_from(["ClipComplete", "NewFileUpload", "Other\ud800"]),
)
def test_any_json_value_in_any_field_survives_the_store(
    tmp_path: Path,
    task_id: object,
    src: object,
    err: object,
    message: object,
    url: object,
    file_type: object,
    file_id: object,
    event_type: str,
) -> None:
    payload = {
        "EventType": event_type,
        "EventHandle": "h",
        "ClipCompleteEvent": {
            "TaskId": task_id,
            "SrcFileId": src,
            "FileInfo": {
                "ErrCode": err,
                "Message": message,
                "FileUrl": url,
                "FileType": file_type,
                "FileId": file_id,
            },
        },
    }
    event = parse_event(payload)
    store = Store(tmp_path / "prop.sqlite3")
    try:
        result = ingest(store, [event], 1.0)
        assert result.refused == []
        [row_id] = result.inserted or result.updated
        stored = store.get([row_id])[row_id]
        clip = event.clip
        if clip is not None:
            assert stored.task_id == clip.task_id
            assert stored.message == clip.message
            assert stored.file_url == clip.file_url
            assert stored.error_code_text == (
                str(clip.err_code) if clip.err_code is not None else clip.err_text
            )
        assert stored.event_type == event.event_type
        stored.raw_json.encode("utf-8")  # every stored text is valid UTF-8
    finally:
        store.close()
        (tmp_path / "prop.sqlite3").unlink()
        for extra in ("-wal", "-shm"):
            (tmp_path / f"prop.sqlite3{extra}").unlink(missing_ok=True)


def test_a_value_sqlite_refuses_costs_only_its_event(tmp_path: Path) -> None:
    """Defence in depth below the parser: an event built with a value SQLite cannot bind
    (here an ErrCode past 64 bits) is set aside and the rest of its group commit is kept."""
    from dataclasses import replace

    from vodmonitor.events import ClipResult

    good = [parse_event(_clip_payload(f"good-{i}")) for i in range(3)]
    bad_clip = ClipResult("bad", "", "", "", "mp4", 2**70, "")
    bad = replace(good[0], identity="clip:bad", clip=bad_clip)
    store = Store(tmp_path / "e.sqlite3")
    try:
        result = store.ingest_pulls([(good[:2], 1.0), ([bad, good[2]], 2.0)])
        assert [r.reason.startswith("the database refused a value") for r in result.refused] == [
            True
        ]
        assert len(result.inserted) == 3 and store.counts().total == 3
    finally:
        store.close()


def _clip_payload(task_id: str) -> dict[str, object]:
    return {
        "EventType": "ClipComplete",
        "EventHandle": f"h-{task_id}",
        "ClipCompleteEvent": {
            "TaskId": task_id,
            "FileInfo": {"ErrCode": 0, "FileUrl": "https://e/x"},
        },
    }
