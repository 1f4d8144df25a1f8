"""File › Export: the view as shown, to CSV or XLSX, with progress and Cancel. The file
is written on a worker thread; a cancelled or failed export leaves no file behind."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from vodmonitor.columns import COLUMNS
from vodmonitor.export.view import ExportView, headers, rows
from vodmonitor.export.writers import Cancelled, export
from vodmonitor.ledgers.view import open_view
from vodmonitor.ui import threads
from vodmonitor.ui.events_model import ui_cells
from vodmonitor.ui.plain_text import message_box

if TYPE_CHECKING:
    from vodmonitor.ui.main_window import MainWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def shown_view(w: MainWindow) -> ExportView | None:
    """The filter, sort and visible columns (in their on-screen order) of the table."""
    model = w._model
    if model is None:
        return None
    header = w.table.horizontalHeader()
    columns = tuple(
        header.logicalIndex(visual)
        for visual in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(visual))
    )
    return ExportView(model.row_filter, COLUMNS[model.sort_column].key, model.descending, columns)


def ask_path(w: MainWindow) -> tuple[Path, str] | None:
    state = QSettings()
    folder = str(state.value("export/folder", "")) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    xlsx = translate("MainWindow", "Excel workbook (*.xlsx)")
    csv = translate("MainWindow", "CSV, UTF-8 (*.csv)")
    name = f"vodmonitor-{dt.date.today().isoformat()}.xlsx"
    path, chosen = QFileDialog.getSaveFileName(
        w,
        translate("MainWindow", "Export the results shown"),
        str(Path(folder) / name),
        f"{xlsx};;{csv}",
    )
    if not path:
        return None
    target = Path(path)
    fmt = "csv" if chosen == csv or target.suffix.lower() == ".csv" else "xlsx"
    if target.suffix.lower() != f".{fmt}":
        target = target.with_name(target.name + f".{fmt}")
    state.setValue("export/folder", str(target.parent))
    return target, fmt


def start_export(w: MainWindow, target: Path | None = None, fmt: str | None = None) -> None:
    """Asks where (unless told), then writes the shown view on a worker thread."""
    view = shown_view(w)
    if view is None or w._model is None:
        return
    if target is None or fmt is None:
        chosen = ask_path(w)
        if chosen is None:
            return
        target, fmt = chosen
    database = w._model.database
    cancel = threading.Event()
    progress = QProgressDialog(
        translate("MainWindow", "Exporting the results shown…"),
        translate("MainWindow", "Cancel"),
        0,
        0,
        w,
    )
    progress.setObjectName("exportProgress")
    progress.setWindowTitle(translate("MainWindow", "Export"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)  # a small export just happens
    progress.canceled.connect(cancel.set)
    total = [0]

    def on_progress(done: int) -> None:
        def show() -> None:
            progress.setMaximum(max(total[0], 1))
            progress.setValue(min(done, total[0]))

        threads.to_main(show)

    def work() -> int:
        cells = ui_cells()
        db = open_view(database)
        try:
            count, each = rows(db, view, cells)
            total[0] = count
            return export(
                target, fmt, headers(cells, view), each(), progress=on_progress, cancel=cancel
            )
        finally:
            db.close()

    def done(written: int | None, error: BaseException | None) -> None:
        progress.reset()
        progress.deleteLater()
        if isinstance(error, Cancelled):
            w.statusBar().showMessage(
                translate("MainWindow", "Export cancelled; no file written."), 6000
            )
        elif error is not None:
            log.warning("export to %s failed: %s", target, error)
            detail = getattr(error, "strerror", None) or str(error)
            message_box(
                w,
                QMessageBox.Icon.Warning,
                translate("MainWindow", "Could not export"),
                translate("MainWindow", "{path} was not written: {reason}").format(
                    path=str(target), reason=detail
                ),
            ).open()
        else:
            log.info("exported %d results to %s", written, target)
            w.statusBar().showMessage(w.exported_text(int(written or 0), str(target)), 8000)
        w.export_finished.emit(target, error)

    threads.run_task(work, done, w)
