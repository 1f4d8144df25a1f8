"""The engine's decisions without threads, sockets or real time: a fake clock and a real
SQLite ledger file, each case in milliseconds. The end-to-end engine tests
(tests/integration/test_engine.py) keep a few of these flows through the real parts."""

from __future__ import annotations

import json
import math
import random
from collections import deque
from collections.abc import Iterator
from pathlib import Path

import pytest

from vodmonitor.cloud import CloudError, ErrorKind
from vodmonitor.engine.config import EngineConfig
from vodmonitor.engine.core import Confirmations, ConfirmJob, next_confirm_batch
from vodmonitor.engine.status import EngineState, EngineStatus, TeamStatus, honest_status
from vodmonitor.events import Event, parse_event
from vodmonitor.ledgers.model import EventState, Reason, StorageProblem
from vodmonitor.ledgers.sqlite import Store

T0 = 1_800_000_000.0  # the fake clock's start


def clip(task: str, handle: str | None = "h1") -> Event:
    body = {
        "EventType": "ClipComplete",
        "ClipCompleteEvent": {
            "TaskId": task,
            "ErrCode": 0,
            "Message": "SUCCESS",
            "FileId": f"f-{task}",
            "FileUrl": f"https://example.com/{task}.mp4",
        },
    }
    if handle is not None:
        body["EventHandle"] = handle
    return parse_event(json.dumps(body))


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "core.sqlite3")
    yield store
    store.close()


def config(**overrides: float) -> EngineConfig:
    values: dict[str, float] = {"handle_fresh_s": 25.0, "undo_s": 5.0, **overrides}
    return EngineConfig(**values)  # type: ignore[arg-type]


def core(confirms: bool = True, **overrides: float) -> Confirmations:
    return Confirmations(config(**overrides), confirms=confirms, rng=random.Random(7))


def arrive(ledger: Store, events: list[Event], at: float) -> list[int]:
    result = ledger.ingest_pulls([(events, at)])
    return result.inserted or result.updated


def state(ledger: Store, event_id: int) -> EventState:
    return ledger.get([event_id])[event_id].state


# --- handle freshness and the undo window ---------------------------------------------------
def test_a_fresh_handle_is_confirmed_once_the_undo_window_is_over(ledger: Store) -> None:
    c = core()
    [event_id] = arrive(ledger, [clip("t1", "h1")], T0)
    acked = ledger.acknowledge([event_id], T0 + 1)
    assert c.acknowledged(ledger, acked, T0 + 1, leading=True).jobs == []  # may be undone
    assert c.due(ledger, T0 + 5.9, leading=True, shared=False, live_since=None).jobs == []
    step = c.due(ledger, T0 + 6.1, leading=True, shared=False, live_since=None)
    assert step.jobs == [ConfirmJob(event_id, "h1")]
    assert ledger.get([event_id])[event_id].confirm_attempt_at == T0 + 6.1  # recorded first
    assert c.wait(T0 + 6.1) == 1.0  # nothing else due


def test_an_undone_acknowledgement_is_never_sent(ledger: Store) -> None:
    c = core()
    [event_id] = arrive(ledger, [clip("t1")], T0)
    c.acknowledged(ledger, ledger.acknowledge([event_id], T0), T0, leading=True)
    assert ledger.unacknowledge([event_id]) == [event_id]
    step = c.due(ledger, T0 + 10, leading=True, shared=False, live_since=None)
    assert step.jobs == [] and state(ledger, event_id) is EventState.NEW


def test_a_dead_handle_waits_for_the_redelivery(ledger: Store) -> None:
    c = core(undo_s=0)
    [event_id] = arrive(ledger, [clip("t1", "old")], T0)
    late = T0 + 3600  # acknowledged an hour later: the handle died long ago
    step = c.acknowledged(ledger, ledger.acknowledge([event_id], late), late, leading=True)
    assert step.jobs == []
    assert state(ledger, event_id) is EventState.ACKNOWLEDGED
    # VOD delivers it again with a new handle: confirmed with that one, at once.
    result = ledger.ingest_pulls([([clip("t1", "new")], late + 30)], acknowledged_before=late)
    assert result.to_confirm == [(event_id, "new")]
    assert c.submit(ledger, result.to_confirm, late + 30, leading=True) == [
        ConfirmJob(event_id, "new")
    ]
    # the same handle is not queued twice while in flight
    assert c.submit(ledger, result.to_confirm, late + 31, leading=True) == []


def test_pending_at_start_uses_handles_still_fresh(ledger: Store) -> None:
    c = core(undo_s=0)
    ids = arrive(ledger, [clip("a", "ha"), clip("b", "hb")], T0)
    ledger.acknowledge(ids, T0)
    ledger.ingest_pulls([([clip("b", "hb2")], T0 + 20)])  # b redelivered later
    step = c.pending(ledger, T0 + 30, leading=True)  # a's handle is 30 s old: dead
    assert [(j.event_id, j.handle) for j in step.jobs] == [(ids[1], "hb2")]


