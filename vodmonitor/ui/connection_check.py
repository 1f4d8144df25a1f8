"""The settings dialog's connection check, run off the UI thread: the event config, our
own receiver, and whether another program takes the events; and the switch question."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vodmonitor.cloud import CloudError, Connection, EventConfig, VodApi
from vodmonitor.credentials import CredentialError
from vodmonitor.ledgers.view import LedgerProbe
from vodmonitor.sources.watch import clips_taken_elsewhere
from vodmonitor.ui.explain import credential_problem_text
from vodmonitor.ui.plain_text import message_box
from vodmonitor.urls import is_vodmonitor_receiver

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckResult:
    config: EventConfig
    taken_elsewhere: int = 0
    our_receiver: bool = False  # the NotificationUrl is a vodmonitor serve --listen


def check(conn: Connection, probe: LedgerProbe | None) -> CheckResult:
    """The connection check, on a worker thread: the event config and, for a queue this
    computer pulls, whether someone else takes events from it."""
    api = VodApi(conn, timeout=10)
    config = api.describe_config()
    if config.is_push:
        return CheckResult(config, our_receiver=is_vodmonitor_receiver(config.notification_url))
    if probe is None:
        return CheckResult(config)
    try:
        taken = clips_taken_elsewhere(api, probe, now=time.time())
    except CloudError as exc:  # a key that may not list tasks: the check still passed
        log.info("could not look for another consumer: %s", exc.code)
        taken = 0
    return CheckResult(config, taken)


def confirm_switch_to_pull(parent: QWidget, url: str) -> bool:
    translate = QCoreApplication.translate
    if url:
        text = translate(
            "SettingsDialog",
            "Switching this VOD application to reliable callback stops the callbacks to "
            "{url}. A server that receives events there now will stop getting them. "
            "Switch?",
        ).format(url=url)
    else:
        text = translate(
            "SettingsDialog",
            "Switch this VOD application to reliable callback? Its events will then wait "
            "for vodmonitor (or another client) to pull and confirm them.",
        )
    box = message_box(
        parent,
        QMessageBox.Icon.Warning,
        translate("SettingsDialog", "Switch to reliable callback"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
    )
    box.setObjectName("switchToPullConfirmation")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


@dataclass(frozen=True)
class CheckAnswer:
    """What the connection check says, and which ways forward it offers."""

    text: str
    offer_watch_only: bool = False
    offer_switch: bool = False
    push_url: str = ""


def describe(result: CheckResult) -> CheckAnswer:
    translate = QCoreApplication.translate
    if result.config.is_push and result.our_receiver:
        text = translate(
            "SettingsDialog",
            "Connected. This VOD application uses normal callback to {url}, a "
            "vodmonitor receiver (vodmonitor serve): its events reach the ledger "
            "there. Nothing needs to change.",
        ).format(url=result.config.notification_url)
    elif result.config.is_push:
        url = result.config.notification_url
        if url:
            text = translate(
                "SettingsDialog",
                "Connected. This VOD application uses normal callback: events go to "
                "{url}. Watch-only shows every clip result without taking them. Switching "
                "to reliable callback instead would mean your backend at {url} stops "
                "receiving callbacks.",
            ).format(url=url)
        else:  # a sentence of its own: "events go to (not set)" reads wrong in any language
            text = translate(
                "SettingsDialog",
                "Connected. This VOD application uses normal callback, and no callback URL "
                "is set, so its events are not delivered anywhere. Watch-only shows its "
                "clip results from the task list; reliable callback would let vodmonitor "
                "pull and confirm them.",
            )
        return CheckAnswer(text, offer_watch_only=True, offer_switch=True, push_url=url)
    elif result.taken_elsewhere:
        text = translate(
            "SettingsDialog",
            "Connected, but another program seems to take this application's events: "
            "{count} clip results of the last hour are neither waiting in the queue "
            "nor here. Watch-only shows every clip result without taking any.",
        ).format(count=result.taken_elsewhere)
        return CheckAnswer(text, offer_watch_only=True)
    else:
        text = translate(
            "SettingsDialog",
            "Connected. Reliable callback is on: vodmonitor will receive clip results.",
        )

    return CheckAnswer(text)


def offer_session_only(parent: QWidget, error: CredentialError) -> bool:
    """The keyring refused to store: offer to use the credentials for this run only."""
    translate = QCoreApplication.translate
    box = message_box(
        parent,
        QMessageBox.Icon.Warning,
        translate("SettingsDialog", "Cannot store the credentials"),
        credential_problem_text(error),
        QMessageBox.StandardButton.NoButton,
    )
    box.setInformativeText(
        translate(
            "SettingsDialog",
            "You can use the credentials for this session only; they are forgotten when vodmonitor quits.",
        )
    )
    use = box.addButton(
        translate("SettingsDialog", "Use for this session only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is use
