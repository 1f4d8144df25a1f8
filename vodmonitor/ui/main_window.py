"""The main window: the clip-results table, filters, details and live status.

The window is passive: it shows what the controller gives it and emits what the editor
asks for (acknowledge, settings, switch to reliable callback, demo).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from vodmonitor.columns import COLUMNS
from vodmonitor.engine import EngineState, EngineStatus
from vodmonitor.engine.status import TeamStatus
from vodmonitor.events import CLIP_COMPLETE
from vodmonitor.ledgers.model import Counts, EventState, StoredEvent
from vodmonitor.ledgers.view import RowFilter
from vodmonitor.media.signed_links import LinkSigner
from vodmonitor.ui.detail_pane import DetailPane
from vodmonitor.ui.events_model import Column, EventRole, EventsModel, SafeUrlRole, format_timestamp
from vodmonitor.ui.explain import describe_status
from vodmonitor.ui.notices import ActionNotice, NewResultsBar, UndoBar
from vodmonitor.ui.plain_text import message_box, plain_label
from vodmonitor.ui.view_keeper import ViewKeeper, select_ids

log = logging.getLogger(__name__)

# The query thread answers only the newest request, so typing needs no long debounce.
SEARCH_DELAY_MS = 0
# Received, Status, Result, Task ID, Source, Output, Type; Link stretches over the rest, so
# it is visible at the default size.
DEFAULT_WIDTHS = tuple(spec.width for spec in COLUMNS if spec.width and spec.shown)
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


class WelcomePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        # A word-wrapped label gets its height for its width only outside an aligned layout
        # item: the column is centred by stretches, not by alignment.
        column = QWidget()
        column.setMaximumWidth(560)
        layout = QVBoxLayout(column)
        title = QLabel(self.tr("Welcome to vodmonitor"))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "vodmonitor shows the results of your Tencent Cloud VOD clip tasks as they "
                "finish. It needs a SecretId and SecretKey with VOD access, and your VOD "
                "application must use reliable callback. The keys are kept in your system's "
                "keyring, never in a file.\n\nNo account at hand? The demo runs against a "
                "built-in simulator."
            )
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.settings_button = QPushButton(self.tr("Set up a connection…"))
        self.settings_button.setObjectName("welcomeSettings")
        self.demo_button = QPushButton(self.tr("Try the demo"))
        self.demo_button.setObjectName("welcomeDemo")
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text)
        for button in (self.settings_button, self.demo_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)


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
        QGuiApplication.clipboard().setText("\n".join(lines))


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
    hiddenToTray = Signal()

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
        self._keeper: ViewKeeper | None = None
        self.allow_close = True  # the controller sets False while minimising to the tray
        self.setWindowTitle(self.tr("vodmonitor"))
        self.resize(*default_size())

        self.table = EventsTable()
        self.table.linkActivated.connect(self.open_link)
        self.table.customContextMenuRequested.connect(self._context_menu)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._columns_menu)
        self.new_results = NewResultsBar()
        self.new_results.clicked.connect(self._jump_to_new)
        table_box = QWidget()
        box_layout = QVBoxLayout(table_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        box_layout.addWidget(self.new_results)
        box_layout.addWidget(self.table)
        self.details = DetailPane()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(table_box)
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

        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self._countdown = QTimer(self)  # keeps "retrying in N s" honest
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._refresh_status_text)
        self._restore_state()

    # --- construction -----------------------------------------------------------------
    def _build_actions(self) -> None:
        self.acknowledge_action = QAction(self.tr("&Acknowledge"), self)
        self.acknowledge_action.setObjectName("acknowledgeAction")
        self.acknowledge_action.setShortcuts(
            [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")]
        )
        self.acknowledge_action.setToolTip(
            self.tr("Acknowledge the selected clip results (Ctrl+Enter)")
        )
        self.acknowledge_action.triggered.connect(self.acknowledge_selected)
        self.acknowledge_all_action = QAction(self.tr("Acknowledge all &shown…"), self)
        self.acknowledge_all_action.setObjectName("acknowledgeAllAction")
        self.acknowledge_all_action.triggered.connect(self.acknowledge_all_shown)
        self.open_link_action = QAction(self.tr("&Open link"), self)
        self.open_link_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_link_action.triggered.connect(self._open_current_link)
        self.copy_link_action = QAction(self.tr("Copy &link"), self)
        self.copy_link_action.triggered.connect(self._copy_link)
        self.download_action = QAction(self.tr("&Download…"), self)
        self.download_action.setObjectName("downloadAction")
        self.download_action.setShortcut(QKeySequence("Ctrl+S"))
        self.download_action.setToolTip(
            self.tr("Download the selected clips to your download folder (Ctrl+S)")
        )
        self.download_action.triggered.connect(self._download_selected)
        self.console_action = QAction(self.tr("Open in the VOD &console"), self)
        self.console_action.setObjectName("openInConsoleAction")
        self.console_action.triggered.connect(self._open_in_console)
        self.copy_task_action = QAction(self.tr("Copy &task ID"), self)
        self.copy_task_action.triggered.connect(self._copy_task_id)
        self.save_raw_action = QAction(self.tr("Save raw &JSON…"), self)
        self.save_raw_action.setObjectName("saveRawJsonAction")
        self.save_raw_action.triggered.connect(self._save_raw_json)
        self.copy_action = QAction(self.tr("&Copy"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.triggered.connect(self.table.copy_selection)
        self.table.addAction(self.copy_action)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setObjectName("settingsAction")
        # One binding: on macOS the platform's Preferences key *is* ⌘, and a second copy of
        # it would make the shortcut ambiguous (it then does nothing).
        self.settings_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            or [QKeySequence("Ctrl+,")]
        )
        # Menu roles put these in the macOS application menu, in any language.
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.settingsRequested)
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(
            lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        )
        self.demo_action = QAction(self.tr("Try the &demo"), self)
        self.demo_action.setObjectName("demoAction")
        self.demo_action.setToolTip(self.tr("Watch a built-in simulator; no account needed"))
        self.demo_action.triggered.connect(self.demoRequested)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        for action in (
            self.acknowledge_action,
            self.open_link_action,
            self.settings_action,
            self.find_action,
            self.download_action,
        ):
            self.addAction(action)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.addAction(self.acknowledge_action)
        bar.addAction(self.acknowledge_all_action)
        bar.addAction(self.download_action)
        bar.addSeparator()
        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(self.tr("Search task ID, file ID or message (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        bar.addWidget(self.search)
        self.needs_attention = QCheckBox(self.tr("Needs attention"))
        self.needs_attention.setObjectName("needsAttentionFilter")
        self.needs_attention.setToolTip(self.tr("Show only results not yet acknowledged"))
        self.failed_only = QCheckBox(self.tr("Failed only"))
        self.failed_only.setObjectName("failedOnlyFilter")
        self.event_type = QComboBox()
        self.event_type.setObjectName("eventTypeFilter")
        self.event_type.setAccessibleName(self.tr("Event type"))
        self.event_type.addItem(self.tr("Clip results"), CLIP_COMPLETE)
        self.event_type.addItem(self.tr("All events"), "")
        for widget in (self.needs_attention, self.failed_only):
            widget.toggled.connect(self._apply_filter)
            bar.addWidget(widget)
        self.event_type.currentIndexChanged.connect(self._apply_filter)
        bar.addWidget(self.event_type)
        bar.addSeparator()
        bar.addAction(self.settings_action)
        self.addToolBar(bar)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        for action in (
            self.copy_action,
            self.copy_link_action,
            self.copy_task_action,
            self.find_action,
        ):
            edit_menu.addAction(action)
        events_menu = self.menuBar().addMenu(self.tr("E&vents"))
        for action in (
            self.acknowledge_action,
            self.acknowledge_all_action,
            self.open_link_action,
            self.download_action,
            self.console_action,
            self.save_raw_action,
        ):
            events_menu.addAction(action)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.demo_badge = QLabel(self.tr("Demo"))
        self.demo_badge.setObjectName("demoBadge")
        self.demo_badge.setToolTip(
            self.tr("Connected to the built-in simulator, not to Tencent Cloud")
        )
        self.demo_badge.setStyleSheet(
            "QLabel { background: #f9a825; color: black; padding: 1px 8px; border-radius: 3px; }"
        )
        self.demo_badge.setVisible(False)
        bar.addWidget(self.demo_badge)
        self.connection_status = QLabel()
        self.connection_status.setObjectName("connectionStatus")
        self.connection_status.setAccessibleName(self.tr("Connection status"))
        self.connection_status.setTextFormat(Qt.TextFormat.PlainText)
        bar.addWidget(self.connection_status, 1)
        self.status_button = QPushButton()
        self.status_button.setObjectName("statusAction")
        self.status_button.setVisible(False)
        self.status_button.clicked.connect(self._status_button_clicked)
        bar.addWidget(self.status_button)
        # A normal-callback application: watch-only is offered first, the switch second.
        self.switch_button = QPushButton(self.tr("Switch to reliable callback…"))
        self.switch_button.setObjectName("switchToPullAction")
        self.switch_button.setVisible(False)
        self.switch_button.clicked.connect(self.switchToPullRequested)
        bar.addWidget(self.switch_button)
        self.undo_bar = UndoBar()
        self.undo_bar.undoRequested.connect(self.unacknowledgeRequested)
        bar.addWidget(self.undo_bar)
        self.notice = ActionNotice()
        bar.addWidget(self.notice)
        self.team_label = plain_label()
        self.team_label.setObjectName("teamStatus")
        self.team_label.setVisible(False)
        bar.addPermanentWidget(self.team_label)
        self.mode_label = plain_label()
        self.mode_label.setObjectName("modeLabel")
        bar.addPermanentWidget(self.mode_label)
        self.last_poll = plain_label()
        self.last_poll.setObjectName("lastPoll")
        bar.addPermanentWidget(self.last_poll)
        self.counts_label = plain_label()
        self.counts_label.setObjectName("countsLabel")
        bar.addPermanentWidget(self.counts_label)

    def set_demo(self, demo: bool) -> None:
        self.demo_badge.setVisible(demo)
        self._demo = demo
        self._update_title()

    def set_mode(self, watch_only: bool) -> None:
        """Which mode is on, said in the status bar and the title."""
        self._watch_only = watch_only
        if watch_only:
            self.mode_label.setText(self.tr("Watch-only"))
            self.mode_label.setToolTip(
                self.tr(
                    "Clip results are read from the task list. Nothing is taken from the "
                    "event queue and nothing is confirmed on VOD: acknowledging marks a "
                    "result done here."
                )
            )
        else:
            self.mode_label.setText(self.tr("Reliable callback"))
            self.mode_label.setToolTip(
                self.tr(
                    "vodmonitor pulls the application's events and confirms those you acknowledge."
                )
            )
        self._update_title()
        self._refresh_status_text()

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
        model.countsChanged.connect(self._show_counts)
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
            total = max(self.table.viewport().width(), self.width() - 40)
            widths = iter(fitted_widths(total))
            for column, spec in enumerate(COLUMNS):
                self.table.setColumnHidden(column, not spec.shown)
                if spec.width:  # 0: the last column stretches over the rest
                    self.table.setColumnWidth(column, next(widths) if spec.shown else spec.width)
        self._apply_filter()
        model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._show_counts(model.counts)

    def clear_model(self) -> None:
        """Detach the model before it goes, so no view or signal outlives it."""
        if self._model is not None:
            self.save_state()
            self._model.countsChanged.disconnect(self._show_counts)
            self._model.heldChanged.disconnect(self.new_results.show_count)
        self._keeper = None
        self.new_results.reset()
        self.table.setModel(None)
        self.details.show_event(None)
        self._model = None

    def show_welcome(self) -> None:
        self.pages.setCurrentWidget(self.welcome)

    def _current_event(self) -> StoredEvent | None:
        index = self.table.currentIndex()
        return index.data(EventRole) if index.isValid() else None

    def _refresh_details(self, *_args: object) -> None:
        self.details.show_event(self._current_event())

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.details.show_event(current.data(EventRole) if current.isValid() else None)

    def _jump_to_new(self) -> None:
        self.new_results.reset()
        self.table.clearSelection()
        self.table.scrollToTop()
        if self._model is not None:
            self._model.release_hold()

    def _apply_filter(self) -> None:
        if self._model is None:
            return
        self._model.set_filter(
            RowFilter(
                text=self.search.text(),
                needs_attention=self.needs_attention.isChecked(),
                failed_only=self.failed_only.isChecked(),
                event_type=self.event_type.currentData() or None,
            )
        )

    def _show_counts(self, counts: Counts) -> None:
        text = self.tr("{attention} need attention · {failed} failed · {total} total").format(
            attention=QLocale().toString(counts.needs_attention),
            failed=QLocale().toString(counts.failed),
            total=QLocale().toString(counts.total),
        )
        if counts.rejected:
            text += " · " + self.tr("{count} unreadable kept aside (see the log)").format(
                count=QLocale().toString(counts.rejected)
            )
        self.counts_label.setText(text)

    # --- status ---------------------------------------------------------------------
    def set_endpoint(self, endpoint: str) -> None:
        self._endpoint = endpoint

    def set_status(self, status: EngineStatus) -> None:
        self._status = status
        self._show_team(status.team)
        if status.state in (EngineState.BACKING_OFF, EngineState.THROTTLED):
            self._countdown.start()
        else:
            self._countdown.stop()
        self._refresh_status_text()
        button = {
            EngineState.AUTH_ERROR: self.tr("Open settings…"),
            EngineState.NO_CREDENTIALS: self.tr("Open settings…"),
            EngineState.BAD_ENDPOINT: self.tr("Open settings…"),
            EngineState.PUSH_MODE: self.tr("Use watch-only"),
            EngineState.FAILED: self.tr("Restart monitoring"),
        }.get(status.state)
        self.status_button.setVisible(button is not None)
        self.switch_button.setVisible(status.state is EngineState.PUSH_MODE)
        if button:
            self.status_button.setText(button)
        if status.last_poll_ok:
            when = format_timestamp(status.last_poll_ok, seconds=True, date=False)
            self.last_poll.setText(self.tr("Last poll {time}").format(time=when))

    def _show_team(self, team: TeamStatus | None) -> None:
        """Who is there, in team mode: "Team · leader · 3 desktops"."""
        self.team_label.setVisible(team is not None)
        if team is None:
            return
        if not team.connected:
            text = self.tr("Team · offline")
        elif team.leading:
            text = self.tr("Team · leader")
        elif team.leader:
            text = self.tr("Team · following {name}").format(name=team.leader)
        else:
            text = self.tr("Team · following")
        if team.connected:
            text += " · " + self.tr("%n desktop(s)", "", team.desktops)
        self.team_label.setText(text)
        self.team_label.setToolTip(
            self.tr(
                "One desktop of the team (the leader) pulls and confirms events; every "
                "desktop sees every result and can acknowledge it."
            )
        )

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
            self._acknowledge(ids)
        else:
            self.statusBar().showMessage(
                self.tr("Select rows that are not yet acknowledged."), 4000
            )

    def _acknowledge(self, ids: list[int]) -> None:
        self.acknowledgeRequested.emit(ids)
        self.undo_bar.offer(ids)

    def acknowledge_all_shown(self) -> None:
        model = self._model
        if model is None or model.rowCount() == 0:
            return
        # Fixed now: rows that arrive while the question is open are never included.
        ids = model.new_ids(model.all_ids())
        if not ids:
            self.statusBar().showMessage(
                self.tr("Every result shown is already acknowledged."), 4000
            )
            return
        box = message_box(
            self,
            QMessageBox.Icon.Question,
            self.tr("Acknowledge all shown"),
            (
                self.tr(
                    "Mark {count} results not yet acknowledged as done? Watch-only confirms "
                    "nothing on VOD; they are marked done here."
                )
                if self._watch_only
                else self.tr(
                    "Acknowledge {count} results not yet acknowledged? Each one is confirmed "
                    "to Tencent Cloud and will not be delivered again."
                )
            ).format(count=len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        box.setObjectName("acknowledgeAllConfirmation")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self._acknowledge(ids)

    def open_link(self, url: str) -> None:
        # Signed as the playback domain needs (Key hotlink protection); the log keeps the
        # link without its signature.
        signed = self.link_signer.sign(url)
        opened = QDesktopServices.openUrl(QUrl(signed))
        log.info("link open %s: %s", "passed to the system" if opened else "failed", url[:300])
        if not opened:
            self.notice.show_notice(
                self.tr("No application on this computer opens this link."),
                self.tr("Copy link"),
                lambda: QGuiApplication.clipboard().setText(signed),
            )
        elif QUrl(url).path().lower().endswith(".m3u8"):
            self.notice.show_notice(
                self.tr(
                    "This is an HLS playlist (.m3u8): a browser may download it instead of "
                    "playing it. A player such as VLC plays it."
                )
            )

    def _open_current_link(self) -> None:
        index = self.table.currentIndex()
        url = index.siblingAtColumn(Column.LINK).data(SafeUrlRole) if index.isValid() else None
        if url:
            self.open_link(url)

    def _copy_link(self) -> None:
        event = self._current_event()
        if event is not None and event.file_url:
            QGuiApplication.clipboard().setText(self.link_signer.sign(event.file_url))

    def _download_selected(self) -> None:
        ids = self._selected_ids(only_new=False)
        if ids:
            self.downloadRequested.emit(ids)

    def _open_in_console(self) -> None:
        event = self._current_event()
        if event is not None and (event.file_id or event.src_file_id):
            self.consoleRequested.emit(event.file_id or event.src_file_id)

    def _save_raw_json(self) -> None:
        """The whole payload as VOD sent it; the details pane shows only the first part of
        a very large one."""
        event = self._current_event()
        if event is None:
            return
        name = "".join(c if c.isalnum() or c in "-_" else "_" for c in (event.task_id or ""))
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save raw JSON"),
            f"{name[:80] or 'event'}.json",
            self.tr("JSON files (*.json)"),
        )
        if not path:
            return
        try:
            Path(path).write_text(event.raw_json, encoding="utf-8")
        except OSError as exc:
            message_box(
                self,
                QMessageBox.Icon.Warning,
                self.tr("Could not save the file"),
                f"{path}: {exc.strerror or exc}",
            ).open()

    def _copy_task_id(self) -> None:
        event = self._current_event()
        if event is not None and event.task_id:
            QGuiApplication.clipboard().setText(event.task_id)

    def _context_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        menu = QMenu(self)
        for action in (
            self.acknowledge_action,
            self.open_link_action,
            self.download_action,
            self.console_action,
            None,
            self.copy_link_action,
            self.copy_task_action,
            self.copy_action,
        ):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _columns_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        """Which columns to show: the header's own menu."""
        menu = QMenu(self)
        menu.setObjectName("columnsMenu")
        shown = [c for c in range(len(COLUMNS)) if not self.table.isColumnHidden(c)]
        for column, spec in enumerate(COLUMNS):
            action = menu.addAction(QCoreApplication.translate("EventsModel", spec.header))
            action.setCheckable(True)
            action.setChecked(column in shown)
            action.setEnabled(not (column in shown and len(shown) == 1))  # keep one
            action.toggled.connect(lambda on, c=column: self.table.setColumnHidden(c, not on))
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def select_ids(self, ids: list[int]) -> None:
        if self._model is not None:
            select_ids(self.table, self._model, ids)
            self._refresh_details()

    # --- state ----------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self._state.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
            width, height = default_size()
            if self.width() > width or self.height() > height:  # saved on a larger screen
                self.resize(min(self.width(), width), min(self.height(), height))
        splitter = self._state.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        self.needs_attention.setChecked(
            bool(self._state.value("filter/needs_attention", False, type=bool))
        )
        self.failed_only.setChecked(bool(self._state.value("filter/failed_only", False, type=bool)))
        self.event_type.setCurrentIndex(
            1 if self._state.value("filter/all_events", False, type=bool) else 0
        )

    def save_state(self) -> None:
        self._state.setValue("window/geometry", self.saveGeometry())
        self._state.setValue("window/splitter", self.splitter.saveState())
        if self._model is not None:
            self._state.setValue("table/header", self.table.horizontalHeader().saveState())
        self._state.setValue("filter/needs_attention", self.needs_attention.isChecked())
        self._state.setValue("filter/failed_only", self.failed_only.isChecked())
        self._state.setValue("filter/all_events", self.event_type.currentIndex() == 1)
        self._state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if not self.allow_close:
            event.ignore()
            self.hide()
            self.hiddenToTray.emit()
            return
        self.closing.emit()
        event.accept()
