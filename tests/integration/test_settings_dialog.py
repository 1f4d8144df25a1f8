"""The settings dialog: validation, keyring, and Test connection against the simulator."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from tests.app_harness import answer_box
from vodmonitor.credentials import CredentialSource, CredentialStore
from vodmonitor.settings import Profile, Settings, save_settings
from vodmonitor.simulator import DEMO_SECRET_ID, DEMO_SECRET_KEY, Simulator
from vodmonitor.ui.settings_dialog import SettingsDialog


def make_dialog(
    qtbot,
    sim: Simulator | None = None,
    store: CredentialStore | None = None,
    database: Path | None = None,
) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(
        Settings(),
        store or CredentialStore(),
        database_for=(lambda _profile: database) if database is not None else None,
    )
    qtbot.addWidget(dialog)
    if sim is not None:
        fill(
            qtbot, dialog, endpoint=f"http://{sim.endpoint}", sub_app_id=str(sim.config.sub_app_id)
        )
    return dialog


def fill(qtbot, dialog: SettingsDialog, **fields: str) -> None:  # type: ignore[no-untyped-def]
    values = {"secret_id": DEMO_SECRET_ID, "secret_key": DEMO_SECRET_KEY, **fields}
    for name, value in values.items():
        widget = getattr(dialog, name)
        widget.clear()
        qtbot.keyClicks(widget, value)


def run_test(qtbot, dialog: SettingsDialog) -> str:  # type: ignore[no-untyped-def]
    dialog.test_button.click()
    qtbot.waitUntil(
        lambda: dialog.test_button.isEnabled() and "Testing" not in dialog.test_result.text(),
        timeout=15000,
    )
    return dialog.test_result.text()


def test_connection_success(qtbot, sim: Simulator) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, sim)
    assert "Reliable callback is on" in run_test(qtbot, dialog)


def test_wrong_key(qtbot, sim: Simulator) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, sim)
    fill(qtbot, dialog, secret_key="not-the-key")
    text = run_test(qtbot, dialog)
    assert "SecretKey is wrong" in text and "RequestId" in text
    assert "not-the-key" not in text


def test_unknown_secret_id(qtbot, sim: Simulator) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, sim)
    fill(qtbot, dialog, secret_id="AKIDunknown")
    assert "does not know this SecretId" in run_test(qtbot, dialog)


@pytest.mark.parametrize(("offset", "word"), [(-600, "ahead"), (900, "behind")])
def test_skewed_clock(qtbot, sim: Simulator, offset: int, word: str) -> None:  # type: ignore[no-untyped-def]
    sim.config.clock_offset = offset
    dialog = make_dialog(qtbot, sim)
    text = run_test(qtbot, dialog)
    assert f"{abs(offset) // 60} minutes {word}" in text


def test_network_unreachable(qtbot, sim: Simulator) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, sim)
    sim.set_outage(True)
    assert "Cannot reach" in run_test(qtbot, dialog)


def test_push_mode_and_switch_to_pull(
    qtbot, sim: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    sim.config.mode = "PUSH"
    sim.config.notification_url = "https://hooks.example.com/vod"
    dialog = make_dialog(qtbot, sim)
    text = run_test(qtbot, dialog)
    assert "normal callback" in text and "https://hooks.example.com/vod" in text
    assert "your backend at https://hooks.example.com/vod stops receiving callbacks" in text
    assert dialog.watch_button.isVisibleTo(dialog)  # offered first, beside the switch
    assert dialog.switch_button.isVisibleTo(dialog)
    seen = answer_box("switchToPullConfirmation", "&Yes")
    dialog.switch_button.click()
    qtbot.waitUntil(lambda: "Reliable callback is on" in dialog.test_result.text(), timeout=15000)
    assert sim.config.mode == "PULL"
    assert "stops the callbacks to https://hooks.example.com/vod" in seen.text and seen.plain


def test_push_application_chooses_watch_only(qtbot, sim: Simulator) -> None:  # type: ignore[no-untyped-def]
    sim.config.mode = "PUSH"
    sim.config.notification_url = "https://hooks.example.com/vod"
    dialog = make_dialog(qtbot, sim)
    run_test(qtbot, dialog)
    dialog.watch_button.click()
    assert dialog.mode.currentData() == "watch"
    dialog.accept()
    assert dialog.settings.profiles[0].mode == "watch"
    assert sim.config.mode == "PUSH"  # nothing was switched


def test_another_consumer_is_noticed(qtbot, sim: Simulator, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A queue someone else drains: finished clips are neither queued nor in our ledger."""
    sim.tasks.add_clip({"TaskId": "taken-1"}, finished_at=sim.now() - 600)
    sim.tasks.add_clip({"TaskId": "taken-2"}, finished_at=sim.now() - 900)
    dialog = make_dialog(qtbot, sim, database=tmp_path / "never-run.sqlite3")
    text = run_test(qtbot, dialog)
    assert "another program seems to take" in text and "2 clip results" in text
    assert dialog.watch_button.isVisibleTo(dialog)
    sim.enqueue_clips(1)  # events waiting in the queue: nobody is taking them
    assert "Reliable callback is on" in run_test(qtbot, dialog)


