"""The engine against the simulator through the real SDK, with short timings."""

from __future__ import annotations

import math
import time
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import sim_connection, wait_for
from tests.engine_harness import fast_config, read_store, running_engine
from tests.store_helpers import all_events
from vodmonitor.engine import Engine, EngineState
from vodmonitor.ledgers.model import EventState, Reason, StorageProblem, StoreError
from vodmonitor.simulator import Simulator
from vodmonitor.sources.reliable import RELIABLE, ReliableSource


def rows(db: Path) -> list:  # type: ignore[type-arg]
    store = read_store(db)
    try:
        return all_events(store)
    finally:
        store.close()


def by_task(db: Path) -> dict[str, object]:
    return {e.task_id: e for e in rows(db) if e.task_id}


def test_persists_once_and_redeliveries_never_add_rows(sim: Simulator, tmp_path: Path) -> None:
    db = tmp_path / "e.sqlite3"
    sim.enqueue_clips(20)
    with running_engine(sim, db) as (_, rec):
        wait_for(lambda: len(rec.inserted()) == 20)
        wait_for(lambda: min(sim.queue.deliveries().values()) >= 3)  # several redeliveries
    events = rows(db)
    assert len(events) == 20
    assert len({e.identity for e in events}) == 20
    assert max(e.delivery_count for e in events) >= 3
    assert all(e.state is EventState.NEW for e in events)
    assert sum(sim.queue.confirmations().values()) == 0  # nothing the editor did not ack


def test_acknowledge_at_once_confirms_at_once(sim: Simulator, tmp_path: Path) -> None:
    sim.config.visibility = sim.config.handle_ttl = 30  # a redelivery would hide a failure
    db = tmp_path / "e.sqlite3"
    sim.enqueue_clips(5)
    with running_engine(sim, db, fast_config(handle_fresh_s=25)) as (engine, rec):
        wait_for(lambda: len(rec.inserted()) == 5)
        engine.acknowledge(rec.inserted())
        wait_for(lambda: all(e.state is EventState.CONFIRMED for e in rows(db)))
    assert set(sim.queue.confirmations().values()) == {1}
    assert sim.stats["calls.ConfirmEvents"] == 1
    assert all(e.delivery_count == 1 for e in rows(db))


def test_thousand_acknowledged_use_few_confirm_calls(sim: Simulator, tmp_path: Path) -> None:
    sim.config.visibility = sim.config.handle_ttl = 20
    db = tmp_path / "e.sqlite3"
    sim.enqueue_clips(1000)
    with running_engine(sim, db, fast_config(handle_fresh_s=15)) as (engine, rec):
        wait_for(lambda: len(rec.inserted()) == 1000, timeout=30)
        engine.acknowledge(rec.inserted())
        wait_for(lambda: sim.queue.pending_count() == 0, timeout=30)
        wait_for(lambda: all(e.state is EventState.CONFIRMED for e in rows(db)))
    assert set(sim.queue.confirmations().values()) == {1}
    assert sim.stats["calls.ConfirmEvents"] <= math.ceil(1000 / 16) + 3


def test_other_types_are_recorded_never_confirmed(sim: Simulator, tmp_path: Path) -> None:
    db = tmp_path / "e.sqlite3"
    sim.enqueue(
        [{"EventType": "NewFileUpload", "FileUploadEvent": {"FileId": str(i)}} for i in range(3)]
    )
    with running_engine(sim, db) as (_, rec):
        wait_for(lambda: len(rec.inserted()) == 3)
        wait_for(lambda: min(sim.queue.deliveries().values()) >= 2)
    assert [e.event_type for e in rows(db)] == ["NewFileUpload"] * 3
    assert sum(sim.queue.confirmations().values()) == 0
    assert len(rows(db)) == 3


def test_other_types_confirmed_when_the_setting_says_so(sim: Simulator, tmp_path: Path) -> None:
    db = tmp_path / "e.sqlite3"
    sim.enqueue(
        [{"EventType": "NewFileUpload", "FileUploadEvent": {"FileId": str(i)}} for i in range(3)]
    )
    [clip] = sim.enqueue_clips(1)
    config = fast_config(confirm_other_types=True)
    with running_engine(sim, db, config):
        wait_for(lambda: sum(sim.queue.confirmations().values()) == 3)
        wait_for(lambda: sum(e.state is EventState.CONFIRMED for e in rows(db)) == 3)
    assert sim.queue.confirmations()[clip["ClipCompleteEvent"]["TaskId"]] == 0