# --- batching and refused batches ---------------------------------------------------------
def test_a_thousand_acknowledged_go_out_sixteen_per_call(ledger: Store) -> None:
    c = core(undo_s=0)
    ids = arrive(ledger, [clip(f"t{i}", f"h{i}") for i in range(1000)], T0)
    jobs = deque(c.acknowledged(ledger, ledger.acknowledge(ids, T0), T0, leading=True).jobs)
    calls = []
    while jobs:
        calls.append(next_confirm_batch(jobs))
    assert len(calls) == math.ceil(1000 / 16)
    assert sorted(j.event_id for call in calls for j in call) == sorted(ids)


def test_a_newer_handle_replaces_the_older_in_one_call() -> None:
    jobs = deque([ConfirmJob(1, "a"), ConfirmJob(2, "b"), ConfirmJob(1, "c")])
    assert next_confirm_batch(jobs) == [ConfirmJob(2, "b"), ConfirmJob(1, "c")]
    solo = deque([ConfirmJob(1, "a", solo=True), ConfirmJob(2, "b")])
    assert next_confirm_batch(solo) == [ConfirmJob(1, "a", solo=True)]


def test_a_refused_batch_is_split_to_find_the_bad_handle(ledger: Store) -> None:
    c = core(undo_s=0)
    ids = arrive(ledger, [clip(f"t{i}", f"h{i}") for i in range(3)], T0)
    jobs = c.acknowledged(ledger, ledger.acknowledge(ids, T0), T0, leading=True).jobs
    refused = CloudError(ErrorKind.PERMANENT, "InvalidParameterValue.EventHandle", "bad")
    assert refused.handle_rejected
    pairs = [(j.event_id, j.handle) for j in jobs]
    step = c.confirmed(ledger, pairs, refused, T0 + 1, leading=True)
    assert sorted(j.event_id for j in step.jobs) == sorted(ids)
    assert all(j.solo for j in step.jobs)  # each alone, so the bad one shows itself
    # the bad one (alone) is refused again: it waits for a redelivery, the others confirm
    bad, *good = step.jobs
    c.confirmed(ledger, [(bad.event_id, bad.handle)], refused, T0 + 2, leading=True)
    c.confirmed(ledger, [(j.event_id, j.handle) for j in good], None, T0 + 2, leading=True)
    stored = ledger.get(ids)
    assert stored[bad.event_id].state is EventState.ACKNOWLEDGED
    assert stored[bad.event_id].state_reason == Reason.HANDLE_EXPIRED
    assert all(stored[j.event_id].state is EventState.CONFIRMED for j in good)


def test_a_failed_confirmation_backs_off_then_tries_again(ledger: Store) -> None:
    c = core(undo_s=0, backoff_base_s=1.0, backoff_cap_s=60.0)
    [event_id] = arrive(ledger, [clip("t1", "h1")], T0)
    [job] = c.acknowledged(ledger, ledger.acknowledge([event_id], T0), T0, leading=True).jobs
    down = CloudError(ErrorKind.TRANSIENT, "InternalError", "try later", request_id="r-1")
    c.confirmed(ledger, [(job.event_id, job.handle)], down, T0 + 0.1, leading=True)
    stored = ledger.get([event_id])[event_id]
    assert stored.state is EventState.CONFIRM_FAILED and "r-1" in stored.state_reason
    retry_at = c.retry_at
    assert retry_at is not None and T0 + 0.1 <= retry_at <= T0 + 1.1
    assert c.due(ledger, retry_at - 0.01, leading=True, shared=False, live_since=None).jobs == []
    retried = c.due(ledger, retry_at, leading=True, shared=False, live_since=None).jobs
    assert [(j.event_id, j.handle) for j in retried] == [(event_id, "h1")]
    attempts = [c.attempt]
    c.confirmed(ledger, [(event_id, "h1")], down, retry_at + 0.1, leading=True)
    attempts.append(c.attempt)
    c.confirmed(ledger, [(event_id, "h1")], None, T0 + 5, leading=True)
    assert attempts == [1, 2] and c.attempt == 0  # the backoff grows, and resets on success


