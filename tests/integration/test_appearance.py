"""Dark mode and Help › About: the app follows the colour scheme, its own colours keep
their contrast in both, and About says where the log is."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from tests.app_harness import MakeController, UrlCatcher
from vodmonitor.ui.colours import (
    contrast,
    dark_palette,
    error_colour,
    follow_colour_scheme,
    fresh_colour,
    is_dark,
)


@pytest.fixture
def app() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield app
    follow_colour_scheme(app, "light")
    app.styleHints().unsetColorScheme()


@pytest.mark.parametrize("scheme", ("light", "dark"))
def test_the_apps_own_colours_are_readable_in_both_schemes(qapp, scheme: str) -> None:  # type: ignore[no-untyped-def]
    style = qapp.style()
    palette = dark_palette() if scheme == "dark" else style.standardPalette()
    assert is_dark(palette) == (scheme == "dark")
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    assert contrast(error_colour(palette), base) >= 4.5  # failed results, problems
    assert contrast(text, fresh_colour(palette)) >= 4.5  # a just-arrived row
    assert contrast(palette.color(QPalette.ColorRole.Link), base) >= 4.5
    highlight = palette.color(QPalette.ColorRole.Highlight)  # the new-results pill
    assert contrast(palette.color(QPalette.ColorRole.HighlightedText), highlight) >= 3
    assert contrast(text, base) >= 7


def test_contrast_is_measured_as_wcag_does() -> None:
    from PySide6.QtGui import QColor

    assert round(contrast(QColor("black"), QColor("white")), 1) == 21.0
    assert round(contrast(QColor("#777777"), QColor("white")), 2) == 4.48


def test_the_window_follows_the_colour_scheme(
    qtbot, app: QApplication, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    controller = make_controller()
    window = controller.window
    follow_colour_scheme(app, "dark")
    qtbot.waitUntil(lambda: is_dark(window.palette()))
    assert is_dark(window.table.palette())
    follow_colour_scheme(app, "light")
    qtbot.waitUntil(lambda: not is_dark(window.palette()))


@pytest.mark.qt_log_ignore("does not support QPlatformServices::openUrl")
def test_about_names_the_version_and_opens_the_log_folder(
    qtbot, make_controller: MakeController
) -> None:  # type: ignore[no-untyped-def]
    from vodmonitor import __version__
    from vodmonitor.ui.about import AboutDialog

    controller = make_controller()
    window = controller.window
    help_menu = window.menuBar().actions()[-1].menu()
    assert window.about_action in help_menu.actions()
    dialog = AboutDialog(controller.paths.log_dir, window)
    qtbot.addWidget(dialog)
    assert __version__ in dialog.findChild(QLabel, "aboutVersion").text()
    assert dialog.findChild(QLabel, "aboutLogFolder").text() == str(controller.paths.log_dir)
    catcher = UrlCatcher()
    try:
        dialog.open_folder.click()
        assert catcher.opened and catcher.opened[0].startswith("file://")
        assert catcher.opened[0].rstrip("/").endswith(controller.paths.log_dir.name)
    finally:
        catcher.close()
