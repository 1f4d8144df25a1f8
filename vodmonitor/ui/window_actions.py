"""The main window's actions, toolbar, menus and context menus: what the editor can do,
and where to find it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolBar,
)

from vodmonitor.columns import COLUMNS
from vodmonitor.events import CLIP_COMPLETE
from vodmonitor.ui.date_filter import DateFilter
from vodmonitor.ui.export_dialog import start_export
from vodmonitor.ui.field_width import fit_placeholder
from vodmonitor.ui.plain_text import message_box

if TYPE_CHECKING:
    from vodmonitor.ui.main_window import MainWindow

translate = QCoreApplication.translate


def build_actions(w: MainWindow) -> None:
    w.about_action = QAction(translate("MainWindow", "&About vodmonitor"), w)
    w.about_action.setObjectName("aboutAction")
    w.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    w.about_action.triggered.connect(w.show_about)
    w.acknowledge_action = QAction(translate("MainWindow", "&Acknowledge"), w)
    w.acknowledge_action.setObjectName("acknowledgeAction")
    w.acknowledge_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
    w.acknowledge_action.setToolTip(
        translate("MainWindow", "Acknowledge the selected clip results (Ctrl+Enter)")
    )
    w.acknowledge_action.triggered.connect(w.acknowledge_selected)
    w.acknowledge_all_action = QAction(translate("MainWindow", "Acknowledge all &shown…"), w)
    w.acknowledge_all_action.setObjectName("acknowledgeAllAction")
    w.acknowledge_all_action.triggered.connect(w.acknowledge_all_shown)
    w.open_link_action = QAction(translate("MainWindow", "&Open link"), w)
    w.open_link_action.setShortcut(QKeySequence("Ctrl+O"))
    w.open_link_action.triggered.connect(w._open_current_link)
    w.copy_link_action = QAction(translate("MainWindow", "Copy &link"), w)
    w.copy_link_action.triggered.connect(w._copy_link)
    w.download_action = QAction(translate("MainWindow", "&Download…"), w)
    w.download_action.setObjectName("downloadAction")
    w.download_action.setShortcut(QKeySequence("Ctrl+S"))
    w.download_action.setToolTip(
        translate("MainWindow", "Download the selected clips to your download folder (Ctrl+S)")
    )
    w.download_action.triggered.connect(w._download_selected)
    w.console_action = QAction(translate("MainWindow", "Open in the VOD &console"), w)
    w.console_action.setObjectName("openInConsoleAction")
    w.console_action.triggered.connect(w._open_in_console)
    w.copy_task_action = QAction(translate("MainWindow", "Copy &task ID"), w)
    w.copy_task_action.triggered.connect(w._copy_task_id)
    w.save_raw_action = QAction(translate("MainWindow", "Save raw &JSON…"), w)
    w.save_raw_action.setObjectName("saveRawJsonAction")
    w.save_raw_action.triggered.connect(w._save_raw_json)
    w.copy_action = QAction(translate("MainWindow", "&Copy"), w)
    w.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
    w.copy_action.triggered.connect(w.table.copy_selection)
    w.table.addAction(w.copy_action)
    w.settings_action = QAction(translate("MainWindow", "&Settings…"), w)
    w.settings_action.setObjectName("settingsAction")
    # One binding: on macOS the platform's Preferences key *is* ⌘, and a second copy of
    # it would make the shortcut ambiguous (it then does nothing).
    w.settings_action.setShortcuts(
        QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [QKeySequence("Ctrl+,")]
    )
    # Menu roles put these in the macOS application menu, in any language.
    w.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    w.settings_action.triggered.connect(w.settingsRequested)
    w.find_action = QAction(translate("MainWindow", "&Find"), w)
    w.find_action.setShortcut(QKeySequence.StandardKey.Find)
    w.find_action.triggered.connect(lambda: w.search.setFocus(Qt.FocusReason.ShortcutFocusReason))
    w.demo_action = QAction(translate("MainWindow", "Try the &demo"), w)
    w.demo_action.setObjectName("demoAction")
    w.demo_action.setToolTip(
        translate("MainWindow", "Watch a built-in simulator; no account needed")
    )
    w.demo_action.triggered.connect(w.demoRequested)
    w.export_action = QAction(translate("MainWindow", "&Export the results shown…"), w)
    w.export_action.setObjectName("exportAction")
    w.export_action.setShortcut(QKeySequence("Ctrl+E"))
    w.export_action.setToolTip(
        translate(
            "MainWindow", "Save the results shown (filter, search, sort, columns) as XLSX or CSV"
        )
    )
    w.export_action.triggered.connect(lambda: start_export(w))
    w.quit_action = QAction(translate("MainWindow", "&Quit"), w)
    w.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    w.quit_action.setObjectName("quitAction")
    w.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    for action in (
        w.acknowledge_action,
        w.open_link_action,
        w.settings_action,
        w.find_action,
        w.download_action,
        w.export_action,
    ):
        w.addAction(action)


def build_toolbar(w: MainWindow) -> None:
    bar = QToolBar(translate("MainWindow", "Main toolbar"))
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.addAction(w.acknowledge_action)
    bar.addAction(w.acknowledge_all_action)
    bar.addAction(w.download_action)
    bar.addSeparator()
    bar.addAction(w.settings_action)
    w.addToolBar(bar)
    w.actions_bar = bar
    # The filters have a bar of their own, which goes under the actions when the window is
    # too narrow for both (150% or 200% scaling, a half-screen window).
    bar = QToolBar(translate("MainWindow", "Filters"))
    bar.setObjectName("filterToolbar")
    bar.setMovable(False)
    w.filter_bar = bar
    w.search = QLineEdit()
    w.search.setObjectName("searchField")
    w.search.setPlaceholderText(
        translate("MainWindow", "Search names, IDs, links, messages (Ctrl+F)")
    )
    w.search.setAccessibleName(translate("MainWindow", "Search"))
    w.search.setToolTip(
        translate("MainWindow", "Shows the results whose names, IDs, link or message contain it")
    )
    w.search.setClearButtonEnabled(True)
    w.search.setMinimumWidth(260)
    fit_placeholder(w.search)
    # The query thread answers only the newest request: no debounce is needed.
    w.search.textChanged.connect(lambda _text: w._apply_filter())
    bar.addWidget(w.search)
    w.needs_attention = QCheckBox(translate("MainWindow", "Needs attention"))
    w.needs_attention.setObjectName("needsAttentionFilter")
    w.needs_attention.setToolTip(translate("MainWindow", "Show only results not yet acknowledged"))
    w.failed_only = QCheckBox(translate("MainWindow", "Failed only"))
    w.failed_only.setObjectName("failedOnlyFilter")
    w.failed_only.setToolTip(translate("MainWindow", "Show only clips that failed"))
    w.event_type = QComboBox()
    w.event_type.setObjectName("eventTypeFilter")
    w.event_type.setAccessibleName(translate("MainWindow", "Event type"))
    w.event_type.setToolTip(
        translate("MainWindow", "Clip results only, or every event VOD sent (uploads, …)")
    )
    w.event_type.addItem(translate("MainWindow", "Clip results"), CLIP_COMPLETE)
    w.event_type.addItem(translate("MainWindow", "All events"), "")
    for widget in (w.needs_attention, w.failed_only):
        widget.toggled.connect(w._apply_filter)
        bar.addWidget(widget)
    w.event_type.currentIndexChanged.connect(w._apply_filter)
    bar.addWidget(w.event_type)
    w.date_filter = DateFilter()
    w.date_filter.periodChanged.connect(w._apply_filter)
    bar.addWidget(w.date_filter)
    w.addToolBar(bar)


def wrap_toolbars(w: MainWindow) -> None:
    """One row for the actions and the filters where they fit, two where they do not."""
    wrap = w.actions_bar.sizeHint().width() + w.filter_bar.sizeHint().width() + 8 > w.width()
    if wrap == w.toolBarBreak(w.filter_bar):
        return
    w.removeToolBar(w.filter_bar)
    if wrap:
        w.addToolBarBreak()
    w.addToolBar(w.filter_bar)
    w.filter_bar.show()


def build_menus(w: MainWindow) -> None:
    file_menu = w.menuBar().addMenu(translate("MainWindow", "&File"))
    file_menu.addAction(w.export_action)
    file_menu.addSeparator()
    file_menu.addAction(w.settings_action)
    file_menu.addAction(w.demo_action)
    file_menu.addSeparator()
    file_menu.addAction(w.quit_action)
    edit_menu = w.menuBar().addMenu(translate("MainWindow", "&Edit"))
    for action in (
        w.copy_action,
        w.copy_link_action,
        w.copy_task_action,
        w.find_action,
    ):
        edit_menu.addAction(action)
    events_menu = w.menuBar().addMenu(translate("MainWindow", "E&vents"))
    for action in (
        w.acknowledge_action,
        w.acknowledge_all_action,
        w.open_link_action,
        w.download_action,
        w.console_action,
        w.save_raw_action,
    ):
        events_menu.addAction(action)
    help_menu = w.menuBar().addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(w.about_action)


def acknowledge_all_shown(w: MainWindow) -> None:
    """Every result shown, not yet acknowledged, after one question."""
    model = w._model
    if model is None or model.rowCount() == 0:
        return
    if not model.complete:
        w.statusBar().showMessage(
            translate("MainWindow", "The results are still loading; try again in a moment."), 4000
        )
        return
    # Fixed now: rows that arrive while the question is open are never included.
    ids = model.new_ids(model.all_ids())
    if not ids:
        w.statusBar().showMessage(
            translate("MainWindow", "Every result shown is already acknowledged."), 4000
        )
        return
    box = message_box(
        w,
        QMessageBox.Icon.Question,
        translate("MainWindow", "Acknowledge all shown"),
        (
            translate(
                "MainWindow",
                "Mark {count} results not yet acknowledged as done? Watch-only confirms "
                "nothing on VOD; they are marked done here.",
            )
            if w._watch_only
            else translate(
                "MainWindow",
                "Acknowledge {count} results not yet acknowledged? Each one is confirmed "
                "to Tencent Cloud and will not be delivered again.",
            )
        ).format(count=len(ids)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
    )
    box.setObjectName("acknowledgeAllConfirmation")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if box.exec() == QMessageBox.StandardButton.Yes:
        w.acknowledge(ids)


def show_context_menu(w: MainWindow, pos) -> None:  # type: ignore[no-untyped-def]
    menu = QMenu(w)
    for action in (
        w.acknowledge_action,
        w.open_link_action,
        w.download_action,
        w.console_action,
        None,
        w.copy_link_action,
        w.copy_task_action,
        w.copy_action,
    ):
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    menu.popup(w.table.viewport().mapToGlobal(pos))


def show_columns_menu(w: MainWindow, pos) -> None:  # type: ignore[no-untyped-def]
    """Which columns to show: the header's own menu."""
    menu = QMenu(w)
    menu.setObjectName("columnsMenu")
    shown = [c for c in range(len(COLUMNS)) if not w.table.isColumnHidden(c)]
    for column, spec in enumerate(COLUMNS):
        action = menu.addAction(QCoreApplication.translate("EventsModel", spec.header))
        action.setCheckable(True)
        action.setChecked(column in shown)
        action.setEnabled(not (column in shown and len(shown) == 1))  # keep one
        action.toggled.connect(lambda on, c=column: w.table.show_column(c, on))
    menu.addSeparator()
    fit = menu.addAction(translate("MainWindow", "Fit columns to the window"))
    fit.setObjectName("fitColumnsAction")
    fit.setCheckable(True)
    fit.setChecked(w.table.auto_fit)
    fit.setToolTip(
        translate("MainWindow", "Widths follow the window until you drag a column's edge")
    )
    fit.toggled.connect(w.table.set_auto_fit)
    menu.popup(w.table.horizontalHeader().mapToGlobal(pos))


def save_raw_json(w: MainWindow) -> None:
    """The whole payload as VOD sent it; the details pane shows only the first part of
    a very large one."""
    event = w.current_full_event()
    if event is None:
        return
    name = "".join(c if c.isalnum() or c in "-_" else "_" for c in (event.task_id or ""))
    path, _ = QFileDialog.getSaveFileName(
        w,
        translate("MainWindow", "Save raw JSON"),
        f"{name[:80] or 'event'}.json",
        translate("MainWindow", "JSON files (*.json)"),
    )
    if not path:
        return
    try:
        Path(path).write_text(event.raw_json, encoding="utf-8")
    except OSError as exc:
        message_box(
            w,
            QMessageBox.Icon.Warning,
            translate("MainWindow", "Could not save the file"),
            f"{path}: {exc.strerror or exc}",
        ).open()
