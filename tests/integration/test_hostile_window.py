"""Hostile input through the real window: the simulator over HTTP, a real SQLite file, a
real Qt event loop. Odd entries are shown as plain text or set aside and counted, the
window stays live, and nothing is confirmed that was not acknowledged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QApplication, QPushButton

from tests.app_harness import MakeController, answer_box, row_of_task, rows
from vodmonitor.cloud import VodApi
from vodmonitor.engine import EngineState
from vodmonitor.ledgers.sqlite_reads import TABLE_CHARS
from vodmonitor.paths import resolve_paths
from vodmonitor.simulator import Simulator
from vodmonitor.simulator.hostile import CORPUS
from vodmonitor.ui.events_model import Column, EventRole, SafeUrlRole
from vodmonitor.ui.plain_text import CELL_CHARS


def test_the_hostile_corpus_in_the_window(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    good = sim.enqueue_clips(3, failed=False)
    sim.enqueue_raw([entry.make(f"hostile-{entry.name}") for entry in CORPUS])
    stored = [e for e in CORPUS if e.outcome == "stored"]
    aside = [e for e in CORPUS if e.outcome == "set_aside"]
    controller = make_controller(sim)
    window = controller.window
    window.event_type.setCurrentIndex(1)  # all events: the unknown type is a row too
    qtbot.waitUntil(lambda: rows(controller) == len(good) + len(stored), timeout=15000)
    qtbot.waitUntil(
        lambda: f"{len(aside)} unreadable kept aside" in window.counts_label.text(), timeout=10000
    )
    qtbot.waitUntil(lambda: "Live" in window.connection_status.text(), timeout=5000)

    # Markup in an event is shown literally: in the cell, its tooltip and the details.
    row = row_of_task(controller, "hostile-rich_text_message")
    cell = controller.model.index(row, Column.RESULT)
    assert '<img src="file:///etc/passwd">' in cell.data()
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img" in tip and "<img" not in tip
    window.table.setCurrentIndex(cell)
    assert '<img src="file:///etc/passwd"><b>bold</b>' in window.details.toPlainText()

    # Values SQLite could not take as they came are shown as text.
    big = controller.model.index(
        row_of_task(controller, "hostile-huge_errcode_number"), Column.RESULT
    )
    assert "99999999999999999999" in big.data()
    sur = controller.model.index(
        row_of_task(controller, "hostile-lone_surrogate_message"), Column.RESULT
    )
    assert "\\ud800 broken" in sur.data()

    # Redeliveries of the unreadable entries add no rows (the visibility timeout is 1 s).
    db = controller.paths.database_file(controller.profile_name or "default")
    qtbot.waitUntil(lambda: _min_deliveries(db) >= 3, timeout=15000)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM rejected_events").fetchone()[0] == len(aside)
    assert sum(sim.queue.confirmations().values()) == 0


def _min_deliveries(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT MIN(delivery_count) FROM rejected_events").fetchone()[0])


def test_huge_fields_are_bounded_on_screen_and_kept_whole(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    [payload] = sim.enqueue_clips(1, failed=False)
    task_id = "T" * 1_000_000
    url = "https://example.com/" + "u" * 10_000_000
    payload["ClipCompleteEvent"]["TaskId"] = task_id
    payload["ClipCompleteEvent"]["FileInfo"]["FileUrl"] = url
    sim.queue._events.clear()
    sim.queue._ready.clear()
    sim.enqueue([payload])
    controller = make_controller(sim)
    window = controller.window
    qtbot.waitUntil(lambda: rows(controller) == 1, timeout=20000)
    index = controller.model.index(0, Column.TASK_ID)
    assert len(index.data()) < CELL_CHARS + 100
    assert len(index.siblingAtColumn(Column.LINK).data()) < CELL_CHARS + 100
    window.table.setCurrentIndex(index)
    shown = window.details.toPlainText()
    assert len(shown) < 250_000 and "more characters" in shown
    # Qt's word wrap lays out a run without spaces for seconds (bench/ui.py measures the
    # selection as select_huge_ms): such JSON breaks anywhere.
    assert window.details.raw.wordWrapMode() is QTextOption.WrapMode.WrapAnywhere
    event = index.data(EventRole)
    assert len(event.task_id) == TABLE_CHARS  # the table reads a bounded row...
    full = controller.model.full_event(event.id)
    assert full.task_id == task_id and full.file_url == url  # ...of one stored whole
    window.copy_task_action.trigger()  # and actions take the whole value
    assert QApplication.clipboard().text() == task_id
    assert index.siblingAtColumn(Column.LINK).data(SafeUrlRole) is None  # never opened


def test_garbage_database_offers_a_fresh_start(
    qtbot, sim: Simulator, make_controller: MakeController, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    paths = resolve_paths(tmp_path / "state").ensure()
    database = paths.database_file("default")
    database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)  # truncated and garbled
    sim.enqueue_clips(2, failed=False)
    seen = answer_box("databaseProblem", "Move it aside and start fresh")
    controller = make_controller(sim, data_dir=tmp_path / "state")
    assert seen.plain and str(database) in seen.text
    qtbot.waitUntil(lambda: rows(controller) == 2, timeout=10000)
    kept = [p for p in database.parent.iterdir() if ".unreadable-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes().endswith(b"\xff" * 100)


def test_refused_endpoint_is_named_in_the_status(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    controller = make_controller(sim, endpoint="127.0.0.1:0")
    window = controller.window
    qtbot.waitUntil(
        lambda: "endpoint is not valid" in window.connection_status.text(), timeout=5000
    )
    assert "port" in window.connection_status.text()
    assert "No credentials" not in window.connection_status.text()


def test_an_internal_failure_is_shown_and_monitoring_restarts(
    qtbot, sim: Simulator, make_controller: MakeController, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    original = VodApi.pull

    def broken(self: VodApi):  # type: ignore[no-untyped-def]
        raise AttributeError("a bug")

    monkeypatch.setattr(VodApi, "pull", broken)
    controller = make_controller(sim)
    window = controller.window
    qtbot.waitUntil(lambda: "internal error" in window.connection_status.text(), timeout=10000)
    assert "AttributeError" in window.connection_status.text()
    button = window.findChild(QPushButton, "statusAction")
    assert button.isVisible() and button.text() == "Restart monitoring"
    monkeypatch.setattr(VodApi, "pull", original)  # the fix ships; the editor restarts
    sim.enqueue_clips(1, failed=False)
    button.click()
    qtbot.waitUntil(lambda: rows(controller) == 1, timeout=10000)
    qtbot.waitUntil(lambda: controller.engine.status.state is EngineState.LIVE, timeout=5000)
    assert "Live" in window.connection_status.text()