# --- the not-redelivered inference ----------------------------------------------------------
def test_a_lost_answer_is_settled_after_the_grace_period(ledger: Store) -> None:
    c = core(undo_s=0, redelivery_grace_s=90.0)
    [event_id] = arrive(ledger, [clip("t1", "h1")], T0)
    [job] = c.acknowledged(ledger, ledger.acknowledge([event_id], T0), T0, leading=True).jobs
    c.released([(job.event_id, job.handle)])  # the answer never came (crash, dropped link)
    assert c.infer(ledger, T0 + 60, live_since=T0 - 10, leading=True) == []  # too soon
    assert c.infer(ledger, T0 + 100, live_since=T0 + 50, leading=True) == []  # polling broke
    assert c.infer(ledger, T0 + 100, live_since=T0 - 10, leading=False) == []  # not leading
    assert c.infer(ledger, T0 + 100, live_since=T0 - 10, leading=True) == [event_id]
    stored = ledger.get([event_id])[event_id]
    assert stored.state is EventState.CONFIRMED
    assert stored.state_reason == Reason.NOT_REDELIVERED


def test_a_redelivered_event_is_not_inferred_confirmed(ledger: Store) -> None:
    c = core(undo_s=0, redelivery_grace_s=90.0)
    [event_id] = arrive(ledger, [clip("t1", "h1")], T0)
    [job] = c.acknowledged(ledger, ledger.acknowledge([event_id], T0), T0, leading=True).jobs
    c.released([(job.event_id, job.handle)])
    ledger.ingest_pulls([([clip("t1", "h2")], T0 + 30)])  # VOD still holds it
    assert c.infer(ledger, T0 + 100, live_since=T0 - 10, leading=True) == []


# --- sources that confirm nothing, roles that do not lead -------------------------------------
def test_a_source_that_confirms_nothing_settles_rows_as_done(ledger: Store) -> None:
    c = core(confirms=False)
    [event_id] = arrive(ledger, [clip("t1", handle=None)], T0)
    c.acknowledged(ledger, ledger.acknowledge([event_id], T0), T0, leading=True)
    assert state(ledger, event_id) is EventState.ACKNOWLEDGED  # still inside the window
    step = c.due(ledger, T0 + 6, leading=True, shared=False, live_since=T0)
    assert step.jobs == [] and step.changed == [event_id]
    assert state(ledger, event_id) is EventState.DONE
    assert ledger.get([event_id])[event_id].confirm_attempt_at is None


def test_a_desktop_that_does_not_lead_sends_nothing(ledger: Store) -> None:
    c = core(undo_s=0)
    [event_id] = arrive(ledger, [clip("t1", "h1")], T0)
    step = c.acknowledged(ledger, ledger.acknowledge([event_id], T0), T0, leading=False)
    assert step.jobs == []
    assert ledger.get([event_id])[event_id].confirm_attempt_at is None
    # once it leads, the shared ledger's check picks the acknowledgement up
    later = c.due(ledger, T0 + 1, leading=True, shared=True, live_since=None)
    assert [(j.event_id, j.handle) for j in later.jobs] == [(event_id, "h1")]


def test_a_follower_settles_handleless_rows_of_a_shared_ledger(ledger: Store) -> None:
    c = core(undo_s=0)
    [event_id] = arrive(ledger, [clip("t1", handle=None)], T0)
    ledger.acknowledge([event_id], T0)  # by another desktop, as the shared ledger shows
    step = c.due(ledger, T0 + 1, leading=False, shared=True, live_since=None)
    assert step.changed == [event_id] and state(ledger, event_id) is EventState.DONE


# --- what the status may say ------------------------------------------------------------------
def honest(status: EngineStatus, **kw: object) -> EngineStatus:
    args: dict[str, object] = {
        "failure": None,
        "storage": None,
        "team": None,
        "heartbeat_age": 0.0,
        "heartbeat_s": 5.0,
    }
    args.update(kw)
    return honest_status(status, **args)  # type: ignore[arg-type]


def test_live_needs_a_recent_heartbeat() -> None:
    live = EngineStatus(EngineState.LIVE, last_poll_ok=T0)
    assert honest(live).state is EngineState.LIVE
    stalled = honest(live, heartbeat_age=5.1)
    assert stalled.state is EngineState.STALLED and stalled.last_poll_ok == T0


def test_failures_and_storage_outrank_a_live_poll() -> None:
    live = EngineStatus(EngineState.LIVE)
    failed = EngineStatus(EngineState.FAILED, detail="engine-worker: KeyError")
    storage = EngineStatus(EngineState.STORAGE_ERROR, storage_problem=StorageProblem.FULL)
    assert honest(live, failure=failed, storage=storage) == failed
    assert honest(live, storage=storage) == storage
    assert honest(EngineStatus(EngineState.STOPPED), failure=failed).state is EngineState.STOPPED


def test_an_unreachable_team_database_is_never_live() -> None:
    offline = TeamStatus(False, problem="connection refused")
    shown = honest(EngineStatus(EngineState.LIVE), team=offline)
    assert shown.state is EngineState.TEAM_OFFLINE and shown.detail == "connection refused"
    leading = TeamStatus(True, leading=True, desktops=3)
    assert honest(EngineStatus(EngineState.LIVE), team=leading).team == leading
