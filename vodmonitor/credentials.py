"""SecretId/SecretKey in the OS keyring, never anywhere else.

One small class, and every keyring failure becomes a :class:`CredentialError` saying what
is wrong and how to fix it. There is no plain-text fallback (unlike some apps that write
the secret to a file when the keyring fails); the UI may instead keep credentials in
memory for one session.
"""

from __future__ import annotations

import json
import os
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from vodmonitor.cloud import Secret
from vodmonitor.errors import Retry, VodmonitorError

SERVICE = "vodmonitor"
# The keyring entries of a profile's other secrets, beside its credentials (named by profile).
TEAM_PASSWORD = "team-db:{profile}"  # the team database's password
PLAYBACK_KEY = "playback-key:{profile}"  # the playback domain's hotlink Key
SIGN_KEY = "sign-key:{profile}"  # the normal callback's SignKey


def team_password_entry(profile: str) -> str:
    return TEAM_PASSWORD.format(profile=profile)


def playback_key_entry(profile: str) -> str:
    return PLAYBACK_KEY.format(profile=profile)


def sign_key_entry(profile: str) -> str:
    return SIGN_KEY.format(profile=profile)


ENV_SECRET_ID = "TENCENTCLOUD_SECRET_ID"
ENV_SECRET_KEY = "TENCENTCLOUD_SECRET_KEY"
ENV_TOKEN = "TENCENTCLOUD_SESSION_TOKEN"


class CredentialSource(StrEnum):
    KEYRING = "keyring"
    ENVIRONMENT = "environment"
    SESSION = "session"  # kept in memory for this run only


class CredentialProblem(StrEnum):
    NO_BACKEND = "no_backend"
    LOCKED = "locked"
    FAILED = "failed"
    CORRUPT = "corrupt"


@dataclass(frozen=True)
class Credentials:
    secret_id: str
    secret_key: Secret = field(repr=False)
    token: Secret | None = field(default=None, repr=False)
    source: CredentialSource = CredentialSource.KEYRING


class CredentialError(VodmonitorError):
    """A keyring failure. ``problem`` is what the UI explains, in the user's language;
    ``detail`` is an English note for the log."""

    retry = Retry.WAIT

    def __init__(self, problem: CredentialProblem, detail: str) -> None:
        super().__init__(detail)
        self.problem = problem
        self.detail = detail


def from_environment(env: Mapping[str, str] | None = None) -> Credentials | None:
    """The SDK's and tccli's convention; used for the run instead of the keyring."""
    env = os.environ if env is None else env
    secret_id = env.get(ENV_SECRET_ID, "").strip()
    secret_key = env.get(ENV_SECRET_KEY, "").strip()
    if not secret_id or not secret_key:
        return None
    token = env.get(ENV_TOKEN, "").strip()
    return Credentials(
        secret_id,
        Secret(secret_key),
        Secret(token) if token else None,
        CredentialSource.ENVIRONMENT,
    )


def _non_empty_text(value: object) -> typing.TypeGuard[str]:
    return isinstance(value, str) and bool(value.strip())


def _is_unusable(backend: KeyringBackend) -> bool:
    # The null backend "succeeds" at everything and stores nothing: as bad as none.
    module = type(backend).__module__
    return module.startswith(("keyring.backends.fail", "keyring.backends.null"))


class CredentialStore:
    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    def check_backend(self) -> None:
        if _is_unusable(self.backend):
            raise CredentialError(
                CredentialProblem.NO_BACKEND,
                f"unusable keyring backend {type(self.backend).__name__}",
            )

    def _call(self, action: str, fn, *args: str):  # type: ignore[no-untyped-def]
        self.check_backend()
        try:
            return fn(*args)
        except keyring.errors.NoKeyringError:
            raise CredentialError(CredentialProblem.NO_BACKEND, "no keyring backend") from None
        except (keyring.errors.KeyringLocked, keyring.errors.InitError) as exc:
            raise CredentialError(
                CredentialProblem.LOCKED, f"keyring locked or not opened ({type(exc).__name__})"
            ) from None
        except Exception as exc:
            # KeyringError, but also whatever a backend lets through (a D-Bus error, a
            # RuntimeError, pywintypes.error on Windows): never let it end the app.
            raise CredentialError(
                CredentialProblem.FAILED, f"keyring refused to {action} ({type(exc).__name__})"
            ) from None

    def load(self, profile: str) -> Credentials | None:
        blob = self._call("read the credentials", self.backend.get_password, SERVICE, profile)
        if blob is None:
            return None
        try:
            data = json.loads(blob) if isinstance(blob, str) else None
        except (ValueError, RecursionError):
            data = None
        secret_id = data.get("secret_id") if isinstance(data, dict) else None
        secret_key = data.get("secret_key") if isinstance(data, dict) else None
        token = data.get("token") if isinstance(data, dict) else None
        # Typed at the edge: a null, numeric or empty value would otherwise fail much later,
        # inside the SDK on an engine thread.
        if not (
            _non_empty_text(secret_id)
            and _non_empty_text(secret_key)
            and (token is None or isinstance(token, str))
        ):
            raise CredentialError(CredentialProblem.CORRUPT, "unreadable keyring entry")
        return Credentials(secret_id.strip(), Secret(secret_key), Secret(token) if token else None)

    def save(self, profile: str, credentials: Credentials) -> None:
        blob = json.dumps(
            {
                "secret_id": credentials.secret_id,
                "secret_key": credentials.secret_key.reveal(),
                "token": credentials.token.reveal() if credentials.token else None,
            }
        )
        self._call("store the credentials", self.backend.set_password, SERVICE, profile, blob)

    # --- other secrets of a profile (the team database's password) --------------------
    def load_secret(self, name: str) -> Secret | None:
        value = self._call("read a password", self.backend.get_password, SERVICE, name)
        if value is None:
            return None
        if not _non_empty_text(value):
            raise CredentialError(CredentialProblem.CORRUPT, "unreadable keyring entry")
        return Secret(value)

    def save_secret(self, name: str, value: Secret) -> None:
        self._call("store a password", self.backend.set_password, SERVICE, name, value.reveal())

    def delete(self, profile: str) -> None:
        try:
            self._call("delete the credentials", self.backend.delete_password, SERVICE, profile)
        except CredentialError as exc:
            if exc.problem is not CredentialProblem.FAILED:
                raise
