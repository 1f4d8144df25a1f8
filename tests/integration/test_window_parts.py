"""Smaller window parts: remembered state, tray texts, reason texts."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QIcon

from tests.app_harness import MakeController
from vodmonitor.credentials import CredentialStore
from vodmonitor.ledgers.model import Counts, EventState, Reason, StoredEvent
from vodmonitor.settings import Settings, load_settings
from vodmonitor.simulator import Simulator
from vodmonitor.ui.events_model import reason_text
from vodmonitor.ui.i18n import install_translators
from vodmonitor.ui.main_window import MainWindow
from vodmonitor.ui.settings_dialog import SettingsDialog
from vodmonitor.ui.tray import Tray
from vodmonitor.ui.window_state import DEFAULT_SIZE, default_size


def event(event_id: int, *, ok: bool, clip: bool = True) -> StoredEvent:
    return StoredEvent(
        event_id, f"id{event_id}", "ClipComplete" if clip else "NewFileUpload", "{}",
        f"task{event_id}", None, None, None, None, 0 if ok else 70000, "", ok, 1.0, 1.0, 1,
        None, None, EventState.NEW, "", None, None, None,
    )  # fmt: skip


def test_window_remembers_geometry_and_filters(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    state = str(tmp_path / "window.ini")
    first = MainWindow(state)
    qtbot.addWidget(first)
    first.resize(700, 500)  # within the offscreen screen, or restoring clamps it
    first.needs_attention.setChecked(True)
    first.event_type.setCurrentIndex(1)
    first.save_state()
    second = MainWindow(state)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)
    assert second.needs_attention.isChecked()
    assert not second.failed_only.isChecked()
    assert second.event_type.currentIndex() == 1


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, QLocale("en_US"))  # plural forms, as run() does
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_tray_summary_coalesces_clips_only(qtbot, english: None) -> None:  # type: ignore[no-untyped-def]
    tray = Tray(QIcon())
    batch = [
        event(1, ok=True),
        event(2, ok=False),
        event(3, ok=True),
        event(4, ok=True, clip=False),
    ]
    clips = [e for e in batch if e.is_clip]
    assert tray.summary(clips) == ("3 new clips, 1 failed", "Failed: task2\nReady: task1, task3")
    assert tray.summary(clips[:1]) == ("Clip ready", "task1 is ready")
    named = dataclasses.replace(clips[1], clip_name="<b>Interview 97</b> — clip\n0758")
    title, text = tray.summary([named])
    assert title == "Clip failed" and text.startswith("＜b＞Interview 97＜/b＞ — clip 0758 failed")
    many = [event(n, ok=True) for n in range(10, 16)]
    assert tray.summary(many) == ("6 clips ready", "task10, task11, task12 and 3 more")
    tray.add_new(batch)
    tray.add_new([event(5, ok=True)])
    qtbot.waitUntil(
        lambda: tray.shown == ["4 new clips, 1 failed: Failed: task2\nReady: task1, task3, task5"],
        timeout=3000,
    )
    assert tray._pending == []  # one notification for all of them
    # The next one waits out the minimum gap instead of following at once.
    tray.add_new([event(6, ok=True)])
    assert tray._timer.remainingTime() > 3000
    assert tray.tooltip(Counts(2, 1, 9)) == "vodmonitor: 2 to acknowledge, 1 failed"


def test_closing_to_the_tray_is_explained_once(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    controller = make_controller(sim)
    controller.window.hiddenToTray.emit()
    controller.window.hiddenToTray.emit()
    assert controller.tray.shown == [
        "vodmonitor keeps running in the tray. Quit it from the tray menu."
    ]
    assert load_settings(controller.paths.settings_file).settings.tray_hint_shown


def test_ok_on_an_untouched_settings_dialog_adds_no_profile(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(Settings(), CredentialStore())
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 1 and dialog.settings.profiles == []
    assert dialog.settings.active_profile is None


def test_demo_is_in_the_file_menu(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(str(tmp_path / "w.ini"))
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.demo_action in file_menu.actions()
    with qtbot.waitSignal(window.demoRequested, timeout=1000):
        window.demo_action.trigger()


def test_default_size_fits_a_scaled_laptop_screen() -> None:
    # 1600x1000 physical at 150%: about 1066x666, less a taskbar.
    width, height = default_size(QSize(1066, 626))
    assert width <= 1066 - 40 and height <= 626 - 60
    assert default_size(QSize(2560, 1400)) == DEFAULT_SIZE


def test_reason_keys_read_as_words() -> None:
    assert "expired" in reason_text(Reason.HANDLE_EXPIRED)
    assert "setting" in reason_text(Reason.AUTO_CONFIRM)
    assert reason_text("InternalError: boom (RequestId r)") == "InternalError: boom (RequestId r)"
    assert Qt.ItemDataRole.ToolTipRole  # the status tooltip shows reason_text


def test_the_settings_dialog_is_deleted_after_each_opening(
    qtbot, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    controller = make_controller()

    def cancel_when_shown() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog)]
        shown = [d for d in dialogs if d.isVisible()]
        if shown:
            shown[0].reject()
        else:
            QTimer.singleShot(20, cancel_when_shown)

    for _ in range(2):
        QTimer.singleShot(0, cancel_when_shown)
        controller.open_settings()
    qtbot.waitUntil(lambda: not controller.window.findChildren(SettingsDialog), timeout=3000)


def test_menu_roles_and_one_preferences_shortcut(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction, QKeySequence

    window = MainWindow(str(tmp_path / "w.ini"))
    qtbot.addWidget(window)
    assert window.settings_action.menuRole() is QAction.MenuRole.PreferencesRole
    assert window.quit_action.menuRole() is QAction.MenuRole.QuitRole
    keys = [k.toString() for k in window.settings_action.shortcuts()]
    assert len(keys) == len(set(keys)) == 1  # never the same key twice (ambiguous on macOS)
    expected = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    assert keys == [(expected[0] if expected else QKeySequence("Ctrl+,")).toString()]


def test_uncaught_exceptions_and_qt_warnings_reach_the_log(caplog) -> None:  # type: ignore[no-untyped-def]
    import logging
    import sys
    import threading

    from PySide6.QtCore import QtMsgType

    from vodmonitor.logs import log_uncaught_exceptions
    from vodmonitor.ui.app_start import qt_message_to_log

    saved = sys.excepthook, threading.excepthook
    try:
        log_uncaught_exceptions()
        caplog.set_level(logging.INFO)
        worker = threading.Thread(target=lambda: 1 / 0, name="doomed")
        worker.start()
        worker.join()
        qt_message_to_log(QtMsgType.QtWarningMsg, None, "QPixmap: a warning from Qt")  # type: ignore[arg-type]
    finally:
        sys.excepthook, threading.excepthook = saved
    text = caplog.text
    assert "uncaught exception in thread doomed" in text and "ZeroDivisionError" in text
    assert "QPixmap: a warning from Qt" in text


def test_activating_the_app_shows_a_window_hidden_in_the_tray(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The macOS Dock icon's reopen, as Qt delivers it (installed there by the controller)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QWidget

    from vodmonitor.ui.dock_reopen import DockReopen

    window = QWidget()
    qtbot.addWidget(window)
    shown: list[int] = []
    DockReopen(QApplication.instance(), window, lambda: (shown.append(1), window.show()))
    QCoreApplication.sendEvent(QApplication.instance(), QEvent(QEvent.Type.ApplicationActivate))
    assert shown == [1] and window.isVisible()
    QCoreApplication.sendEvent(QApplication.instance(), QEvent(QEvent.Type.ApplicationActivate))
    assert shown == [1]  # already visible: nothing to do


def test_raw_json_wraps_at_words_unless_a_run_has_no_spaces(qtbot) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from PySide6.QtGui import QTextOption

    from vodmonitor.ui.detail_pane import DetailPane

    pane = DetailPane()
    qtbot.addWidget(pane)
    clip = event(1, ok=True)
    pane.show_event(dataclasses.replace(clip, raw_json='{"TaskId": "a b c"}'))
    assert pane.raw.wordWrapMode() is QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    pane.show_event(dataclasses.replace(clip, raw_json='{"TaskId": "' + "T" * 600 + '"}'))
    assert pane.raw.wordWrapMode() is QTextOption.WrapMode.WrapAnywhere
