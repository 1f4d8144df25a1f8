"""What an editor does with a clip beyond acknowledging it: download it, see its cover,
open it in the VOD console. The controller makes one of these for the window."""

from __future__ import annotations

import logging
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, QProcess, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from vodmonitor.app.service import MonitorService
from vodmonitor.ledgers.model import StoredEvent
from vodmonitor.media.download import (
    DownloadError,
    DownloadProblem,
    fetch_image,
    free_name,
    safe_file_name,
)
from vodmonitor.paths import downloads_dir
from vodmonitor.settings import Settings
from vodmonitor.ui.downloads import DownloadManager, DownloadsPanel
from vodmonitor.ui.main_window import MainWindow
from vodmonitor.ui.plain_text import message_box
from vodmonitor.ui.threads import run_task
from vodmonitor.urls import console_url, is_safe_url

log = logging.getLogger(__name__)


class ClipActions(QObject):
    def __init__(
        self,
        window: MainWindow,
        service: MonitorService,
        events: Callable[[list[int]], list[StoredEvent]],
        save_settings: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self._events = events
        self._save_settings = save_settings
        self.manager = DownloadManager(self)
        self.panel = DownloadsPanel(self.manager, window)
        self.panel.signed_with_key = lambda url: self.service.link_signer.key_for(url) is not None
        self.panel.open_file = self.open_file
        self.panel.reveal_file = self.reveal_file
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.panel)
        self.panel.hide()
        window.downloadRequested.connect(self.download)
        window.consoleRequested.connect(self.open_console)
        window.details.set_cover_loader(self.load_cover)

    @property
    def settings(self) -> Settings:
        return self.service.settings

    # --- downloads ------------------------------------------------------------------------
    def _folder(self) -> Path | None:
        """Settings' download folder, else the system's Downloads folder; asked for only
        when neither exists."""
        for candidate in (self.settings.download_dir, str(downloads_dir())):
            if candidate and Path(candidate).is_dir():
                return Path(candidate)
        picked = QFileDialog.getExistingDirectory(
            self.window,
            QCoreApplication.translate("ClipActions", "Choose a folder for downloaded clips"),
            str(Path.home()),
        )
        if not picked:
            return None
        self.settings.download_dir = picked
        self._save_settings()
        return Path(picked)

    def open_file(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._say_cannot_open(path)

    def reveal_file(self, path: Path) -> None:
        """The file selected in the system's file manager where it can be, else its folder."""
        if sys.platform == "darwin":
            shown = QProcess.startDetached("open", ["-R", str(path)])[0]
        elif sys.platform == "win32":
            shown = QProcess.startDetached("explorer.exe", [f"/select,{path}"])[0]
        else:
            shown = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        if not shown:
            self._say_cannot_open(path.parent)

    def _say_cannot_open(self, path: Path) -> None:
        log.info("no application opened %s", path.name)
        self.window.notice.show_notice(
            QCoreApplication.translate(
                "ClipActions", "No application on this computer opens it. It is in {folder}"
            ).format(folder=str(path.parent)),
            QCoreApplication.translate("ClipActions", "Copy the path"),
            lambda: QGuiApplication.clipboard().setText(str(path)),
        )

    def download(self, ids: list[int]) -> None:
        events = [
            e for e in self._events(ids) if e.is_clip and e.file_url and is_safe_url(e.file_url)
        ]
        if not events:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "ClipActions", "Nothing to download: the selected results have no file link."
                ),
                5000,
            )
            return
        folder = self._folder()
        if folder is None:
            return
        taken = self.manager.busy_paths()  # two clips of one name never share a file
        for event in events:
            url = event.file_url or ""
            path = urlsplit(url).path
            hls = path.lower().endswith(".m3u8")
            extension = "" if hls else (Path(path).suffix or ".mp4")
            fallback = event.file_id or event.task_id or "clip"
            dest = folder / safe_file_name(event.clip_name or "", fallback, extension)
            try:
                if dest in taken:
                    dest = free_name(folder, dest.name, taken)
                complete = dest.exists() and (not hls or any(dest.glob("*.m3u8")))
            except OSError as exc:  # the folder went away, a name the disk refuses
                log.warning("cannot download to %s: %s", dest, exc)
                self.window.statusBar().showMessage(
                    QCoreApplication.translate(
                        "ClipActions", "Cannot save {name} in that folder: {reason}"
                    ).format(name=dest.name, reason=exc.strerror or type(exc).__name__),
                    8000,
                )
                continue
            if complete:
                choice = self._ask_overwrite(dest)
                if choice == "skip":
                    continue
                if choice == "keep":
                    dest = free_name(folder, dest.name, taken)
                else:
                    try:
                        shutil.rmtree(dest) if dest.is_dir() else dest.unlink()
                    except OSError as exc:
                        log.warning("cannot replace %s: %s", dest, exc)
                        continue
            title = event.clip_name or fallback
            taken.add(dest)
            self.manager.add(title, self.service.link_signer.sign(url), dest, hls=hls)
        self.panel.show()

    def _ask_overwrite(self, dest: Path) -> str:
        box = message_box(
            self.window,
            QMessageBox.Icon.Question,
            QCoreApplication.translate("ClipActions", "The file exists"),
            QCoreApplication.translate(
                "ClipActions", "{name} is already in the download folder."
            ).format(name=dest.name),
            QMessageBox.StandardButton.NoButton,
        )
        box.setObjectName("overwriteConfirmation")
        replace = box.addButton(
            QCoreApplication.translate("ClipActions", "Replace"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("ClipActions", "Keep both"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("ClipActions", "Skip"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is replace:
            return "replace"
        return "keep" if clicked is keep else "skip"

    # --- covers ---------------------------------------------------------------------------
    def load_cover(self, url: str, shown: Callable[[bytes | None, str], None]) -> None:
        signer = self.service.link_signer
        cache = self.service.paths.cache_dir / "covers"

        def fetch() -> bytes:
            return fetch_image(signer.sign(url), cache, key=url).data

        def done(data: object, error: BaseException | None) -> None:
            if error is not None:
                problem = error.problem if isinstance(error, DownloadError) else None
                shown(None, cover_problem(problem))
            else:
                shown(data if isinstance(data, bytes) else None, "")

        run_task(fetch, done, owner=self.window.details)

    # --- the console ----------------------------------------------------------------------
    def open_console(self, file_id: str) -> None:
        connection = self.service.connection
        url = console_url(file_id, connection.sub_app_id if connection else None)
        if QDesktopServices.openUrl(QUrl(url)):
            log.info("VOD console for file %s passed to the system", file_id)
            return
        log.info("no application opened the VOD console for file %s", file_id)
        self.window.offer_link_copy(url)

    def shutdown(self) -> None:
        self.manager.shutdown()


def cover_problem(problem: DownloadProblem | None) -> str:
    """Why a cover is not shown, in a cover's words (not a download's: nothing resumes)."""
    texts = {
        DownloadProblem.FORBIDDEN: QCoreApplication.translate(
            "ClipActions", "(cover not shown: the playback domain refused it)"
        ),
        DownloadProblem.NOT_FOUND: QCoreApplication.translate(
            "ClipActions", "(cover not shown: it is gone from the server)"
        ),
        DownloadProblem.NETWORK: QCoreApplication.translate(
            "ClipActions", "(cover not shown: the server could not be reached)"
        ),
        DownloadProblem.UNREACHABLE: QCoreApplication.translate(
            "ClipActions", "(cover not shown: the server could not be reached)"
        ),
        DownloadProblem.TOO_LARGE: QCoreApplication.translate(
            "ClipActions", "(cover not shown: the picture is too large)"
        ),
    }
    if problem in texts:
        return texts[problem]
    return QCoreApplication.translate("ClipActions", "(the cover could not be fetched)")
