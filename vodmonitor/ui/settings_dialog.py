"""Connection profiles, credentials (to the keyring) and general settings."""

from __future__ import annotations

import contextlib
import copy
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vodmonitor.app.service import playback_key_entry, sign_key_entry, team_password_entry
from vodmonitor.cloud import (
    DEFAULT_ENDPOINT,
    CloudError,
    Connection,
    EndpointError,
    EventConfig,
    Secret,
    VodApi,
    parse_endpoint,
)
from vodmonitor.credentials import (
    CredentialError,
    CredentialProblem,
    Credentials,
    CredentialSource,
    CredentialStore,
)
from vodmonitor.ledgers.postgres_config import (
    TeamConfigError,
    check_uri,
    default_user_name,
    split_password,
)
from vodmonitor.ledgers.view import LedgerProbe
from vodmonitor.settings import RELIABLE, WATCH_ONLY, Profile, Settings
from vodmonitor.sources.watch import clips_taken_elsewhere
from vodmonitor.ui.explain import explain_error
from vodmonitor.ui.plain_text import message_box, plain_label
from vodmonitor.ui.threads import Task, run_task
from vodmonitor.urls import is_vodmonitor_receiver

log = logging.getLogger(__name__)


@dataclass
class _Draft:
    profile: Profile
    secret_id: str = ""
    new_key: str = ""  # typed in this dialog; empty keeps the stored key
    stored: Credentials | None = None
    loaded: bool = False  # the keyring was asked (or the profile is new)
    load_error: str = ""
    team_password: str = ""  # typed in this dialog; empty keeps the stored one
    playback_key: str = ""  # typed in this dialog; empty keeps the stored one
    has_playback_key: bool = False  # the keyring holds one (read once, with the credentials)
    has_team_password: bool = False
    sign_key: str = ""  # normal callback's SignKey, for vodmonitor serve --listen


def _blank(draft: _Draft) -> bool:
    profile = draft.profile
    return (
        draft.stored is None
        and not draft.secret_id.strip()
        and not draft.new_key
        and profile.sub_app_id is None
        and not profile.region.strip()
        and profile.endpoint.strip() in ("", DEFAULT_ENDPOINT)
        and not profile.team_db.strip()
    )


def credential_problem_text(error: CredentialError) -> str:
    """The keyring problem and its fix, in the user's language."""
    translate = QCoreApplication.translate
    texts = {
        CredentialProblem.NO_BACKEND: translate(
            "SettingsDialog",
            "No system keyring is available, and vodmonitor never writes keys to a plain "
            "file. Install or start a keyring (Windows Credential Manager, macOS Keychain, "
            "GNOME Keyring or KWallet).",
        ),
        CredentialProblem.LOCKED: translate(
            "SettingsDialog",
            "The system keyring is locked or could not be opened. Unlock it (log in again, "
            "or open your keyring app) and try again.",
        ),
        CredentialProblem.FAILED: translate(
            "SettingsDialog",
            "The system keyring refused the request; the prompt may have been dismissed. "
            "Try again.",
        ),
        CredentialProblem.CORRUPT: translate(
            "SettingsDialog",
            "The keyring entry for this profile is unreadable. Enter the SecretId and "
            "SecretKey again.",
        ),
    }
    return texts[error.problem]


