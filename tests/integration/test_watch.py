"""Watch-only: clip results from the task list, through the real SDK and the simulator's
DescribeTasks/DescribeTaskDetail, while a simulated backend owns the event queue."""

from __future__ import annotations

import http.client
import json
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import sim_connection, wait_for
from tests.engine_harness import Recorder, fast_config
from vodmonitor.cloud import CloudError, VodApi
from vodmonitor.engine import Engine, EngineState
from vodmonitor.events import PullBatch
from vodmonitor.ledgers.model import EventState
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.simulator import DEMO_SECRET_ID, DEMO_SECRET_KEY, Simulator
from vodmonitor.simulator.signing import tc3_signature
from vodmonitor.sources.watch import WINDOW_S, WatchSource, decode_cursor, iso, watch_kind

FORBIDDEN = ("PullEvents", "ConfirmEvents", "ModifyEventConfig")


class Memory:
    """The ledger's side of the watch source, in memory: commits what it is handed."""

    def __init__(self) -> None:
        self.stored: dict[str, int] = {}
        self.committed: str | None = None
        self.refuse_next = False

    def cursor(self) -> str | None:
        return self.committed

    def known(self, task_ids: Sequence[str]) -> set[str]:
        return {t for t in task_ids if t in self.stored}

    def commit(self, batch: PullBatch) -> None:
        if self.refuse_next:  # a full disk: the batch is dropped
            self.refuse_next = False
            return
        for event in batch.events:
            assert event.clip is not None
            self.stored[event.clip.task_id] = self.stored.get(event.clip.task_id, 0) + 1
        self.committed = batch.cursor


def clip_tasks(sim: Simulator) -> set[str]:
    return {t.task_id for t in sim.tasks._tasks.values() if t.task_type == "Clip"}


def drain(source: WatchSource, memory: Memory, most: int = 1000) -> None:
    """Pull until a scroll has ended (the source asks to wait)."""
    for _ in range(most):
        memory.commit(source.pull())
        if source.idle_delay() > 0:
            return
    raise AssertionError("the scroll never ended")


def forbidden_calls(sim: Simulator) -> dict[str, int]:
    return {a: sim.stats[f"calls.{a}"] for a in FORBIDDEN if sim.stats[f"calls.{a}"]}


def source_for(sim: Simulator, memory: Memory, **kw: float) -> WatchSource:
    return WatchSource(VodApi(sim_connection(sim)), memory, max_requests_per_s=None, **kw)


# --- the simulator's task list --------------------------------------------------------------
def test_describe_tasks_pages_in_finish_order_across_ties(sim: Simulator) -> None:
    at = sim.now() - 3600
    for n in range(250):  # 250 tasks in the same second: pages break inside the tie
        sim.tasks.add(f"tie-{n:03d}", "Clip", finished_at=at)
    api = VodApi(sim_connection(sim))
    seen: list[str] = []
    token = None
    while True:
        page = api.describe_tasks(iso(at), token, 100)
        seen += [t["TaskId"] for t in page["TaskSet"]]
        token = page.get("ScrollToken")
        if not token:
            break
    assert seen == [f"tie-{n:03d}" for n in range(250)]
    with pytest.raises(CloudError) as err:
        api.describe_tasks(iso(at), None, 101)
    assert err.value.code.startswith("InvalidParameterValue")


def test_task_list_keeps_72_hours_and_details_match_the_event_body(sim: Simulator) -> None:
    now = sim.now()
    sim.tasks.add("too-old", "Clip", finished_at=now - WINDOW_S - 60)
    payload = sim.enqueue_clips(1, failed=False)[0]["ClipCompleteEvent"]
    api = VodApi(sim_connection(sim))
    listed = api.describe_tasks(iso(now - WINDOW_S - 3600))["TaskSet"]
    assert [t["TaskId"] for t in listed] == [payload["TaskId"]]
    detail = api.describe_task_detail(payload["TaskId"])
    assert detail["TaskType"] == "Clip" and detail["ClipTask"] == payload
    with pytest.raises(CloudError) as err:
        api.describe_task_detail("too-old")
    assert err.value.code.startswith("ResourceNotFound")


