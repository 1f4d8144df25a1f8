"""One measured run of the UI for bench/ui.py, in its own process. Prints one JSON line.

``ours DATA_DIR ENDPOINT SUB_APP_ID``: the real controller and window.
``baseline DATA_DIR``: the same rows loaded into a QTableWidget.
"""

from __future__ import annotations

import json
import os
import sys
import time

T0 = float(os.environ.get("BENCH_T0", time.time()))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from memory import peak_rss_mb  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem  # noqa: E402


class PaintWatch(QObject):
    """Notes the time of the next paint of a widget once a condition holds."""

    def __init__(self, widget, ready) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.ready = ready
        self.painted_at: float | None = None
        widget.installEventFilter(self)

    def arm(self) -> None:
        self.painted_at = None

    def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.Paint and self.painted_at is None and self.ready():
            self.painted_at = time.time()
        return False


def wait(app: QApplication, predicate, timeout: float = 120.0) -> None:  # type: ignore[no-untyped-def]
    """Run the event loop until ``predicate()``. The loop sleeps between events as the app's
    own loop does; a processEvents() spin would hold the GIL and starve worker threads."""
    deadline = time.time() + timeout
    while not predicate():
        if time.time() > deadline:
            raise TimeoutError("benchmark step did not finish")
        loop = QEventLoop()
        QTimer.singleShot(2, loop.quit)
        loop.exec()