def test_validation_as_you_type(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.keyClicks(dialog.endpoint, "http://example.com")
    assert not ok.isEnabled() and "plain http" in dialog.problems.text()
    dialog.endpoint.clear()
    qtbot.keyClicks(dialog.endpoint, "http://127.0.0.1:8700")
    assert ok.isEnabled()
    qtbot.keyClicks(dialog.sub_app_id, "12ab")
    assert dialog.sub_app_id.text() == "12"  # digits only


def test_saves_to_keyring_and_masks_key(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot)
    fill(qtbot, dialog, name="work")
    assert dialog.secret_key.echoMode() == dialog.secret_key.EchoMode.Password
    dialog.accept()
    assert [p.name for p in dialog.settings.profiles] == ["work"]
    assert dialog.settings.active_profile == "work"
    stored = CredentialStore().load("work")
    assert stored is not None and stored.secret_key.reveal() == DEMO_SECRET_KEY


def test_team_database_password_goes_to_the_keyring_only(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot)
    fill(qtbot, dialog, name="studio", team_db="postgresql://editor:pw-in-uri@db.example.com/team")
    assert dialog.team_db.text() == "postgresql://editor@db.example.com/team"  # moved out
    assert dialog.team_password.text() == "pw-in-uri"
    assert dialog.team_password.echoMode() == dialog.team_password.EchoMode.Password
    dialog.user_name.setText("Min-ji")
    dialog.accept()
    profile = dialog.settings.profiles[0]
    assert profile.team_db == "postgresql://editor@db.example.com/team"
    assert dialog.settings.user_name == "Min-ji"
    stored = CredentialStore().load_secret("team-db:studio")
    assert stored is not None and stored.reveal() == "pw-in-uri"
    saved = tmp_path / "settings.json"
    save_settings(saved, dialog.settings)
    assert "pw-in-uri" not in saved.read_text()


def test_playback_key_goes_to_the_keyring_and_is_checked(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot)
    fill(qtbot, dialog, name="studio", playback_key="short")
    assert "8 to 20 letters or digits" in dialog.problems.text()
    fill(qtbot, dialog, playback_key="hotlinkKey2026")
    assert dialog.problems.text() == ""
    assert dialog.playback_key.echoMode() == dialog.playback_key.EchoMode.Password
    dialog.link_lifetime.setValue(6)
    dialog.accept()
    stored = CredentialStore().load_secret("playback-key:studio")
    assert stored is not None and stored.reveal() == "hotlinkKey2026"
    assert dialog.settings.link_lifetime_h == 6


def test_a_bad_team_database_address_is_explained(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot)
    fill(qtbot, dialog, team_db="mysql://db.example.com/team")
    assert "postgresql://" in dialog.problems.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_no_keyring_offers_session_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, store=CredentialStore(keyring.backends.fail.Keyring()))
    fill(qtbot, dialog, name="work")
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        use = next(b for b in box.findChildren(QPushButton) if "session only" in b.text())
        use.click()

    QTimer.singleShot(100, answer)
    dialog.accept()
    assert seen and "No system keyring" in seen[0]
    creds = dialog.session_credentials["work"]
    assert creds.source is CredentialSource.SESSION
    assert creds.secret_key.reveal() == DEMO_SECRET_KEY
    assert dialog.result() == dialog.DialogCode.Accepted


def test_existing_profile_keeps_stored_key(qtbot) -> None:  # type: ignore[no-untyped-def]
    from vodmonitor.cloud import Secret
    from vodmonitor.credentials import Credentials

    CredentialStore().save("work", Credentials("AKIDstored", Secret("stored-key")))
    dialog = SettingsDialog(
        Settings(profiles=[Profile("work")], active_profile="work"), CredentialStore()
    )
    qtbot.addWidget(dialog)
    assert dialog.secret_id.text() == "AKIDstored"
    assert dialog.secret_key.text() == ""  # never shown, even masked
    assert "keyring" in dialog.secret_key.placeholderText()