# --- the source -----------------------------------------------------------------------------
def test_a_task_finishing_mid_scroll_and_ties_at_the_boundary_are_seen_once(
    sim: Simulator,
) -> None:
    memory = Memory()
    source = source_for(sim, memory)
    at = sim.now() - 600
    for n in range(150):
        sim.tasks.add_clip({"TaskId": f"a{n:03d}", "FileInfo": {"ErrCode": 0}}, finished_at=at)
    memory.commit(source.pull())  # the first page of two
    assert source.idle_delay() == 0 and len(memory.stored) == 100
    sim.tasks.add_clip({"TaskId": "late", "FileInfo": {"ErrCode": 0}})  # finishes now
    drain(source, memory)
    drain(source, memory)  # the next scroll overlaps the last: nothing twice
    assert set(memory.stored) == {f"a{n:03d}" for n in range(150)} | {"late"}
    assert set(memory.stored.values()) == {1}
    assert set(sim.tasks.details_served.values()) == {1}
    late = sim.tasks._tasks["late"].finish_time
    assert decode_cursor(memory.committed) == late  # read up to the newest task


def test_throttling_mid_scroll_resumes_without_fetching_twice(sim: Simulator) -> None:
    memory = Memory()
    source = source_for(sim, memory)
    clips = sim.finish_tasks(300, clip_share=0.5)
    sim.inject("throttle", count=1, action="DescribeTaskDetail")
    sim.inject("throttle", count=1, action="DescribeTasks")
    errors = 0
    for _ in range(50):
        try:
            memory.commit(source.pull())
        except CloudError as exc:
            assert exc.code == "RequestLimitExceeded"
            errors += 1
            continue
        if source.idle_delay() > 0:
            break
    assert errors == 2
    assert set(memory.stored) == set(clips)
    assert set(sim.tasks.details_served.values()) == {1}


def test_a_batch_the_ledger_drops_is_read_again(sim: Simulator) -> None:
    memory = Memory()
    source = source_for(sim, memory)
    clips = sim.finish_tasks(40, clip_share=1.0, aborted_share=0.0)
    memory.refuse_next = True
    memory.commit(source.pull())
    assert memory.stored == {}
    drain(source, memory)
    assert set(memory.stored) == set(clips)


def test_aborted_and_failed_clips_are_shown_as_failures(sim: Simulator) -> None:
    memory = Memory()
    source = source_for(sim, memory)
    sim.tasks.add_clip({"TaskId": "stopped", "SrcFileId": "src"}, aborted=True)
    sim.enqueue_clips(1, failed=True)
    batch = source.pull()
    clips = {e.clip.task_id: e.clip for e in batch.events if e.clip}
    assert not clips["stopped"].succeeded and clips["stopped"].err_text == "ABORTED"
    assert [c.succeeded for t, c in clips.items() if t != "stopped"] == [False]


# --- through the engine and the SQLite ledger ------------------------------------------------
@contextmanager
def watching(sim: Simulator, db: Path, interval: float = 0.3) -> Iterator[tuple[Engine, Recorder]]:
    recorder = Recorder()
    engine = Engine(
        db,
        sim_connection(sim),
        fast_config(),
        on_change=recorder.on_change,
        on_status=recorder.on_status,
        source=watch_kind(db, interval),
    )
    engine.start()
    try:
        yield engine, recorder
    finally:
        assert engine.stop(timeout=2.0)


def task_counts(db: Path) -> Counter[str]:
    store = Store(db, readonly=True)
    try:
        return Counter(
            r[0] for r in store._db.execute("SELECT task_id FROM events WHERE task_id IS NOT NULL")
        )
    finally:
        store.close()


