"""The application: wires settings, credentials, the engine and the main window."""

from __future__ import annotations

import copy
import logging
import sys
from dataclasses import asdict
from importlib import resources

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from vodmonitor.app.autostart import set_start_at_login, start_at_login_is_set
from vodmonitor.app.cli import Options
from vodmonitor.app.service import MonitorService
from vodmonitor.cloud import (
    Connection,
    VodApi,
)
from vodmonitor.engine import Change, Engine, EngineState, EngineStatus
from vodmonitor.errors import VodmonitorError
from vodmonitor.ledgers.model import StoreError
from vodmonitor.paths import (
    AppPaths,
)
from vodmonitor.settings import WATCH_ONLY, Settings, save_settings
from vodmonitor.simulator import (
    Simulator,
)
from vodmonitor.ui import threads
from vodmonitor.ui.clip_actions import ClipActions
from vodmonitor.ui.colours import follow_colour_scheme
from vodmonitor.ui.connection_check import confirm_switch_to_pull
from vodmonitor.ui.dock_reopen import DockReopen
from vodmonitor.ui.engine_bridge import EngineBridge
from vodmonitor.ui.errors import describe
from vodmonitor.ui.events_model import EventsModel
from vodmonitor.ui.i18n import api_language, resolve_locale
from vodmonitor.ui.main_window import MainWindow
from vodmonitor.ui.plain_text import message_box
from vodmonitor.ui.settings_dialog import (
    SettingsDialog,
)
from vodmonitor.ui.startup import ask_to_start_fresh, move_aside
from vodmonitor.ui.tray import Tray

log = logging.getLogger(__name__)

REFRESH_MS = 100  # coalesce bursts of engine changes into one table update
# A refresh re-queries the whole view; on a large table space refreshes so that this work
# takes at most an eighth of the time and the UI thread stays responsive during a backlog.
REFRESH_WORK_SHARE = 8
MAX_REFRESH_MS = 1000
# The window's process hands the GIL round ten times as often as Python's 5 ms: each cell
# a repaint draws calls into Python, and with the engine's threads busy (a backlog, media
# lookups) every call could wait a whole interval for it, 30-60 ms of a frozen table per
# refresh. Measured: the longest stall of a backlog on a live view 55-60 ms -> 35-40 ms.
UI_SWITCH_INTERVAL_S = 0.0005

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources.files("vodmonitor").joinpath("resources/icons")
    for size in (16, 32, 48, 64, 128, 256):
        with resources.as_file(folder.joinpath(f"vodmonitor-{size}.png")) as path:
            icon.addFile(str(path))
    return icon


