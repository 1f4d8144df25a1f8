"""The real program in a subprocess: command-line flags, one instance per data dir."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import wait_for
from vodmonitor import __version__
from vodmonitor.simulator import DEMO_SECRET_ID, DEMO_SECRET_KEY, Simulator


def env_with_credentials() -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TENCENTCLOUD_SECRET_ID": DEMO_SECRET_ID,
        "TENCENTCLOUD_SECRET_KEY": DEMO_SECRET_KEY,
    }


def start_app(data_dir: Path, sim: Simulator, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "vodmonitor",
            "--data-dir",
            str(data_dir),
            "--endpoint",
            f"http://{sim.endpoint}",
            "--sub-app-id",
            str(sim.config.sub_app_id),
            *extra,
        ],
        env=env_with_credentials(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stored_rows(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) as conn:
        try:
            return int(conn.execute("SELECT COUNT(*) FROM events").fetchone()[0])
        except sqlite3.Error:
            return 0


def test_version() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "vodmonitor", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == f"vodmonitor {__version__}"


@pytest.mark.slow
def test_flags_and_single_instance_and_stale_lock(sim: Simulator, tmp_path: Path) -> None:
    sim.enqueue_clips(4)
    data = tmp_path / "portable"
    db = data / "data" / "events-default.sqlite3"
    first = start_app(data, sim)
    try:
        # Environment credentials plus flags: it runs against the endpoint, no dialog.
        wait_for(lambda: stored_rows(db) == 4, timeout=30, interval=0.1)
        second = start_app(data, sim)
        _, err = second.communicate(timeout=30)
        assert second.returncode == 0
        assert "already running" in err
        assert first.poll() is None
        # A killed instance leaves its lock behind; the next start must not be blocked.
        first.kill()  # SIGKILL here; TerminateProcess on Windows
        first.wait(10)
        assert (data / "data" / "instance.lock").exists()
        sim.enqueue_clips(2)
        third = start_app(data, sim)
        try:
            wait_for(lambda: stored_rows(db) == 6, timeout=30, interval=0.1)
            assert third.poll() is None
        finally:
            third.terminate()
            third.wait(10)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(10)
    assert (data / "logs" / "vodmonitor.log").stat().st_size > 0
    # before the instance lock, Qt's start-up went to a log of its own (none is lost)
    assert (data / "logs" / "startup.log").exists()
    assert not list((data / "config").glob("*.json"))  # nothing saved that was not asked for


def first_complaint(data_dir: Path) -> tuple[str, str, bool]:
    """Start the app on a data folder it cannot use: its first line on stderr (said before
    the dialog that asks for another folder), the rest, and whether it was still running."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "vodmonitor", "--data-dir", str(data_dir)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        waiting = proc.poll() is None
    finally:
        proc.kill()
        _, rest = proc.communicate(timeout=10)
    return line, rest, waiting


def test_data_dir_that_is_a_file_says_so_without_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    line, rest, waiting = first_complaint(blocker)
    assert "cannot use the folder" in line and str(blocker) in line
    assert waiting  # on the dialog that asks for another folder, not crashed
    assert "Traceback" not in line + rest


@pytest.mark.slow
def test_hand_edited_settings_never_turn_auto_confirm_on(sim: Simulator, tmp_path: Path) -> None:
    """ "false" as a string is not false: the setting keeps its default (off), the log
    names the key, and another event type is recorded but never confirmed."""
    data = tmp_path / "portable"
    (data / "config").mkdir(parents=True)
    (data / "config" / "settings.json").write_text(
        '{"confirm_other_types": "false", "profiles": [{"name": "w", "sub_app_id": 1e400}]}',
        encoding="utf-8",
    )
    sim.enqueue([{"EventType": "NewFileUpload", "FileUploadEvent": {"FileId": "1"}}])
    db = data / "data" / "events-w.sqlite3"
    app = start_app(data, sim)
    try:
        wait_for(lambda: stored_rows(db) == 1, timeout=30, interval=0.1)
        # Well past a redelivery (1 s here): the event comes back, and is still not confirmed.
        wait_for(lambda: sim.queue.deliveries().get("seq-1", 0) >= 3, timeout=30, interval=0.1)
        assert sum(sim.queue.confirmations().values()) == 0
        assert app.poll() is None
    finally:
        app.terminate()
        app.wait(10)
    log_text = (data / "logs" / "vodmonitor.log").read_text(encoding="utf-8")
    assert "confirm_other_types" in log_text and "profiles[w].sub_app_id" in log_text


def test_read_only_data_folder_is_not_mistaken_for_another_instance(
    read_only_view: Path,
) -> None:
    line, rest, _ = first_complaint(read_only_view)
    assert "cannot use the folder" in line and "Read-only file system" in line
    assert "already running" not in line
    assert "Traceback" not in line + rest
