"""Korean and Simplified Chinese: complete, in step with the code, and they fit."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QWidget,
)

from tests.app_harness import MakeController
from tests.layout_checks import cut_off
from vodmonitor.credentials import CredentialStore
from vodmonitor.settings import Settings
from vodmonitor.simulator import Simulator
from vodmonitor.ui.events_model import Column
from vodmonitor.ui.i18n import api_language, install_translators, ui_language
from vodmonitor.ui.settings_dialog import SettingsDialog
from vodmonitor.ui.window_state import DEFAULT_SIZE

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("ko", "zh_CN")
spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "packaging" / "i18n.py")
assert spec and spec.loader
i18n_tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n_tool)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_has_a_finished_translation(language: str) -> None:
    root = ET.parse(ROOT / "resources" / "i18n" / f"vodmonitor_{language}.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 100
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"{translation.get('type')}: {source!r}"
        texts = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
        assert any(t.strip() for t in texts), f"empty translation: {source!r}"
        for placeholder in re.findall(r"\{[a-z_]+\}|%n", source):
            assert any(placeholder in t for t in texts), f"{placeholder} lost in {source!r}"


def test_ts_files_are_in_step_with_the_code(tmp_path: Path) -> None:
    copies = []
    for language in LANGUAGES:
        copy = tmp_path / f"vodmonitor_{language}.ts"
        shutil.copy(ROOT / "resources" / "i18n" / copy.name, copy)
        copies.append(copy)
    report = i18n_tool.update(copies)
    assert re.findall(r"\((\d+) new", report) == ["0", "0"], report
    english = tmp_path / "vodmonitor_en.ts"  # plural forms only: nothing left unfinished
    shutil.copy(ROOT / "resources" / "i18n" / english.name, english)
    i18n_tool.update([english])
    assert 'type="unfinished"' not in english.read_text(encoding="utf-8")
    for copy in copies:
        assert 'type="obsolete"' not in copy.read_text(encoding="utf-8")
        assert 'type="vanished"' not in copy.read_text(encoding="utf-8")


def test_english_has_both_plural_forms() -> None:
    root = ET.parse(ROOT / "resources" / "i18n" / "vodmonitor_en.ts").getroot()
    messages = list(root.iter("message"))
    assert messages and all(m.get("numerus") == "yes" for m in messages)
    for message in messages:
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == 2 and all("%n" in f for f in forms), message.findtext("source")
        assert "(s)" not in "".join(forms)


@pytest.mark.parametrize("language", (*LANGUAGES, "en"))
def test_committed_qm_matches_ts(tmp_path: Path, language: str) -> None:
    built = tmp_path / f"vodmonitor_{language}.qm"
    i18n_tool.release(ROOT / "resources" / "i18n" / f"vodmonitor_{language}.ts", built)
    committed = ROOT / "vodmonitor" / "resources" / "i18n" / built.name
    assert built.read_bytes() == committed.read_bytes(), "run: python packaging/i18n.py release"


def test_api_language_follows_ui() -> None:
    assert api_language(QLocale("zh_CN")) == "zh-CN"
    assert api_language(QLocale("ko_KR")) == "en-US"
    assert api_language(QLocale("en_US")) == "en-US"
    assert ui_language(QLocale("zh_TW")) == "zh_CN"


@pytest.fixture
def translated(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language = request.param
    translators = install_translators(app, QLocale(language))
    assert translators, f"no translators for {language}"
    try:
        yield language
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))


@pytest.mark.parametrize("translated", ("en", *LANGUAGES), indirect=True)
def test_first_run_page_and_test_result_are_not_cut_off(
    qtbot,
    translated: str,
    make_controller: MakeController,  # type: ignore[no-untyped-def]
) -> None:
    controller = make_controller()  # no account, no demo: the first-run page
    window = controller.window
    window.resize(*DEFAULT_SIZE)
    qtbot.waitExposed(window)
    assert window.pages.currentWidget() is window.welcome
    assert cut_off(window) == []
    dialog = SettingsDialog(Settings(), CredentialStore(), parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog._set_result(
        "Tencent Cloud refused the credentials (AuthFailure.SecretIdNotFound). Check it in "
        "the CAM console. (RequestId 6f9f5d8e-9a44-4b8e-8f0a-2b7a1d3c4e5f)"
    )
    qtbot.waitUntil(lambda: cut_off(dialog) == [], timeout=2000)


@pytest.mark.parametrize("translated", ("en", *LANGUAGES), indirect=True)
def test_window_is_translated_and_nothing_is_cut_off(
    qtbot,
    translated: str,
    sim: Simulator,
    make_controller: MakeController,  # type: ignore[no-untyped-def]
) -> None:
    sim.enqueue_clips(3)
    controller = make_controller(sim)
    window = controller.window
    window.resize(*DEFAULT_SIZE)  # the offscreen screen is smaller than a desktop's
    qtbot.waitUntil(
        lambda: controller.model is not None and controller.model.rowCount() == 3, timeout=10000
    )
    expected = {"en": "Needs attention", "ko": "확인 필요", "zh_CN": "待处理"}[translated]
    assert window.needs_attention.text() == expected
    header = controller.model.headerData(0, window.table.horizontalHeader().orientation())
    assert header == {"en": "Received", "ko": "수신 시각", "zh_CN": "接收时间"}[translated]
    qtbot.waitUntil(lambda: window.connection_status.text() != "", timeout=5000)
    if translated != "en":
        assert not re.search(r"\b(Live|Connecting|Stopped)\b", window.connection_status.text())
    # The Link column is on screen at the default size.
    link = window.table.columnViewportPosition(Column.LINK)
    assert 0 <= link < window.table.viewport().width() - 40
    assert cut_off(window) == []
    dialog = SettingsDialog(Settings(), CredentialStore(), parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == {"en": "Settings", "ko": "설정", "zh_CN": "设置"}[translated]
    assert cut_off(dialog) == []
    assert any(isinstance(w, QCheckBox | QPushButton) for w in dialog.findChildren(QWidget))


def test_cut_off_check_can_fail(qtbot) -> None:  # type: ignore[no-untyped-def]
    root = QWidget()
    qtbot.addWidget(root)
    button = QPushButton("A label far too long for ten pixels", root)
    button.setFixedWidth(10)
    root.show()
    qtbot.waitExposed(root)
    assert cut_off(root) and "far too long" in cut_off(root)[0]


def elided_cells(table: QWidget, columns: tuple[int, ...]) -> list[str]:
    """Cells of ``columns`` in the visible rows narrower than their text needs."""
    from PySide6.QtWidgets import QTableView

    assert isinstance(table, QTableView)
    problems = []
    for column in columns:
        need = table.sizeHintForColumn(column)  # the delegate's width for the visible rows
        if table.columnWidth(column) < need:
            problems.append(f"column {column}: {table.columnWidth(column)} < {need}")
    return problems


WHOLE = (Column.RECEIVED, Column.STATUS, Column.DURATION, Column.SIZE)


@pytest.mark.parametrize("translated", ("en", *LANGUAGES), indirect=True)
@pytest.mark.parametrize("scale", (1.0, 1.5))
def test_times_states_and_sizes_stay_whole_at_any_font_size(
    qtbot,
    translated: str,
    scale: float,
    sim: Simulator,
    make_controller: MakeController,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtGui import QFont

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    sim.enqueue_clips(3)
    controller = make_controller(sim)
    window = controller.window
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * scale)  # what 150% scaling does to the text
    window.table.setFont(bigger)
    window.table.horizontalHeader().setFont(bigger)
    # The default window at that scale: text and window both 1.5 times the pixels.
    size = (int(DEFAULT_SIZE[0] * scale), int(DEFAULT_SIZE[1] * scale))
    window.resize(*size)
    qtbot.waitExposed(window)
    qtbot.waitUntil(
        lambda: controller.model is not None and controller.model.rowCount() == 3, timeout=10000
    )
    table = window.table
    qtbot.waitUntil(lambda: elided_cells(table, WHOLE) == [], timeout=2000)
    # Every shown column is on screen, and widening the window shares the room.
    shown = [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]
    right = max(table.columnViewportPosition(c) + table.columnWidth(c) for c in shown)
    assert right <= table.viewport().width() + 1
    before = {c: table.columnWidth(c) for c in shown}
    window.resize(size[0] + 600, size[1])
    qtbot.waitUntil(lambda: table.columnWidth(Column.CLIP_NAME) > before[Column.CLIP_NAME])
    assert table.columnWidth(Column.RESULT) > before[Column.RESULT]
    gained_link = table.columnWidth(Column.LINK) - before[Column.LINK]
    assert 0 < gained_link < 600 / 2
    for column in WHOLE:
        assert table.columnWidth(column) == before[column]


def test_a_dragged_column_keeps_its_width_until_fit_is_asked(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    sim.enqueue_clips(1)
    controller = make_controller(sim)
    window = controller.window
    window.resize(*DEFAULT_SIZE)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: controller.model is not None and controller.model.rowCount() == 1)
    table = window.table
    header = table.horizontalHeader()
    assert table.auto_fit
    edge = header.sectionViewportPosition(Column.CLIP_NAME) + header.sectionSize(Column.CLIP_NAME)
    y = header.height() // 2
    width = table.columnWidth(Column.CLIP_NAME)
    QTest.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge - 1, y))
    QTest.mouseMove(header.viewport(), QPoint(edge + 60, y))
    QTest.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge + 60, y))
    assert table.columnWidth(Column.CLIP_NAME) > width
    assert not table.auto_fit
    dragged = table.columnWidth(Column.CLIP_NAME)
    window.resize(DEFAULT_SIZE[0] + 300, DEFAULT_SIZE[1])
    qtbot.waitUntil(lambda: table.viewport().width() > DEFAULT_SIZE[0] - 100)
    assert table.columnWidth(Column.CLIP_NAME) == dragged
    table.set_auto_fit(True)
    assert table.columnWidth(Column.CLIP_NAME) != dragged


@pytest.mark.parametrize("translated", ("en", *LANGUAGES), indirect=True)
def test_settings_states_are_not_cut_off(qtbot, translated: str, sim: Simulator) -> None:  # type: ignore[no-untyped-def]
    from tests.integration.test_settings_dialog import fill, run_test

    dialog = SettingsDialog(Settings(), CredentialStore())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Test connection before the keys: the hint, gone once both are typed.
    dialog.test_button.click()
    assert dialog.test_result.text()
    qtbot.waitUntil(lambda: cut_off(dialog) == [], timeout=2000)
    fill(qtbot, dialog, endpoint=f"http://{sim.endpoint}", sub_app_id=str(sim.config.sub_app_id))
    assert dialog.test_result.text() == ""
    # A wrong key: the explanation and "Tencent Cloud says: …" with its RequestId.
    fill(qtbot, dialog, secret_key="not-the-key")
    assert "RequestId" in run_test(qtbot, dialog)
    qtbot.waitUntil(lambda: cut_off(dialog) == [], timeout=2000)
    # A malformed endpoint: the inline error, whole.
    dialog.endpoint.clear()
    qtbot.keyClicks(dialog.endpoint, "htp://x")
    assert dialog.problems.text()
    qtbot.waitUntil(lambda: cut_off(dialog) == [], timeout=2000)
    screen = dialog.screen().availableGeometry()
    assert screen.contains(dialog.frameGeometry()) or dialog.height() <= screen.height()


def test_the_demo_says_so_in_settings(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(Settings(), CredentialStore(), demo=True)
    qtbot.addWidget(dialog)
    note = dialog.findChild(QLabel, "demoSettingsNote")
    assert note is not None and "demo" in note.text() and "SecretId" in note.text()
    dialog.test_button.click()
    assert "demo needs no credentials" in dialog.test_result.text()


SCREEN = {  # a 1600×1000 laptop screen for the offscreen platform
    "screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1600, "height": 1000, "logicalDpi": 96}]
}


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
@pytest.mark.parametrize("scale", ("1", "1.5", "2"))
def test_window_and_settings_fit_the_screen_at_any_scale(
    tmp_path: Path, language: str, scale: str
) -> None:
    import json
    import os
    import subprocess
    import sys

    config = tmp_path / "screen.json"
    config.write_text(json.dumps(SCREEN), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
    }
    out = subprocess.run(
        [sys.executable, "-m", "tests.fit_child", language],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    problems = json.loads(out.stdout.strip().splitlines()[-1])
    assert problems == {"window": [], "settings": [], "ok_visible": []}


@pytest.mark.parametrize("translated", LANGUAGES, indirect=True)
def test_qt_file_dialogs_speak_the_ui_language(qtbot, translated: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    texts += [w.text() for w in dialog.findChildren(QPushButton)]
    english = [t for t in texts if re.search(r"[A-Za-z]{3,}", t.replace("&", ""))]
    assert texts and english == []  # "&Look in:" and "Files of &type:" were English


def test_a_language_change_offers_a_restart(
    qtbot, make_controller: MakeController, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from tests.app_harness import answer_box
    from vodmonitor.ui.app_start import restart_command

    controller = make_controller()
    quits: list[bool] = []
    monkeypatch.setattr(controller, "quit", lambda: quits.append(True))

    def choose_korean() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog)]
        shown = [d for d in dialogs if d.isVisible()]
        if not shown:
            QTimer.singleShot(20, choose_korean)
            return
        shown[0].language.setCurrentIndex(shown[0].language.findData("ko"))
        shown[0].accept()

    QTimer.singleShot(0, choose_korean)
    seen = answer_box("restartForLanguage", "Restart now")
    controller.open_settings()
    assert "restart" in seen.text and controller.settings.language == "ko"
    assert controller.restart_requested and quits == [True]
    command = restart_command()
    assert command[0] and ("-m" in command or command[0].endswith("vodmonitor"))
