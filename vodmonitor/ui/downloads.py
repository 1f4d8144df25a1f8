"""Downloads of clips: a manager running them on worker threads, and a panel showing each
file's progress and the total, with cancel.

The downloads belong to the application, not to the window: hiding the window to the tray
does not stop them. Each job resumes from its part file when started again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vodmonitor.media.download import (
    Cancellation,
    DownloadError,
    DownloadProblem,
    download_file,
)
from vodmonitor.media.hls import download_hls
from vodmonitor.ui.plain_text import plain_label
from vodmonitor.ui.threads import install, to_main

log = logging.getLogger(__name__)

WORKERS = 2
PROGRESS_EVERY_S = 0.1  # the UI hears of a job's progress at most this often


@dataclass
class Job:
    number: int
    title: str  # what the editor sees (the clip's name): plain text
    url: str  # signed when the domain needs it
    dest: Path  # a file, or a folder for an HLS clip
    hls: bool
    cancel: Cancellation = field(default_factory=Cancellation)
    done: int = 0
    total: int | None = None
    state: str = "queued"  # queued, running, done, failed, cancelled
    problem: DownloadProblem | None = None
    last_report: float = 0.0


def describe_problem(problem: DownloadProblem | None, signed: bool) -> str:
    if problem is DownloadProblem.FORBIDDEN:
        if signed:
            return QCoreApplication.translate(
                "Downloads",
                "The playback domain refused the signed link (403): check the playback key in "
                "Settings.",
            )
        return QCoreApplication.translate(
            "Downloads",
            "The playback domain refused the link (403). It probably has Key hotlink "
            "protection: enter its key in Settings (Playback key).",
        )
    texts = {
        DownloadProblem.UNSAFE: QCoreApplication.translate(
            "Downloads", "Not an http(s) link; not downloaded."
        ),
        DownloadProblem.NOT_FOUND: QCoreApplication.translate(
            "Downloads", "The file is gone from the server (404)."
        ),
        DownloadProblem.HTTP: QCoreApplication.translate(
            "Downloads", "The server refused the download."
        ),
        DownloadProblem.NETWORK: QCoreApplication.translate(
            "Downloads", "The connection kept failing. Start it again to resume."
        ),
        DownloadProblem.UNREACHABLE: QCoreApplication.translate(
            "Downloads", "Nothing answers at the link's address: the server is gone or down."
        ),
        DownloadProblem.SIZE: QCoreApplication.translate(
            "Downloads", "The file's size did not match what the server announced."
        ),
        DownloadProblem.TOO_LARGE: QCoreApplication.translate(
            "Downloads", "The playlist is too large."
        ),
        DownloadProblem.DISK: QCoreApplication.translate(
            "Downloads", "The file could not be written (disk full?)."
        ),
        DownloadProblem.CANCELLED: QCoreApplication.translate(
            "Downloads", "Cancelled; starting it again resumes it."
        ),
        DownloadProblem.PLAYLIST: QCoreApplication.translate(
            "Downloads", "The HLS playlist could not be read."
        ),
    }
    return (
        texts.get(problem, QCoreApplication.translate("Downloads", "The download failed."))
        if problem
        else ""
    )


class DownloadManager(QObject):
    """Runs jobs on up to two worker threads; reports through Qt signals on the UI thread."""

    added = Signal(object)  # Job
    progressed = Signal(object)  # Job
    finished = Signal(object)  # Job

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        install()  # the workers post their progress to this (the GUI) thread
        self._queue: deque[Job] = deque()
        self._cond = threading.Condition()
        self._numbers = 0
        self._stopping = False
        self._threads = [
            threading.Thread(target=self._work, name=f"download-{n}", daemon=True)
            for n in range(WORKERS)
        ]
        for thread in self._threads:
            thread.start()
        self.jobs: list[Job] = []

    def add(self, title: str, url: str, dest: Path, *, hls: bool) -> Job:
        self._numbers += 1
        job = Job(self._numbers, title, url, dest, hls)
        self.jobs.append(job)
        self.added.emit(job)
        with self._cond:
            self._queue.append(job)
            self._cond.notify()
        return job

    def cancel(self, job: Job) -> None:
        job.cancel.set()

    def cancel_all(self) -> None:
        for job in self.jobs:
            job.cancel.set()

    def forget_finished(self) -> list[Job]:
        """Drop the finished jobs from the list (their files stay); returns them."""
        finished = [j for j in self.jobs if j.state in FINISHED]
        self.jobs = [j for j in self.jobs if j.state not in FINISHED]
        return finished

    def shutdown(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        self.cancel_all()

    def busy_paths(self) -> set[Path]:
        """Where queued and running downloads write: no second job may write there too."""
        return {j.dest for j in self.jobs if j.state in ("queued", "running")}

    @property
    def active(self) -> int:
        return sum(1 for j in self.jobs if j.state in ("queued", "running"))

    def _work(self) -> None:
        while True:
            with self._cond:
                while not self._queue and not self._stopping:
                    self._cond.wait()
                if self._stopping:
                    return
                job = self._queue.popleft()
            self._run(job)

    def _run(self, job: Job) -> None:
        job.state = "running"

        def progress(done: int, total: int | None) -> None:
            job.done, job.total = done, total
            now = time.monotonic()
            if now - job.last_report >= PROGRESS_EVERY_S:
                job.last_report = now
                to_main(lambda: self.progressed.emit(job))

        try:
            if job.cancel.is_set():
                raise DownloadError(DownloadProblem.CANCELLED)
            if job.hls:
                download_hls(job.url, job.dest, cancel=job.cancel, on_progress=progress)
            else:
                download_file(job.url, job.dest, cancel=job.cancel, on_progress=progress)
            job.state = "done"
            log.info("download %d finished: %s", job.number, job.dest.name)
        except DownloadError as exc:
            job.problem = exc.problem
            job.state = "cancelled" if exc.problem is DownloadProblem.CANCELLED else "failed"
            log.warning("download %d %s: %s", job.number, job.state, exc)
        except Exception:  # a bug must end this job, not the worker thread
            log.exception("download %d failed unexpectedly", job.number)
            job.problem = DownloadProblem.HTTP
            job.state = "failed"
        to_main(lambda: self.finished.emit(job))


FINISHED = ("done", "failed", "cancelled")


class DownloadRow(QWidget):
    """One download on two lines: its name, Open, Show in folder and Cancel; then its bar
    and what became of it."""

    openRequested = Signal(object)  # the Path
    revealRequested = Signal(object)  # the Path

    def __init__(self, job: Job, manager: DownloadManager, signed: bool) -> None:
        super().__init__()
        self.job = job
        self.signed = signed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        top = QHBoxLayout()
        self.title = plain_label(job.title)
        self.title.setToolTip(str(job.dest))
        self.title.setMinimumWidth(80)
        top.addWidget(self.title, 1)
        self.open = QPushButton(self.tr("Open"))
        self.open.setObjectName("openDownload")
        self.open.setToolTip(self.tr("Open the clip with the application your system chooses"))
        self.open.clicked.connect(lambda: self.openRequested.emit(job.dest))
        self.reveal = QPushButton(self.tr("Show in folder"))
        self.reveal.setObjectName("showDownloadInFolder")
        self.reveal.setToolTip(self.tr("Show the clip in its folder"))
        self.reveal.clicked.connect(lambda: self.revealRequested.emit(job.dest))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("cancelDownload")
        self.cancel.setToolTip(self.tr("Stop this download; starting it again resumes it"))
        self.cancel.clicked.connect(lambda: manager.cancel(job))
        for button in (self.open, self.reveal, self.cancel):
            top.addWidget(button)
        layout.addLayout(top)
        self.bar = QProgressBar()
        self.bar.setObjectName("downloadProgress")
        self.bar.setAccessibleName(self.tr("Progress of {name}").format(name=job.title[:100]))
        self.bar.setRange(0, 0)  # busy until the size is known
        layout.addWidget(self.bar)
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.status.setObjectName("downloadStatus")
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        job = self.job
        if job.total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(job.done, job.total) / job.total))
        if job.state == "done":
            self.bar.setRange(0, 1000)
            self.bar.setValue(1000)
            self.status.setText(self.tr("Saved to {path}").format(path=str(job.dest)))
        elif job.state in ("failed", "cancelled"):
            if not job.total:
                self.bar.setRange(0, 1000)
            self.status.setText(describe_problem(job.problem, self.signed))
        self.cancel.setVisible(job.state not in FINISHED)
        self.open.setVisible(job.state == "done")
        self.reveal.setVisible(job.state == "done")


class DownloadsPanel(QDockWidget):
    """Every download of this run, newest last, with the total and Clear finished."""

    def __init__(self, manager: DownloadManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("downloadsPanel")
        self.setWindowTitle(self.tr("Downloads"))
        self.manager = manager
        # Whether a job's link carries a signature: a 403 then means the wrong key.
        self.signed_with_key: Callable[[str], bool] = lambda url: False
        # How a finished file is opened and shown (the controller's, which say when the
        # system cannot).
        self.open_file: Callable[[Path], None] = lambda path: None
        self.reveal_file: Callable[[Path], None] = lambda path: None
        body = QWidget()
        layout = QVBoxLayout(body)
        head = QHBoxLayout()
        self.total = QProgressBar()
        self.total.setObjectName("downloadTotal")
        self.total.setAccessibleName(self.tr("All downloads"))
        head.addWidget(self.total, 1)
        self.clear_finished = QPushButton(self.tr("Clear finished"))
        self.clear_finished.setObjectName("clearFinishedDownloads")
        self.clear_finished.setToolTip(self.tr("Remove finished downloads from this list"))
        self.clear_finished.clicked.connect(self._clear_finished)
        head.addWidget(self.clear_finished)
        self.cancel_all = QPushButton(self.tr("Cancel all"))
        self.cancel_all.setObjectName("cancelAllDownloads")
        self.cancel_all.setToolTip(self.tr("Stop every download still running"))
        self.cancel_all.clicked.connect(manager.cancel_all)
        head.addWidget(self.cancel_all)
        layout.addLayout(head)
        self.rows_box = QVBoxLayout()
        self.rows_box.setAlignment(Qt.AlignmentFlag.AlignTop)
        holder = QWidget()
        holder.setLayout(self.rows_box)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(holder)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the buttons inside
        # Room for about three downloads before it scrolls.
        self.scroll_area.setMinimumHeight(3 * (3 * self.fontMetrics().height() + 16))
        layout.addWidget(self.scroll_area, 1)
        self.setWidget(body)
        self.rows: dict[int, DownloadRow] = {}
        manager.added.connect(self._added)
        manager.progressed.connect(self._changed)
        manager.finished.connect(self._changed)
        self._total()

    def _added(self, job: Job) -> None:
        row = DownloadRow(job, self.manager, self.signed_with_key(job.url))
        row.openRequested.connect(self.open_file)
        row.revealRequested.connect(self.reveal_file)
        self.rows[job.number] = row
        self.rows_box.addWidget(row)
        self.show()
        self._total()
        self.scroll_area.ensureWidgetVisible(row)

    def _changed(self, job: Job) -> None:
        row = self.rows.get(job.number)
        if row is not None:
            row.refresh()
        self._total()

    def _clear_finished(self) -> None:
        for job in self.manager.forget_finished():
            row = self.rows.pop(job.number, None)
            if row is not None:
                self.rows_box.removeWidget(row)
                row.deleteLater()
        self._total()

    def _total(self) -> None:
        """Every job counts the same (sizes are known only as each one starts); a failed or
        cancelled one counts as nothing, so the bar never reads 100% over a failure."""
        jobs = self.manager.jobs
        states = [job.state for job in jobs]
        self.clear_finished.setEnabled(any(state in FINISHED for state in states))
        self.cancel_all.setEnabled(any(state not in FINISHED for state in states))
        self.total.setRange(0, 1000)
        if not jobs:
            self.total.setValue(0)
            self.total.setFormat(self.tr("No downloads"))
            return
        share = 0.0
        for job in jobs:
            if job.state == "done":
                share += 1
            elif job.state not in FINISHED and job.total:
                share += min(job.done, job.total) / job.total
        self.total.setValue(int(1000 * share / len(jobs)))
        saved = states.count("done")
        failed = states.count("failed")
        cancelled = states.count("cancelled")
        if any(state not in FINISHED for state in states):
            words = [self.tr("All downloads: %p%")]
        else:
            words = [self.tr("%n saved", "", saved)]
        if failed:
            words.append(self.tr("%n failed", "", failed))
        if cancelled:
            words.append(self.tr("%n cancelled", "", cancelled))
        self.total.setFormat(" · ".join(words))