class SettingsDialog(QDialog):
    switchedToPull = Signal()

    def __init__(
        self,
        settings: Settings,
        store: CredentialStore,
        *,
        env_credentials: bool = False,
        api_language: str = "en-US",
        database_for: Callable[[str], Path] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = copy.deepcopy(settings)
        self.store = store
        self.api_language = api_language
        self._database_for = database_for
        self.session_credentials: dict[str, Credentials] = {}
        self.session_team_passwords: dict[str, Secret] = {}
        self._drafts = [_Draft(p) for p in self.settings.profiles]
        self._current: _Draft | None = None
        self._call: Task | None = None
        self._push_url = ""

        layout = QVBoxLayout(self)
        if env_credentials:
            note = plain_label(
                self.tr(
                    "Credentials from the environment (TENCENTCLOUD_SECRET_ID and "
                    "TENCENTCLOUD_SECRET_KEY) are used for this run instead of the keyring."
                )
            )
            note.setObjectName("envCredentialsNote")
            note.setWordWrap(True)
            layout.addWidget(note)

        profiles_box = QGroupBox(self.tr("Connection profiles"))
        row = QHBoxLayout(profiles_box)
        left = QVBoxLayout()
        self.profile_list = QListWidget()
        self.profile_list.setObjectName("profileList")
        self.profile_list.setAccessibleName(self.tr("Profiles"))
        left.addWidget(self.profile_list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        row.addLayout(left, 1)

        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("profileName")
        self.secret_id = QLineEdit()
        self.secret_id.setObjectName("secretId")
        self.secret_key = QLineEdit()
        self.secret_key.setObjectName("secretKey")
        self.secret_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_key = QCheckBox(self.tr("Show"))
        self.show_key.setObjectName("showSecretKey")
        self.show_key.toggled.connect(
            lambda on: self.secret_key.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        key_row = QHBoxLayout()
        key_row.addWidget(self.secret_key, 1)
        key_row.addWidget(self.show_key)
        self.sub_app_id = QLineEdit()
        self.sub_app_id.setObjectName("subAppId")
        self.sub_app_id.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,19}"), self)
        )
        self.sub_app_id.setPlaceholderText(self.tr("e.g. 1500000001 (required for newer accounts)"))
        self.region = QLineEdit()
        self.region.setObjectName("region")
        self.region.setPlaceholderText(self.tr("optional, e.g. ap-guangzhou"))
        self.endpoint = QLineEdit()
        self.endpoint.setObjectName("endpoint")
        self.endpoint.setPlaceholderText(DEFAULT_ENDPOINT)
        self.mode = QComboBox()
        self.mode.setObjectName("profileMode")
        self.mode.addItem(self.tr("Reliable callback: pull and confirm events"), RELIABLE)
        self.mode.addItem(self.tr("Watch-only: read the task list, take nothing"), WATCH_ONLY)
        self.mode.setToolTip(
            self.tr(
                "Use watch-only when the application's events belong to a backend (normal "
                "callback, or a backend that pulls them): vodmonitor then shows every clip "
                "result without taking events from anyone."
            )
        )
        self.problems = plain_label()
        self.problems.setObjectName("profileProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("QLabel { color: #d32f2f; }")
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("SecretId"), self.secret_id)
        form.addRow(self.tr("SecretKey"), key_row)
        form.addRow(self.tr("SubAppId"), self.sub_app_id)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("API endpoint"), self.endpoint)
        form.addRow(self.tr("Mode"), self.mode)
        self.team_db = QLineEdit()
        self.team_db.setObjectName("teamDatabase")
        self.team_db.setPlaceholderText(self.tr("optional: postgresql://user@host/db for a team"))
        self.team_db.setToolTip(
            self.tr(
                "Desktops of a team that share one VOD application point at one PostgreSQL "
                "database: one of them pulls and confirms, all see every result. Use "
                "sslmode=verify-full beyond your own network."
            )
        )
        self.team_password = QLineEdit()
        self.team_password.setObjectName("teamPassword")
        self.team_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.playback_key = QLineEdit()
        self.playback_key.setObjectName("playbackKey")
        self.playback_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.playback_key.setToolTip(
            self.tr(
                "The Key of the playback domain's hotlink protection (8 to 20 letters or "
                "digits). Needed only when links answer 403 and the credentials may not "
                "read the domain settings."
            )
        )
        form.addRow(self.tr("Playback key"), self.playback_key)
        self.sign_key = QLineEdit()
        self.sign_key.setObjectName("signKey")
        self.sign_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign_key.setToolTip(
            self.tr(
                "The SignKey of normal callbacks, for a receiver (vodmonitor serve --listen) "
                "to check that callbacks come from VOD."
            )
        )
        form.addRow(self.tr("Callback SignKey"), self.sign_key)
        form.addRow(self.tr("Team database"), self.team_db)
        form.addRow(self.tr("Database password"), self.team_password)
        form.addRow(self.problems)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnection")
        self.switch_button = QPushButton(self.tr("Switch to reliable callback…"))
        self.switch_button.setObjectName("switchToPull")
        self.switch_button.setVisible(False)
        self.watch_button = QPushButton(self.tr("Use watch-only"))
        self.watch_button.setObjectName("useWatchOnly")
        self.watch_button.setVisible(False)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.watch_button)
        test_row.addWidget(self.switch_button)
        test_row.addStretch(1)
        form.addRow(test_row)
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.test_result)
        self.form_widget = QWidget()
        self.form_widget.setLayout(form)
        row.addWidget(self.form_widget, 2)
        layout.addWidget(profiles_box)

        general = QGroupBox(self.tr("General"))
        general_form = QFormLayout(general)
        self.confirm_other = QCheckBox(self.tr("Confirm other event types automatically"))
        self.confirm_other.setObjectName("confirmOtherTypes")
        self.confirm_other.setToolTip(
            self.tr(
                "Off: upload, transcode and other events are recorded but left for other "
                "systems. On: vodmonitor confirms them, and nobody else will receive them."
            )
        )
        self.notifications = QCheckBox(self.tr("Show desktop notifications for new clips"))
        self.minimize_to_tray = QCheckBox(
            self.tr("Closing the window keeps vodmonitor in the tray")
        )
        self.language = QComboBox()
        self.language.setObjectName("language")
        for label, code in (
            (self.tr("System language"), ""),
            ("English", "en"),
            ("한국어", "ko"),
            ("简体中文", "zh_CN"),
        ):
            self.language.addItem(label, code)
        general_form.addRow(self.confirm_other)
        general_form.addRow(self.notifications)
        general_form.addRow(self.minimize_to_tray)
        self.start_at_login = QCheckBox(self.tr("Start vodmonitor when I sign in"))
        self.start_at_login.setObjectName("startAtLogin")
        self.start_at_login.setToolTip(self.tr("It starts in the tray, ready to notify you"))
        general_form.addRow(self.start_at_login)
        general_form.addRow(self.tr("Language (after restart)"), self.language)
        self.user_name = QLineEdit()
        self.user_name.setObjectName("userName")
        self.user_name.setPlaceholderText(default_user_name())
        self.user_name.setText(self.settings.user_name)
        general_form.addRow(self.tr("Your name in a team"), self.user_name)
        self.link_lifetime = QSpinBox()
        self.link_lifetime.setObjectName("linkLifetime")
        self.link_lifetime.setRange(1, 24 * 30)
        self.link_lifetime.setSuffix(self.tr(" h"))
        self.link_lifetime.setValue(self.settings.link_lifetime_h)
        self.link_lifetime.setToolTip(self.tr("How long a signed link stays valid"))
        general_form.addRow(self.tr("Signed links last"), self.link_lifetime)
        layout.addWidget(general)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.confirm_other.setChecked(self.settings.confirm_other_types)
        self.notifications.setChecked(self.settings.notifications)
        self.minimize_to_tray.setChecked(self.settings.minimize_to_tray)
        self.start_at_login.setChecked(self.settings.start_at_login)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))

        self.profile_list.currentRowChanged.connect(self._select)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.test_button.clicked.connect(self.test_connection)
        self.switch_button.clicked.connect(self.switch_to_pull)
        self.watch_button.clicked.connect(self._choose_watch_only)
        self.mode.currentIndexChanged.connect(self._edited)
        for field in (
            self.name,
            self.secret_id,
            self.secret_key,
            self.sub_app_id,
            self.region,
            self.endpoint,
            self.team_db,
            self.team_password,
            self.playback_key,
            self.sign_key,
        ):
            field.textEdited.connect(self._edited)
        for draft in self._drafts:
            self.profile_list.addItem(draft.profile.name)
        if not self._drafts:
            self._add()
        active = next(
            (
                i
                for i, d in enumerate(self._drafts)
                if d.profile.name == self.settings.active_profile
            ),
            0,
        )
        self.profile_list.setCurrentRow(active)

    # --- profiles ---------------------------------------------------------------------
    def _add(self) -> None:
        names = {d.profile.name for d in self._drafts}
        name = self.tr("Profile {n}").format(n=len(self._drafts) + 1)
        while name in names:
            name += "+"
        self._drafts.append(_Draft(Profile(name), loaded=True))
        self.profile_list.addItem(name)
        self.profile_list.setCurrentRow(len(self._drafts) - 1)

    def _remove(self) -> None:
        row = self.profile_list.currentRow()
        if row < 0:
            return
        self._current = None
        del self._drafts[row]
        self.profile_list.takeItem(row)
        if not self._drafts:
            self._add()

    def _select(self, row: int) -> None:
        self._current = None
        if not 0 <= row < len(self._drafts):
            return
        draft = self._drafts[row]
        if not draft.loaded:
            draft.loaded = True
            try:
                draft.stored = self.store.load(draft.profile.name)
            except CredentialError as exc:
                draft.load_error = credential_problem_text(exc)
            if draft.stored is not None:
                draft.secret_id = draft.stored.secret_id
            with contextlib.suppress(CredentialError):
                name = draft.profile.name
                draft.has_playback_key = (
                    self.store.load_secret(playback_key_entry(name)) is not None
                )
                draft.has_team_password = (
                    self.store.load_secret(team_password_entry(name)) is not None
                )
        self.name.setText(draft.profile.name)
        self.secret_id.setText(draft.secret_id)
        self.secret_key.setText(draft.new_key)
        self.secret_key.setPlaceholderText(
            self.tr("stored in the system keyring (type to replace)") if draft.stored else ""
        )
        self.sub_app_id.setText(
            "" if draft.profile.sub_app_id is None else str(draft.profile.sub_app_id)
        )
        self.region.setText(draft.profile.region)
        self.endpoint.setText(
            "" if draft.profile.endpoint == DEFAULT_ENDPOINT else draft.profile.endpoint
        )
        self.mode.setCurrentIndex(max(0, self.mode.findData(draft.profile.mode)))
        self.team_db.setText(draft.profile.team_db)
        self.team_password.setText(draft.team_password)
        self.playback_key.setText(draft.playback_key)
        self.sign_key.setText(draft.sign_key)
        self.playback_key.setPlaceholderText(
            self.tr("stored in the system keyring (type to replace)")
            if draft.has_playback_key
            else self.tr("optional: read from the domain settings when allowed")
        )
        self.team_password.setPlaceholderText(
            self.tr("stored in the system keyring (type to replace)")
            if draft.has_team_password
            else ""
        )
        self._set_result(draft.load_error)
        self.switch_button.setVisible(False)
        self.watch_button.setVisible(False)
        self._current = draft
        self._validate()

    def _edited(self) -> None:
        draft = self._current
        if draft is None:
            return
        draft.profile.name = self.name.text().strip()
        draft.secret_id = self.secret_id.text().strip()
        draft.new_key = self.secret_key.text().strip()
        text = self.sub_app_id.text().strip()
        draft.profile.sub_app_id = int(text) if text else None
        draft.profile.region = self.region.text().strip()
        draft.profile.endpoint = self.endpoint.text().strip() or DEFAULT_ENDPOINT
        draft.profile.mode = self.mode.currentData() or RELIABLE
        uri, inline = split_password(self.team_db.text())
        if inline:  # a password typed into the address goes to the password field
            self.team_db.setText(uri)
            self.team_password.setText(inline)
        draft.profile.team_db = uri
        draft.team_password = self.team_password.text()
        draft.playback_key = self.playback_key.text().strip()
        draft.sign_key = self.sign_key.text().strip()
        item = self.profile_list.item(self.profile_list.currentRow())
        if item is not None:
            item.setText(draft.profile.name)
        self._validate()

    def _problems(self, draft: _Draft) -> list[str]:
        problems = []
        if not draft.profile.name:
            problems.append(self.tr("The profile needs a name."))
        elif [d.profile.name.casefold() for d in self._drafts].count(
            draft.profile.name.casefold()
        ) > 1:  # Windows and macOS file names ignore case: one database file for both
            problems.append(self.tr("Another profile has this name."))
        if draft.profile.sub_app_id is not None and draft.profile.sub_app_id <= 0:
            problems.append(self.tr("SubAppId must be a positive number."))
        if draft.playback_key and not (
            8 <= len(draft.playback_key) <= 20
            and draft.playback_key.isascii()
            and draft.playback_key.isalnum()
        ):
            problems.append(self.tr("The playback key is 8 to 20 letters or digits."))
        if draft.profile.team_db:
            try:
                check_uri(draft.profile.team_db)
            except TeamConfigError:
                problems.append(
                    self.tr(
                        "The team database must be a postgresql:// address (or libpq "
                        "key=value settings), with the password in its own field."
                    )
                )
        try:
            parse_endpoint(draft.profile.endpoint)
        except EndpointError:
            problems.append(
                self.tr(
                    "The endpoint must be a host name such as vod.tencentcloudapi.com, or an https URL; plain http only for 127.0.0.1."
                )
            )
        return problems

    def _validate(self) -> bool:
        problems = [p for d in self._drafts for p in self._problems(d)]
        current = self._problems(self._current) if self._current else []
        self.problems.setText("\n".join(current))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
        self.test_button.setEnabled(not current)
        return not problems

    # --- connection test --------------------------------------------------------------
    def _connection(self) -> Connection | None:
        draft = self._current
        if draft is None:
            return None
        key = draft.new_key or (draft.stored.secret_key.reveal() if draft.stored else "")
        if not draft.secret_id or not key:
            self._set_result(self.tr("Enter the SecretId and SecretKey first."))
            return None
        return Connection(
            endpoint=parse_endpoint(draft.profile.endpoint),
            secret_id=draft.secret_id,
            secret_key=Secret(key),
            token=draft.stored.token if draft.stored and not draft.new_key else None,
            region=draft.profile.region,
            sub_app_id=draft.profile.sub_app_id,
            language=self.api_language,
        )

    def test_connection(self) -> None:
        conn = self._connection()
        if conn is None or (self._call is not None and self._call.is_running()):
            return
        self.test_button.setEnabled(False)
        self.switch_button.setVisible(False)
        self.watch_button.setVisible(False)
        self._set_result(self.tr("Testing the connection…"))
        probe = None
        if self._database_for is not None and self._current is not None:
            probe = LedgerProbe(self._database_for(self._current.profile.name))
        self._call = run_task(
            lambda: _check(conn, probe),
            lambda result, error: self._tested(conn, result, error),
            owner=self,
        )

    def _tested(
        self, conn: Connection, result: _CheckResult | None, error: BaseException | None
    ) -> None:
        self.test_button.setEnabled(True)
        if isinstance(error, CloudError):
            self._set_result(explain_error(error, conn.endpoint.host))
        elif error is not None:
            self._set_result(self.tr("The test failed: {error}").format(error=type(error).__name__))
        elif result is not None and result.config.is_push and result.our_receiver:
            self._set_result(
                self.tr(
                    "Connected. This VOD application uses normal callback to {url}, a "
                    "vodmonitor receiver (vodmonitor serve): its events reach the ledger "
                    "there. Nothing needs to change."
                ).format(url=result.config.notification_url)
            )
        elif result is not None and result.config.is_push:
            url = result.config.notification_url
            self._push_url = url
            if url:
                text = self.tr(
                    "Connected. This VOD application uses normal callback: events go to "
                    "{url}. Watch-only shows every clip result without taking them. Switching "
                    "to reliable callback instead would mean your backend at {url} stops "
                    "receiving callbacks."
                ).format(url=url)
            else:  # a sentence of its own: "events go to (not set)" reads wrong in any language
                text = self.tr(
                    "Connected. This VOD application uses normal callback, and no callback URL "
                    "is set, so its events are not delivered anywhere. Watch-only shows its "
                    "clip results from the task list; reliable callback would let vodmonitor "
                    "pull and confirm them."
                )
            self._set_result(text)
            self.watch_button.setVisible(True)
            self.switch_button.setVisible(True)
        elif result is not None and result.taken_elsewhere:
            self._set_result(
                self.tr(
                    "Connected, but another program seems to take this application's events: "
                    "{count} clip results of the last hour are neither waiting in the queue "
                    "nor here. Watch-only shows every clip result without taking any."
                ).format(count=result.taken_elsewhere)
            )
            self.watch_button.setVisible(True)
        else:
            self._set_result(
                self.tr("Connected. Reliable callback is on: vodmonitor will receive clip results.")
            )

    def _choose_watch_only(self) -> None:
        self.mode.setCurrentIndex(self.mode.findData(WATCH_ONLY))
        self.watch_button.setVisible(False)
        self._set_result(
            self.tr("Watch-only is chosen for this profile; it takes effect when you press OK.")
        )

    def switch_to_pull(self) -> None:
        conn = self._connection()
        if conn is None or not confirm_switch_to_pull(self, self._push_url):
            return
        self.switch_button.setEnabled(False)
        self._call = run_task(
            lambda: VodApi(conn, timeout=10).switch_to_pull(), self._switched, owner=self
        )

    def _switched(self, _result: object, error: BaseException | None) -> None:
        self.switch_button.setEnabled(True)
        if isinstance(error, CloudError):
            self._set_result(explain_error(error))
            return
        self.switchedToPull.emit()
        self.test_connection()

    # --- saving -----------------------------------------------------------------------
    def accept(self) -> None:
        if not self._validate():
            return
        session_only = False
        for draft in self._drafts:
            if not draft.secret_id or not (draft.new_key or draft.stored):
                continue
            changed = draft.new_key or (draft.stored and draft.stored.secret_id != draft.secret_id)
            if not changed:
                continue
            key = draft.new_key or (draft.stored.secret_key.reveal() if draft.stored else "")
            credentials = Credentials(draft.secret_id, Secret(key))
            try:
                self.store.save(draft.profile.name, credentials)
            except CredentialError as exc:
                if session_only or self._offer_session_only(exc):
                    session_only = True
                    self.session_credentials[draft.profile.name] = Credentials(
                        draft.secret_id, Secret(key), source=CredentialSource.SESSION
                    )
                    continue
                return
        for draft in self._drafts:
            typed = [
                (playback_key_entry(draft.profile.name), draft.playback_key),
                (sign_key_entry(draft.profile.name), draft.sign_key),
            ]
            for entry, value in typed:
                if not value:
                    continue
                try:
                    self.store.save_secret(entry, Secret(value))
                except CredentialError as exc:
                    self._set_result(credential_problem_text(exc))
                    return
        for draft in self._drafts:
            if not (draft.team_password and draft.profile.team_db):
                continue
            password = Secret(draft.team_password)
            try:
                self.store.save_secret(team_password_entry(draft.profile.name), password)
            except CredentialError as exc:
                if session_only or self._offer_session_only(exc):
                    session_only = True
                    self.session_team_passwords[draft.profile.name] = password
                    continue
                return
        previous = {p.name for p in self.settings.profiles}
        # A profile the dialog offered but nobody filled in is not a profile: saving it
        # would hide the history behind an empty connection on the next start.
        kept = [d for d in self._drafts if d.profile.name in previous or not _blank(d)]
        if self._current is not None and self._current not in kept:
            self._current = None
        self.settings.profiles = [d.profile for d in kept]
        for removed in previous - {p.name for p in self.settings.profiles}:
            with contextlib.suppress(CredentialError):  # the entry stays in the keyring only
                self.store.delete(removed)
        if self._current is not None:
            self.settings.active_profile = self._current.profile.name
        self.settings.confirm_other_types = self.confirm_other.isChecked()
        self.settings.notifications = self.notifications.isChecked()
        self.settings.minimize_to_tray = self.minimize_to_tray.isChecked()
        self.settings.start_at_login = self.start_at_login.isChecked()
        self.settings.language = self.language.currentData() or ""
        self.settings.user_name = self.user_name.text().strip()
        self.settings.link_lifetime_h = self.link_lifetime.value()
        super().accept()

    def _set_result(self, text: str) -> None:
        """Show the connection check's result whole: a wrapped label that grows (a long
        explanation with its RequestId) must grow the dialog too, or its end is cut off."""
        self.test_result.setText(text)
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _offer_session_only(self, error: CredentialError) -> bool:
        box = message_box(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Cannot store the credentials"),
            credential_problem_text(error),
            QMessageBox.StandardButton.NoButton,
        )
        box.setInformativeText(
            self.tr(
                "You can use the credentials for this session only; they are forgotten when vodmonitor quits."
            )
        )
        use = box.addButton(self.tr("Use for this session only"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is use


@dataclass(frozen=True)
class _CheckResult:
    config: EventConfig
    taken_elsewhere: int = 0
    our_receiver: bool = False  # the NotificationUrl is a vodmonitor serve --listen


def _check(conn: Connection, probe: LedgerProbe | None) -> _CheckResult:
    """The connection check, on a worker thread: the event config and, for a queue this
    computer pulls, whether someone else takes events from it."""
    api = VodApi(conn, timeout=10)
    config = api.describe_config()
    if config.is_push:
        return _CheckResult(config, our_receiver=is_vodmonitor_receiver(config.notification_url))
    if probe is None:
        return _CheckResult(config)
    try:
        taken = clips_taken_elsewhere(api, probe, now=time.time())
    except CloudError as exc:  # a key that may not list tasks: the check still passed
        log.info("could not look for another consumer: %s", exc.code)
        taken = 0
    return _CheckResult(config, taken)


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
