"""The settings dialog's widgets: the profile list, a profile's connection form with its
test row, and the general options. Built once, named for acceptance tests."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vodmonitor.cloud import DEFAULT_ENDPOINT
from vodmonitor.ledgers.postgres_config import default_user_name
from vodmonitor.paths import downloads_dir
from vodmonitor.settings import MAX_PROFILE_NAME, RELIABLE, WATCH_ONLY, user_name_problem
from vodmonitor.ui.colours import error_colour
from vodmonitor.ui.field_width import fit_placeholder
from vodmonitor.ui.plain_text import plain_label

if TYPE_CHECKING:
    from vodmonitor.ui.settings_dialog import SettingsDialog

translate = QCoreApplication.translate


def build_notes(*, demo: bool, env_credentials: bool) -> list[QLabel]:
    """What is unusual about this run, above everything else."""
    notes = []
    if demo:
        note = plain_label(
            translate(
                "SettingsDialog",
                "The demo is running: vodmonitor shows its built-in simulator, not Tencent "
                "Cloud. To watch your own VOD application, fill in a profile's SecretId "
                "and SecretKey (CAM console › API keys) and its SubAppId, then press OK; "
                "vodmonitor then connects to it instead.",
            )
        )
        note.setObjectName("demoSettingsNote")
        notes.append(note)
    if env_credentials:
        note = plain_label(
            translate(
                "SettingsDialog",
                "Credentials from the environment (TENCENTCLOUD_SECRET_ID and "
                "TENCENTCLOUD_SECRET_KEY) are used for this run instead of the keyring.",
            )
        )
        note.setObjectName("envCredentialsNote")
        notes.append(note)
    for note in notes:
        note.setWordWrap(True)
    return notes


def build_profiles_box(d: SettingsDialog) -> QGroupBox:
    """Profiles on the left, the selected one's form on the right."""
    profiles_box = QGroupBox(translate("SettingsDialog", "Connection profiles"))
    row = QHBoxLayout(profiles_box)
    left = QVBoxLayout()
    d.profile_list = QListWidget()
    d.profile_list.setObjectName("profileList")
    d.profile_list.setAccessibleName(translate("SettingsDialog", "Profiles"))
    d.profile_list.setToolTip(
        translate("SettingsDialog", "Each profile is one VOD application and its credentials")
    )
    left.addWidget(d.profile_list)
    buttons = QHBoxLayout()
    d.add_button = QPushButton(translate("SettingsDialog", "Add"))
    d.remove_button = QPushButton(translate("SettingsDialog", "Remove"))
    d.add_button.setToolTip(translate("SettingsDialog", "Add a connection profile"))
    d.remove_button.setToolTip(translate("SettingsDialog", "Remove the selected profile"))
    buttons.addWidget(d.add_button)
    buttons.addWidget(d.remove_button)
    left.addLayout(buttons)
    row.addLayout(left, 1)

    form = build_connection_form(d)
    d.form_widget = QWidget()
    d.form_widget.setLayout(form)
    row.addWidget(d.form_widget, 2)

    return profiles_box


