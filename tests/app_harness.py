"""Builds the real controller and window against a simulator, for UI tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from vodmonitor.app.cli import Options
from vodmonitor.ledgers.model import StoredEvent
from vodmonitor.paths import resolve_paths
from vodmonitor.settings import load_settings
from vodmonitor.simulator import DEMO_SECRET_ID, DEMO_SECRET_KEY, Simulator
from vodmonitor.ui.application import Controller, app_icon
from vodmonitor.ui.events_model import EventRole
from vodmonitor.ui.i18n import install_translators

MakeController = Callable[..., Controller]


class UrlCatcher(QObject):
    """Stands in for the OS browser: Qt hands every opened URL of these schemes to us."""

    SCHEMES = ("http", "https", "file", "javascript", "data")

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []
        for scheme in self.SCHEMES:
            QDesktopServices.setUrlHandler(scheme, self, "handle")

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.opened.append(url.toString())

    def close(self) -> None:
        for scheme in self.SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)


def options_for(
    sim: Simulator | None,
    data_dir: Path,
    *,
    demo: bool = False,
    endpoint: str | None = None,
    watch_only: bool = False,
    team_db: str | None = None,
    user_name: str | None = None,
) -> Options:
    return Options(
        demo=demo,
        data_dir=str(data_dir),
        profile=None,
        endpoint=endpoint or (f"http://{sim.endpoint}" if sim else None),
        sub_app_id=sim.config.sub_app_id if sim else None,
        self_test=False,
        log_level="DEBUG",
        watch_only=watch_only,
        team_db=team_db,
        user_name=user_name,
    )


@pytest.fixture
def make_controller(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MakeController]:  # type: ignore[no-untyped-def]
    made: list[Controller] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setWindowIcon(app_icon())
    # As run() does: English too has a translator, for its plural forms.
    translators = install_translators(app, QLocale("en_US"))

    def make(
        sim: Simulator | None = None,
        *,
        demo: bool = False,
        data_dir: Path | None = None,
        secret_key: str = DEMO_SECRET_KEY,
        endpoint: str | None = None,
        watch_only: bool = False,
        team_db: str | None = None,
        user_name: str | None = None,
    ) -> Controller:
        if sim is not None:
            monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", DEMO_SECRET_ID)
            monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", secret_key)
        paths = resolve_paths(data_dir or tmp_path / "state").ensure()
        controller = Controller(
            app,
            paths,
            options_for(
                sim,
                paths.data_dir.parent,
                demo=demo,
                endpoint=endpoint,
                watch_only=watch_only,
                team_db=team_db,
                user_name=user_name,
            ),
            load_settings(paths.settings_file).settings,
        )
        qtbot.addWidget(controller.window)
        controller.start()
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()
    for translator in translators:
        app.removeTranslator(translator)


@dataclass
class SeenBox:
    text: str = ""
    plain: bool = False
    buttons: list[str] = field(default_factory=list)


def answer_box(
    name: str, button_text: str | None = None, when: Callable[[], bool] | None = None
) -> SeenBox:
    """Click a button of the next visible QMessageBox named ``name`` (the first accept-role
    button when no text is given), as a user would, once ``when()`` holds; returns what the
    box showed."""
    seen = SeenBox()

    def attempt() -> None:
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QMessageBox)
                and widget.objectName() == name
                and widget.isVisible()
                and (when is None or when())
            ):
                seen.text = widget.text()
                seen.plain = widget.textFormat() == Qt.TextFormat.PlainText
                seen.buttons = [b.text() for b in widget.buttons()]
                for b in widget.buttons():
                    role = widget.buttonRole(b)
                    if (button_text is None and role in _ACCEPT_ROLES) or b.text() == button_text:
                        b.click()
                        return
        QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)
    return seen


_ACCEPT_ROLES = (QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.YesRole)


def rows(controller: Controller) -> int:
    return controller.model.rowCount() if controller.model else 0


def event_at(controller: Controller, row: int) -> StoredEvent:
    assert controller.model is not None
    event = controller.model.index(row, 0).data(EventRole)
    assert isinstance(event, StoredEvent)
    return event


def row_of_task(controller: Controller, task_id: str) -> int:
    for row in range(rows(controller)):
        if event_at(controller, row).task_id == task_id:
            return row
    raise AssertionError(f"no row for {task_id}")
