"""The main window: the clip-results table, filters, details and live status.

The window is passive: it shows what the controller gives it and emits what the editor
asks for (acknowledge, settings, switch to reliable callback, demo).
"""

from __future__ import annotations

import itertools
import logging
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from vodmonitor.columns import COLUMNS
from vodmonitor.engine import EngineState, EngineStatus
from vodmonitor.ledgers.model import Counts, EventState, StoredEvent
from vodmonitor.ledgers.view import RowFilter
from vodmonitor.media.signed_links import LinkSigner
from vodmonitor.ui import window_actions, window_state, window_status
from vodmonitor.ui.about import AboutDialog
from vodmonitor.ui.date_filter import DateFilter
from vodmonitor.ui.detail_pane import DetailPane
from vodmonitor.ui.events_model import Column, EventRole, EventsModel, SafeUrlRole
from vodmonitor.ui.events_table import EventsTable
from vodmonitor.ui.explain import describe_status
from vodmonitor.ui.notices import ActionNotice, NewResultsBar, UndoBar
from vodmonitor.ui.view_keeper import ViewKeeper, select_ids
from vodmonitor.ui.welcome import WelcomePage
from vodmonitor.ui.window_state import default_size

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    acknowledgeRequested = Signal(list)  # event ids
    unacknowledgeRequested = Signal(list)  # event ids, within the undo window
    settingsRequested = Signal()
    switchToPullRequested = Signal()
    watchOnlyRequested = Signal()
    downloadRequested = Signal(list)  # event ids
    consoleRequested = Signal(str)  # a FileId
    restartRequested = Signal()
    demoRequested = Signal()
    closing = Signal()
    export_finished = Signal(object, object)  # the target Path, the error or None
    hiddenToTray = Signal()

    # Built by the window's parts (window_actions, window_status), named here for readers
    # and for type checking.
    about_action: QAction
    acknowledge_action: QAction
    acknowledge_all_action: QAction
    open_link_action: QAction
    copy_link_action: QAction
    download_action: QAction
    console_action: QAction
    copy_task_action: QAction
    save_raw_action: QAction
    copy_action: QAction
    settings_action: QAction
    find_action: QAction
    demo_action: QAction
    quit_action: QAction
    export_action: QAction
    search: QLineEdit
    actions_bar: QToolBar
    filter_bar: QToolBar
    needs_attention: QCheckBox
    failed_only: QCheckBox
    date_filter: DateFilter
    event_type: QComboBox
    demo_badge: QLabel
    connection_status: QLabel
    status_button: QPushButton
    switch_button: QPushButton
    undo_bar: UndoBar
    notice: ActionNotice
    team_label: QLabel
    mode_label: QLabel
    last_poll: QLabel
    backlog_label: QLabel
    counts_label: QLabel

    def __init__(self, state_file: str) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self._state = QSettings(state_file, QSettings.Format.IniFormat)
        self._model: EventsModel | None = None
        self._status = EngineStatus(EngineState.STOPPED)
        self._endpoint = ""
        self._watch_only = False
        self._demo = False
        self.link_signer = LinkSigner()  # the controller sets the run's
        self.log_dir: Path | None = None  # the controller's, for Help › About
        self._details_row: StoredEvent | None = None  # the table's row the details show
        self._keeper: ViewKeeper | None = None
        self.allow_close = True  # the controller sets False while minimising to the tray
        self.setWindowTitle(self.tr("vodmonitor"))
        self.resize(*default_size())

        self.table = EventsTable()
        self.table.linkActivated.connect(self.open_link)
        self.table.customContextMenuRequested.connect(
            lambda pos: window_actions.show_context_menu(self, pos)
        )
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: window_actions.show_columns_menu(self, pos)
        )
        self.new_results = NewResultsBar(self.table)
        self.new_results.clicked.connect(self._jump_to_new)
        self.details = DetailPane()
        self.details.fieldsChanged.connect(self._order_tab_stops)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([420, 260])
        self.welcome = WelcomePage()
        self.welcome.settings_button.clicked.connect(self.settingsRequested)
        self.welcome.demo_button.clicked.connect(self.demoRequested)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.welcome)
        self.setCentralWidget(self.pages)

        window_actions.build_actions(self)
        window_actions.build_toolbar(self)
        window_actions.build_menus(self)
        window_status.build_status_bar(self)

        self._countdown = QTimer(self)  # keeps "retrying in N s" honest
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._refresh_status_text)
        window_state.restore_state(self)
        self._order_tab_stops()

    # --- construction -----------------------------------------------------------------
    def show_about(self) -> None:
        dialog = AboutDialog(self.log_dir or Path(), self)
        dialog.exec()
        dialog.deleteLater()

    def _save_raw_json(self) -> None:
        window_actions.save_raw_json(self)

    @property
    def demo(self) -> bool:
        return self._demo

    def set_demo(self, demo: bool) -> None:
        self.demo_badge.setVisible(demo)
        self._demo = demo
        self._update_title()

    def _update_title(self) -> None:
        parts = [self.tr("vodmonitor")]
        if self._demo:
            parts.append(self.tr("Demo"))
        if self._watch_only:
            parts.append(self.tr("Watch-only"))
        self.setWindowTitle(" — ".join(parts))

    # --- model ---------------------------------------------------------------------
    def set_model(self, model: EventsModel) -> None:
        self.clear_model()
        self._model = model
        self.table.setModel(model)
        self.pages.setCurrentWidget(self.splitter)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        model.countsChanged.connect(self.show_counts)
        self._keeper = ViewKeeper(self.table, model)
        model.heldChanged.connect(self.new_results.show_count)
        model.modelReset.connect(self._refresh_details)
        model.dataChanged.connect(self._refresh_details)
        header = self.table.horizontalHeader()
        state = self._state.value("table/header")
        restored = (
            isinstance(state, QByteArray)
            and not state.isEmpty()
            and header.restoreState(state)
            and header.count() == len(COLUMNS)
        )
        if not restored:  # first start, or a version with other columns
            header.setSortIndicator(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
            for column, spec in enumerate(COLUMNS):
                self.table.setColumnHidden(column, not spec.shown)
            self.table.set_auto_fit(True)
        elif self.table.auto_fit:
            self.table.fit_columns()
        self._apply_filter()
        model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.show_counts(model.counts)

    def clear_model(self) -> None:
        """Detach the model before it goes, so no view or signal outlives it."""
        if self._model is not None:
            self.save_state()
            self._model.countsChanged.disconnect(self.show_counts)
            self._model.heldChanged.disconnect(self.new_results.show_count)
        self._keeper = None
        self.new_results.reset()
        self.table.setModel(None)
        self._details_row = None
        self.details.show_event(None)
        self._model = None

    def show_welcome(self) -> None:
        self.pages.setCurrentWidget(self.welcome)

    def _current_event(self) -> StoredEvent | None:
        index = self.table.currentIndex()
        return index.data(EventRole) if index.isValid() else None

    def _refresh_details(self, *_args: object) -> None:
        self._show_details(self._current_event())

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_details(current.data(EventRole) if current.isValid() else None)

    def _show_details(self, row: StoredEvent | None) -> None:
        """The row in the details pane, with its raw JSON; read again only when the row
        changed (a refresh during a backlog must not rebuild the pane each time)."""
        if row is not None and row == self._details_row:
            return
        self._details_row = row
        full = self._model.full_event(row.id) if row is not None and self._model else None
        self.details.show_event(full)

    def _current_whole(self) -> StoredEvent | None:
        """The current row with its texts whole (what copy and the console need)."""
        row = self._current_event()
        return self._model.whole(row) if row is not None and self._model else row

    def current_full_event(self) -> StoredEvent | None:
        """The current row with its raw JSON (Save raw JSON…)."""
        row = self._current_event()
        return self._model.full_event(row.id) if row is not None and self._model else None

    def _order_tab_stops(self) -> None:
        """Tab reads the window as an editor does: the filters, the table, the details."""
        chain = [
            self.search,
            self.needs_attention,
            self.failed_only,
            self.event_type,
            self.date_filter,
            self.table,
            *self.details.focus_stops(),
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _jump_to_new(self) -> None:
        self.new_results.reset()
        self.table.clearSelection()
        self.table.scrollToTop()
        if self._model is not None:
            self._model.release_hold()

    def _apply_filter(self) -> None:
        if self._model is None:
            return
        since, until = self.date_filter.received_window()
        self._model.set_filter(
            RowFilter(
                text=self.search.text(),
                needs_attention=self.needs_attention.isChecked(),
                failed_only=self.failed_only.isChecked(),
                event_type=self.event_type.currentData() or None,
                since=since,
                until=until,
            )
        )

    # --- status ---------------------------------------------------------------------
    def set_endpoint(self, endpoint: str) -> None:
        self._endpoint = endpoint

    def set_mode(self, watch_only: bool) -> None:
        """Which mode is on, said in the status bar and the title."""
        window_status.show_mode(self, watch_only)

    def exported_text(self, count: int, path: str) -> str:
        return self.tr("%n result(s) exported to {path}", "", count).format(path=path)

    def undone_text(self, count: int) -> str:
        return self.tr("Acknowledgement taken back for %n result(s)", "", count)

    def desktops_text(self, count: int) -> str:
        # Plural forms are found by lupdate only in a class's own tr().
        return self.tr("%n desktop(s)", "", count)

    def set_status(self, status: EngineStatus) -> None:
        window_status.show_status(self, status)

    def show_counts(self, counts: Counts) -> None:
        window_status.show_counts(self, counts)

    def save_state(self) -> None:
        window_state.save_state(self)

    def _refresh_status_text(self) -> None:
        self.connection_status.setText(
            describe_status(self._status, self._endpoint, watch_only=self._watch_only)
        )

    def _status_button_clicked(self) -> None:
        if self._status.state is EngineState.PUSH_MODE:
            self.watchOnlyRequested.emit()
        elif self._status.state is EngineState.FAILED:
            self.restartRequested.emit()
        else:
            self.settingsRequested.emit()

    # --- actions --------------------------------------------------------------------
    def _selected_ids(self, *, only_new: bool = True) -> list[int]:
        model = self._model
        if model is None:
            return []
        ids = []
        for row in self.table.selected_rows():
            event = model.event_at(row)
            if event is not None and (not only_new or event.state is EventState.NEW):
                ids.append(event.id)
        return ids

    def acknowledge_selected(self) -> None:
        ids = self._selected_ids()
        if not ids:  # nothing selected: the current row is what the editor looks at
            event = self._current_event()
            ids = [event.id] if event is not None and event.state is EventState.NEW else []
        if ids:
            self.acknowledge(ids)
        else:
            self.statusBar().showMessage(
                self.tr("Select rows that are not yet acknowledged."), 4000
            )

    def acknowledge(self, ids: list[int]) -> None:
        self.acknowledgeRequested.emit(ids)
        self.undo_bar.offer(ids)

    def acknowledge_all_shown(self) -> None:
        window_actions.acknowledge_all_shown(self)

    def open_link(self, url: str) -> None:
        # Signed as the playback domain needs (Key hotlink protection); the log keeps the
        # link without its signature.
        signed = self.link_signer.sign(url)
        opened = QDesktopServices.openUrl(QUrl(signed))
        log.info("link open %s: %s", "passed to the system" if opened else "failed", url[:300])
        if not opened:
            self.offer_link_copy(signed)
        elif QUrl(url).path().lower().endswith(".m3u8"):
            self.notice.show_notice(
                self.tr(
                    "This is an HLS playlist (.m3u8): a browser may download it instead of "
                    "playing it. A player such as VLC plays it."
                )
            )

    def offer_link_copy(self, link: str) -> None:
        """No application opened ``link``: say so, and offer it to copy."""
        self.notice.show_notice(
            self.tr("No application on this computer opens this link."),
            self.tr("Copy link"),
            lambda: QGuiApplication.clipboard().setText(link),
        )

    def _open_current_link(self) -> None:
        index = self.table.currentIndex()
        url = index.siblingAtColumn(Column.LINK).data(SafeUrlRole) if index.isValid() else None
        if url:
            self.open_link(url)

    def _copy_link(self) -> None:
        event = self._current_whole()
        if event is not None and event.file_url:
            QGuiApplication.clipboard().setText(self.link_signer.sign(event.file_url))
            self.statusBar().showMessage(self.tr("Link copied"), 3000)

    def _download_selected(self) -> None:
        ids = self._selected_ids(only_new=False)
        if ids:
            self.downloadRequested.emit(ids)

    def _open_in_console(self) -> None:
        event = self._current_whole()
        if event is not None and (event.file_id or event.src_file_id):
            self.consoleRequested.emit(event.file_id or event.src_file_id)

    def _copy_task_id(self) -> None:
        event = self._current_whole()
        if event is not None and event.task_id:
            QGuiApplication.clipboard().setText(event.task_id)
            self.statusBar().showMessage(self.tr("Task ID copied"), 3000)

    def select_ids(self, ids: list[int]) -> None:
        if self._model is not None:
            select_ids(self.table, self._model, ids)
            self._refresh_details()

    # --- state ----------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        window_actions.wrap_toolbars(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if not self.allow_close:
            event.ignore()
            self.hide()
            self.hiddenToTray.emit()
            return
        self.closing.emit()
        event.accept()
