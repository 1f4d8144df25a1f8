"""Text from events and servers is data: shown as plain text, bounded, never as markup.

Qt guesses "rich text" for any string that looks like HTML (labels, message boxes and
tooltips all do), so an event's ``<img src=file:///...>`` would render and load a local
file. Everything that may carry outside text goes through these helpers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

# Laying out one very long line stalls the UI thread for seconds; no cell, tooltip or
# field needs more than this to be recognised, and the full value stays in the store.
CELL_CHARS = 500
TOOLTIP_CHARS = 2_000
FIELD_CHARS = 10_000


def bounded(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, saying how much was left out."""
    if len(text) <= limit:
        return text
    more = len(text) - limit
    return text[:limit] + QCoreApplication.translate(
        "PlainText", "… ({count} more characters)"
    ).format(count=more)


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: Qt renders tooltips as rich text when they
    look like HTML, so the text is escaped into a paragraph of its own."""
    return GuiQt.convertFromPlainText(bounded(text, TOOLTIP_CHARS), Qt.WhiteSpaceMode.WhiteSpacePre)


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(bounded(text, FIELD_CHARS))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box
