"""The main window against the simulator through the real SDK, on a real Qt event loop."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView

from tests.app_harness import MakeController, UrlCatcher, answer_box, row_of_task, rows
from vodmonitor.date_range import Period
from vodmonitor.engine import EngineState, EngineStatus
from vodmonitor.engine.status import Backlog
from vodmonitor.ledgers.model import EventState
from vodmonitor.simulator import Simulator, generator
from vodmonitor.ui.application import UI_SWITCH_INTERVAL_S
from vodmonitor.ui.date_filter import DateRangeDialog
from vodmonitor.ui.events_model import Column, EventRole
from vodmonitor.ui.export_dialog import start_export


def click_cell(qtbot, table: QTableView, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    index = table.model().index(row, column)
    table.scrollTo(index)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )


def test_object_names_for_automation(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    window = make_controller(sim).window
    assert window.objectName() == "MainWindow"
    assert window.findChild(QTableView, "eventsTable") is not None
    assert window.findChild(QLineEdit, "searchField") is not None
    assert window.findChild(QLabel, "connectionStatus") is not None
    assert window.acknowledge_action.objectName() == "acknowledgeAction"
    assert window.findChild(QTableView, "eventsTable").accessibleName()


def test_the_window_gets_the_interpreter_back_soon_from_the_engines_threads(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    sys.setswitchinterval(0.005)  # Python's own
    make_controller(sim)
    assert sys.getswitchinterval() == pytest.approx(UI_SWITCH_INTERVAL_S)


def test_events_appear_and_acknowledge_confirms_on_server(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    sim.config.visibility = sim.config.handle_ttl = 30
    payloads = sim.enqueue_clips(3, failed=False) + sim.enqueue_clips(1, failed=True)
    controller = make_controller(sim)
    window = controller.window
    qtbot.waitUntil(lambda: rows(controller) == 4, timeout=10000)
    qtbot.waitUntil(lambda: "Live" in window.connection_status.text(), timeout=5000)
    task = payloads[0]["ClipCompleteEvent"]["TaskId"]
    row = row_of_task(controller, task)
    window.table.selectRow(row)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: sim.queue.confirmations()[task] == 1, timeout=10000)
    qtbot.waitUntil(
        lambda: (
            controller.model.index(row_of_task(controller, task), Column.STATUS).data()
            == "Confirmed"
        ),
        timeout=5000,
    )
    assert sum(sim.queue.confirmations().values()) == 1
    assert (
        "1 failed" in window.counts_label.text()
        and "3 need attention" in window.counts_label.text()
    )


def test_links_open_only_when_safe(qtbot, sim: Simulator, make_controller: MakeController) -> None:  # type: ignore[no-untyped-def]
    good = generator.clip_complete(sim.rng, sim.base_url, failed=False, task_id="clip-good")
    bad = generator.clip_complete(sim.rng, sim.base_url, failed=False, task_id="clip-bad")
    bad["ClipCompleteEvent"]["FileInfo"]["FileUrl"] = "javascript:alert(document.cookie)"
    local = generator.clip_complete(sim.rng, sim.base_url, failed=False, task_id="clip-file")
    local["ClipCompleteEvent"]["FileInfo"]["FileUrl"] = "file:///etc/passwd"
    sim.enqueue([good, bad, local])
    catcher = UrlCatcher()
    try:
        controller = make_controller(sim)
        qtbot.waitUntil(lambda: rows(controller) == 3, timeout=10000)
        for task in ("clip-bad", "clip-file", "clip-good"):
            click_cell(qtbot, controller.window.table, row_of_task(controller, task), Column.LINK)
        assert catcher.opened == [good["ClipCompleteEvent"]["FileInfo"]["FileUrl"]]
    finally:
        catcher.close()


def test_search_filters_and_header_sorts(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    for task in ("clip-charlie", "clip-alpha", "clip-bravo"):
        sim.enqueue([generator.clip_complete(sim.rng, sim.base_url, failed=False, task_id=task)])
    sim.enqueue([generator.clip_complete(sim.rng, sim.base_url, failed=True, task_id="clip-delta")])
    controller = make_controller(sim)
    window = controller.window
    qtbot.waitUntil(lambda: rows(controller) == 4, timeout=10000)
    qtbot.keyClicks(window.search, "bra")
    qtbot.waitUntil(lambda: rows(controller) == 1, timeout=5000)
    assert controller.model.index(0, Column.TASK_ID).data() == "clip-bravo"
    window.search.clear()
    qtbot.waitUntil(lambda: rows(controller) == 4, timeout=5000)
    window.failed_only.setChecked(True)
    qtbot.waitUntil(lambda: rows(controller) == 1, timeout=5000)
    window.failed_only.setChecked(False)
    qtbot.waitUntil(lambda: rows(controller) == 4, timeout=5000)
    window.table.sortByColumn(Column.TASK_ID, Qt.SortOrder.AscendingOrder)

    def tasks() -> list[str]:
        return [controller.model.index(r, Column.TASK_ID).data() for r in range(rows(controller))]

    qtbot.waitUntil(
        lambda: tasks() == ["clip-alpha", "clip-bravo", "clip-charlie", "clip-delta"], timeout=5000
    )
    window.table.sortByColumn(Column.TASK_ID, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: tasks()[0] == "clip-delta", timeout=5000)


def test_copy_selection_and_details(qtbot, sim: Simulator, make_controller: MakeController) -> None:  # type: ignore[no-untyped-def]
    sim.enqueue([generator.clip_complete(sim.rng, sim.base_url, failed=False, task_id="clip-copy")])
    controller = make_controller(sim)
    window = controller.window
    qtbot.waitUntil(lambda: rows(controller) == 1, timeout=10000)
    window.table.selectRow(0)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert "Task ID" in text.splitlines()[0] and "clip-copy" in text.splitlines()[1]
    # the time as shown, with plain spaces where the locale puts no-break ones
    shown = controller.model.index(0, Column.RECEIVED).data()
    assert shown.replace("\u202f", " ").replace("\u00a0", " ") in text
    assert "\u202f" not in text and "\u00a0" not in text
    assert "clip-copy" in window.details.toPlainText()
    assert '"EventHandle"' in window.details.toPlainText()  # the raw JSON as received


def test_restart_shows_same_history_with_states(
    qtbot, sim: Simulator, make_controller: MakeController, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    sim.config.visibility = sim.config.handle_ttl = 30
    sim.enqueue_clips(3, failed=False)
    first = make_controller(sim, data_dir=tmp_path / "kept")
    qtbot.waitUntil(lambda: rows(first) == 3, timeout=10000)
    first.window.table.selectRow(0)
    first.window.acknowledge_action.trigger()
    qtbot.waitUntil(lambda: sum(sim.queue.confirmations().values()) == 1, timeout=10000)
    qtbot.waitUntil(
        lambda: "Confirmed" in [first.model.index(r, Column.STATUS).data() for r in range(3)],
        timeout=5000,
    )
    first.shutdown()
    second = make_controller(sim, data_dir=tmp_path / "kept")
    qtbot.waitUntil(lambda: rows(second) == 3, timeout=10000)
    states = sorted(second.model.index(r, 0).data(EventRole).state.value for r in range(3))
    assert states == sorted(
        [EventState.CONFIRMED.value, EventState.NEW.value, EventState.NEW.value]
    )


def test_wrong_key_shows_auth_error_with_settings_button(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    controller = make_controller(sim, secret_key="wrong-key-value")
    window = controller.window
    qtbot.waitUntil(lambda: controller.engine.status.state is EngineState.AUTH_ERROR, timeout=10000)
    qtbot.waitUntil(lambda: "SecretKey is wrong" in window.connection_status.text(), timeout=5000)
    button = window.findChild(QPushButton, "statusAction")
    assert button.isVisible() and "settings" in button.text().lower()
    assert "wrong-key-value" not in window.connection_status.text()


def test_push_mode_is_shown_with_switch_offer(
    qtbot, sim: Simulator, make_controller: MakeController, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    sim.config.mode = "PUSH"
    # A server's text is data: markup in it is shown, never rendered.
    sim.config.notification_url = "https://hooks.example.com/vod<img src=file:///etc/passwd>"
    sim.enqueue_clips(1)
    controller = make_controller(sim)
    window = controller.window
    qtbot.waitUntil(
        lambda: "https://hooks.example.com/vod" in window.connection_status.text(), timeout=10000
    )
    offer = window.findChild(QPushButton, "statusAction")
    assert offer.isVisible() and offer.text() == "Use watch-only"  # offered first
    assert "would stop the callbacks" in window.connection_status.text()
    button = window.findChild(QPushButton, "switchToPullAction")
    assert button.isVisible()
    seen = answer_box("switchToPullConfirmation", "&Yes")
    button.click()
    assert seen.plain and "<img src=file:///etc/passwd>" in seen.text
    qtbot.waitUntil(lambda: sim.config.mode == "PULL", timeout=10000)
    qtbot.waitUntil(lambda: rows(controller) == 1, timeout=10000)


def test_push_application_is_watched_without_taking_its_events(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    sim.config.mode = "PUSH"
    sim.config.notification_url = "https://backend.example.com/vod"
    clips = sim.finish_tasks(6, clip_share=1.0, aborted_share=0.0)
    controller = make_controller(sim)
    window = controller.window
    assert window.findChild(QLabel, "modeLabel").text() == "Reliable callback"
    offer = window.findChild(QPushButton, "statusAction")
    qtbot.waitUntil(lambda: offer.isVisible() and offer.text() == "Use watch-only", timeout=10000)
    offer.click()
    qtbot.waitUntil(lambda: rows(controller) == len(clips), timeout=15000)
    assert controller.service.running_watch_only
    assert controller.service.watch_only(controller.profile_name)  # kept for the run
    assert window.findChild(QLabel, "modeLabel").text() == "Watch-only"
    assert "Watch-only" in window.windowTitle()
    qtbot.waitUntil(lambda: "task list" in window.connection_status.text(), timeout=10000)
    assert sim.config.mode == "PUSH"  # nothing was switched
    assert sim.stats["calls.PullEvents"] == 0 and sim.stats["calls.ConfirmEvents"] == 0
    event = controller.model.event_at(0)
    window.table.selectRow(0)
    window.acknowledge_action.trigger()
    qtbot.waitUntil(
        lambda: controller.model.events([event.id])[0].state.value == "done", timeout=15000
    )
    assert sim.stats["calls.ConfirmEvents"] == 0


def test_demo_watch_only_reads_the_task_list_while_a_backend_drains_the_queue(
    qtbot, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    controller = make_controller(demo=True, watch_only=True)
    window = controller.window
    assert "Watch-only" in window.windowTitle() and "Demo" in window.windowTitle()
    sim = controller.simulator
    clips = {t.task_id for t in sim.tasks._tasks.values() if t.task_type == "Clip"}
    qtbot.waitUntil(lambda: rows(controller) >= len(clips), timeout=20000)
    qtbot.waitUntil(lambda: sim.backend_received["ClipComplete"] >= len(clips), timeout=20000)
    for action in ("PullEvents", "ConfirmEvents", "ModifyEventConfig"):
        assert sim.stats[f"calls.{action}"] == 0


def test_demo_end_to_end(
    qtbot, make_controller: MakeController, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    controller = make_controller(demo=True)
    window = controller.window
    assert window.findChild(QLabel, "demoBadge").isVisible()
    assert "Demo" in window.windowTitle()
    qtbot.waitUntil(lambda: rows(controller) >= 15, timeout=15000)
    shown = controller.model.all_ids()
    seen = answer_box("acknowledgeAllConfirmation", "&Yes")
    window.acknowledge_all_action.trigger()
    assert f"Acknowledge {len(shown)} results" in seen.text
    sim = controller.simulator
    qtbot.waitUntil(lambda: sum(sim.queue.confirmations().values()) >= len(shown), timeout=20000)
    qtbot.waitUntil(
        lambda: all(e.state is EventState.CONFIRMED for e in controller.model.events(shown)),
        timeout=10000,
    )


def test_first_run_offers_settings_or_demo(
    qtbot, make_controller: MakeController, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TENCENTCLOUD_SECRET_ID", raising=False)
    monkeypatch.delenv("TENCENTCLOUD_SECRET_KEY", raising=False)
    controller = make_controller()
    window = controller.window
    assert window.pages.currentWidget() is window.welcome
    window.welcome.demo_button.click()
    assert window.pages.currentWidget() is window.splitter
    qtbot.waitUntil(lambda: rows(controller) > 0, timeout=15000)


def test_unreadable_events_are_counted_in_the_status_bar(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    sim.enqueue([{"NotAnEvent": 1}])
    sim.enqueue_clips(1)
    controller = make_controller(sim)
    qtbot.waitUntil(
        lambda: "1 unreadable kept aside" in controller.window.counts_label.text(), timeout=10000
    )
    assert rows(controller) == 1


def test_environment_credentials_are_announced(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    controller = make_controller(sim)
    assert "TENCENTCLOUD_SECRET_ID" in controller.window.statusBar().currentMessage()


def test_the_date_filter_shows_the_chosen_days(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    sim.enqueue([generator.clip_complete(sim.rng, sim.base_url, task_id=f"t{n}") for n in range(3)])
    controller = make_controller(sim)
    window = controller.window
    qtbot.waitUntil(lambda: rows(controller) == 3, timeout=10000)
    dates = window.date_filter
    assert dates.objectName() == "dateFilter"
    dates.activated.emit(dates.findData(Period.TODAY.value))
    qtbot.waitUntil(lambda: window._model.row_filter.since is not None, timeout=5000)
    assert rows(controller) == 3  # received today
    last_week = QDate.currentDate().addDays(-7)

    def choose_last_week() -> None:
        dialog = dates.findChild(DateRangeDialog, "dateRangeDialog")
        dialog.first.setDate(last_week.addDays(-2))
        dialog.last.setDate(last_week)
        dialog.accept()

    QTimer.singleShot(0, choose_last_week)
    dates.activated.emit(dates.findData(Period.RANGE.value))
    qtbot.waitUntil(lambda: rows(controller) == 0, timeout=5000)
    assert dates.period is Period.RANGE and last_week.toString("yyyy") in dates.currentText()
    dates.activated.emit(dates.findData(Period.ANY.value))
    qtbot.waitUntil(lambda: rows(controller) == 3, timeout=5000)


def test_file_export_writes_the_view_as_shown(
    qtbot, sim: Simulator, make_controller: MakeController, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    sim.enqueue([generator.clip_complete(sim.rng, sim.base_url, task_id=f"x{n}") for n in range(6)])
    controller = make_controller(sim)
    window = controller.window
    qtbot.waitUntil(lambda: rows(controller) == 6, timeout=10000)
    assert window.export_action.objectName() == "exportAction"
    window.table.setColumnHidden(Column.LINK, True)
    window.table.sortByColumn(Column.TASK_ID, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: controller.model.index(0, Column.TASK_ID).data() == "x0", timeout=5000)
    target = tmp_path / "shown.csv"
    with qtbot.waitSignal(window.export_finished, timeout=10000) as finished:
        start_export(window, target, "csv")
    assert finished.args == [target, None]
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert "Link" not in lines[0] and "Task ID" in lines[0]
    assert [line.split(",")[lines[0].split(",").index("Task ID")] for line in lines[1:]] == [
        f"x{n}" for n in range(6)
    ]


def test_the_status_bar_shows_the_backlog_and_warns_when_it_grows(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    window = make_controller(sim).window
    label = window.findChild(QLabel, "backlogLabel")
    window.set_status(EngineStatus(EngineState.LIVE, backlog=Backlog(1234, "queue")))
    assert label.isVisibleTo(window) and "1,234 waiting at VOD" in label.text()
    assert "⚠" not in label.text()
    window.set_status(EngineStatus(EngineState.LIVE, backlog=Backlog(1500, "queue", growing=True)))
    assert "⚠" in label.text() and "growing" in label.toolTip()
    window.set_status(EngineStatus(EngineState.LIVE, backlog=Backlog(300, "processing", more=True)))
    assert "300+ clips processing" in label.text()
    window.set_status(EngineStatus(EngineState.BACKING_OFF))
    assert not label.isVisibleTo(window)
