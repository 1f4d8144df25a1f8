"""A full session, then every file vodmonitor wrote and all log output is searched for the
SecretKey: it must appear nowhere."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from vodmonitor.app.cli import Options
from vodmonitor.cloud import Secret
from vodmonitor.credentials import Credentials, CredentialStore
from vodmonitor.logs import setup_logging, stop_logging
from vodmonitor.paths import resolve_paths
from vodmonitor.settings import Profile, Settings, load_settings, save_settings
from vodmonitor.simulator import DEMO_SECRET_ID, DEMO_SECRET_KEY, Simulator
from vodmonitor.ui.application import Controller
from vodmonitor.ui.settings_dialog import SettingsDialog


def files_containing(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_scanner_can_find_a_planted_secret(tmp_path: Path) -> None:
    (tmp_path / "x" / "y").mkdir(parents=True)
    (tmp_path / "x" / "y" / "z.log").write_bytes(b"...." + DEMO_SECRET_KEY.encode() + b"....")
    assert files_containing(tmp_path, DEMO_SECRET_KEY.encode()) == [tmp_path / "x" / "y" / "z.log"]


def test_full_session_leaks_no_secret(
    qtbot,  # type: ignore[no-untyped-def]
    sim: Simulator,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TENCENTCLOUD_SECRET_ID", raising=False)
    monkeypatch.delenv("TENCENTCLOUD_SECRET_KEY", raising=False)
    caplog.set_level(logging.DEBUG)
    root = tmp_path / "portable"
    paths = resolve_paths(root).ensure()
    setup_logging(paths.log_file, "DEBUG")
    CredentialStore().save("work", Credentials(DEMO_SECRET_ID, Secret(DEMO_SECRET_KEY)))
    profile = Profile("work", sim.config.sub_app_id, "", f"http://{sim.endpoint}")
    save_settings(paths.settings_file, Settings(profiles=[profile], active_profile="work"))
    sim.config.visibility = sim.config.handle_ttl = 30
    sim.enqueue_clips(5)
    sim.inject("internal_error", action="PullEvents")  # an error path gets logged too

    app = QApplication.instance()
    options = Options(False, str(root), None, None, None, False, "DEBUG")
    controller = Controller(app, paths, options, load_settings(paths.settings_file).settings)  # type: ignore[arg-type]
    qtbot.addWidget(controller.window)
    try:
        controller.start()
        qtbot.waitUntil(
            lambda: controller.model is not None and controller.model.rowCount() == 5, timeout=15000
        )
        controller.window.table.selectAll()
        controller.window.acknowledge_action.trigger()
        qtbot.waitUntil(lambda: sum(sim.queue.confirmations().values()) == 5, timeout=10000)

        def change_settings() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, SettingsDialog)
            dialog.notifications.setChecked(False)
            dialog.accept()

        QTimer.singleShot(200, change_settings)
        controller.open_settings()
        assert controller.settings.notifications is False
        logging.getLogger("vodmonitor.test").debug("session done for %s", controller.connection)
    finally:
        controller.shutdown()
    stop_logging()

    needle = DEMO_SECRET_KEY.encode()
    written = [p for p in root.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in written) and any("sqlite3" in p.name for p in written)
    assert files_containing(root, needle) == []
    assert DEMO_SECRET_KEY not in caplog.text
    out, err = capsys.readouterr()
    assert DEMO_SECRET_KEY not in out + err