def build_connection_form(d: SettingsDialog) -> QFormLayout:
    """A profile's connection: credentials, application, mode, keys, team database, and the
    connection test with its result."""
    form = QFormLayout()
    d.name = QLineEdit()
    d.name.setObjectName("profileName")
    d.name.setMaxLength(MAX_PROFILE_NAME)  # it names the profile's files
    d.name.setToolTip(translate("SettingsDialog", "A name of your choice for this connection"))
    d.secret_id = QLineEdit()
    d.secret_id.setObjectName("secretId")
    d.secret_id.setToolTip(
        translate("SettingsDialog", "The API key's SecretId, from the CAM console (API keys)")
    )
    d.secret_key = QLineEdit()
    d.secret_key.setObjectName("secretKey")
    d.secret_key.setEchoMode(QLineEdit.EchoMode.Password)
    d.secret_key.setAccessibleName(translate("SettingsDialog", "SecretKey"))
    d.secret_key.setToolTip(
        translate("SettingsDialog", "Kept in the system keyring, never in a file")
    )
    d.show_key = QCheckBox(translate("SettingsDialog", "Show"))
    d.show_key.setObjectName("showSecretKey")
    d.show_key.setToolTip(translate("SettingsDialog", "Show the SecretKey as you type it"))
    d.show_key.toggled.connect(
        lambda on: d.secret_key.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        )
    )
    key_row = QHBoxLayout()
    key_row.addWidget(d.secret_key, 1)
    key_row.addWidget(d.show_key)
    d.sub_app_id = QLineEdit()
    d.sub_app_id.setObjectName("subAppId")
    d.sub_app_id.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,19}"), d))
    d.sub_app_id.setPlaceholderText(
        translate("SettingsDialog", "e.g. 1500000001 (required for newer accounts)")
    )
    d.region = QLineEdit()
    d.region.setObjectName("region")
    d.region.setPlaceholderText(translate("SettingsDialog", "optional, e.g. ap-guangzhou"))
    d.endpoint = QLineEdit()
    d.endpoint.setObjectName("endpoint")
    d.endpoint.setPlaceholderText(DEFAULT_ENDPOINT)
    d.mode = QComboBox()
    d.mode.setObjectName("profileMode")
    d.mode.addItem(
        translate("SettingsDialog", "Reliable callback: pull and confirm events"), RELIABLE
    )
    d.mode.addItem(
        translate("SettingsDialog", "Watch-only: read the task list, take nothing"), WATCH_ONLY
    )
    d.mode.setToolTip(
        translate(
            "SettingsDialog",
            "Use watch-only when the application's events belong to a backend (normal "
            "callback, or a backend that pulls them): vodmonitor then shows every clip "
            "result without taking events from anyone.",
        )
    )
    d.problems = plain_label()
    d.problems.setObjectName("profileProblems")
    d.problems.setWordWrap(True)
    d.problems.setStyleSheet(f"QLabel {{ color: {error_colour(d.palette()).name()}; }}")
    form.addRow(translate("SettingsDialog", "Name"), d.name)
    form.addRow(translate("SettingsDialog", "SecretId"), d.secret_id)
    form.addRow(translate("SettingsDialog", "SecretKey"), key_row)
    form.addRow(translate("SettingsDialog", "SubAppId"), d.sub_app_id)
    form.addRow(translate("SettingsDialog", "Region"), d.region)
    form.addRow(translate("SettingsDialog", "API endpoint"), d.endpoint)
    form.addRow(translate("SettingsDialog", "Mode"), d.mode)
    d.team_db = QLineEdit()
    d.team_db.setObjectName("teamDatabase")
    d.team_db.setPlaceholderText(
        translate("SettingsDialog", "optional: postgresql://user@host/db for a team")
    )
    d.team_db.setToolTip(
        translate(
            "SettingsDialog",
            "Desktops of a team that share one VOD application point at one PostgreSQL "
            "database: one of them pulls and confirms, all see every result. Use "
            "sslmode=verify-full beyond your own network.",
        )
    )
    d.team_password = QLineEdit()
    d.team_password.setObjectName("teamPassword")
    d.team_password.setEchoMode(QLineEdit.EchoMode.Password)
    d.team_password.setToolTip(
        translate("SettingsDialog", "Kept in the system keyring, never in a file")
    )
    d.playback_key = QLineEdit()
    d.playback_key.setObjectName("playbackKey")
    d.playback_key.setEchoMode(QLineEdit.EchoMode.Password)
    d.playback_key.setToolTip(
        translate(
            "SettingsDialog",
            "The Key of the playback domain's hotlink protection (8 to 20 letters or "
            "digits). Needed only when links answer 403 and the credentials may not "
            "read the domain settings.",
        )
    )
    form.addRow(translate("SettingsDialog", "Playback key"), d.playback_key)
    d.playback_domains = QLineEdit()
    d.playback_domains.setObjectName("playbackDomains")
    d.playback_domains.setPlaceholderText(
        translate("SettingsDialog", "the key's domains, e.g. 1500000001.vod2.myqcloud.com")
    )
    d.playback_domains.setToolTip(
        translate(
            "SettingsDialog",
            "Links are signed with the key only on these hosts (and on the application's "
            "domains when the credentials may read them): a link to any other host never "
            "carries a signature made with your key.",
        )
    )
    form.addRow(translate("SettingsDialog", "Playback domains"), d.playback_domains)
    d.sign_key = QLineEdit()
    d.sign_key.setObjectName("signKey")
    d.sign_key.setEchoMode(QLineEdit.EchoMode.Password)
    d.sign_key.setToolTip(
        translate(
            "SettingsDialog",
            "The SignKey of normal callbacks, for a receiver (vodmonitor serve --listen) "
            "to check that callbacks come from VOD.",
        )
    )
    form.addRow(translate("SettingsDialog", "Callback SignKey"), d.sign_key)
    form.addRow(translate("SettingsDialog", "Team database"), d.team_db)
    form.addRow(translate("SettingsDialog", "Database password"), d.team_password)
    form.addRow(d.problems)
    test_row = QHBoxLayout()
    d.test_button = QPushButton(translate("SettingsDialog", "Test connection"))
    d.test_button.setObjectName("testConnection")
    d.test_button.setToolTip(
        translate(
            "SettingsDialog",
            "Checks the credentials and the application's callback mode with Tencent Cloud",
        )
    )
    d.switch_button = QPushButton(translate("SettingsDialog", "Switch to reliable callback…"))
    d.switch_button.setObjectName("switchToPull")
    d.switch_button.setVisible(False)
    d.watch_button = QPushButton(translate("SettingsDialog", "Use watch-only"))
    d.watch_button.setObjectName("useWatchOnly")
    d.watch_button.setVisible(False)
    test_row.addWidget(d.test_button)
    test_row.addWidget(d.watch_button)
    test_row.addWidget(d.switch_button)
    test_row.addStretch(1)
    form.addRow(test_row)
    d.test_result = QLabel()
    d.test_result.setObjectName("testResult")
    d.test_result.setWordWrap(True)
    d.test_result.setTextFormat(Qt.TextFormat.PlainText)
    d.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    form.addRow(d.test_result)
    for line in (d.sub_app_id, d.region, d.endpoint, d.team_db, d.playback_domains):
        fit_placeholder(line)
    return form


