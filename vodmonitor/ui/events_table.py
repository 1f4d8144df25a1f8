"""The clip-results table view: clicks on links, selected rows, copying as TSV, Tab that
leaves the table, and column widths that follow the window until the editor sets them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from vodmonitor.columns import COLUMNS
from vodmonitor.ui.column_widths import column_needs, share
from vodmonitor.ui.events_model import Column, SafeUrlRole

_PLAIN_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " "})


class EventsTable(QTableView):
    """The table: single click on a safe link opens it; Ctrl+C copies rows as text."""

    linkActivated = Signal(str)
    autoFitChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventsTable")
        self.setAccessibleName(self.tr("Clip results"))
        self.setAccessibleDescription(
            self.tr(
                "Arrow keys move between results, Ctrl+Enter acknowledges the selected ones, "
                "Tab moves on to the details"
            )
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        # The start of an error or a name says what it is; the full text is in the details.
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Tab and Shift+Tab move to the next control (the arrow keys move inside).
        self.setTabKeyNavigation(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Widths follow the window until the editor drags a column edge.
        self._auto_fit = True
        self._fitting = False
        self._dragging = False
        header.sectionResized.connect(self._section_resized)
        header.viewport().installEventFilter(self)
        self.clicked.connect(self._on_clicked)
        self.setMouseTracking(True)

    # --- widths -------------------------------------------------------------------------
    @property
    def auto_fit(self) -> bool:
        return self._auto_fit

    def set_auto_fit(self, on: bool) -> None:
        if on != self._auto_fit:
            self._auto_fit = on
            self.autoFitChanged.emit(on)
        if on:
            self.fit_columns()

    def fit_columns(self) -> None:
        """Share the visible width among the shown columns by their needs."""
        if self.model() is None:
            return
        shown = [c for c in range(len(COLUMNS)) if not self.isColumnHidden(c)]
        if not shown:
            return
        widths = share(column_needs(self, shown), self.viewport().width())
        self._fitting = True
        try:
            for column, width in zip(shown, widths, strict=True):
                self.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def show_column(self, column: int, shown: bool) -> None:
        self.setColumnHidden(column, not shown)
        if self._auto_fit:
            self.fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if self._auto_fit and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only a drag (or double click) on the header is the editor choosing a width; the
        # header also resizes its last section whenever the view does.
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._dragging = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._dragging = False
        return super().eventFilter(watched, event)

    def _section_resized(self, _column: int, _old: int, _new: int) -> None:
        if self._dragging and not self._fitting and self._auto_fit:
            self._auto_fit = False
            self.autoFitChanged.emit(False)

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
