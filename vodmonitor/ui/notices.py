"""Small transient bars: the undo offer after an acknowledgement, the "N new results" pill
over the top of the table, and a notice with one action (a link that could not be
opened)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QHBoxLayout, QPushButton, QWidget

from vodmonitor.ui.plain_text import plain_label

UNDO_MS = 5000  # matches the engine's undo window: the confirmation waits this long


class UndoBar(QWidget):
    """ "Acknowledged N · Undo" for a few seconds after each acknowledgement."""

    undoRequested = Signal(list)  # event ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = plain_label()
        self.button = QPushButton(self.tr("Undo"))
        self.button.setObjectName("undoButton")
        self.button.setShortcut(QKeySequence.StandardKey.Undo)
        self.button.setToolTip(self.tr("Take the acknowledgement back (Ctrl+Z)"))
        self.button.clicked.connect(self._undo)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self._ids: list[int] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UNDO_MS)
        self._timer.timeout.connect(self._expire)
        self.setVisible(False)

    def offer(self, ids: list[int]) -> None:
        self._ids = list(ids)
        self.label.setText(self.tr("Acknowledged %n result(s)", "", len(ids)))
        self.setVisible(True)
        self._timer.start()

    def _undo(self) -> None:
        ids, self._ids = self._ids, []
        self._expire()
        if ids:
            self.undoRequested.emit(ids)

    def _expire(self) -> None:
        self._ids = []
        self._timer.stop()
        self.setVisible(False)


class NewResultsBar(QPushButton):
    """Shown while new rows arrive above a view the editor is holding still: a pill over
    the top of the table, so showing it never moves the rows under the mouse."""

    def __init__(self, table: QAbstractScrollArea) -> None:
        super().__init__(table)
        self.setObjectName("newResultsBar")
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(
            "QPushButton { background: palette(highlight); color: palette(highlighted-text); "
            "padding: 3px 12px; border-radius: 9px; }"
        )
        self.setAccessibleName(self.tr("New results"))
        self.setAccessibleDescription(self.tr("Scrolls to the top and shows the new results"))
        self._table = table
        table.installEventFilter(self)
        self.count = 0
        self.setVisible(False)

    def show_count(self, count: int) -> None:
        self.count = count
        if count:
            self.setText(self.tr("↑ %n new result(s): show", "", count))
            self._place()
            self.raise_()
        self.setVisible(count > 0)

    def reset(self) -> None:
        self.count = 0
        self.setVisible(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table and event.type() == QEvent.Type.Resize:
            self._place()
        return super().eventFilter(watched, event)

    def _place(self) -> None:
        self.adjustSize()
        viewport = self._table.viewport().geometry()
        width = min(self.sizeHint().width(), viewport.width())
        self.setGeometry(
            viewport.x() + (viewport.width() - width) // 2,
            viewport.y() + 4,
            width,
            self.sizeHint().height(),
        )


class ActionNotice(QWidget):
    """A message with one button in the status bar, for a few seconds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionNotice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = plain_label()
        self.button = QPushButton()
        self.button.setObjectName("actionNoticeButton")
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.setVisible(False))
        self._callback: object = None
        self.button.clicked.connect(self._clicked)
        self.setVisible(False)

    def show_notice(
        self, text: str, button: str = "", callback: object = None, ms: int = 10000
    ) -> None:
        self.label.setText(text)
        self.button.setText(button)
        self.button.setVisible(bool(button))
        self._callback = callback
        self.setVisible(True)
        self._timer.start(ms)

    def _clicked(self) -> None:
        if callable(self._callback):
            self._callback()
        self.setVisible(False)
