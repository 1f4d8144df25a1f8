"""The window's start: folders, logging, the one-instance lock, translations, the
controller, and the event loop until quit."""

from __future__ import annotations

import contextlib
import logging
import signal
import sys

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QProcess,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from vodmonitor import __version__
from vodmonitor.app.cli import Options
from vodmonitor.logs import log_uncaught_exceptions, setup_logging, stop_logging
from vodmonitor.paths import (
    AppPaths,
    DataFolderError,
    network_folder,
    resolve_paths,
    rooted_paths,
)
from vodmonitor.settings import load_settings
from vodmonitor.ui.application import Controller, app_icon
from vodmonitor.ui.colours import follow_colour_scheme
from vodmonitor.ui.i18n import install_translators, resolve_locale
from vodmonitor.ui.single_instance import SingleInstance
from vodmonitor.ui.startup import choose_other_data_folder

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_to_log(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings (a missing platform plugin, a bad stylesheet) into our log."""
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def _usable_paths(options: Options) -> AppPaths | None:
    """The folders for this run, asking for another data folder while one cannot be used."""
    paths = resolve_paths(options.data_dir)
    while True:
        try:
            return paths.ensure()
        except DataFolderError as exc:
            print(f"vodmonitor: {exc}", file=sys.stderr)
            app = QApplication.instance() or QApplication(sys.argv[:1])
            install_translators(app, resolve_locale(""))  # type: ignore[arg-type]
            chosen = choose_other_data_folder(exc)
            if chosen is None:
                return None
            paths = rooted_paths(chosen)


def run(options: Options) -> int:
    if options.self_test:
        from vodmonitor.app.selftest import run_self_test

        try:
            paths = resolve_paths(options.data_dir).ensure()
        except DataFolderError as exc:
            print(f"vodmonitor: {exc}", file=sys.stderr)
            return 1
        setup_logging(paths.self_test_log(), options.log_level)
        return run_self_test(paths)
    # The hooks first: a platform plugin that cannot load fails inside QApplication(), and
    # what Qt says then must reach a log (a windowed app has no console).
    log_uncaught_exceptions()
    qInstallMessageHandler(qt_message_to_log)
    with contextlib.suppress(DataFolderError, OSError):
        setup_logging(resolve_paths(options.data_dir).ensure().startup_log_file, options.log_level)
    QApplication.setApplicationName("vodmonitor")
    QApplication.setApplicationVersion(__version__)
    QApplication.setOrganizationName("vodmonitor")
    usable = _usable_paths(options)
    if usable is None:
        return 2
    paths = usable
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)  # the controller decides (tray setting)
    loaded = load_settings(paths.settings_file)
    install_translators(app, resolve_locale(loaded.settings.language))
    follow_colour_scheme(app, loaded.settings.appearance)

    instance = SingleInstance(paths.lock_file)
    if not instance.acquire():
        if not instance.held_by_another():
            # Not another vodmonitor: the lock file itself cannot be written.
            folder_problem = DataFolderError(paths.data_dir, instance.error_text())
            print(f"vodmonitor: {folder_problem}", file=sys.stderr)
            choose_other_data_folder(folder_problem)
            return 2
        raised = instance.notify_running_instance()
        message = translate(
            "Application",
            "vodmonitor is already running with this data folder; its window was brought to the front.",
        )
        print(
            message
            if raised
            else translate("Application", "vodmonitor is already running with this data folder."),
            file=sys.stderr,
        )
        box = QMessageBox(QMessageBox.Icon.Information, "vodmonitor", message)
        QTimer.singleShot(3000, box.accept)
        box.exec()
        return 0

    # Only the instance holding the lock writes the log: two processes rolling one file
    # over fail on Windows (an open file cannot be renamed).
    setup_logging(paths.log_file, options.log_level)
    log.info("vodmonitor %s starting (data in %s)", __version__, paths.data_dir)
    for problem in loaded.invalid:
        log.warning("settings: %s", problem)

    # Ctrl+C or a service manager's SIGTERM: leave through the event loop, cleanly.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: app.quit())
    wakeup = QTimer()  # lets the interpreter run its signal handlers while Qt waits
    wakeup.start(250)
    wakeup.timeout.connect(lambda: None)

    controller = Controller(app, paths, options, loaded.settings)
    instance.raiseRequested.connect(lambda: controller.show_window([]))
    controller.start()
    if loaded.invalid:
        controller._warn(
            translate("Application", "Some settings were invalid"),
            translate(
                "Application",
                "These values in {path} were not valid and their defaults are used:",
            ).format(path=paths.settings_file)
            + "\n\n"
            + "\n".join(loaded.invalid),
        )
    network = network_folder(paths.data_dir)
    if network:
        log.warning("the data folder %s is on %s", paths.data_dir, network)
        controller._warn(
            translate("Application", "The data folder is on a network"),
            translate(
                "Application",
                "{path} is on {kind}. vodmonitor's database needs a local disk: on a network "
                "folder it can be slow or fail. Start vodmonitor with a local folder "
                "(--data-dir) if you see problems.",
            ).format(path=paths.data_dir, kind=network),
        )
    if loaded.warning:
        controller._warn(
            translate("Application", "Settings could not be read"),
            translate(
                "Application",
                "The settings file was unreadable and was kept aside as {path}; defaults are used. ({reason})",
            ).format(path=loaded.kept_aside, reason=loaded.warning),
        )
    try:
        return app.exec()
    finally:
        controller.shutdown()
        instance.release()
        if controller.restart_requested:  # after the release: the new one takes the lock
            command = restart_command()
            started = QProcess.startDetached(command[0], command[1:])[0]
            log.info("restart %s", "started" if started else "failed")
        log.info("vodmonitor stopped")
        stop_logging()


def restart_command() -> list[str]:
    """This program with its arguments again (a frozen app is its own executable)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, "-m", "vodmonitor", *sys.argv[1:]]
