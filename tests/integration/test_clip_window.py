"""Clips in the window: names, covers, signed links, downloads, the console — through the
real controller, engine and simulator."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar

from tests.app_harness import MakeController, UrlCatcher, answer_box, row_of_task, rows
from vodmonitor.cloud import Secret
from vodmonitor.simulator import Simulator
from vodmonitor.simulator.media import SimMedia
from vodmonitor.ui.events_model import Column

KEY = "hotlinkKey2026"


def named(controller, task_id: str) -> bool:  # type: ignore[no-untyped-def]
    row = row_of_task(controller, task_id)
    return row >= 0 and bool(controller.model.index(row, Column.CLIP_NAME).data())


def test_names_durations_and_the_cover_are_shown(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    payload = sim.enqueue_clips(1, failed=False)[0]["ClipCompleteEvent"]
    controller = make_controller(sim)
    qtbot.waitUntil(
        lambda: rows(controller) == 1 and named(controller, payload["TaskId"]), timeout=15000
    )
    model = controller.model
    source = sim.library.get(payload["SrcFileId"])
    assert source is not None
    assert model.index(0, Column.SOURCE_NAME).data() == source.name
    assert ":" in model.index(0, Column.DURATION).data()
    window = controller.window
    window.table.selectRow(0)
    cover = window.findChild(QLabel, "coverImage")
    qtbot.waitUntil(lambda: not cover.pixmap().isNull(), timeout=10000)


def test_hostile_media_names_are_plain_text_and_safe_file_names(
    qtbot, sim: Simulator, make_controller: MakeController, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    payload = sim.enqueue_clips(1, failed=False)[0]["ClipCompleteEvent"]
    hostile = '<b>bold</b><img src="file:///etc/passwd">\u202e4pm.exe'
    sim.library.add(SimMedia(payload["FileInfo"]["FileId"], hostile, 12.0))
    controller = make_controller(sim)
    controller.settings.download_dir = str(tmp_path)
    qtbot.waitUntil(lambda: named(controller, payload["TaskId"]), timeout=15000)
    assert controller.model.index(0, Column.CLIP_NAME).data() == hostile
    controller.window.table.selectRow(0)
    controller.window.download_action.trigger()
    qtbot.waitUntil(lambda: any(tmp_path.glob("*.mp4")), timeout=15000)
    (saved,) = tmp_path.glob("*.mp4")
    assert "/" not in saved.name and "<" not in saved.name and "\u202e" not in saved.name


def test_download_with_progress_and_never_overwriting_without_asking(
    qtbot, sim: Simulator, make_controller: MakeController, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    payload = sim.enqueue_clips(1, failed=False)[0]["ClipCompleteEvent"]
    controller = make_controller(sim)
    controller.settings.download_dir = str(tmp_path)
    qtbot.waitUntil(lambda: named(controller, payload["TaskId"]), timeout=15000)
    window = controller.window
    window.table.selectRow(0)
    window.hide()  # hidden to the tray: downloads go on
    window.download_action.trigger()
    name = controller.model.index(0, Column.CLIP_NAME).data()
    qtbot.waitUntil(lambda: (tmp_path / f"{name}.mp4").exists(), timeout=15000)
    assert (tmp_path / f"{name}.mp4").read_bytes() == sim.media
    panel = controller.clips.panel
    bars = panel.findChildren(QProgressBar, "downloadProgress")
    qtbot.waitUntil(lambda: bars[0].value() == bars[0].maximum(), timeout=5000)
    assert panel.findChild(QProgressBar, "downloadTotal").value() == 1000
    row = next(iter(panel.rows.values()))
    assert row.open.isVisibleTo(panel) and row.reveal.isVisibleTo(panel)
    assert not row.cancel.isVisibleTo(panel)
    catcher = UrlCatcher()
    try:
        row.open.click()
        saved = QUrl.fromLocalFile(str(tmp_path / f"{name}.mp4")).toString()
        assert catcher.opened == [saved]  # the file, with the system's application
        if sys.platform.startswith("linux"):  # elsewhere the file manager selects it
            row.reveal.click()
            assert catcher.opened[1] == QUrl.fromLocalFile(str(tmp_path)).toString()
    finally:
        catcher.close()
    window.show()
    seen = answer_box("overwriteConfirmation", "Keep both")
    window.download_action.trigger()
    assert name in seen.text
    qtbot.waitUntil(lambda: (tmp_path / f"{name} (2).mp4").exists(), timeout=15000)


def test_protected_links_are_signed_and_a_403_says_why(
    qtbot, sim: Simulator, make_controller: MakeController, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    payload = sim.enqueue_clips(1, failed=False)[0]["ClipCompleteEvent"]
    sim.library.key = KEY
    sim.library.domains_denied = True  # this key may not read the domain: typed in Settings
    controller = make_controller(sim)
    controller.settings.download_dir = str(tmp_path)
    qtbot.waitUntil(lambda: named(controller, payload["TaskId"]), timeout=15000)
    window = controller.window
    window.table.selectRow(0)
    window.download_action.trigger()
    status = controller.clips.panel.findChildren(QLabel, "downloadStatus")
    qtbot.waitUntil(lambda: "Playback key" in status[0].text(), timeout=15000)
    controller.service.link_signer.update(Secret(KEY), 24, "127.0.0.1")
    catcher = UrlCatcher()
    try:
        window.open_link(payload["FileInfo"]["FileUrl"])
        assert len(catcher.opened) == 1 and "sign=" in catcher.opened[0]
        window.copy_link_action.trigger()
        copied = QApplication.clipboard().text()
        assert "sign=" in copied and copied.split("?")[0] == catcher.opened[0].split("?")[0]
        assert window.statusBar().currentMessage() == "Link copied"
        assert requests.get(catcher.opened[0], timeout=5).status_code == 200
    finally:
        catcher.close()
    window.download_action.trigger()  # signed now; the failed one left nothing to replace
    jobs = controller.clips.manager.jobs
    qtbot.waitUntil(lambda: len(jobs) == 2 and jobs[1].state == "done", timeout=15000)
    assert jobs[1].dest.read_bytes() == sim.media


@pytest.mark.qt_log_ignore("does not support QPlatformServices::openUrl")
def test_open_in_the_vod_console(qtbot, sim: Simulator, make_controller: MakeController) -> None:  # type: ignore[no-untyped-def]
    payload = sim.enqueue_clips(1, failed=False)[0]["ClipCompleteEvent"]
    catcher = UrlCatcher()
    try:
        controller = make_controller(sim)
        qtbot.waitUntil(lambda: rows(controller) == 1, timeout=15000)
        controller.window.table.selectRow(0)
        controller.window.console_action.trigger()
        file_id = payload["FileInfo"]["FileId"]
        assert catcher.opened == [
            f"https://console.cloud.tencent.com/vod/media/detail?fileId={file_id}"
            f"&subAppId={sim.config.sub_app_id}"
        ]
    finally:
        catcher.close()
    # With no browser at all the window says so, with the link to copy.
    controller.window.console_action.trigger()
    notice = controller.window.notice
    assert notice.isVisible() and "No application" in notice.label.text()
    notice.button.click()
    assert "console.cloud.tencent.com" in QApplication.clipboard().text()


def test_covers_that_cannot_be_fetched_say_so_in_a_covers_words() -> None:
    from vodmonitor.media.download import DownloadProblem
    from vodmonitor.ui.clip_actions import cover_problem

    for problem in (*DownloadProblem, None):
        text = cover_problem(problem)
        assert "cover" in text and "resume" not in text and "download" not in text.lower()


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_ids_columns_are_hidden_by_default_and_the_header_menu_shows_them(
    qtbot, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QMenu

    sim.enqueue_clips(1, failed=False)
    controller = make_controller(sim)
    qtbot.waitUntil(lambda: rows(controller) == 1, timeout=15000)
    table = controller.window.table
    assert table.isColumnHidden(Column.SOURCE_FILE) and table.isColumnHidden(Column.OUTPUT_FILE)
    assert not table.isColumnHidden(Column.CLIP_NAME)
    table.horizontalHeader().customContextMenuRequested.emit(QPoint(5, 5))
    menu = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMenu) and w.objectName() == "columnsMenu"
    )
    source = next(a for a in menu.actions() if a.text() == "Source file ID")
    assert not source.isChecked()
    source.trigger()
    assert not table.isColumnHidden(Column.SOURCE_FILE)
    menu.close()


def test_downloads_go_to_the_systems_downloads_folder_until_settings_name_another(
    qtbot,
    sim: Simulator,
    make_controller: MakeController,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    from vodmonitor.ui import clip_actions

    monkeypatch.setattr(clip_actions, "downloads_dir", lambda: tmp_path)
    payload = sim.enqueue_clips(1, failed=False)[0]["ClipCompleteEvent"]
    controller = make_controller(sim)
    assert controller.settings.download_dir == ""
    qtbot.waitUntil(lambda: named(controller, payload["TaskId"]), timeout=15000)
    controller.window.table.selectRow(0)
    controller.window.download_action.trigger()  # no folder question
    qtbot.waitUntil(lambda: any(tmp_path.glob("*.mp4")), timeout=15000)