def test_watch_only_sees_every_clip_while_a_backend_owns_the_queue(
    sim: Simulator, tmp_path: Path
) -> None:
    sim.start_backend()
    db = tmp_path / "watch.sqlite3"
    with watching(sim, db) as (engine, _recorder):
        for _ in range(10):  # 1,000 clips over time, other tasks and failures mixed in
            sim.enqueue_mixed(60)
            sim.finish_tasks(60)
            wait_for(lambda: sim.queue.pending_count() == 0, timeout=10)
        want = clip_tasks(sim)
        assert len(want) >= 1000 * 0.7
        wait_for(lambda: set(task_counts(db)) == want, timeout=60)
        assert engine.status.state is EngineState.LIVE
    counts = task_counts(db)
    assert set(counts.values()) == {1}
    assert forbidden_calls(sim) == {}
    assert set(sim.tasks.details_served.values()) == {1}
    assert sim.backend_received["ClipComplete"] > 0  # the backend got its events


def test_restart_fetches_nothing_twice_and_misses_nothing(sim: Simulator, tmp_path: Path) -> None:
    db = tmp_path / "watch.sqlite3"
    now = sim.now()
    first = set(sim.finish_tasks(50, finished_at=now - 60 * 3600))
    with watching(sim, db):
        wait_for(lambda: set(task_counts(db)) == first, timeout=30)
    # Closed for two days: tasks finished meanwhile, some in the same second as the last
    # one read before closing.
    later = set(sim.finish_tasks(30, finished_at=now - 60 * 3600))
    later |= set(sim.finish_tasks(30, finished_at=now - 10 * 3600))
    with watching(sim, db):
        wait_for(lambda: set(task_counts(db)) == first | later, timeout=30)
    assert set(task_counts(db).values()) == {1}
    assert set(sim.tasks.details_served.values()) == {1}


def test_acknowledge_marks_done_locally_and_confirms_nothing(
    sim: Simulator, tmp_path: Path
) -> None:
    db = tmp_path / "watch.sqlite3"
    clips = sim.finish_tasks(5, clip_share=1.0, aborted_share=0.0)
    with watching(sim, db) as (engine, _recorder):
        wait_for(lambda: set(task_counts(db)) == set(clips), timeout=30)
        store = Store(db, readonly=True)
        ids = [r[0] for r in store._db.execute("SELECT id FROM events")]  # all, committed
        engine.acknowledge(ids)
        wait_for(lambda: {e.state for e in store.get(ids).values()} == {EventState.DONE})
        store.close()
    assert forbidden_calls(sim) == {}


# --- the Node.js SDK's host header -------------------------------------------------------------
def test_a_signature_over_the_host_without_its_port_is_accepted(sim: Simulator) -> None:
    """Node.js SDK 4.x signs ``host`` without the port it sends; the simulator accepts it."""
    body = json.dumps({"SubAppId": sim.config.sub_app_id}).encode()
    ts = int(time.time())
    sent_host = sim.endpoint  # 127.0.0.1:<port>

    def request(signed_host: str) -> dict[str, object]:
        headers = {"content-type": "application/json; charset=utf-8", "host": signed_host}
        signature = tc3_signature(
            DEMO_SECRET_KEY,
            timestamp=ts,
            service="vod",
            headers=headers,
            signed_headers=["content-type", "host"],
            body=body,
        )
        date = time.strftime("%Y-%m-%d", time.gmtime(ts))
        conn = http.client.HTTPConnection(sent_host, timeout=5)
        conn.request(
            "POST",
            "/",
            body,
            {
                "Content-Type": headers["content-type"],
                "Host": sent_host,
                "X-TC-Action": "DescribeEventConfig",
                "X-TC-Version": "2018-07-17",
                "X-TC-Timestamp": str(ts),
                "Authorization": f"TC3-HMAC-SHA256 Credential={DEMO_SECRET_ID}/{date}/vod/"
                f"tc3_request, SignedHeaders=content-type;host, Signature={signature}",
            },
        )
        answer = json.loads(conn.getresponse().read())["Response"]
        conn.close()
        return answer  # type: ignore[no-any-return]

    assert "Error" not in request(sent_host.rsplit(":", 1)[0])  # the Node.js way
    assert "Error" not in request(sent_host)  # the Python SDK's way
    wrong = request("example.com")
    assert wrong["Error"]["Code"] == "AuthFailure.SignatureFailure"  # type: ignore[index]