def test_profile_names_that_differ_only_in_case_are_one_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(
        Settings(profiles=[Profile("Studio")], active_profile="Studio"), CredentialStore()
    )
    qtbot.addWidget(dialog)
    dialog.add_button.click()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "studio")
    assert "Another profile has this name" in dialog.problems.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_a_team_profile_is_checked_against_its_team_mirror(
    qtbot, sim: Simulator, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Test connection asks the ledger the profile really writes: a team profile's mirror
    (``…-team.sqlite3``), not the single-editor file beside it, which never saw its clips."""
    from vodmonitor.app.cli import parse_options
    from vodmonitor.app.service import MonitorService
    from vodmonitor.events import parse_event
    from vodmonitor.ledgers.sqlite import Store
    from vodmonitor.paths import resolve_paths

    finished = [f"mirrored-{n}" for n in range(2)]
    for n, task in enumerate(finished):
        sim.tasks.add_clip({"TaskId": task}, finished_at=sim.now() - 600 - n)
    paths = resolve_paths(str(tmp_path / "data")).ensure()
    service = MonitorService(paths, parse_options([]), Settings())
    team_profile = Profile("studio", team_db="postgresql://editor@db.example/vod")
    mirror = service.ledger_file(team_profile)
    assert mirror != paths.database_file("studio") and mirror.name.endswith("-team.sqlite3")
    store = Store(mirror)  # what the team's desktops stored, as this desktop mirrors it
    clips = [
        {"EventType": "ClipComplete", "ClipCompleteEvent": {"TaskId": t, "FileInfo": {}}}
        for t in finished
    ]
    store.ingest_pulls([([parse_event(c) for c in clips], sim.now())])
    store.close()
    dialog = SettingsDialog(Settings(), CredentialStore(), database_for=service.ledger_file)
    qtbot.addWidget(dialog)
    fill(
        qtbot,
        dialog,
        name="studio",
        endpoint=f"http://{sim.endpoint}",
        sub_app_id=str(sim.config.sub_app_id),
        team_db="postgresql://editor@db.example/vod",
    )
    text = run_test(qtbot, dialog)
    assert "Reliable callback is on" in text and "another program" not in text


def test_a_team_name_with_a_control_character_cannot_be_saved(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = make_dialog(qtbot)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    fill(qtbot, dialog, name="studio")
    dialog.user_name.clear()
    dialog.user_name.insert("Min\u202eji")  # pasted: a direction override in it
    assert not ok.isEnabled() and "Your name in a team" in dialog.problems.text()
    dialog.user_name.clear()
    qtbot.keyClicks(dialog.user_name, "Min-ji")
    assert ok.isEnabled()


def test_a_profile_name_is_kept_short_and_printable(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = make_dialog(qtbot)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.name.clear()
    dialog.name.insert("x" * 1000)  # a paste: cut at the limit where it is typed
    assert len(dialog.name.text()) == 64
    assert ok.isEnabled()
    dialog.name.selectAll()
    dialog.name.insert("Studio\x07")  # pasted, as the user would
    qtbot.waitUntil(lambda: not ok.isEnabled(), timeout=2000)
    assert "control characters" in dialog.problems.text()


def test_a_secret_key_without_its_secret_id_is_not_dropped_silently(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = make_dialog(qtbot)
    dialog.name.insert("Studio")
    qtbot.keyClicks(dialog.secret_key, "a-typed-secret-key")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: "SecretId that goes with" in dialog.problems.text(), timeout=2000)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.secret_id, "AKIDexample")
    qtbot.waitUntil(ok.isEnabled, timeout=2000)


def test_the_download_folder_is_a_setting(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from vodmonitor.paths import downloads_dir

    dialog = make_dialog(qtbot)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert dialog.download_folder.placeholderText() == str(downloads_dir())
    dialog.download_folder.setText(str(tmp_path / "missing"))
    assert not ok.isEnabled() and "does not exist" in dialog.problems.text()
    dialog.download_folder.setText(str(tmp_path))
    assert ok.isEnabled()
    dialog.accept()
    assert dialog.settings.download_dir == str(tmp_path)
