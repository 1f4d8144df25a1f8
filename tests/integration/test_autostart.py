"""Start at sign-in: a real XDG autostart file here (valid per desktop-file-validate), and
the Windows Run value and macOS LaunchAgent content checked anywhere."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.app_harness import MakeController
from tests.integration.test_team import ROOT
from vodmonitor.app.autostart import (
    APP_ID,
    START_FLAG,
    desktop_entry,
    launch_agent,
    set_start_at_login,
    start_at_login_is_set,
)
from vodmonitor.simulator import Simulator

COMMAND = ["/opt/vod monitor/bin/python3", "-m", "vodmonitor"]  # a space, as in real paths


def validate(path: Path) -> None:
    if sys.platform != "linux":
        pytest.skip("XDG autostart files are a Linux desktop's")
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        if os.environ.get("VODMONITOR_REQUIRE_DESKTOP_FILE_VALIDATE"):
            pytest.fail("desktop-file-validate is required (Debian: desktop-file-utils)")
        pytest.skip("desktop-file-validate is not installed")
    result = subprocess.run([tool, str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_linux_autostart_file_is_written_valid_and_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    path = set_start_at_login(True, platform="linux", command=COMMAND)
    assert path == tmp_path / "autostart" / f"{APP_ID}.desktop"
    text = Path(path).read_text()
    assert f'Exec="/opt/vod monitor/bin/python3" -m vodmonitor {START_FLAG}' in text
    validate(Path(path))
    set_start_at_login(False, platform="linux", command=COMMAND)
    assert not Path(path).exists()


def test_windows_run_value_names_the_exe_and_the_tray_start() -> None:
    class FakeRegistry:
        def __init__(self) -> None:
            self.values: dict[str, str] = {}

        def set(self, name: str, value: str) -> None:
            self.values[name] = value

        def delete(self, name: str) -> None:
            self.values.pop(name, None)

        def get(self, name: str) -> str | None:
            return self.values.get(name)

    registry = FakeRegistry()
    exe = r"C:\Users\Min-ji Kim\AppData\Local\Programs\vodmonitor\vodmonitor.exe"
    where = set_start_at_login(True, platform="win32", command=[exe], registry=registry)
    assert str(where).endswith(r"CurrentVersion\Run\vodmonitor")
    assert registry.values == {APP_ID: f'"{exe}" {START_FLAG}'}
    assert start_at_login_is_set(platform="win32", registry=registry)
    registry.delete(APP_ID)  # the uninstaller (or the user in Task Manager) removed it
    assert not start_at_login_is_set(platform="win32", registry=registry)
    set_start_at_login(False, platform="win32", command=[exe], registry=registry)
    assert registry.values == {}
    iss = (ROOT / "packaging" / "windows" / "vodmonitor.iss").read_text(encoding="utf-8")
    assert 'ValueType: none; ValueName: "vodmonitor"; Flags: uninsdeletevalue' in iss


def test_macos_launch_agent_runs_at_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    app = "/Applications/vodmonitor.app/Contents/MacOS/vodmonitor"
    path = Path(set_start_at_login(True, platform="darwin", command=[app]))
    assert path == tmp_path / "Library" / "LaunchAgents" / "io.vodmonitor.app.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["ProgramArguments"] == [app, START_FLAG] and agent["RunAtLoad"] is True
    assert plistlib.loads(launch_agent([app])) == agent
    assert start_at_login_is_set(platform="darwin")
    set_start_at_login(False, platform="darwin", command=[app])
    assert not path.exists() and not start_at_login_is_set(platform="darwin")
    for moving in (
        "/Volumes/vodmonitor/vodmonitor.app/Contents/MacOS/vodmonitor",
        "/private/var/folders/x/AppTranslocation/1234/d/vodmonitor.app/Contents/MacOS/vodmonitor",
    ):
        with pytest.raises(OSError, match="Applications"):
            set_start_at_login(True, platform="darwin", command=[moving])
        assert not path.exists()


def test_the_setting_writes_the_entry_through_the_window(
    qtbot,
    sim: Simulator,
    make_controller: MakeController,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    from tests.app_harness import answer_box  # noqa: F401 - keeps the harness import order
    from vodmonitor.ui.settings_dialog import SettingsDialog

    if sys.platform != "linux":
        pytest.skip("the entry checked here is the XDG autostart file")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    controller = make_controller(sim)
    assert controller.settings.start_at_login is False  # what is true at start

    def accept_with_login(dialog: SettingsDialog) -> int:
        dialog.start_at_login.setChecked(True)
        dialog.accept()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", accept_with_login)
    controller.open_settings()
    entry = tmp_path / "config" / "autostart" / "vodmonitor.desktop"
    assert entry.exists() and START_FLAG in entry.read_text()
    # removed behind the app's back: the next start says so
    entry.unlink()
    assert not make_controller(sim).settings.start_at_login
    assert desktop_entry(["x"]).startswith("[Desktop Entry]")


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_the_linux_checks_skip_by_platform_not_by_ci(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    """On the Windows and macOS release runners (where GitHub sets CI=true) the XDG file
    check and the tmpfs disk skip; only the project's own variables make them required."""
    from tests import conftest

    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setenv("CI", "true")
    monkeypatch.delenv("VODMONITOR_REQUIRE_DESKTOP_FILE_VALIDATE", raising=False)
    with pytest.raises(pytest.skip.Exception, match="Linux"):
        validate(tmp_path / "x.desktop")
    monkeypatch.delenv("VODMONITOR_REQUIRE_TMPFS", raising=False)
    disk = conftest.mounted_small_disk(tmp_path)
    with pytest.raises(pytest.skip.Exception, match="Linux"):
        next(disk)
