"""What the editor sees and clicks, through the real window, the simulator and the SDK:
acknowledge exactly what was seen, undo, rows that hold still, one current clip."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QPushButton

from tests.app_harness import MakeController, answer_box, event_at, row_of_task, rows
from vodmonitor.ledgers.model import EventState
from vodmonitor.simulator import Simulator, generator
from vodmonitor.ui.events_model import Column, EventRole


def confirmed(sim: Simulator) -> set[str]:
    return {task for task, n in sim.queue.confirmations().items() if n}


def test_acknowledge_all_is_fixed_when_invoked_and_counts_only_new_rows(
    qtbot, sim: Simulator, make_controller: MakeController, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.INFO)
    sim.config.visibility = sim.config.handle_ttl = 30
    first = [p["ClipCompleteEvent"]["TaskId"] for p in sim.enqueue_clips(3, failed=False)]
    controller = make_controller(sim)
    window = controller.window
    qtbot.waitUntil(lambda: rows(controller) == 3, timeout=10000)
    controller.engine.acknowledge([event_at(controller, row_of_task(controller, first[0])).id])
    qtbot.waitUntil(
        lambda: event_at(controller, row_of_task(controller, first[0])).state is not EventState.NEW,
        timeout=5000,
    )
    # A clip arrives while the question is open; the answer comes only once it is shown.
    [late] = sim.enqueue_clips(1, failed=False)
    seen = answer_box("acknowledgeAllConfirmation", "&Yes", when=lambda: rows(controller) == 4)
    window.acknowledge_all_action.trigger()
    assert "Acknowledge 2 results" in seen.text
    qtbot.waitUntil(lambda: confirmed(sim) == set(first), timeout=20000)
    late_row = row_of_task(controller, late["ClipCompleteEvent"]["TaskId"])
    assert event_at(controller, late_row).state is EventState.NEW
    # The log says what support needs: which tasks were acknowledged, what VOD answered.
    log = caplog.text
    assert f"task ids {first[0]}" in log and "acknowledged 2 event(s)" in log
    assert "ConfirmEvents for " in log and "accepted, RequestId " in log


def test_undo_withdraws_an_acknowledgement_before_anything_is_confirmed(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    sim.config.visibility = sim.config.handle_ttl = 30
    tasks = [p["ClipCompleteEvent"]["TaskId"] for p in sim.enqueue_clips(2, failed=False)]
    controller = make_controller(sim)
    window = controller.window
    qtbot.waitUntil(lambda: rows(controller) == 2, timeout=10000)
    window.table.selectRow(row_of_task(controller, tasks[0]))
    window.acknowledge_action.trigger()
    undo = window.findChild(QPushButton, "undoButton")
    assert undo.isVisible() and "Acknowledged 1 result" in window.undo_bar.label.text()
    qtbot.waitUntil(
        lambda: (
            event_at(controller, row_of_task(controller, tasks[0])).state is EventState.ACKNOWLEDGED
        ),
        timeout=5000,
    )  # durable at once
    undo.click()
    assert not undo.isVisible()
    assert window.statusBar().currentMessage() == "Acknowledgement taken back for 1 result"
    qtbot.waitUntil(
        lambda: event_at(controller, row_of_task(controller, tasks[0])).state is EventState.NEW,
        timeout=5000,
    )
    # The other one is acknowledged and goes out after its undo window; the undone never.
    window.table.clearSelection()
    window.table.selectRow(row_of_task(controller, tasks[1]))
    window.acknowledge_action.trigger()
    qtbot.waitUntil(lambda: confirmed(sim) == {tasks[1]}, timeout=15000)
    assert sum(sim.queue.confirmations().values()) == 1


def test_rows_hold_still_under_a_selection_and_new_ones_are_announced(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    sim.enqueue_clips(5, failed=False)
    controller = make_controller(sim)
    window = controller.window
    window.resize(1180, 720)
    qtbot.waitUntil(lambda: rows(controller) == 5, timeout=10000)
    table = window.table
    table.selectRow(2)
    chosen = event_at(controller, 2).id
    top_before = table.visualRect(controller.model.index(2, 0)).top()
    table_before = table.mapTo(window, table.rect().topLeft())
    sim.enqueue_clips(3, failed=False)
    bar = window.findChild(QPushButton, "newResultsBar")
    qtbot.waitUntil(lambda: bar.isVisible() and "3 new results" in bar.text(), timeout=10000)
    row_now = controller.model.row_of(chosen)
    assert rows(controller) == 5 and row_now == 2  # the newcomers wait above...
    assert table.visualRect(controller.model.index(row_now, 0)).top() == top_before
    assert table.mapTo(window, table.rect().topLeft()) == table_before  # the bar moves nothing
    assert table.viewport().geometry().contains(bar.geometry())  # over the top of the rows
    assert table.currentIndex().row() == row_now  # ...and the row under the hand stays put
    bar.click()
    qtbot.waitUntil(lambda: rows(controller) == 8, timeout=10000)
    assert not bar.isVisible() and table.verticalScrollBar().value() == 0
    # At the very top with nothing selected, new rows simply appear.
    sim.enqueue_clips(1, failed=False)
    qtbot.waitUntil(lambda: rows(controller) == 9, timeout=10000)
    assert table.rowAt(0) == 0 and not bar.isVisible()
    cell = controller.model.index(0, 1)
    fresh = cell.data(Qt.ItemDataRole.BackgroundRole)
    assert fresh is not None  # highlighted briefly, in a colour no selection has...
    selection = table.palette().color(QPalette.ColorRole.Highlight)
    assert abs(fresh.hueF() - selection.hueF()) > 0.2
    qtbot.waitUntil(  # ...then not
        lambda: controller.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None,
        timeout=5000,
    )


@pytest.mark.qt_log_ignore("does not support raise")
def test_one_current_clip_across_tray_clicks_and_sorting(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    for task in ("clip-c", "clip-a", "clip-b"):
        sim.enqueue([generator.clip_complete(sim.rng, sim.base_url, failed=False, task_id=task)])
    controller = make_controller(sim)
    window = controller.window
    qtbot.waitUntil(lambda: rows(controller) == 3, timeout=10000)
    window.table.selectRow(row_of_task(controller, "clip-c"))
    ids = [event_at(controller, row_of_task(controller, t)).id for t in ("clip-a", "clip-b")]
    controller.show_window(ids)  # what clicking a tray notification does
    top = min(("clip-a", "clip-b"), key=lambda t: row_of_task(controller, t))
    current = window.table.currentIndex()
    assert current.data(EventRole).task_id == top  # the first of them in the view
    assert top in window.details.toPlainText()
    assert sorted(window._selected_ids()) == sorted(ids)
    window.table.sortByColumn(Column.TASK_ID, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: event_at(controller, 0).task_id == "clip-a", timeout=5000)
    assert window.table.currentIndex().data(EventRole).task_id == top
    assert sorted(window._selected_ids()) == sorted(ids)


@pytest.mark.qt_log_ignore("does not support QPlatformServices::openUrl")
def test_a_link_that_cannot_open_says_so_and_offers_copy(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    [payload] = sim.enqueue_clips(1, failed=False)
    payload["ClipCompleteEvent"]["FileInfo"]["FileUrl"] = "https://cdn.example.com/a/index.m3u8"
    sim.queue._events.clear()
    sim.queue._ready.clear()
    sim.enqueue([payload])
    controller = make_controller(sim)  # offscreen Qt has no handler: openUrl says False
    window = controller.window
    qtbot.waitUntil(lambda: rows(controller) == 1, timeout=10000)
    window.table.selectRow(0)
    window.open_link_action.trigger()
    assert window.notice.isVisible()
    assert "No application" in window.notice.label.text()
    window.notice.button.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "https://cdn.example.com/a/index.m3u8"


def test_details_are_a_form_with_the_failure_first_and_the_raw_json_as_received(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    [payload] = sim.enqueue_clips(1, failed=True)
    controller = make_controller(sim)
    window = controller.window
    qtbot.waitUntil(lambda: rows(controller) == 1, timeout=10000)
    window.table.selectRow(0)
    pane = window.details
    form = pane.form
    from PySide6.QtWidgets import QFormLayout

    first_label = form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().text()
    first_value = form.itemAt(0, QFormLayout.ItemRole.FieldRole).widget()
    info = payload["ClipCompleteEvent"]["FileInfo"]
    assert first_label == "Failure" and info["Message"] in first_value.text()
    assert first_value.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    stored = controller.model.full_event(event_at(controller, 0).id).raw_json
    assert stored and event_at(controller, 0).raw_json == ""  # the table reads no payloads
    assert pane.raw.toPlainText() == stored  # exactly as received
    pane.formatted.setChecked(True)
    assert pane.raw.toPlainText() != stored and '\n  "EventHandle"' in pane.raw.toPlainText()
