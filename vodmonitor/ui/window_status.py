"""The main window's status bar: the connection state in words, the mode, the team,
the counts, and the button that fixes what is wrong."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from vodmonitor.engine import EngineState, EngineStatus
from vodmonitor.engine.status import Backlog, TeamStatus
from vodmonitor.ledgers.model import Counts
from vodmonitor.ui.events_model import format_timestamp
from vodmonitor.ui.notices import ActionNotice, UndoBar
from vodmonitor.ui.plain_text import plain_label

if TYPE_CHECKING:
    from vodmonitor.ui.main_window import MainWindow

translate = QCoreApplication.translate


def build_status_bar(w: MainWindow) -> None:
    bar = w.statusBar()
    w.demo_badge = QLabel(translate("MainWindow", "Demo"))
    w.demo_badge.setObjectName("demoBadge")
    w.demo_badge.setToolTip(
        translate("MainWindow", "Connected to the built-in simulator, not to Tencent Cloud")
    )
    w.demo_badge.setStyleSheet(
        "QLabel { background: #f9a825; color: black; padding: 1px 8px; border-radius: 3px; }"
    )
    w.demo_badge.setVisible(False)
    bar.addWidget(w.demo_badge)
    w.connection_status = QLabel()
    w.connection_status.setObjectName("connectionStatus")
    w.connection_status.setAccessibleName(translate("MainWindow", "Connection status"))
    w.connection_status.setTextFormat(Qt.TextFormat.PlainText)
    bar.addWidget(w.connection_status, 1)
    w.status_button = QPushButton()
    w.status_button.setObjectName("statusAction")
    w.status_button.setVisible(False)
    w.status_button.clicked.connect(w._status_button_clicked)
    bar.addWidget(w.status_button)
    # A normal-callback application: watch-only is offered first, the switch second.
    w.switch_button = QPushButton(translate("MainWindow", "Switch to reliable callback…"))
    w.switch_button.setObjectName("switchToPullAction")
    w.switch_button.setVisible(False)
    w.switch_button.clicked.connect(w.switchToPullRequested)
    bar.addWidget(w.switch_button)
    w.undo_bar = UndoBar()
    w.undo_bar.undoRequested.connect(w.unacknowledgeRequested)
    w.undo_bar.undoRequested.connect(lambda ids: bar.showMessage(w.undone_text(len(ids)), 4000))
    bar.addWidget(w.undo_bar)
    w.notice = ActionNotice()
    bar.addWidget(w.notice)
    w.team_label = plain_label()
    w.team_label.setObjectName("teamStatus")
    w.team_label.setVisible(False)
    bar.addPermanentWidget(w.team_label)
    w.mode_label = plain_label()
    w.mode_label.setObjectName("modeLabel")
    bar.addPermanentWidget(w.mode_label)
    w.last_poll = plain_label()
    w.last_poll.setObjectName("lastPoll")
    bar.addPermanentWidget(w.last_poll)
    w.backlog_label = plain_label()
    w.backlog_label.setObjectName("backlogLabel")
    w.backlog_label.setVisible(False)
    bar.addPermanentWidget(w.backlog_label)
    w.counts_label = plain_label()
    w.counts_label.setObjectName("countsLabel")
    bar.addPermanentWidget(w.counts_label)


def show_mode(w: MainWindow, watch_only: bool) -> None:
    """Which mode is on, said in the status bar and the title."""
    w._watch_only = watch_only
    if watch_only:
        w.mode_label.setText(translate("MainWindow", "Watch-only"))
        w.mode_label.setToolTip(
            translate(
                "MainWindow",
                "Clip results are read from the task list. Nothing is taken from the "
                "event queue and nothing is confirmed on VOD: acknowledging marks a "
                "result done here.",
            )
        )
    else:
        w.mode_label.setText(translate("MainWindow", "Reliable callback"))
        w.mode_label.setToolTip(
            translate(
                "MainWindow",
                "vodmonitor pulls the application's events and confirms those you acknowledge.",
            )
        )
    w._update_title()
    w._refresh_status_text()


def show_status(w: MainWindow, status: EngineStatus) -> None:
    w._status = status
    show_team(w, status.team)
    if status.state in (EngineState.BACKING_OFF, EngineState.THROTTLED):
        w._countdown.start()
    else:
        w._countdown.stop()
    w._refresh_status_text()
    button = {
        EngineState.AUTH_ERROR: translate("MainWindow", "Open settings…"),
        EngineState.NO_CREDENTIALS: translate("MainWindow", "Open settings…"),
        EngineState.BAD_ENDPOINT: translate("MainWindow", "Open settings…"),
        EngineState.PUSH_MODE: translate("MainWindow", "Use watch-only"),
        EngineState.FAILED: translate("MainWindow", "Restart monitoring"),
    }.get(status.state)
    w.status_button.setVisible(button is not None)
    w.switch_button.setVisible(status.state is EngineState.PUSH_MODE)
    if button:
        w.status_button.setText(button)
    if status.last_poll_ok:
        when = format_timestamp(status.last_poll_ok, seconds=True, date=False)
        w.last_poll.setText(translate("MainWindow", "Last poll {time}").format(time=when))
    show_backlog(w, status.backlog)


def show_backlog(w: MainWindow, backlog: Backlog | None) -> None:
    """What waits at VOD, and a warning when it keeps growing. Hidden when not live."""
    w.backlog_label.setVisible(backlog is not None)
    if backlog is None:
        return
    count = QLocale().toString(backlog.count) + ("+" if backlog.more else "")
    if backlog.what == "processing":
        text = translate("MainWindow", "{count} clips processing").format(count=count)
        tip = translate("MainWindow", "Clip tasks VOD is still working on (from the task list).")
    else:
        text = translate("MainWindow", "{count} waiting at VOD").format(count=count)
        tip = translate(
            "MainWindow",
            "Events in the application's reliable-callback queue, as VOD reports it "
            "(approximate; it lags by a minute or so).",
        )
    if backlog.growing:
        text = "⚠ " + text
        tip = translate(
            "MainWindow",
            "VOD's queue has been growing for several minutes: this computer is not keeping "
            "up, or another program is taking events from the same application.",
        )
    w.backlog_label.setText(text)
    w.backlog_label.setToolTip(tip)
    w.backlog_label.setAccessibleDescription(tip)


def show_team(w: MainWindow, team: TeamStatus | None) -> None:
    """Who is there, in team mode: "Team · leader · 3 desktops"."""
    w.team_label.setVisible(team is not None)
    if team is None:
        return
    if not team.connected:
        text = translate("MainWindow", "Team · offline")
    elif team.leading:
        text = translate("MainWindow", "Team · leader")
    elif team.leader:
        text = translate("MainWindow", "Team · following {name}").format(name=team.leader)
    else:
        text = translate("MainWindow", "Team · following")
    if team.connected:
        text += " · " + w.desktops_text(team.desktops)
    w.team_label.setText(text)
    w.team_label.setToolTip(
        translate(
            "MainWindow",
            "One desktop of the team (the leader) pulls and confirms events; every "
            "desktop sees every result and can acknowledge it.",
        )
    )


def show_counts(w: MainWindow, counts: Counts) -> None:
    text = translate(
        "MainWindow", "{attention} need attention · {failed} failed · {total} total"
    ).format(
        attention=QLocale().toString(counts.needs_attention),
        failed=QLocale().toString(counts.failed),
        total=QLocale().toString(counts.total),
    )
    if counts.rejected:
        text += " · " + translate(
            "MainWindow", "{count} unreadable kept aside (see the log)"
        ).format(count=QLocale().toString(counts.rejected))
    w.counts_label.setText(text)
