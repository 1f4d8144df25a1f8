"""Keeps the table still under the editor's hand while rows arrive.

A new clip every few seconds would shift the rows of a newest-first view, so a click or
Ctrl+Enter could land on another clip than the one the editor read. While the editor is
not at the very top, has a selection, or has the mouse over the table, the model holds
new rows back and counts them (see ``EventsModel.hold_check``); the window shows that
count. Rows that leave the view above the visible ones (an acknowledgement under "Needs
attention") are made up for by scrolling, so the rows seen stay where they are. A sort or
filter change resets the model; the selection and the current row are put back when they
are still shown.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject
from PySide6.QtWidgets import QTableView

from vodmonitor.ui.events_model import EventsModel


class ViewKeeper(QObject):
    def __init__(self, table: QTableView, model: EventsModel) -> None:
        super().__init__(model)
        self.table = table
        self.model = model
        self._anchor: tuple[int, int, int] | None = None  # (id, row, scroll value)
        self._selected: list[int] = []
        self._current: int | None = None
        model.aboutToApplyUpdate.connect(self._before_update)
        model.updateApplied.connect(self._after_update)
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)
        model.hold_check = self.holding

    def holding(self) -> bool:
        selection = self.table.selectionModel()
        return (
            self.table.verticalScrollBar().value() > 0
            or (selection is not None and selection.hasSelection())
            or self.table.viewport().underMouse()
        )

    def _before_update(self) -> None:
        self._anchor = None
        if not self.holding():
            return
        top = self.table.rowAt(0)
        row_id = self.model.id_at(top) if top >= 0 else None
        if row_id is not None:
            self._anchor = (row_id, top, self.table.verticalScrollBar().value())

    def _after_update(self) -> None:
        if self._anchor is None:
            return
        row_id, old_row, old_value = self._anchor
        self._anchor = None
        new_row = self.model.row_of(row_id)
        if new_row is None or new_row == old_row:
            return
        self.table.updateGeometries()  # the scroll range must match the rows now
        self.table.verticalScrollBar().setValue(old_value + new_row - old_row)

    def _before_reset(self) -> None:
        selection = self.table.selectionModel()
        if selection is None:
            return
        self._selected = [
            i
            for i in (self.model.id_at(ix.row()) for ix in selection.selectedRows())
            if i is not None
        ]
        current = self.table.currentIndex()
        self._current = self.model.id_at(current.row()) if current.isValid() else None

    def _after_reset(self) -> None:
        selected, self._selected = self._selected, []
        current, self._current = self._current, None
        if selected or current is not None:
            select_ids(self.table, self.model, selected, current=current, scroll=True)


def select_ids(
    table: QTableView,
    model: EventsModel,
    ids: list[int],
    *,
    current: int | None = None,
    scroll: bool = True,
) -> None:
    """Select the rows of ``ids`` that are shown and make ``current`` (or the first of
    them) the current row, so the details and every action follow what is highlighted."""
    selection = table.selectionModel()
    if selection is None:
        return
    rows = model.rows_of(ids + ([current] if current is not None else []))
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row_id in ids:
        if row_id in rows:
            selection.select(model.index(rows[row_id], 0), flags)
    target = rows.get(current) if current is not None else None
    if target is None:
        target = min((rows[i] for i in ids if i in rows), default=None)
    if target is not None:
        index = model.index(target, 0)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        if scroll:
            table.scrollTo(index)
