"""Connection profiles, credentials (to the keyring) and general settings."""

from __future__ import annotations

import contextlib
import copy
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vodmonitor.cloud import (
    DEFAULT_ENDPOINT,
    CloudError,
    Connection,
    Secret,
    VodApi,
    parse_endpoint,
)
from vodmonitor.credentials import (
    CredentialError,
    Credentials,
    CredentialSource,
    CredentialStore,
    playback_key_entry,
    sign_key_entry,
    team_password_entry,
)
from vodmonitor.ledgers.postgres_config import (
    split_password,
)
from vodmonitor.ledgers.view import LedgerProbe
from vodmonitor.settings import RELIABLE, WATCH_ONLY, Profile, Settings
from vodmonitor.ui import settings_form
from vodmonitor.ui.connection_check import (
    CheckResult,
    check,
    confirm_switch_to_pull,
    describe,
    offer_session_only,
)
from vodmonitor.ui.explain import credential_problem_text, explain_error
from vodmonitor.ui.screen_fit import fit_to_screen
from vodmonitor.ui.settings_drafts import Draft, is_blank, profile_problems
from vodmonitor.ui.threads import Task, run_task

log = logging.getLogger(__name__)


class SettingsDialog(QDialog):
    switchedToPull = Signal()
    # Built by settings_form, named here for readers and for type checking.
    add_button: QPushButton
    appearance: QComboBox
    confirm_other: QCheckBox
    download_folder: QLineEdit
    endpoint: QLineEdit
    form_widget: QWidget
    language: QComboBox
    link_lifetime: QSpinBox
    keep_days: QSpinBox
    minimize_to_tray: QCheckBox
    mode: QComboBox
    name: QLineEdit
    notifications: QCheckBox
    playback_key: QLineEdit
    playback_domains: QLineEdit
    problems: QLabel
    profile_list: QListWidget
    region: QLineEdit
    remove_button: QPushButton
    secret_id: QLineEdit
    secret_key: QLineEdit
    show_key: QCheckBox
    sign_key: QLineEdit
    start_at_login: QCheckBox
    sub_app_id: QLineEdit
    switch_button: QPushButton
    team_db: QLineEdit
    team_password: QLineEdit
    test_button: QPushButton
    test_result: QLabel
    user_name: QLineEdit
    watch_button: QPushButton

    def __init__(
        self,
        settings: Settings,
        store: CredentialStore,
        *,
        env_credentials: bool = False,
        demo: bool = False,
        api_language: str = "en-US",
        database_for: Callable[[Profile], Path] | None = None,
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
        self._drafts = [Draft(p) for p in self.settings.profiles]
        self._current: Draft | None = None
        self._call: Task | None = None
        self._push_url = ""
        self._demo = demo

        outer = QVBoxLayout(self)
        # Everything but OK and Cancel scrolls: at 150% or 200% on a laptop the dialog is
        # taller than the screen, and its buttons must stay on it.
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("settingsScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        for note in settings_form.build_notes(demo=demo, env_credentials=env_credentials):
            layout.addWidget(note)
        layout.addWidget(settings_form.build_profiles_box(self))
        layout.addWidget(settings_form.build_general_box(self))
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(
            self.tr("Save the settings")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Close without saving")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        settings_form.show_general(self)

        self.profile_list.currentRowChanged.connect(self._select)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.test_button.clicked.connect(self.test_connection)
        self.switch_button.clicked.connect(self.switch_to_pull)
        self.watch_button.clicked.connect(self._choose_watch_only)
        self.mode.currentIndexChanged.connect(self._edited)
        self.user_name.textEdited.connect(lambda _text: self._validate())
        self.download_folder.textChanged.connect(lambda _text: self._validate())
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
            self.playback_domains,
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
        self._drafts.append(Draft(Profile(name), loaded=True))
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
        self.playback_domains.setText(draft.profile.playback_domains)
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
        draft.profile.playback_domains = " ".join(
            self.playback_domains.text().replace(",", " ").split()
        )
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
        if self._call is None or not self._call.is_running():  # the result is stale now
            self.test_result.clear()
        item = self.profile_list.item(self.profile_list.currentRow())
        if item is not None:
            item.setText(draft.profile.name)
        self._validate()

    def _validate(self) -> bool:
        problems = [p for d in self._drafts for p in profile_problems(d, self._drafts)]
        current = profile_problems(self._current, self._drafts) if self._current else []
        general = settings_form.general_problems(self)
        problems += general
        self.problems.setText("\n".join(current + general))
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
            self._set_result(settings_form.missing_keys_text(demo=self._demo))
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
            # The ledger this profile writes (a team profile: its mirror of the team's).
            probe = LedgerProbe(self._database_for(self._current.profile))
        self._call = run_task(
            lambda: check(conn, probe),
            lambda result, error: self._tested(conn, result, error),
            owner=self,
        )

    def _tested(
        self, conn: Connection, result: CheckResult | None, error: BaseException | None
    ) -> None:
        self.test_button.setEnabled(True)
        if isinstance(error, CloudError):
            self._set_result(explain_error(error, conn.endpoint.host))
        elif error is not None:
            self._set_result(self.tr("The test failed: {error}").format(error=type(error).__name__))
        elif result is not None:
            answer = describe(result)
            self._push_url = answer.push_url
            self._set_result(answer.text)
            self.watch_button.setVisible(answer.offer_watch_only)
            self.switch_button.setVisible(answer.offer_switch)

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
                if session_only or offer_session_only(self, exc):
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
                if session_only or offer_session_only(self, exc):
                    session_only = True
                    self.session_team_passwords[draft.profile.name] = password
                    continue
                return
        previous = {p.name for p in self.settings.profiles}
        # A profile the dialog offered but nobody filled in is not a profile: saving it
        # would hide the history behind an empty connection on the next start.
        kept = [d for d in self._drafts if d.profile.name in previous or not is_blank(d)]
        if self._current is not None and self._current not in kept:
            self._current = None
        self.settings.profiles = [d.profile for d in kept]
        for removed in previous - {p.name for p in self.settings.profiles}:
            with contextlib.suppress(CredentialError):  # the entry stays in the keyring only
                self.store.delete(removed)
        if self._current is not None:
            self.settings.active_profile = self._current.profile.name
        settings_form.read_general(self)
        super().accept()

    def _set_result(self, text: str) -> None:
        """Show the connection check's result whole: the dialog grows for a long
        explanation as far as the screen allows, and scrolls to it beyond that."""
        self.test_result.setText(text)
        fit_to_screen(self, self.scroll_area)
        self.scroll_area.ensureWidgetVisible(self.test_result)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_to_screen(self, self.scroll_area)
