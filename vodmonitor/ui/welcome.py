"""The first-run page: what vodmonitor does, and the two ways to start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        # A word-wrapped label gets its height for its width only outside an aligned layout
        # item: the column is centred by stretches, not by alignment.
        column = QWidget()
        column.setMaximumWidth(560)
        layout = QVBoxLayout(column)
        title = QLabel(self.tr("Welcome to vodmonitor"))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "vodmonitor shows the results of your Tencent Cloud VOD clip tasks as they "
                "finish. It needs a SecretId and SecretKey with VOD access, kept in your "
                "system's keyring, never in a file. With reliable callback it takes the "
                "events and confirms each one you acknowledge; when the events belong to a "
                "backend, watch-only reads the task list and takes nothing.\n\nNo account "
                "at hand? The demo runs against a built-in simulator."
            )
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.settings_button = QPushButton(self.tr("Set up a connection…"))
        self.settings_button.setObjectName("welcomeSettings")
        self.settings_button.setToolTip(self.tr("Enter your SecretId, SecretKey and SubAppId"))
        self.demo_button = QPushButton(self.tr("Try the demo"))
        self.demo_button.setObjectName("welcomeDemo")
        self.demo_button.setToolTip(self.tr("See vodmonitor at work without an account"))
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text)
        for button in (self.settings_button, self.demo_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
