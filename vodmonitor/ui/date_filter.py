"""The toolbar's date filter: any time, today, the last 7 or 30 days, or chosen days."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from vodmonitor.date_range import Period, window


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DateRangeDialog(QDialog):
    def __init__(self, first: dt.date, last: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dateRangeDialog")
        self.setWindowTitle(self.tr("Choose days"))
        form = QFormLayout(self)
        self.first = QDateEdit(QDate(first.year, first.month, first.day))
        self.last = QDateEdit(QDate(last.year, last.month, last.day))
        for edit, name in ((self.first, "rangeFirstDay"), (self.last, "rangeLastDay")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.first.setAccessibleName(self.tr("First day"))
        self.last.setAccessibleName(self.tr("Last day"))
        form.addRow(self.tr("&From:"), self.first)
        form.addRow(self.tr("&To (included):"), self.last)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def days(self) -> tuple[dt.date, dt.date]:
        first, last = _date(self.first.date()), _date(self.last.date())
        return (first, last) if first <= last else (last, first)


class DateFilter(QComboBox):
    """Emits ``periodChanged`` when the covered days change."""

    periodChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dateFilter")
        self.setAccessibleName(self.tr("Received"))
        self.setToolTip(self.tr("Show the results received on these days"))
        today = dt.date.today()
        self._days = (today - dt.timedelta(days=6), today)
        for period, text in (
            (Period.ANY, self.tr("Any time")),
            (Period.TODAY, self.tr("Today")),
            (Period.WEEK, self.tr("Last 7 days")),
            (Period.MONTH, self.tr("Last 30 days")),
            (Period.RANGE, self.tr("Chosen days…")),
        ):
            self.addItem(text, period.value)
        self._shown = 0
        self.activated.connect(self._chosen)

    @property
    def period(self) -> Period:
        return Period.read(self.currentData())

    @property
    def days(self) -> tuple[dt.date, dt.date]:
        return self._days

    def received_window(self) -> tuple[float | None, float | None]:
        return window(self.period, dt.date.today(), *self._days)

    def restore(self, period: Period, days: tuple[dt.date, dt.date] | None) -> None:
        if days is not None:
            self._days = days
        self._show(period)

    def _chosen(self, index: int) -> None:
        if Period.read(self.itemData(index)) is Period.RANGE:
            dialog = DateRangeDialog(*self._days, parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.setCurrentIndex(self._shown)
                return
            self._days = dialog.days()
        self._show(Period.read(self.itemData(index)))
        self.periodChanged.emit()

    def _show(self, period: Period) -> None:
        index = max(0, self.findData(period.value))
        if period is Period.RANGE:
            # ISO days: short locale formats are ambiguous (11/04/26) and the editors'
            # own fields show this form.
            first, last = (d.isoformat() for d in self._days)
            self.setItemText(index, self.tr("{first} – {last}").format(first=first, last=last))
        self.setCurrentIndex(index)
        self._shown = index