def build_general_box(d: SettingsDialog) -> QGroupBox:
    general = QGroupBox(translate("SettingsDialog", "General"))
    general_form = QFormLayout(general)
    d.confirm_other = QCheckBox(
        translate("SettingsDialog", "Confirm other event types automatically")
    )
    d.confirm_other.setObjectName("confirmOtherTypes")
    d.confirm_other.setToolTip(
        translate(
            "SettingsDialog",
            "Off: upload, transcode and other events are recorded but left for other "
            "systems. On: vodmonitor confirms them, and nobody else will receive them.",
        )
    )
    d.notifications = QCheckBox(
        translate("SettingsDialog", "Show desktop notifications for new clips")
    )
    d.notifications.setToolTip(
        translate("SettingsDialog", "A notification names each new clip; click it to see it")
    )
    d.minimize_to_tray = QCheckBox(
        translate("SettingsDialog", "Closing the window keeps vodmonitor in the tray")
    )
    d.minimize_to_tray.setToolTip(
        translate("SettingsDialog", "Quit from the tray icon's menu or with File › Quit")
    )
    d.language = QComboBox()
    d.language.setObjectName("language")
    d.language.setAccessibleName(translate("SettingsDialog", "Language"))
    d.language.setToolTip(translate("SettingsDialog", "The language of vodmonitor's windows"))
    for label, code in (
        (translate("SettingsDialog", "System language"), ""),
        ("English", "en"),
        ("한국어", "ko"),
        ("简体中文", "zh_CN"),
    ):
        d.language.addItem(label, code)
    general_form.addRow(d.confirm_other)
    general_form.addRow(d.notifications)
    general_form.addRow(d.minimize_to_tray)
    d.start_at_login = QCheckBox(translate("SettingsDialog", "Start vodmonitor when I sign in"))
    d.start_at_login.setObjectName("startAtLogin")
    d.start_at_login.setToolTip(
        translate("SettingsDialog", "It starts in the tray, ready to notify you")
    )
    general_form.addRow(d.start_at_login)
    general_form.addRow(translate("SettingsDialog", "Language (after restart)"), d.language)
    d.appearance = QComboBox()
    d.appearance.setObjectName("appearance")
    d.appearance.setAccessibleName(translate("SettingsDialog", "Appearance"))
    d.appearance.setToolTip(translate("SettingsDialog", "Light or dark, or as your system is"))
    for label, code in (
        (translate("SettingsDialog", "As the system"), ""),
        (translate("SettingsDialog", "Light"), "light"),
        (translate("SettingsDialog", "Dark"), "dark"),
    ):
        d.appearance.addItem(label, code)
    d.appearance.setCurrentIndex(max(0, d.appearance.findData(d.settings.appearance)))
    general_form.addRow(translate("SettingsDialog", "Appearance"), d.appearance)
    d.user_name = QLineEdit()
    d.user_name.setObjectName("userName")
    d.user_name.setPlaceholderText(default_user_name())
    d.user_name.setText(d.settings.user_name)
    general_form.addRow(translate("SettingsDialog", "Your name in a team"), d.user_name)
    d.link_lifetime = QSpinBox()
    d.link_lifetime.setObjectName("linkLifetime")
    d.link_lifetime.setRange(1, 24 * 30)
    d.link_lifetime.setSuffix(translate("SettingsDialog", " h"))
    d.link_lifetime.setValue(d.settings.link_lifetime_h)
    d.link_lifetime.setToolTip(translate("SettingsDialog", "How long a signed link stays valid"))
    general_form.addRow(translate("SettingsDialog", "Signed links last"), d.link_lifetime)
    d.keep_days = QSpinBox()
    d.keep_days.setObjectName("keepDays")
    d.keep_days.setRange(0, 36_500)
    d.keep_days.setSpecialValueText(translate("SettingsDialog", "Keep everything"))
    d.keep_days.setSuffix(translate("SettingsDialog", " days"))
    d.keep_days.setValue(d.settings.keep_days)
    d.keep_days.setToolTip(
        translate(
            "SettingsDialog",
            "Acknowledged results received longer ago than this are removed from this "
            "computer (VOD keeps the clips). A team's shared history is kept by the team.",
        )
    )
    d.keep_days.setAccessibleName(translate("SettingsDialog", "Keep acknowledged results"))
    general_form.addRow(translate("SettingsDialog", "Keep acknowledged results"), d.keep_days)
    d.download_folder = QLineEdit(d.settings.download_dir)
    d.download_folder.setObjectName("downloadFolder")
    d.download_folder.setPlaceholderText(str(downloads_dir()))
    d.download_folder.setAccessibleName(translate("SettingsDialog", "Download folder"))
    d.download_folder.setToolTip(
        translate("SettingsDialog", "Where Download saves clips; empty: your Downloads folder")
    )
    choose = QPushButton(translate("SettingsDialog", "Choose…"))
    choose.setObjectName("chooseDownloadFolder")
    choose.setToolTip(translate("SettingsDialog", "Pick the download folder"))

    def pick() -> None:
        start = d.download_folder.text().strip() or str(downloads_dir())
        picked = QFileDialog.getExistingDirectory(
            d, translate("SettingsDialog", "Download folder"), start
        )
        if picked:
            d.download_folder.setText(picked)

    choose.clicked.connect(pick)
    folder_row = QHBoxLayout()
    folder_row.addWidget(d.download_folder, 1)
    folder_row.addWidget(choose)
    fit_placeholder(d.download_folder)
    general_form.addRow(translate("SettingsDialog", "Download folder"), folder_row)
    return general


