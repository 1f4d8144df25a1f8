"""Smaller window parts: remembered state, tray texts, reason texts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from vodmonitor.store import EventState, Reason, StoredEvent
from vodmonitor.ui.events_model import reason_text
from vodmonitor.ui.main_window import MainWindow
from vodmonitor.ui.tray import Tray


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


def test_tray_summary_coalesces_clips_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    tray = Tray(QIcon())
    batch = [
        event(1, ok=True),
        event(2, ok=False),
        event(3, ok=True),
        event(4, ok=True, clip=False),
    ]
    clips = [e for e in batch if e.is_clip]
    assert tray.summary(clips) == "3 new clip(s), 1 failed"
    assert tray.summary(clips[:1]) == "1 new clip(s)"
    tray.add_new(batch)
    tray.add_new([event(5, ok=True)])
    assert [e.id for e in tray._pending] == [1, 2, 3, 5]  # one notification for all of them


def test_reason_keys_read_as_words() -> None:
    assert "expired" in reason_text(Reason.HANDLE_EXPIRED)
    assert "setting" in reason_text(Reason.AUTO_CONFIRM)
    assert reason_text("InternalError: boom (RequestId r)") == "InternalError: boom (RequestId r)"
    assert Qt.ItemDataRole.ToolTipRole  # the status tooltip shows reason_text
