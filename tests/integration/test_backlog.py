"""The backlog in view (#22): the gauges read the simulator's DescribeEventsState and its
task list through the real SDK over HTTP, and a live engine reports what waits."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import sim_connection, wait_for
from tests.engine_harness import fast_config, running_engine
from vodmonitor.engine import EngineState
from vodmonitor.engine.status import Backlog
from vodmonitor.simulator import Simulator, generator
from vodmonitor.sources.reliable import QueueGauge
from vodmonitor.sources.watch import ProcessingGauge


def test_the_queue_gauge_reads_describe_events_state(sim: Simulator) -> None:
    gauge = QueueGauge(sim_connection(sim))
    assert gauge.waiting() == (0, False)
    sim.enqueue_clips(37)
    assert gauge.waiting() == (sim.queue.pending_count(), False) == (37, False)


def test_the_processing_gauge_counts_clip_tasks_only(sim: Simulator) -> None:
    for n in range(130):
        sim.tasks.add(f"clip-{n}", "Clip", status="PROCESSING")
    for n in range(20):
        sim.tasks.add(f"transcode-{n}", "Transcode", status="PROCESSING")
    sim.tasks.add("done", "Clip", status="FINISH")
    gauge = ProcessingGauge(sim_connection(sim))
    assert gauge.waiting() == (130, False)
    ProcessingGauge.PAGES = 1  # stops counting after a page: a lower bound
    try:
        count, more = gauge.waiting()
        assert more and count <= 100
    finally:
        ProcessingGauge.PAGES = 3


def test_a_live_engine_reports_the_backlog_after_draining(sim: Simulator, tmp_path: Path) -> None:
    sim.enqueue([generator.clip_complete(sim.rng, sim.base_url) for _ in range(5)])
    config = fast_config(backlog_s=0.2)
    with running_engine(sim, tmp_path / "e.sqlite3", config) as (engine, recorder):

        def reported() -> Backlog | None:
            status = engine.status
            return status.backlog if status.state is EngineState.LIVE else None

        # stored but not acknowledged: VOD keeps them (and says so) until confirmed
        wait_for(lambda: reported() is not None and reported().count == 5, timeout=10)
        assert reported() == Backlog(5, "queue") and sim.queue.pending_count() == 5
        wait_for(lambda: len(recorder.inserted()) == 5, timeout=10)
        engine.acknowledge(recorder.inserted())
        wait_for(lambda: reported() is not None and reported().count == 0, timeout=10)
        assert sim.stats["calls.DescribeEventsState"] >= 2
