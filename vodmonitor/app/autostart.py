"""Start vodmonitor when the user signs in, minimised to the tray.

One small entry per platform, written and removed with the setting:
- Linux: an XDG autostart ``.desktop`` file in ``$XDG_CONFIG_HOME/autostart``;
- Windows: the per-user Run key (``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``);
- macOS: a LaunchAgent property list in ``~/Library/LaunchAgents``.
Qt-free; the registry is reached through a small seam so its content is tested anywhere.
"""

from __future__ import annotations

import os
import plistlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

APP_ID = "vodmonitor"
LAUNCH_AGENT = "io.vodmonitor.app"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
START_FLAG = "--minimized"  # start in the tray: the user did not open the window


def launch_command() -> list[str]:
    """How this installation starts: the frozen executable, or Python with the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "vodmonitor"]


def unsettled_location(executable: str) -> str | None:
    """Why a macOS app cannot be started at sign-in from where it runs, or None: run from
    the disk image, or from the random folder Gatekeeper translocates a downloaded app to,
    it would be gone (or moved) at the next sign-in."""
    if executable.startswith("/Volumes/"):
        return "it runs from the disk image; drag it to Applications first"
    if "/AppTranslocation/" in executable:
        return "macOS runs it from a temporary copy; move it to Applications and open it again"
    return None


# --- Linux ----------------------------------------------------------------------------------
def xdg_autostart_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart"


def desktop_entry(command: Sequence[str]) -> str:
    exec_line = " ".join(_desktop_quote(part) for part in [*command, START_FLAG])
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=vodmonitor\n"
        "Comment=Watch Tencent Cloud VOD clip results\n"
        f"Exec={exec_line}\n"
        "Icon=vodmonitor\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def _desktop_quote(arg: str) -> str:
    """The Desktop Entry spec's quoting: reserved characters inside double quotes, with
    backslash escapes for the few that need it."""
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'


# --- macOS ----------------------------------------------------------------------------------
def launch_agent_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT}.plist"


def launch_agent(command: Sequence[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": LAUNCH_AGENT,
            "ProgramArguments": [*command, START_FLAG],
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


# --- Windows --------------------------------------------------------------------------------
class Registry(Protocol):
    """The part of the per-user Run key this needs (``winreg`` on Windows)."""

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...

    def get(self, name: str) -> str | None: ...


class WinRegistry:
    """The real per-user Run key (Windows only)."""

    def set(self, name: str, value: str) -> None:
        if sys.platform == "win32":
            import winreg

            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        if sys.platform == "win32":
            import winreg

            try:
                with winreg.OpenKey(
                    winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE
                ) as key:
                    winreg.DeleteValue(key, name)
            except FileNotFoundError:
                pass

    def get(self, name: str) -> str | None:
        if sys.platform == "win32":
            import winreg

            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                    return str(winreg.QueryValueEx(key, name)[0])
            except FileNotFoundError:
                return None
        return None


def windows_command_line(command: Sequence[str]) -> str:
    import subprocess

    return subprocess.list2cmdline([*command, START_FLAG])


# --- the setting ----------------------------------------------------------------------------
def start_at_login_is_set(
    *, platform: str = sys.platform, registry: Registry | None = None
) -> bool:
    """Whether this platform's entry exists now (an uninstaller, or the user in the OS's
    settings, may have removed it: the setting shows what is true)."""
    if platform == "win32":
        try:
            return (registry or WinRegistry()).get(APP_ID) is not None
        except OSError:
            return False
    path = (
        launch_agent_path() if platform == "darwin" else xdg_autostart_dir() / f"{APP_ID}.desktop"
    )
    return path.exists()


def set_start_at_login(
    on: bool,
    *,
    platform: str = sys.platform,
    command: Sequence[str] | None = None,
    registry: Registry | None = None,
) -> Path | str:
    """Write or remove this platform's entry; returns where it lives (a path, or the Run
    value's name). Raises OSError when it cannot be written."""
    command = list(command or launch_command())
    if platform == "win32":
        reg = registry or WinRegistry()
        if on:
            reg.set(APP_ID, windows_command_line(command))
        else:
            reg.delete(APP_ID)
        return f"HKCU\\{RUN_KEY}\\{APP_ID}"
    path = (
        launch_agent_path() if platform == "darwin" else xdg_autostart_dir() / f"{APP_ID}.desktop"
    )
    if on and platform == "darwin" and (why := unsettled_location(command[0])) is not None:
        raise OSError(f"vodmonitor cannot start at sign-in from here: {why}")
    if on:
        path.parent.mkdir(parents=True, exist_ok=True)
        if platform == "darwin":
            path.write_bytes(launch_agent(command))
        else:
            path.write_text(desktop_entry(command), encoding="utf-8")
    else:
        path.unlink(missing_ok=True)
    return path
