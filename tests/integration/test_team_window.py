"""Team mode in the window: who leads, how many are there, who acknowledged what."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

from tests.app_harness import MakeController, row_of_task, rows
from tests.conftest import wait_for
from tests.integration.test_team import team_engine
from tests.postgres import EDITOR_PASSWORD, PgServer
from vodmonitor.ledgers.model import EventState
from vodmonitor.simulator import Simulator


def test_the_window_shows_the_team_and_who_acknowledged(
    qtbot,
    pg_server: PgServer,
    sim: Simulator,
    make_controller: MakeController,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PGPASSWORD", EDITOR_PASSWORD)
    uri = pg_server.new_database()
    controller = make_controller(sim, team_db=uri, user_name="Min-ji")
    window = controller.window
    team = window.findChild(QLabel, "teamStatus")
    qtbot.waitUntil(lambda: team.text() == "Team · leader · 1 desktop", timeout=15000)
    other = team_engine(sim, uri, "Wei", tmp_path / "wei.sqlite3")
    try:
        qtbot.waitUntil(lambda: team.text() == "Team · leader · 2 desktops", timeout=15000)
        wait_for(lambda: other.status.team is not None and other.status.team.leader == "Min-ji")
        sim.enqueue_clips(3, failed=False)
        qtbot.waitUntil(lambda: rows(controller) == 3, timeout=15000)
        event = controller.model.event_at(0)
        other.acknowledge([event.id])  # Wei, on the other desktop
        qtbot.waitUntil(
            lambda: controller.model.events([event.id])[0].acknowledged_by == "Wei", timeout=5000
        )
        qtbot.waitUntil(
            lambda: (
                "by Wei" in controller.model.index(row_of_task(controller, event.task_id), 1).data()
            ),
            timeout=5000,
        )
        window.table.selectRow(row_of_task(controller, event.task_id))
        pane = window.details
        qtbot.waitUntil(
            lambda: any("by Wei, " in w.text() for w in pane.findChildren(QLineEdit)),
            timeout=5000,
        )
        qtbot.waitUntil(
            lambda: controller.model.events([event.id])[0].state is EventState.CONFIRMED,
            timeout=20000,
        )
        assert sim.queue.confirmations()[event.task_id] == 1
    finally:
        other.stop()
    # The leader quits: the other desktop takes over.
    controller.shutdown()
