"""Keyboard and screen reader: Tab reaches every control and leaves the table, every focus
stop shows a mark, and the accessibility tree names and describes every control."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.app_harness import MakeController
from vodmonitor.simulator import Simulator
from vodmonitor.ui.i18n import install_translators
from vodmonitor.ui.window_state import DEFAULT_SIZE


def tab_stops(start: QWidget, limit: int = 80) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until it comes back round."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    stops: list[QWidget] = []
    for _ in range(limit):
        widget = app.focusWidget()
        assert widget is not None
        if widget in stops:
            break
        stops.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    return stops


def focus_shows(widget: QWidget, elsewhere: QWidget) -> bool:
    """Does ``widget`` look different with the keyboard focus than with it on
    ``elsewhere``? (A dialog's default button follows the focus, so focus must move to
    another control, not vanish, for the comparison to mean what a user sees.)"""
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def look(focused: QWidget) -> object:
        focused.setFocus(Qt.FocusReason.TabFocusReason)
        app.processEvents()
        # What a Tab key press from the keyboard sets (a synthetic key event does not):
        # styles draw focus frames only after keyboard navigation.
        widget.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        return widget.grab().toImage()

    unfocused = look(elsewhere)
    focused = look(widget)
    return focused != unfocused


def marked(stops: list[QWidget]) -> list[str]:
    """The stops whose focus leaves no mark (compared with focus on a neighbour)."""
    return [
        describe(w)
        for i, w in enumerate(stops)
        if not focus_shows(w, stops[i - 1] if i else stops[1])
    ]


def describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text!r}"


def spoken(widget: QWidget) -> tuple[str, str]:
    """What a screen reader hears: the accessible name and description."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, describe(widget)
    return (
        interface.text(QAccessible.Text.Name).strip(),
        interface.text(QAccessible.Text.Description).strip(),
    )


@pytest.fixture
def window_with_rows(qtbot, sim: Simulator, make_controller: MakeController):  # type: ignore[no-untyped-def]
    sim.enqueue_clips(3)
    controller = make_controller(sim)
    window = controller.window
    window.resize(*DEFAULT_SIZE)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)  # focus marks are drawn in the active window
    qtbot.waitUntil(
        lambda: controller.model is not None and controller.model.rowCount() == 3, timeout=10000
    )
    window.table.selectRow(0)
    return controller


def test_tab_leaves_the_table_and_reaches_the_details_and_downloads(window_with_rows) -> None:  # type: ignore[no-untyped-def]
    window = window_with_rows.window
    stops = tab_stops(window.search)
    names = [w.objectName() for w in stops]
    assert "eventsTable" in names
    after = names[names.index("eventsTable") + 1 :]
    assert after, "Tab never leaves the table"
    assert any(window.details.isAncestorOf(w) for w in stops[names.index("eventsTable") :]), names
    assert stops.index(window.details.raw) > names.index("eventsTable")
    # Inside the table the arrow keys move the current row.
    window.table.setFocus()
    row = window.table.currentIndex().row()
    QTest.keyClick(window.table, Qt.Key.Key_Down)
    assert window.table.currentIndex().row() == row + 1


def test_every_focus_stop_shows_a_mark(window_with_rows) -> None:  # type: ignore[no-untyped-def]
    window = window_with_rows.window
    unmarked = marked(tab_stops(window.search))
    assert not unmarked, "\n".join(unmarked)


@pytest.mark.parametrize("language", ("en", "ko", "zh_CN"))
def test_the_accessibility_tree_names_and_describes_every_control(
    qtbot, language: str, sim: Simulator, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, QLocale(language))
    try:
        sim.enqueue_clips(2)
        controller = make_controller(sim)
        window = controller.window
        window.resize(*DEFAULT_SIZE)
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: controller.model is not None and controller.model.rowCount() == 2)
        window.table.selectRow(0)
        silent = []
        for widget in tab_stops(window.search):
            name, description = spoken(widget)
            if not name or not description:
                silent.append(f"{describe(widget)}: name {name!r}, description {description!r}")
        assert not silent, "\n".join(silent)
        if language != "en":
            name, _ = spoken(window.table)
            assert name and not name.isascii()  # in the UI language
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))


def test_the_settings_dialog_names_and_describes_every_control(qtbot) -> None:  # type: ignore[no-untyped-def]
    from vodmonitor.credentials import CredentialStore
    from vodmonitor.settings import Settings
    from vodmonitor.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(), CredentialStore())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    stops = tab_stops(dialog.profile_list)
    assert dialog.secret_key in stops and dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    unmarked = marked(stops)
    assert not unmarked, "\n".join(unmarked)
    silent = []
    for widget in stops:
        name, description = spoken(widget)
        if not name or not description:
            silent.append(f"{describe(widget)}: name {name!r}, description {description!r}")
    assert not silent, "\n".join(silent)


def test_tab_reaches_the_downloads_panel(window_with_rows, tmp_path) -> None:  # type: ignore[no-untyped-def]
    controller = window_with_rows
    window = controller.window
    panel = controller.clips.panel
    controller.clips.manager.add("clip", "http://127.0.0.1:9/c.mp4", tmp_path / "c.mp4", hls=False)
    assert panel.isVisible()
    stops = tab_stops(window.search)
    assert panel.clear_finished in stops or panel.cancel_all in stops
    silent = [describe(w) for w in stops if panel.isAncestorOf(w) and not all(spoken(w))]
    assert not silent, "\n".join(silent)
