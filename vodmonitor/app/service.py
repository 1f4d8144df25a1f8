"""The Qt-free core: settings, environment and keyring turned into a running engine.

The window (``ui.application.Controller``), the headless ``vodmonitor serve`` and the
tests all drive this one class: which profile and connection to use, starting and
stopping the engine on the profile's database, the demo and its simulator, and applying
new settings. It imports no Qt; what it cannot decide (a dialog, a translated message)
it hands back as data.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from vodmonitor.app.cli import Options
from vodmonitor.cloud import (
    DEFAULT_ENDPOINT,
    Connection,
    EndpointError,
    Secret,
    VodApi,
    parse_endpoint,
)
from vodmonitor.credentials import (
    CredentialError,
    CredentialProblem,
    Credentials,
    CredentialStore,
    from_environment,
    playback_key_entry,
    sign_key_entry,
    team_password_entry,
)
from vodmonitor.engine import ChangeCallback, Engine, EngineConfig, StatusCallback
from vodmonitor.errors import VodmonitorError
from vodmonitor.ledgers.postgres_config import TeamConfig, split_password, usable_user_name
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.logs import register_secret
from vodmonitor.media.signed_links import LinkSigner
from vodmonitor.paths import AppPaths
from vodmonitor.settings import Profile, Settings
from vodmonitor.sources.base import SourceKind
from vodmonitor.sources.pushed import PUSHED
from vodmonitor.sources.reliable import RELIABLE
from vodmonitor.sources.watch import DEFAULT_INTERVAL_S, watch_kind
from vodmonitor.team.role import TeamRole

if TYPE_CHECKING:  # the simulator is imported only when the demo starts
    from vodmonitor.simulator import Simulator

ENV_SIGN_KEY = "VODMONITOR_SIGN_KEY"


log = logging.getLogger(__name__)

DEMO_PROFILE = "demo"


@dataclass(frozen=True)
class Resolved:
    """The connection for a run, or why there is none."""

    profile: str
    connection: Connection | None
    credential_error: CredentialError | None = None  # the keyring could not be read
    endpoint_problem: str = ""  # the endpoint given was refused


class MonitorService:
    def __init__(
        self,
        paths: AppPaths,
        options: Options,
        settings: Settings,
        *,
        credential_store: CredentialStore | None = None,
        api_language: str = "en-US",
        on_change: ChangeCallback | None = None,
        on_status: StatusCallback | None = None,
    ) -> None:
        self.paths = paths
        self.options = options
        self.settings = settings
        self.credential_store = credential_store or CredentialStore()
        self.api_language = api_language
        self.session_credentials: dict[str, Credentials] = {}
        self.engine: Engine | None = None
        self.simulator: Simulator | None = None
        self.profile_name: str | None = None
        self.connection: Connection | None = None
        self.session_watch_only: set[str] = set()  # chosen in the window for this run
        self.running_watch_only = False
        self.session_team_passwords: dict[str, Secret] = {}
        self.team: TeamConfig | None = None  # the team of the running engine
        self.link_signer = LinkSigner()
        self._on_change = on_change
        self._on_status = on_status

    # --- which connection -------------------------------------------------------------
    @property
    def uses_environment(self) -> bool:
        """TENCENTCLOUD_SECRET_ID/KEY are set: they win over the keyring for this run."""
        return from_environment() is not None

    def resolve(self) -> Resolved:
        """The profile and connection for this run: the command line over the settings;
        environment credentials over session ones over the keyring."""
        name = self.options.profile or self.settings.active_profile
        profile = (
            self.settings.profile(name) or self.settings.active() or Profile(name or "default")
        )
        if self.options.endpoint or self.options.sub_app_id is not None:
            profile = replace(
                profile,
                endpoint=self.options.endpoint or profile.endpoint,
                sub_app_id=self.options.sub_app_id
                if self.options.sub_app_id is not None
                else profile.sub_app_id,
            )
        credentials = from_environment() or self.session_credentials.get(profile.name)
        error: CredentialError | None = None
        if credentials is None:
            try:
                credentials = self.credential_store.load(profile.name)
            except CredentialError as exc:
                error = exc
        if credentials is None:
            return Resolved(profile.name, None, credential_error=error)
        try:
            endpoint = parse_endpoint(profile.endpoint or DEFAULT_ENDPOINT)
        except EndpointError as exc:
            return Resolved(profile.name, None, endpoint_problem=str(exc))
        register_secret(credentials.secret_key.reveal())
        connection = Connection(
            endpoint=endpoint,
            secret_id=credentials.secret_id,
            secret_key=credentials.secret_key,
            token=credentials.token,
            region=profile.region,
            sub_app_id=profile.sub_app_id,
            language=self.api_language,
        )
        return Resolved(profile.name, connection)

    def demo(self) -> Resolved:
        """The built-in simulator (started once) and its public demo credentials."""
        from vodmonitor.app.demo import DEMO_SECRET_ID, DEMO_SECRET_KEY, DEMO_SUB_APP_ID, start

        if self.simulator is None:
            self.simulator = start(with_backend=self.options.watch_only)
        connection = Connection(
            parse_endpoint(f"http://{self.simulator.endpoint}"),
            DEMO_SECRET_ID,
            Secret(DEMO_SECRET_KEY),
            sub_app_id=DEMO_SUB_APP_ID,
            language=self.api_language,
        )
        return Resolved(DEMO_PROFILE, connection)

    # --- the mode ---------------------------------------------------------------------
    def watch_only(self, profile: str) -> bool:
        """Watch-only for this profile: the command line, a choice made this run, or the
        profile's setting."""
        if self.options.watch_only or profile in self.session_watch_only:
            return True
        stored = self.settings.profile(profile)
        return stored is not None and stored.watch_only

    def poll_interval_s(self, profile: str) -> float:
        stored = self.settings.profile(profile)
        return float(stored.poll_interval_s) if stored is not None else DEFAULT_INTERVAL_S

    def team_config(self, profile: str, sub_app_id: int | None) -> TeamConfig | None:
        """The profile's team database, or None for one editor. The password comes from
        the address given on the command line, this run's entry, or the keyring (libpq's
        PGPASSWORD and .pgpass work too)."""
        stored = self.settings.profile(profile)
        uri = self.options.team_db or (stored.team_db if stored else "")
        if not uri:
            return None
        uri, inline = split_password(uri)
        password = Secret(inline) if inline else self.session_team_passwords.get(profile)
        if password is None:
            # libpq may still find one (PGPASSWORD, .pgpass); a refusal says so later.
            password = self._keyring_secret(team_password_entry(profile), "team password")
        _registered(password)
        user = usable_user_name(self.options.user_name, self.settings.user_name)
        if sub_app_id is None and stored is not None:
            sub_app_id = stored.sub_app_id
        return TeamConfig(uri, password, user, sub_app_id)

    def _playback_key(self, profile: str, connection: Connection | None) -> Secret | None:
        if connection is None or self.simulator is not None:
            return None
        return self._keyring_secret(playback_key_entry(profile), "playback key")

    def _domains(self, profile: str) -> str:
        stored = self.settings.profile(profile)
        return stored.playback_domains if stored is not None else ""

    def _signer_for(self, profile: str, connection: Connection | None) -> LinkSigner:
        """Links of this run: the key typed for the profile, else what the engine reads."""
        key = self._playback_key(profile, connection)
        self.link_signer = LinkSigner(key, self.settings.link_lifetime_h, self._domains(profile))
        return self.link_signer

    def sign_key(self, profile: str) -> Secret | None:
        """The SignKey that normal callbacks must be signed with: the environment (for a
        service manager) or the profile's keyring entry. Raises CredentialError when a
        keyring is there but cannot be read (locked, refused): the key may be in it."""
        value = os.environ.get(ENV_SIGN_KEY, "").strip()
        key = Secret(value) if value else None
        if key is None:
            try:
                key = self.credential_store.load_secret(sign_key_entry(profile))
            except CredentialError as exc:
                if exc.problem is not CredentialProblem.NO_BACKEND:
                    # A keyring that may hold a SignKey but will not say: never fail open.
                    raise
                log.info("no SignKey from the keyring: %s", exc.problem.value)
        if key is None and self.connection is not None:
            try:
                key = VodApi(self.connection, timeout=10).describe_config().sign_key
            except VodmonitorError as exc:
                log.info("no SignKey from the event config: %s", exc)
        return _registered(key)

    def _keyring_secret(self, entry: str, what: str) -> Secret | None:
        """One secret of the profile's from the keyring, or None (the log says why)."""
        try:
            secret = self.credential_store.load_secret(entry)
        except CredentialError as exc:
            log.info("no %s from the keyring: %s", what, exc.problem.value)
            return None
        return _registered(secret)

    def refresh_links(self) -> None:
        """After the settings changed: the typed key and the links' lifetime."""
        profile = self.profile_name or "default"
        key = self._playback_key(profile, self.connection)
        self.link_signer.update(key, self.settings.link_lifetime_h, self._domains(profile))

    def ledger_file(self, profile: Profile) -> Path:
        """The file the window reads for a profile: its own ledger, or its mirror of the
        team's (kept apart, so a profile's single-editor history is never mixed with a
        team's). The settings dialog asks with the profile as typed, not yet saved."""
        path = self.paths.database_file(profile.name)
        if self.options.team_db or profile.team_db:
            return path.with_name(path.stem + "-team" + path.suffix)
        return path

    def database_for(self, profile: str) -> Path:
        return self.ledger_file(self.settings.profile(profile) or Profile(profile))

    # --- the engine -------------------------------------------------------------------
    def source_for(self, profile: str, database: Path, connection: Connection | None) -> SourceKind:
        """Watch-only reads the task list; a receiver without credentials (``serve
        --listen``) only stores what VOD pushes; otherwise the reliable-callback queue."""
        if self.watch_only(profile):
            return watch_kind(database, self.poll_interval_s(profile))
        if connection is None and self.options.listen:
            return PUSHED
        return RELIABLE

    def start(self, profile: str, connection: Connection | None) -> Engine:
        """A new engine on the profile's database; raises StoreError when that database
        cannot be opened (the caller decides what to offer)."""
        self.stop()
        self.profile_name = profile
        self.connection = connection
        database = self.database_for(profile)
        watch = self.watch_only(profile)
        team = self.team_config(
            profile,
            connection.sub_app_id if connection else self.options.sub_app_id,
        )
        role = TeamRole(team) if team else None
        engine = Engine(
            database,
            connection,
            EngineConfig(
                confirm_other_types=self.settings.confirm_other_types,
                # A team's history is the team ledger's to keep (docs/retention.md).
                keep_days=0 if team else self.settings.keep_days,
            ),
            on_change=self._on_change,
            on_status=self._on_status,
            source=self.source_for(profile, database, connection),
            ledger_factory=role.ledger if role else Store,
            role=role,
            media_factory=VodApi,
            link_signer=self._signer_for(profile, connection),
        )
        self.team = team
        self.running_watch_only = watch
        log.info(
            "monitoring profile %s in %s mode%s",
            profile,
            "watch-only" if watch else "reliable",
            f", team ledger {team.display} as {team.user_name}" if team else "",
        )
        engine.start()  # opens (and migrates) the database; the network starts later
        self.engine = engine
        return engine

    def stop(self) -> None:
        if self.engine is not None:
            if not self.engine.stop(timeout=1.0):
                log.warning("engine worker did not stop within 1 s")
            self.engine = None

    def update_connection(self, connection: Connection | None) -> None:
        self.connection = connection
        if self.engine is not None:
            self.engine.set_confirm_other_types(self.settings.confirm_other_types)
            self.engine.update_connection(connection)

    def shutdown(self) -> None:
        self.stop()
        if self.simulator is not None:
            self.simulator.stop()
            self.simulator = None


def _registered(secret: Secret | None) -> Secret | None:
    """A secret in use: the log masks it from now on."""
    if secret:
        register_secret(secret.reveal())
    return secret
