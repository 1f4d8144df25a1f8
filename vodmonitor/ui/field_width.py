"""Line edits wide enough for their placeholder: a cut hint ("optional, e.g. ap-gu") says
less than none, and Korean and Chinese hints are wider than English ones."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

# Qt's frame and text margins inside a line edit, with a little air.
_INSIDE = 14


def fit_placeholder(line: QLineEdit) -> None:
    """At least as wide as the placeholder in the field's font (and its clear button)."""
    hint = line.placeholderText()
    if not hint:
        return
    need = line.fontMetrics().horizontalAdvance(hint) + _INSIDE
    if line.isClearButtonEnabled():
        need += line.sizeHint().height()  # the button is about as wide as the field is tall
    line.setMinimumWidth(max(line.minimumWidth(), need))
