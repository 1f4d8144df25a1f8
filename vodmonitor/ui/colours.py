"""The few colours the app adds to its style's palette, readable in light and dark schemes,
and a dark palette for platforms whose style does not follow the OS's dark mode itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

# Amber for just-arrived rows: nothing like the selection's blue.
FRESH_TINT = QColor("#f5b400")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_colour(palette: QPalette) -> QColor:
    """Red text for failures and problems, at 4.5:1 or better on either scheme's base."""
    return QColor("#ff7b72") if is_dark(palette) else QColor("#c62828")


def fresh_colour(palette: QPalette) -> QColor:
    """A just-arrived row's background: a quarter amber over the table's own, so its text
    keeps its contrast and the row never reads as selected."""
    base = palette.color(QPalette.ColorRole.Base)
    share = 0.3 if is_dark(palette) else 0.25
    return QColor(
        round(base.red() * (1 - share) + FRESH_TINT.red() * share),
        round(base.green() * (1 - share) + FRESH_TINT.green() * share),
        round(base.blue() * (1 - share) + FRESH_TINT.blue() * share),
    )


def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def dark_palette() -> QPalette:
    """Fusion's roles in dark: for a platform theme that reports dark mode but hands the
    style a light palette (Linux without a desktop theme, the offscreen screenshots)."""
    palette = QPalette()
    window, base, text = QColor("#2b2b2b"), QColor("#1e1e1e"), QColor("#e6e6e6")
    disabled = QColor("#8a8a8a")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#262626"),
        QPalette.ColorRole.ToolTipBase: QColor("#3a3a3a"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: disabled,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#353535"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff7b72"),
        QPalette.ColorRole.Light: QColor("#4a4a4a"),
        QPalette.ColorRole.Midlight: QColor("#3f3f3f"),
        QPalette.ColorRole.Mid: QColor("#303030"),
        QPalette.ColorRole.Dark: QColor("#1a1a1a"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Highlight: QColor("#3d7cc9"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#6cb4ff"),
        QPalette.ColorRole.LinkVisited: QColor("#c39bff"),
    }
    for role, colour in roles.items():
        palette.setColor(role, colour)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def follow_colour_scheme(app: QGuiApplication, choice: str = "") -> None:
    """Dark or light as the OS says (``choice`` "": the OS; "dark" or "light": the user's
    choice in Settings), now and whenever the OS changes its mind."""
    hints = app.styleHints()
    if choice == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
    elif choice == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
    else:
        hints.unsetColorScheme()
    app.setProperty("vodmonitorAppearance", choice)
    _apply(app)
    if not app.property("vodmonitorFollowsScheme"):
        hints.colorSchemeChanged.connect(lambda _scheme: _apply(app))
        app.setProperty("vodmonitorFollowsScheme", True)


def _apply(app: QGuiApplication) -> None:
    # Some platforms ignore setColorScheme (it only asks): the choice counts by itself.
    choice = app.property("vodmonitorAppearance") or ""
    reported = app.styleHints().colorScheme() is Qt.ColorScheme.Dark
    wants_dark = choice == "dark" or (choice == "" and reported)
    if wants_dark and not is_dark(app.palette()):
        app.setPalette(dark_palette())
        app.setProperty("vodmonitorDark", True)
    elif not wants_dark and app.property("vodmonitorDark"):
        app.setPalette(QPalette())  # back to the style's own
        app.setProperty("vodmonitorDark", False)