def show_general(d: SettingsDialog) -> None:
    settings = d.settings
    d.confirm_other.setChecked(settings.confirm_other_types)
    d.notifications.setChecked(settings.notifications)
    d.minimize_to_tray.setChecked(settings.minimize_to_tray)
    d.start_at_login.setChecked(settings.start_at_login)
    d.language.setCurrentIndex(max(0, d.language.findData(settings.language)))


def general_problems(d: SettingsDialog) -> list[str]:
    problems = []
    if user_name_problem(d.user_name.text().strip()) is not None:
        problems.append(
            translate(
                "SettingsDialog",
                "Your name in a team must be at most 100 characters, without control characters.",
            )
        )
    folder = d.download_folder.text().strip()
    if folder and not Path(folder).expanduser().is_dir():
        problems.append(translate("SettingsDialog", "The download folder does not exist."))
    return problems


def read_general(d: SettingsDialog) -> None:
    settings = d.settings
    settings.confirm_other_types = d.confirm_other.isChecked()
    settings.notifications = d.notifications.isChecked()
    settings.minimize_to_tray = d.minimize_to_tray.isChecked()
    settings.start_at_login = d.start_at_login.isChecked()
    settings.language = d.language.currentData() or ""
    settings.appearance = d.appearance.currentData() or ""
    settings.user_name = d.user_name.text().strip()
    settings.link_lifetime_h = d.link_lifetime.value()
    settings.keep_days = d.keep_days.value()
    folder = d.download_folder.text().strip()
    settings.download_dir = str(Path(folder).expanduser()) if folder else ""


def missing_keys_text(*, demo: bool) -> str:
    """Test connection without a SecretId and SecretKey."""
    if demo:
        return translate(
            "SettingsDialog",
            "The demo needs no credentials. To test your own VOD application, enter its "
            "SecretId and SecretKey first.",
        )
    return translate("SettingsDialog", "Enter the SecretId and SecretKey first.")
