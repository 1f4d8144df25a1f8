"""The demo: a local VOD simulator with a backlog and a trickle of new clips, no account."""

from __future__ import annotations

from vodmonitor.simulator import (
    DEMO_SECRET_ID,
    DEMO_SECRET_KEY,
    DEMO_SUB_APP_ID,
    Simulator,
    demo_config,
)

__all__ = ["DEMO_SECRET_ID", "DEMO_SECRET_KEY", "DEMO_SUB_APP_ID", "start"]


def start(*, with_backend: bool = False) -> Simulator:
    config = demo_config(hold=5.0, visibility=30.0, handle_ttl=30.0)
    sim = Simulator(config).start()
    sim.enqueue_mixed(25)
    sim.enqueue_clips(2, failed=False, hls=True)  # HLS clips download as folders
    sim.start_generating(12)  # one event every ~5 s
    if with_backend:  # watch-only's demo: the queue belongs to someone else
        sim.start_backend()
    return sim
