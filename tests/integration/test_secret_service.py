"""The credential store on a real Secret Service: gnome-keyring on a private D-Bus.

The test starts its own session bus and an unlocked gnome-keyring-daemon, so it touches
no desktop keyring. It skips only where those programs are not installed; CI sets
VODMONITOR_REQUIRE_SECRET_SERVICE=1 so a skip there is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from vodmonitor.cloud import Secret
from vodmonitor.credentials import Credentials, CredentialStore

KEY = "real-secret-service-key-9f8e7d"
REQUIRED = os.environ.get("VODMONITOR_REQUIRE_SECRET_SERVICE") == "1"


@pytest.fixture
def secret_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    missing = [p for p in ("dbus-daemon", "gnome-keyring-daemon") if not shutil.which(p)]
    if missing:
        if REQUIRED:
            pytest.fail(f"Secret Service required but not installed: {missing}")
        pytest.skip(f"no Secret Service here: {missing} not installed")
    home = tmp_path / "home"
    home.mkdir()
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    env = {
        **os.environ,
        "DBUS_SESSION_BUS_ADDRESS": address,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_RUNTIME_DIR": str(tmp_path),
    }
    daemon = subprocess.run(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets", "--daemonize"],
        input="test-password",
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert daemon.returncode == 0, daemon.stderr
    for key in ("DBUS_SESSION_BUS_ADDRESS", "HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"):
        monkeypatch.setenv(key, env[key])
    try:
        yield
    finally:
        bus.terminate()  # the keyring daemon exits when its bus goes away
        bus.wait(10)


@pytest.mark.secret_service
def test_credentials_in_a_real_secret_service(secret_service: None) -> None:
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    store = CredentialStore(backend)
    store.check_backend()
    store.save("work", Credentials("AKIDreal", Secret(KEY)))
    # A second, independent backend object reads it back over D-Bus.
    loaded = CredentialStore(SecretService.Keyring()).load("work")
    assert loaded is not None
    assert loaded.secret_id == "AKIDreal"
    assert loaded.secret_key.reveal() == KEY
    store.delete("work")
    assert store.load("work") is None


def test_the_self_tests_keyring_round_trip_through_a_real_secret_service(
    secret_service: None,
) -> None:
    import keyring
    from keyring.backends import SecretService

    from vodmonitor.app.selftest import check_keyring_round_trip

    previous = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())
    try:
        assert "set, read and deleted" in check_keyring_round_trip()
    finally:
        keyring.set_keyring(previous)
