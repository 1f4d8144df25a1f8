"""Windows and macOS behaviour whose logic runs anywhere: raising the first window, network
folders, file names that ignore case, logs of two processes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path, PureWindowsPath

from vodmonitor.paths import network_folder, resolve_paths, sqlite_uri
from vodmonitor.settings import load_settings
from vodmonitor.ui.single_instance import ASFW_ANY, allow_foreground_window


def test_a_second_launch_lets_the_first_take_the_foreground() -> None:
    calls: list[int] = []

    class User32:
        def AllowSetForegroundWindow(self, who: int) -> int:
            calls.append(who)
            return 1

    assert allow_foreground_window(User32()) is True
    assert calls == [ASFW_ANY]
    if sys.platform != "win32":
        assert allow_foreground_window() is False  # nothing to do off Windows


def test_a_unc_path_becomes_a_uri_sqlite_accepts() -> None:
    class Unc(type(Path())):  # type: ignore[misc]
        def resolve(self, strict: bool = False):  # type: ignore[no-untyped-def]
            return self

        def as_uri(self) -> str:
            return PureWindowsPath(r"\\server\share\vod\events.sqlite3").as_uri()

    assert (
        PureWindowsPath(r"\\server\share\vod\events.sqlite3").as_uri().startswith("file://server/")
    )
    assert sqlite_uri(Unc("/x"), "mode=ro") == "file:////server/share/vod/events.sqlite3?mode=ro"
    # resolved as the platform does (/private/tmp on macOS, a drive letter on Windows)
    plain = sqlite_uri(Path("/tmp/a b/e.sqlite3"))
    assert plain.startswith("file:///") and plain.endswith("/tmp/a%20b/e.sqlite3")


def test_network_folders_are_recognised_from_the_mount_table() -> None:
    mounts = (
        "/dev/sda1 / ext4 rw 0 0\n"
        "server:/export /mnt/team nfs4 rw 0 0\n"
        "//nas/share /home/min/My\\040Share cifs rw 0 0\n"
    )
    assert network_folder(Path("/mnt/team/vodmonitor"), mounts) == (
        "a nfs4 network file system (/mnt/team)"
    )
    assert "cifs" in (network_folder(Path("/home/min/My Share/data"), mounts) or "")
    assert network_folder(Path("/home/min/data"), mounts) is None
    assert network_folder(Path("/mnt/teamwork"), mounts) is None  # not under /mnt/team


def test_profile_names_differing_only_in_case_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"profiles": [{"name": "Studio"}, {"name": "studio"}]}))
    loaded = load_settings(path)
    assert [p.name for p in loaded.settings.profiles] == ["Studio"]
    assert any("second profile" in w for w in loaded.invalid)


def test_the_self_test_writes_its_own_log(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vodmonitor", "--self-test", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    paths = resolve_paths(str(tmp_path))
    assert "self-test.log" in result.stdout
    assert paths.self_test_log().exists() and not paths.log_file.exists()


def test_the_self_test_can_load_the_native_platform_plugin(tmp_path: Path) -> None:
    """What the installers' smoke test asks on Windows and macOS, here under a real X
    server: the xcb plugin loads and the window is built with it, not offscreen."""
    import os
    import shutil

    import pytest

    if sys.platform != "linux" or shutil.which("xvfb-run") is None:
        pytest.skip("needs Linux with xvfb-run (the release runners check their own)")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["VODMONITOR_SELF_TEST_NATIVE"] = "1"
    result = subprocess.run(
        [
            "xvfb-run",
            "-a",
            sys.executable,
            "-m",
            "vodmonitor",
            "--self-test",
            "--data-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "main window built (xcb" in result.stdout
