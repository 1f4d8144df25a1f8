"""Help › About vodmonitor: the version, the licence, and where the log is (what support
asks for first), with a button that opens that folder."""

from __future__ import annotations

from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from vodmonitor import __version__
from vodmonitor.ui.plain_text import plain_label


class AboutDialog(QDialog):
    def __init__(self, log_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About vodmonitor"))
        self.log_dir = log_dir
        layout = QVBoxLayout(self)
        title = QLabel(f"vodmonitor {__version__}")
        title.setObjectName("aboutVersion")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        layout.addWidget(title)
        text = plain_label(
            self.tr(
                "Watches Tencent Cloud VOD clip results. Free software under the MIT licence.\n"
                "Qt {qt} · PySide6 {pyside}"
            ).format(qt=qVersion(), pyside=pyside_version)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(plain_label(self.tr("Log folder (send its files to support):")))
        self.folder = plain_label(str(log_dir))
        self.folder.setObjectName("aboutLogFolder")
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder)
        self.problem = plain_label()
        self.problem.setObjectName("aboutProblem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder = QPushButton(self.tr("Open log folder"))
        self.open_folder.setObjectName("openLogFolder")
        self.open_folder.setToolTip(self.tr("Show the log files in your file manager"))
        buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        copy = QPushButton(self.tr("Copy the path"))
        copy.setObjectName("copyLogFolder")
        copy.setToolTip(self.tr("Copy the log folder's path"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(self.tr("Close"))
        self.open_folder.clicked.connect(self._open)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(log_dir)))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _open(self) -> None:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_dir))):
            self.problem.setText(
                self.tr("No application on this computer opens folders: copy the path instead.")
            )
            self.problem.setVisible(True)
