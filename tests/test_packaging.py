"""The self-test, the release workflow and the packaging files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def self_test(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vodmonitor", "--self-test", "--data-dir", str(tmp_path)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_self_test_passes(tmp_path: Path) -> None:
    result = self_test(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    for check in ("keyring", "resources", "window", "api"):
        assert f"ok    {check}" in result.stdout
    assert "self-test passed" in result.stdout


def test_self_test_fails_on_the_fail_backend_in_a_desktop_session(tmp_path: Path) -> None:
    result = self_test(
        tmp_path,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent/bus",
    )
    assert result.returncode == 1
    assert "FAIL  keyring" in result.stdout
    assert "ok    api" in result.stdout  # the other checks still ran and reported


def test_release_workflow_matches_the_github_schema() -> None:
    beside = Path(sys.executable).parent / "check-jsonschema"  # the venv's, when PATH lacks it
    checker = str(beside) if beside.exists() else shutil.which("check-jsonschema")
    assert checker, "check-jsonschema is not installed"
    result = subprocess.run(
        [
            checker,
            "--builtin-schema",
            "vendor.github-workflows",
            str(ROOT / ".github/workflows/release.yml"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_release_workflow_runs_tests_selftest_and_signs_only_with_secrets() -> None:
    text = (ROOT / ".github/workflows/release.yml").read_text(encoding="utf-8")
    order = [
        text.index(step) for step in ("pytest", "pyinstaller", "--self-test", "ISCC", "dmgbuild")
    ]
    assert order == sorted(order)
    assert "::warning::" in text and "secrets.WINDOWS_CERT_BASE64" in text
    assert all(os in text for os in ("windows-latest", "macos-14", "macos-13"))


def test_icons_are_made_from_the_source_image() -> None:
    icons = ROOT / "vodmonitor" / "resources" / "icons"
    assert (ROOT / "resources" / "icon.svg").is_file()
    for name in ("vodmonitor.ico", "vodmonitor.icns", "vodmonitor-16.png", "vodmonitor-256.png"):
        assert (icons / name).stat().st_size > 0
    assert (icons / "vodmonitor.icns").read_bytes()[:4] == b"icns"
    assert (icons / "vodmonitor.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_installer_upgrades_in_place_per_user() -> None:
    iss = (ROOT / "packaging" / "windows" / "vodmonitor.iss").read_text(encoding="utf-8")
    assert "AppId={{5D3B6F0E-8C1A-4C7B-9F62-2E7A1B4D9C30}" in iss
    assert "PrivilegesRequired=lowest" in iss
    assert "{userprograms}" in iss
