"""Watch-only against a hostile or broken task list (#25): FinishTimes in the future or at
the edge of the calendar, a ScrollToken that never ends, a detail that describes another
task. Through the real SDK and the simulator over HTTP."""

from __future__ import annotations

import pytest

from tests.conftest import sim_connection, wait_for
from tests.engine_harness import Recorder, fast_config
from tests.integration.test_watch import Memory, drain, source_for
from vodmonitor.cloud import CloudError
from vodmonitor.engine import Engine, EngineState
from vodmonitor.simulator import Simulator, generator, hostile
from vodmonitor.sources.watch import decode_cursor, watch_kind


def finished_clip(sim: Simulator, at: float, text: str | None = None) -> str:
    body = generator.clip_complete(sim.rng, sim.base_url, failed=False)["ClipCompleteEvent"]
    task = sim.tasks.add_clip(body, finished_at=at)
    task.finish_text = text
    return str(body["TaskId"])


@pytest.mark.parametrize(("name", "text"), hostile.FINISH_TIMES)
def test_a_finish_time_never_moves_the_position_past_now(
    sim: Simulator, name: str, text: str
) -> None:
    memory = Memory()
    now = sim.now()
    # "+1h": a task finishing an hour from now; the others as the server writes them
    odd = finished_clip(sim, now + 3600) if text == "+1h" else finished_clip(sim, now - 30, text)
    drain(source_for(sim, memory), memory)
    assert odd in memory.stored  # the task is data: it is shown
    position = decode_cursor(memory.committed)
    assert position is None or position <= sim.now()  # an unusable time is no position
    later = [finished_clip(sim, sim.now() + 1) for _ in range(3)]
    sim.config.clock_offset += 5  # the clips finish, the clock moves on
    drain(source_for(sim, memory), memory)  # also as after a restart: a new source
    assert set(later) <= set(memory.stored)


def test_a_scroll_token_that_never_ends_is_stopped(sim: Simulator) -> None:
    for _ in range(250):
        finished_clip(sim, sim.now() - 60)
    sim.tasks.endless_scroll = True
    memory = Memory()
    source = source_for(sim, memory)
    with pytest.raises(CloudError) as stopped:
        for _ in range(10):
            memory.commit(source.pull())
    assert stopped.value.code == "WatchOnly.ScrollLoop"
    assert sim.stats["calls.DescribeTasks"] <= 3  # not the API's whole quota
    assert len(memory.stored) == 100  # the first page, once
    sim.tasks.endless_scroll = False
    drain(source, memory)  # the next scroll starts again from the stored position
    assert len(memory.stored) == 250 and set(memory.stored.values()) == {1}


def test_an_endless_scroll_shows_in_the_status(sim: Simulator, tmp_path) -> None:  # type: ignore[no-untyped-def]
    for _ in range(150):
        finished_clip(sim, sim.now() - 60)
    sim.tasks.endless_scroll = True
    recorder = Recorder()
    db = tmp_path / "w.sqlite3"
    engine = Engine(
        db,
        sim_connection(sim),
        fast_config(),
        on_status=recorder.on_status,
        source=watch_kind(db, 0.2),
    )
    engine.start()
    try:
        wait_for(
            lambda: any(
                s.error is not None and s.error.code == "WatchOnly.ScrollLoop"
                for s in recorder.statuses
            )
        )
        assert not engine.failed
        assert engine.status.state is not EngineState.FAILED
    finally:
        assert engine.stop(timeout=2.0)


def test_a_detail_of_another_task_is_set_aside(sim: Simulator) -> None:
    body = generator.clip_complete(sim.rng, sim.base_url, failed=False)["ClipCompleteEvent"]
    sim.tasks.add("clip-asked-for", "Clip", finished_at=sim.now() - 30, body=body)
    memory = Memory()
    source = source_for(sim, memory)
    batch = source.pull()
    assert batch.events == ()
    [entry] = batch.rejected
    assert "describes task" in entry.reason and body["TaskId"] in entry.reason