@pytest.mark.parametrize("fault", ["http500", "internal_error", "throttle", "reset", "non_json"])
def test_recovers_from_each_fault_without_loss(sim: Simulator, tmp_path: Path, fault: str) -> None:
    db = tmp_path / "e.sqlite3"
    sim.inject(fault, count=3, action="PullEvents")
    sim.enqueue_clips(10)
    with running_engine(sim, db) as (_, rec):
        wait_for(lambda: len(rec.inserted()) == 10)
    expected = EngineState.THROTTLED if fault == "throttle" else EngineState.BACKING_OFF
    assert expected in rec.states()
    assert sim.stats[f"faults.{fault}"] == 3
    assert len(rows(db)) == 10


def test_recovers_from_outage_and_confirm_failures(sim: Simulator, tmp_path: Path) -> None:
    sim.config.visibility = sim.config.handle_ttl = 30
    db = tmp_path / "e.sqlite3"
    sim.enqueue_clips(4)
    with running_engine(sim, db, fast_config(handle_fresh_s=25)) as (engine, rec):
        wait_for(lambda: len(rec.inserted()) == 4)
        sim.inject("internal_error", count=2, action="ConfirmEvents")
        engine.acknowledge(rec.inserted())
        wait_for(lambda: any(e.state is EventState.CONFIRM_FAILED for e in rows(db)))
        assert "InternalError" in next(e.state_reason for e in rows(db) if e.state_reason)
        wait_for(lambda: all(e.state is EventState.CONFIRMED for e in rows(db)))
        sim.set_outage(True)
        wait_for(lambda: EngineState.BACKING_OFF in rec.states())
        sim.enqueue_clips(3)
        sim.set_outage(False)
        wait_for(lambda: len(rec.inserted()) == 7)
    assert set(sim.queue.confirmations().values()) == {0, 1}


def test_auth_error_stops_polling_until_new_credentials(sim: Simulator, tmp_path: Path) -> None:
    db = tmp_path / "e.sqlite3"
    sim.enqueue_clips(2)
    with running_engine(sim, db, secret_key="wrong") as (engine, rec):
        wait_for(lambda: EngineState.AUTH_ERROR in rec.states())
        assert engine.status.error is not None
        assert engine.status.error.code == "AuthFailure.SignatureFailure"
        # Each puller makes one refused call, then waits for new credentials.
        pullers = engine.source.readers
        wait_for(lambda: sim.stats["errors.AuthFailure.SignatureFailure"] == pullers)
        calls = sim.stats["requests"]
        time.sleep(0.3)  # observing that nothing happens needs some time to pass
        assert sim.stats["requests"] == calls
        engine.update_connection(sim_connection(sim))
        wait_for(lambda: len(rec.inserted()) == 2)
        assert engine.status.state is EngineState.LIVE


def test_push_mode_is_reported_then_resumes(sim: Simulator, tmp_path: Path) -> None:
    sim.config.mode = "PUSH"
    sim.config.notification_url = "https://cb.example.com/vod"
    db = tmp_path / "e.sqlite3"
    sim.enqueue_clips(1)
    with running_engine(sim, db) as (engine, rec):
        wait_for(lambda: engine.status.state is EngineState.PUSH_MODE)
        assert engine.status.notification_url == "https://cb.example.com/vod"
        assert sim.stats["calls.PullEvents"] == 0
        sim.config.mode = "PULL"
        wait_for(lambda: len(rec.inserted()) == 1)


def test_stop_returns_within_a_second_mid_long_poll(sim: Simulator, tmp_path: Path) -> None:
    sim.config.hold = 5.0
    engine = Engine(tmp_path / "e.sqlite3", sim_connection(sim), fast_config())
    engine.start()
    wait_for(lambda: sim.stats["calls.PullEvents"] >= 1)
    assert engine.stop(timeout=1.0)
    assert engine.status.state is EngineState.STOPPED


def test_unusable_database_fails_start_clearly(sim: Simulator, tmp_path: Path) -> None:
    bad = tmp_path / "not-a-db.sqlite3"
    bad.write_bytes(b"this is not sqlite" * 100)
    engine = Engine(bad, sim_connection(sim), fast_config())
    with pytest.raises(StoreError, match="not a database") as caught:
        engine.start()
    assert caught.value.problem is StorageProblem.CORRUPT and caught.value.path == bad


