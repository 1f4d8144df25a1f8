"""Checks that a window reads whole: labels, buttons and hints not cut off, toolbars that
do not overflow. Shared by the in-process tests and the scaled child processes."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QToolBar, QWidget


def cut_off(root: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their text needs."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.text() and widget.height() + 1 < widget.heightForWidth(widget.width()):
                problems.append(
                    f"wrapped QLabel {widget.text()[:40]!r}: {widget.height()} < "
                    f"{widget.heightForWidth(widget.width())}"
                )
            continue
        needed = (
            widget.minimumSizeHint().width()
            if isinstance(widget, QLabel)
            else widget.sizeHint().width()
        )
        if widget.width() + 1 < needed:
            problems.append(
                f"{type(widget).__name__} {widget.text()!r}: {widget.width()} < {needed}"
            )
    for line in root.findChildren(QLineEdit):
        hint = line.placeholderText()
        if not line.isVisible() or line.text() or not hint:
            continue
        # The text area: the frame, Qt's fixed margins, and the clear button if any.
        room = line.width() - 12 - (line.height() if line.isClearButtonEnabled() else 0)
        if room < line.fontMetrics().horizontalAdvance(hint):
            problems.append(
                f"placeholder {hint!r}: {room} < {line.fontMetrics().horizontalAdvance(hint)}"
            )
    for bar in root.findChildren(QToolBar):
        extension = bar.findChild(QWidget, "qt_toolbar_ext_button")
        if extension is not None and extension.isVisible():
            problems.append(f"toolbar {bar.objectName()} overflows")
    return problems