class Controller(QObject):
    def __init__(
        self, app: QApplication, paths: AppPaths, options: Options, settings: Settings
    ) -> None:
        super().__init__()
        sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
        self.app = app
        self.paths = paths
        self.options = options
        self.locale = resolve_locale(settings.language)
        self.bridge = EngineBridge()
        self.service = MonitorService(
            paths,
            options,
            settings,
            api_language=api_language(self.locale),
            on_change=self.bridge.on_change,
            on_status=self.bridge.on_status,
        )
        self.model: EventsModel | None = None
        self.endpoint_problem = ""  # why there is no connection, when the endpoint was refused
        self._changed: set[int] = set()
        self._inserted: list[int] = []
        self._removed = False  # rows left the ledger since the last refresh
        self._call: threads.Task | None = None
        self._shut_down = False
        self.restart_requested = False  # the process starts itself again after quitting

        self.window = MainWindow(str(paths.window_state_file))
        self.window.log_dir = paths.log_dir
        self.window.setWindowIcon(app.windowIcon())
        self.bridge.changed.connect(self._on_change)
        self.bridge.statusChanged.connect(self._on_status)
        self.window.acknowledgeRequested.connect(self.acknowledge)
        self.window.unacknowledgeRequested.connect(self.unacknowledge)
        self.window.settingsRequested.connect(self.open_settings)
        self.window.switchToPullRequested.connect(self.switch_to_pull)
        self.window.watchOnlyRequested.connect(self.use_watch_only)
        self.window.restartRequested.connect(self.restart_engine)
        self.window.demoRequested.connect(self.start_demo)
        self.window.quit_action.triggered.connect(self.quit)
        self.window.closing.connect(self.quit)
        self.window.hiddenToTray.connect(self._hidden_to_tray)
        self.clips = ClipActions(
            self.window,
            self.service,
            lambda ids: self.model.events(ids) if self.model is not None else [],
            self._save_settings,
        )
        self.tray = Tray(app.windowIcon(), self)
        self.tray.showRequested.connect(self.show_window)
        self.tray.quitRequested.connect(self.quit)
        self.tray.reread = lambda ids: self.model.events(ids) if self.model is not None else []
        self._apply_tray_setting()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self._refresh)

    # The service owns these; the window code reads them as before.
    @property
    def settings(self) -> Settings:
        return self.service.settings

    @settings.setter
    def settings(self, settings: Settings) -> None:
        self.service.settings = settings

    @property
    def engine(self) -> Engine | None:
        return self.service.engine

    @property
    def simulator(self) -> Simulator | None:
        return self.service.simulator

    @property
    def connection(self) -> Connection | None:
        return self.service.connection

    @property
    def profile_name(self) -> str | None:
        return self.service.profile_name

    # --- start and stop ---------------------------------------------------------------
    def start(self) -> None:
        if sys.platform == "darwin":
            self._dock = DockReopen(self.app, self.window, lambda: self.show_window([]))
        # What is true, not what was saved: an uninstaller or the OS may have removed it.
        self.settings.start_at_login = start_at_login_is_set()
        if self.options.minimized and self.tray.available:
            # Started at sign-in: the tray holds it; the window opens from there.
            self.window.allow_close = False
        else:
            self.window.show()
        if self.options.demo:
            self.start_demo()
            return
        connection, problem = self._active_connection()
        if connection is None and not self.settings.profiles and not self.service.uses_environment:
            self.window.show_welcome()
            self.window.set_status(EngineStatus(EngineState.NO_CREDENTIALS))
            return
        self._start_engine(self.profile_name or "default", connection)
        if self.service.uses_environment:
            self.window.statusBar().showMessage(
                translate(
                    "Application",
                    "Using the credentials from TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY "
                    "for this run.",
                ),
                15000,
            )
        if problem:
            QTimer.singleShot(
                0,
                lambda: self._warn(
                    translate("Application", "Cannot read the credentials"), problem
                ),
            )

    def quit(self) -> None:
        self.window.allow_close = True
        self.app.quit()

    def _offer_restart(self) -> None:
        box = message_box(
            self.window,
            QMessageBox.Icon.Question,
            translate("Application", "Language changed"),
            translate(
                "Application",
                "vodmonitor shows the new language after a restart. Restart it now? "
                "Downloads in progress stop and resume when started again.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        box.setObjectName("restartForLanguage")
        box.button(QMessageBox.StandardButton.Yes).setText(translate("Application", "Restart now"))
        box.button(QMessageBox.StandardButton.No).setText(translate("Application", "Later"))
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.restart_requested = True
            self.quit()

    def shutdown(self) -> None:
        if self._shut_down:
            return
        self._shut_down = True
        self.window.save_state()
        self._refresh_timer.stop()
        self.clips.shutdown()
        self._stop_engine()
        self.service.shutdown()
        # Deleted here, on the GUI thread, with its timers: left to Python's cycle
        # collector it could be freed on any thread, leaving Qt a timer of a dead object.
        self.deleteLater()

    def show_window(self, ids: list[int]) -> None:
        self.window.show()
        self.window.setWindowState(self.window.windowState() & ~Qt.WindowState.WindowMinimized)
        self.window.raise_()
        self.window.activateWindow()
        if ids:
            self.window.select_ids(ids)

    # --- connection -------------------------------------------------------------------
    def _active_connection(self) -> tuple[Connection | None, str]:
        """The connection for this run and, when credentials could not be read, why."""
        resolved = self.service.resolve()
        self.service.profile_name = resolved.profile
        self.endpoint_problem = resolved.endpoint_problem
        error = resolved.credential_error
        return resolved.connection, describe(error) if error else ""

    def _start_engine(self, profile: str, connection: Connection | None) -> None:
        self._stop_engine()
        database = self.service.database_for(profile)
        while True:
            try:
                self.service.start(profile, connection)
                break
            except StoreError as exc:
                log.error("cannot open the event database: %s", exc)
                if not ask_to_start_fresh(self.window, exc):
                    QTimer.singleShot(0, self.quit)
                    return
                move_aside(database)
        self.window.set_mode(self.service.running_watch_only)
        self.model = EventsModel(database, self)
        self.model.countsChanged.connect(self.tray.set_counts)
        self.window.set_model(self.model)
        self.window.set_endpoint(connection.endpoint.host if connection else "")
        self.window.link_signer = self.service.link_signer

    def _stop_engine(self) -> None:
        self.service.stop()
        if self.model is not None:
            self.window.clear_model()
            self.model.close()
            self.model.deleteLater()
            self.model = None

    def start_demo(self) -> None:
        resolved = self.service.demo()
        self.window.set_demo(True)
        self._start_engine(resolved.profile, resolved.connection)

    # --- engine events --------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        self._changed.update(change.inserted)
        self._changed.update(change.updated)
        self._changed.update(change.removed)
        self._inserted.extend(change.inserted)
        self._removed = self._removed or bool(change.removed)
        if not self._refresh_timer.isActive():
            cost_ms = (self.model.last_query_s if self.model else 0.0) * 1000
            interval = min(MAX_REFRESH_MS, max(REFRESH_MS, int(cost_ms * REFRESH_WORK_SHARE)))
            self._refresh_timer.start(interval)

    def _refresh(self) -> None:
        changed, self._changed = tuple(self._changed), set()
        inserted, self._inserted = self._inserted, []
        removed, self._removed = self._removed, False
        if self.model is None:
            return
        # Removed rows (retention) leave any view: read it again rather than place arrivals.
        self.model.refresh(changed, None if removed else tuple(inserted))
        # The editor watching the window needs no pop-up about what appears in it.
        if inserted and self.settings.notifications and not self.window.isActiveWindow():
            self.tray.add_new(self.model.events(inserted[-200:]))

    def _on_status(self, status: EngineStatus) -> None:
        if status.state is EngineState.NO_CREDENTIALS and self.endpoint_problem:
            status = EngineStatus(EngineState.BAD_ENDPOINT, detail=self.endpoint_problem)
        self.window.set_status(status)

    def restart_engine(self) -> None:
        """After a failure: a new engine on the same database and connection."""
        log.info("restarting monitoring at the user's request")
        self._start_engine(self.profile_name or "default", self.connection)

    def acknowledge(self, ids: list[int]) -> None:
        log.info("the editor acknowledged %d result(s)", len(ids))
        if self.engine is not None:
            self.engine.acknowledge(ids)

    def unacknowledge(self, ids: list[int]) -> None:
        log.info("the editor undid the acknowledgement of %d result(s)", len(ids))
        if self.engine is not None:
            self.engine.unacknowledge(ids)

    # --- settings ---------------------------------------------------------------------
    def open_settings(self) -> None:
        dialog = SettingsDialog(
            self.settings,
            self.service.credential_store,
            env_credentials=self.service.uses_environment,
            demo=self.window.demo,
            api_language=api_language(self.locale),
            database_for=self.service.ledger_file,
            parent=self.window,
        )
        accepted = dialog.exec()
        dialog.deleteLater()  # one dialog per opening, not one kept per opening
        if not accepted:
            return
        old_profile = self.profile_name
        old_settings = copy.deepcopy(self.settings)
        _log_settings_change(self.settings, dialog.settings)
        self.settings = dialog.settings
        self.service.session_credentials.update(dialog.session_credentials)
        self.service.session_team_passwords.update(dialog.session_team_passwords)
        self.service.refresh_links()
        self._save_settings()
        self._apply_tray_setting()
        if old_settings.start_at_login != self.settings.start_at_login:
            self._apply_start_at_login()
        if old_settings.appearance != self.settings.appearance:
            follow_colour_scheme(self.app, self.settings.appearance)
        if old_settings.language != self.settings.language:
            self._offer_restart()
        if self.simulator is not None:
            if self.engine is not None:
                self.engine.set_confirm_other_types(self.settings.confirm_other_types)
            return  # the demo keeps running until the app restarts
        connection, problem = self._active_connection()
        if problem:
            self._warn(translate("Application", "Cannot read the credentials"), problem)
        name = self.profile_name or "default"
        if (
            self.engine is None
            or self.profile_name != old_profile
            or self.service.watch_only(name) != self.service.running_watch_only
            or self._team_changed(name)
            or _team_of(old_settings, name) != _team_of(self.settings, name)
        ):
            self._start_engine(self.profile_name or "default", connection)
        else:
            self.service.update_connection(connection)
            self.window.set_endpoint(connection.endpoint.host if connection else "")

    def _hidden_to_tray(self) -> None:
        if self.settings.tray_hint_shown:
            return
        self.tray.say_once_running()
        self.settings.tray_hint_shown = True
        self._save_settings()

    def _save_settings(self) -> None:
        try:
            save_settings(self.paths.settings_file, self.settings)
        except OSError as exc:
            log.error("cannot save the settings: %s", exc)
            self._warn(
                translate("Application", "Cannot save the settings"),
                f"{self.paths.settings_file}: {exc.strerror or exc}",
            )

    def _apply_start_at_login(self) -> None:
        on = self.settings.start_at_login
        try:
            where = set_start_at_login(on)
        except OSError as exc:
            log.error("cannot change the start at sign-in: %s", exc)
            self._warn(
                translate("Application", "Could not change the start at sign-in"),
                str(exc.strerror or exc),
            )
            return
        log.info("start at sign-in %s: %s", "on" if on else "off", where)

    def _apply_tray_setting(self) -> None:
        self.window.allow_close = not (self.settings.minimize_to_tray and self.tray.available)

    def _team_changed(self, profile: str) -> bool:
        running = self.service.team
        wanted = self.service.team_config(profile, running.sub_app_id if running else None)
        return wanted != running

    def use_watch_only(self) -> None:
        """Watch this profile through the task list from now on (kept in its settings)."""
        profile = self.profile_name or "default"
        stored = self.settings.profile(profile)
        if stored is not None:
            stored.mode = WATCH_ONLY
            self._save_settings()
        else:  # the demo, or a run on the command line's connection: for this run
            self.service.session_watch_only.add(profile)
        log.info("profile %s switched to watch-only", profile)
        self._start_engine(profile, self.connection)

    def switch_to_pull(self) -> None:
        connection = self.connection
        status = self.engine.status if self.engine else None
        if connection is None or status is None:
            return
        if not confirm_switch_to_pull(self.window, status.notification_url):
            return
        self._call = threads.run_task(
            lambda: VodApi(connection, timeout=10).switch_to_pull(), self._switched, owner=self
        )

    def _switched(self, _result: object, error: BaseException | None) -> None:
        if isinstance(error, VodmonitorError):
            self._warn(
                translate("Application", "Could not switch to reliable callback"),
                describe(error),
            )
        elif self.engine is not None:
            self.engine.update_connection(self.connection)  # re-reads the event config

    def _warn(self, title: str, text: str) -> None:
        box = message_box(self.window, QMessageBox.Icon.Warning, title, text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # shown with open(): nobody waits
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()


def _log_settings_change(old: Settings, new: Settings) -> None:
    """Which settings changed, for support; settings hold no secret (keys are elsewhere)."""
    before, after = asdict(old), asdict(new)
    for key in after:
        if key != "extra" and before.get(key) != after[key]:
            log.info("setting %s changed: %r -> %r", key, before.get(key), after[key])


def _team_of(settings: Settings, profile: str) -> tuple[str, str]:
    stored = settings.profile(profile)
    return (stored.team_db if stored else "", settings.user_name)