class Heartbeat:
    """A 10 ms timer; the longest gap between its beats is the longest UI-thread stall."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.beat)

    def beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start(10)

    def stop(self) -> float:
        """The longest stall in ms beyond the 10 ms period."""
        self.beat()  # the time since the last beat is a gap too
        self.timer.stop()
        return round(max(self.gaps) * 1000 - 10, 1)


def huge_selection(app: QApplication, controller) -> float:  # type: ignore[no-untyped-def]
    """Select the row whose TaskId is 1 MB and FileUrl 10 MB (bench/ui.py stores one as
    the newest row): the longest stall until its details are shown."""
    table = controller.window.table
    model = controller.model

    def huge_first() -> bool:
        event = model.event_at(0) if model.complete else None
        return event is not None and (event.task_id or "").startswith("z" * 1000)

    wait(app, huge_first)  # the view sorted newest first again
    table.clearSelection()
    beat = Heartbeat()
    beat.start()
    done = time.time() + 0.5
    table.selectRow(0)
    wait(app, lambda: time.time() > done)  # the layout and paints that follow count too
    assert len(controller.window.details.raw.toPlainText()) > 50_000  # it was the huge row
    return beat.stop()


def baseline_huge_selection(app: QApplication) -> float:
    """The same raw JSON put in a text box as the details pane did before (word wrap)."""
    from PySide6.QtWidgets import QPlainTextEdit

    box = QPlainTextEdit()
    box.resize(500, 250)
    box.show()
    wait(app, box.isVisible)
    beat = Heartbeat()
    beat.start()
    done = time.time() + 0.5
    box.setPlainText('{"TaskId": "' + "T" * 100_000 + '"}')
    wait(app, lambda: time.time() > done)
    return beat.stop()


def ours(data_dir: str, endpoint: str, sub_app_id: str) -> dict[str, float]:
    from common import tuned_client  # the simulator runs in the parent's child process

    from vodmonitor.app.cli import Options
    from vodmonitor.paths import resolve_paths
    from vodmonitor.settings import Settings
    from vodmonitor.ui.application import Controller, app_icon
    from vodmonitor.ui.events_model import Column

    app = QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    paths = resolve_paths(data_dir).ensure()
    options = Options(False, data_dir, None, endpoint, int(sub_app_id), False, "WARNING")
    controller = Controller(app, paths, options, Settings())
    table = controller.window.table

    def model_rows() -> int:
        return controller.model.rowCount() if controller.model else 0

    watch = PaintWatch(table.viewport(), lambda: model_rows() > 0)
    controller.start()
    wait(app, lambda: watch.painted_at is not None)
    first_paint = watch.painted_at - T0  # type: ignore[operator]
    wait(app, lambda: controller.model is not None and controller.model.complete)
    total = model_rows()

    # A search keystroke to an updated, painted view.
    watch.ready = lambda: 0 < model_rows() < total
    watch.arm()
    started = time.time()
    controller.window.search.setText("clipVideo-ab")
    wait(app, lambda: watch.painted_at is not None)
    filter_ms = (watch.painted_at - started) * 1000  # type: ignore[operator]
    wait(app, lambda: controller.model.complete)  # type: ignore[union-attr]
    filter_complete_ms = (time.time() - started) * 1000
    controller.window.search.clear()
    wait(app, lambda: model_rows() == total and controller.model.complete)  # type: ignore[union-attr]

    # Sort by Task ID, from the header click to the painted view.
    task = Column.TASK_ID
    first_task = controller.model.index(0, task).data()  # type: ignore[union-attr]
    watch.ready = lambda: controller.model.index(0, task).data() != first_task  # type: ignore[union-attr]
    watch.arm()
    started = time.time()
    table.sortByColumn(task, Qt.SortOrder.AscendingOrder)
    wait(app, lambda: watch.painted_at is not None)
    sort_ms = (watch.painted_at - started) * 1000  # type: ignore[operator]
    wait(app, lambda: controller.model.complete and model_rows() == total)  # type: ignore[union-attr]
    sort_complete_ms = (time.time() - started) * 1000
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    select_huge_ms = huge_selection(app, controller)
    view_rss_mb = peak_rss_mb()  # before the backlog: the view's own memory
    # The longest UI-thread stall while the engine ingests a 10,000-event backlog.
    heartbeat = Heartbeat()
    client = tuned_client(endpoint.removeprefix("http://"))
    client.call_json("SimulatorEnqueueClips", {"SubAppId": int(sub_app_id), "Count": 10_000})
    heartbeat.start()
    wait(app, lambda: controller.model.counts.total >= total + 10_000)  # type: ignore[union-attr]
    max_ui_stall_ms = heartbeat.stop()
    controller.shutdown()
    return {
        "first_paint_s": round(first_paint, 3),
        "filter_ms": round(filter_ms, 1),
        "filter_complete_ms": round(filter_complete_ms, 1),
        "sort_ms": round(sort_ms, 1),
        "sort_complete_ms": round(sort_complete_ms, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "peak_rss_mb_before_backlog": round(view_rss_mb, 1),
        "max_ui_stall_ms": max_ui_stall_ms,
        "select_huge_ms": select_huge_ms,
        "baseline_select_huge_ms": baseline_huge_selection(app),
    }


def baseline(data_dir: str) -> dict[str, float]:
    import sqlite3
    from pathlib import Path

    app = QApplication(sys.argv[:1])
    db = Path(data_dir) / "data" / "events-default.sqlite3"
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT first_seen, state, err_code, task_id, src_file_id, file_id, file_type, file_url "
        "FROM events WHERE event_type = 'ClipComplete' ORDER BY first_seen DESC"
    ).fetchall()
    table = QTableWidget(len(rows), 8)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
    watch = PaintWatch(table.viewport(), lambda: table.rowCount() > 0)
    table.resize(1180, 600)
    table.show()
    wait(app, lambda: watch.painted_at is not None)
    first_paint = watch.painted_at - T0  # type: ignore[operator]
    watch.arm()
    started = time.time()
    for r in range(table.rowCount()):
        item = table.item(r, 3)
        table.setRowHidden(r, "clipVideo-ab" not in (item.text() if item else ""))
    wait(app, lambda: watch.painted_at is not None)
    filter_ms = (watch.painted_at - started) * 1000  # type: ignore[operator]
    return {"first_paint_s": round(first_paint, 3), "filter_ms": round(filter_ms, 1)}


if __name__ == "__main__":
    mode = sys.argv[1]
    result = ours(*sys.argv[2:5]) if mode == "ours" else baseline(sys.argv[2])
    print(json.dumps(result), flush=True)
    os._exit(0)  # skip interpreter teardown: it is not part of what is measured
