"""The clip-results table view: clicks on links, selected rows, copying as TSV, and the
default column widths."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from vodmonitor.columns import COLUMNS
from vodmonitor.ui.events_model import Column, SafeUrlRole

# The shown columns with a width of their own; the last (Link) stretches over the rest, so
# it is visible at the default size.
DEFAULT_WIDTHS = tuple(spec.width for spec in COLUMNS if spec.width and spec.shown)


def fitted_widths(total: int) -> list[int]:
    """Default column widths scaled so the Link column keeps at least a fifth of ``total``."""
    budget = total * 0.8
    if sum(DEFAULT_WIDTHS) <= budget:
        return list(DEFAULT_WIDTHS)
    floor = 40  # narrower, a column shows nothing but its elision dots
    floored: set[int] = set()
    while True:  # columns that would drop under the floor keep it; the rest share the room
        free = [i for i in range(len(DEFAULT_WIDTHS)) if i not in floored]
        scale = (budget - floor * len(floored)) / sum(DEFAULT_WIDTHS[i] for i in free)
        low = {i for i in free if DEFAULT_WIDTHS[i] * scale < floor}
        if not low:
            break
        floored |= low
    return [floor if i in floored else int(w * scale) for i, w in enumerate(DEFAULT_WIDTHS)]


_PLAIN_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " "})


class EventsTable(QTableView):
    """The table: single click on a safe link opens it; Ctrl+C copies rows as text."""

    linkActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventsTable")
        self.setAccessibleName(self.tr("Clip results"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        # Error texts and ids differ at both ends; the middle is what can go.
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.clicked.connect(self._on_clicked)
        self.setMouseTracking(True)

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.column() == Column.LINK:
            url = index.data(SafeUrlRole)
            if url:
                self.linkActivated.emit(url)

    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.selectionModel().selectedRows())

    def copy_selection(self) -> None:
        model = self.model()
        rows = self.selected_rows()
        if not rows or model is None:
            return
        header = self.horizontalHeader()
        columns = [
            header.logicalIndex(v)
            for v in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(v))
        ]
        lines = ["\t".join(str(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
        for row in rows:
            lines.append("\t".join(str(model.index(row, c).data() or "") for c in columns))
        # Locales put a narrow or plain no-break space in times ("6:38:56\u202fPM"), which
        # spreadsheets do not read as a time; a pasted cell needs a plain space.
        text = "\n".join(lines).translate(_PLAIN_SPACES)
        QGuiApplication.clipboard().setText(text)