def test_confirmation_whose_answer_was_lost_is_settled(sim: Simulator, tmp_path: Path) -> None:
    """A crash between VOD accepting a confirm and the local commit: the event never comes
    back, so after the grace period of live polling the row is settled as confirmed."""
    sim.config.visibility = sim.config.handle_ttl = 30
    db = tmp_path / "e.sqlite3"
    [payload] = sim.enqueue_clips(1)
    with running_engine(sim, db) as (_, rec):
        wait_for(lambda: len(rec.inserted()) == 1)
    from vodmonitor.ledgers.sqlite import Store

    store = Store(db)
    [event] = all_events(store)
    store.acknowledge([event.id], time.time())
    store.mark_confirm_attempt([event.id], time.time())
    store.close()
    assert event.handle is not None
    from vodmonitor.cloud import VodApi

    VodApi(sim_connection(sim)).confirm([event.handle])  # VOD got it; the answer was "lost"
    with running_engine(sim, db, fast_config(redelivery_grace_s=1.5)):
        wait_for(lambda: rows(db)[0].state is EventState.CONFIRMED)
    [after] = rows(db)
    assert after.state_reason == Reason.NOT_REDELIVERED
    assert sim.queue.confirmations()[payload["ClipCompleteEvent"]["TaskId"]] == 1


def test_malformed_events_are_kept_aside_never_confirmed(sim: Simulator, tmp_path: Path) -> None:
    db = tmp_path / "e.sqlite3"
    sim.enqueue([{"NoEventType": True, "Payload": [1, 2]}, {"EventType": None}])
    sim.enqueue_clips(1)
    with running_engine(sim, db, fast_config(confirm_other_types=True)) as (_, rec):
        wait_for(lambda: len(rec.inserted()) == 1)
        wait_for(lambda: read_store(db).counts().rejected >= 2)
    assert len(rows(db)) == 1
    assert sum(sim.queue.confirmations().values()) == 0


def test_clock_error_resumes_by_itself_once_the_clock_is_right(
    sim: Simulator, tmp_path: Path
) -> None:
    sim.config.clock_offset = 900  # the server is 15 min ahead of this computer
    sim.enqueue_clips(1)
    db = tmp_path / "e.sqlite3"
    with running_engine(sim, db) as (engine, _):
        wait_for(lambda: engine.status.error is not None)
        assert engine.status.error.code == "AuthFailure.SignatureExpire"
        assert engine.status.state is EngineState.BACKING_OFF and engine.status.retry_at
        sim.config.clock_offset = 0  # the user fixed the clock; no new credentials needed
        wait_for(lambda: engine.status.state is EngineState.LIVE)
        store = read_store(db)
        wait_for(lambda: store.counts().total == 1)
        store.close()


def test_a_code_bug_in_a_thread_halts_polling_and_says_so(sim: Simulator, tmp_path: Path) -> None:
    """No thread dies silently: the failure is a state, and nothing claims to be live."""
    from tests.engine_harness import Recorder

    calls = []

    class BrokenSource(ReliableSource):
        def pull(self):  # type: ignore[no-untyped-def]
            calls.append(1)
            raise KeyError("a bug")

    recorder = Recorder()
    engine = Engine(
        tmp_path / "e.sqlite3",
        sim_connection(sim),
        fast_config(),
        on_change=recorder.on_change,
        on_status=recorder.on_status,
        source=replace(RELIABLE, open=BrokenSource),
    )
    engine.start()
    try:
        wait_for(lambda: engine.status.state is EngineState.FAILED)
        assert "KeyError" in engine.status.detail and engine.failed
        pulls = len(calls)
        engine.acknowledge([1])  # the worker still takes acknowledgements durably
        wait_for(lambda: recorder.statuses and recorder.statuses[-1].state is EngineState.FAILED)
        assert len(calls) == pulls <= 2  # each puller failed once; nobody retries a bug
        assert EngineState.LIVE not in recorder.states()
    finally:
        assert engine.stop(timeout=2.0)


def test_live_needs_a_worker_that_keeps_up(sim: Simulator, tmp_path: Path) -> None:
    """The pullers get answers, but the worker is stuck (here: in a callback): the status
    must say so instead of Live, and be Live again once the worker moves on."""
    import threading

    from tests.engine_harness import Recorder

    release = threading.Event()
    recorder = Recorder()

    def stuck_on_first_insert(change):  # type: ignore[no-untyped-def]
        recorder.on_change(change)
        release.wait(20)

    engine = Engine(
        tmp_path / "e.sqlite3",
        sim_connection(sim),
        fast_config(),
        on_change=stuck_on_first_insert,
        on_status=recorder.on_status,
    )
    sim.enqueue_clips(1)
    engine.start()
    try:
        wait_for(lambda: engine.status.state is EngineState.STALLED)
        release.set()
        wait_for(lambda: engine.status.state is EngineState.LIVE)
    finally:
        release.set()
        assert engine.stop(timeout=2.0)
