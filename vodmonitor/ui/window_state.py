"""What the main window remembers between runs: geometry, splitter, filters."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QGuiApplication

from vodmonitor.date_range import Period

if TYPE_CHECKING:
    from vodmonitor.ui.main_window import MainWindow


DEFAULT_SIZE = (1180, 720)


def default_size(available: QSize | None = None) -> tuple[int, int]:
    """The default size, shrunk to fit the screen (a 1600×1000 screen at 150% scaling
    leaves about 1066×640 device-independent pixels, less the taskbar)."""
    width, height = DEFAULT_SIZE
    if available is None:
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return width, height
        available = screen.availableGeometry().size()
    # The frame and title bar add to the size asked for.
    return min(width, available.width() - 40), min(height, available.height() - 60)


def _days(value: object) -> tuple[dt.date, dt.date] | None:
    """Stored chosen days, or None for anything else (a state file edited by hand)."""
    if not isinstance(value, list) or len(value) != 2:
        return None
    try:
        first, last = (dt.date.fromisoformat(str(v)) for v in value)
    except ValueError:
        return None
    return (first, last) if first <= last else (last, first)


def restore_state(w: MainWindow) -> None:
    geometry = w._state.value("window/geometry")
    if isinstance(geometry, QByteArray):
        w.restoreGeometry(geometry)
        width, height = default_size()
        if w.width() > width or w.height() > height:  # saved on a larger screen
            w.resize(min(w.width(), width), min(w.height(), height))
    w.table.set_auto_fit(bool(w._state.value("table/auto_widths", True, type=bool)))
    splitter = w._state.value("window/splitter")
    if isinstance(splitter, QByteArray):
        w.splitter.restoreState(splitter)
    w.needs_attention.setChecked(bool(w._state.value("filter/needs_attention", False, type=bool)))
    w.failed_only.setChecked(bool(w._state.value("filter/failed_only", False, type=bool)))
    w.event_type.setCurrentIndex(1 if w._state.value("filter/all_events", False, type=bool) else 0)
    w.date_filter.restore(
        Period.read(w._state.value("filter/period")), _days(w._state.value("filter/days"))
    )


def save_state(w: MainWindow) -> None:
    w._state.setValue("window/geometry", w.saveGeometry())
    w._state.setValue("window/splitter", w.splitter.saveState())
    if w._model is not None:
        w._state.setValue("table/header", w.table.horizontalHeader().saveState())
    w._state.setValue("table/auto_widths", w.table.auto_fit)
    w._state.setValue("filter/needs_attention", w.needs_attention.isChecked())
    w._state.setValue("filter/failed_only", w.failed_only.isChecked())
    w._state.setValue("filter/all_events", w.event_type.currentIndex() == 1)
    w._state.setValue("filter/period", w.date_filter.period.value)
    w._state.setValue("filter/days", [d.isoformat() for d in w.date_filter.days])
    w._state.sync()
