"""Dialogs that fit the screen they are on: at 150% or 200% scaling a laptop screen is
smaller than a dialog's natural size, and a title bar or OK button off-screen cannot be
reached. The contents scroll instead."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QScrollArea, QWidget

FRAME = 40  # the title bar and borders the window system adds


def fit_to_screen(window: QWidget, scroll_area: QScrollArea) -> None:
    """``window`` as tall as its scrolling contents need (wrapped labels at this width),
    never taller or wider than its screen, and moved back onto it."""
    body = scroll_area.widget()
    if body is None:
        return
    body_layout = body.layout()
    if body_layout is not None:
        body_layout.activate()
    screen = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    width = min(max(window.width(), window.sizeHint().width()), screen.width() - FRAME)
    inner = scroll_area.viewport().width() or width
    content = body.heightForWidth(inner) if body.hasHeightForWidth() else body.sizeHint().height()
    chrome = window.height() - scroll_area.viewport().height()
    height = min(max(window.height(), content + chrome), screen.height() - FRAME)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    if window.isVisible():
        frame = window.frameGeometry()
        x = min(max(frame.x(), screen.left()), screen.right() - frame.width())
        y = min(max(frame.y(), screen.top()), screen.bottom() - frame.height())
        if (x, y) != (frame.x(), frame.y()):
            window.move(max(x, screen.left()), max(y, screen.top()))
