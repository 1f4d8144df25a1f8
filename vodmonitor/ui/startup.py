"""Dialogs for problems that stop vodmonitor from starting: a data folder it cannot use, an
event database it cannot open. Each says what is wrong, where, and what to do, in the
user's language; none ends in a Python traceback."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vodmonitor.ledgers.model import StorageProblem, StoreError
from vodmonitor.paths import DataFolderError
from vodmonitor.ui.errors import describe
from vodmonitor.ui.plain_text import message_box

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def choose_other_data_folder(error: DataFolderError) -> Path | None:
    """Ask for another data folder; None means quit."""
    box = message_box(
        None,
        QMessageBox.Icon.Critical,
        translate("Startup", "Cannot use the data folder"),
        translate(
            "Startup",
            "vodmonitor cannot write to {folder} ({reason}). Its settings, event history and "
            "logs live there. Choose another folder, or quit and fix the folder's permissions.",
        ).format(folder=error.folder, reason=error.reason),
        QMessageBox.StandardButton.NoButton,
    )
    box.setObjectName("dataFolderProblem")
    choose = box.addButton(
        translate("Startup", "Choose another folder…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not choose:
        return None
    folder = QFileDialog.getExistingDirectory(None, translate("Startup", "Choose a data folder"))
    return Path(folder) if folder else None


def ask_to_start_fresh(parent: QWidget | None, error: StoreError) -> bool:
    """True when the user chose to move the database aside and start with an empty one."""
    box = message_box(
        parent,
        QMessageBox.Icon.Critical,
        translate("Startup", "Cannot open the event database"),
        describe(error),
        QMessageBox.StandardButton.NoButton,
    )
    box.setObjectName("databaseProblem")
    box.setDetailedText(error.detail)
    fresh = None
    if error.problem is not StorageProblem.READ_ONLY:
        fresh = box.addButton(
            translate("Startup", "Move it aside and start fresh"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.addButton(translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return fresh is not None and box.clickedButton() is fresh


def move_aside(database: Path) -> Path:
    """Rename the database (and its WAL files) so that a new one can be created; the old
    one is kept for support."""
    aside = database.with_name(f"{database.name}.unreadable-{time.strftime('%Y%m%d-%H%M%S')}")
    for suffix in ("", "-wal", "-shm"):
        source = database.with_name(database.name + suffix)
        if source.exists():
            os.replace(source, aside.with_name(aside.name + suffix))
    log.warning("moved the unreadable event database aside as %s", aside)
    return aside
