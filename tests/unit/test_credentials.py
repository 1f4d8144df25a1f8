from __future__ import annotations

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import InitError, KeyringError, KeyringLocked

from tests.memory_keyring import MemoryKeyring
from vodmonitor.cloud import Secret
from vodmonitor.credentials import (
    CredentialError,
    CredentialProblem,
    Credentials,
    CredentialSource,
    CredentialStore,
    from_environment,
)

KEY = "kEy-ThAt-MuSt-NeVeR-LeAk-123"


class RaisingKeyring(MemoryKeyring):
    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error


def test_round_trip_in_keyring() -> None:
    store = CredentialStore()
    store.save("work", Credentials("AKIDx", Secret(KEY), Secret("tok")))
    loaded = store.load("work")
    assert loaded is not None
    assert loaded.secret_id == "AKIDx"
    assert loaded.secret_key.reveal() == KEY
    assert loaded.token is not None and loaded.token.reveal() == "tok"
    assert loaded.source is CredentialSource.KEYRING
    assert KEY not in repr(loaded)
    assert store.load("other") is None
    store.delete("work")
    assert store.load("work") is None


def test_one_service_name_for_everything() -> None:
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    CredentialStore().save("p", Credentials("id", Secret(KEY)))
    assert {service for service, _ in backend.store} == {"vodmonitor"}


def test_environment_credentials() -> None:
    env = {"TENCENTCLOUD_SECRET_ID": "AKIDenv", "TENCENTCLOUD_SECRET_KEY": KEY}
    creds = from_environment(env)
    assert creds is not None
    assert creds.source is CredentialSource.ENVIRONMENT
    assert creds.secret_key.reveal() == KEY
    assert from_environment({"TENCENTCLOUD_SECRET_ID": "x"}) is None
    assert from_environment({}) is None


@pytest.mark.parametrize(
    "backend",
    [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()],
    ids=["fail", "null"],
)
def test_no_backend_is_a_clear_error(backend: KeyringBackend) -> None:
    store = CredentialStore(backend)
    with pytest.raises(CredentialError) as info:
        store.save("p", Credentials("id", Secret(KEY)))
    assert info.value.problem is CredentialProblem.NO_BACKEND
    assert "backend" in info.value.detail  # for the log; the window words it (ui/errors)
    assert KEY not in str(info.value)


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (InitError("locked"), CredentialProblem.LOCKED),
        (KeyringLocked("locked"), CredentialProblem.LOCKED),
        (KeyringError("prompt dismissed"), CredentialProblem.FAILED),
    ],
)
def test_locked_or_dismissed_keyring(error: Exception, problem: CredentialProblem) -> None:
    store = CredentialStore(RaisingKeyring(error))
    with pytest.raises(CredentialError) as info:
        store.load("p")
    assert info.value.problem is problem
    with pytest.raises(CredentialError):
        store.save("p", Credentials("id", Secret(KEY)))


def test_corrupt_entry() -> None:
    keyring.get_keyring().set_password("vodmonitor", "p", "not json")
    with pytest.raises(CredentialError) as info:
        CredentialStore().load("p")
    assert info.value.problem is CredentialProblem.CORRUPT


@pytest.mark.parametrize(
    "blob",
    [
        '{"secret_id": "AKIDx", "secret_key": null}',
        '{"secret_id": "AKIDx", "secret_key": 12345}',
        '{"secret_id": "AKIDx", "secret_key": ""}',
        '{"secret_id": 42, "secret_key": "k"}',
        '{"secret_id": "AKIDx", "secret_key": "k", "token": 7}',
        '["AKIDx", "k"]',
        "[" * 100_000,
    ],
)
def test_keyring_values_are_typed_at_the_edge(blob: str) -> None:
    backend = MemoryKeyring()
    backend.set_password("vodmonitor", "work", blob)
    with pytest.raises(CredentialError) as caught:
        CredentialStore(backend).load("work")
    assert caught.value.problem is CredentialProblem.CORRUPT


def test_any_backend_exception_becomes_a_credential_error() -> None:
    store = CredentialStore(RaisingKeyring(RuntimeError("dbus went away")))
    with pytest.raises(CredentialError) as caught:
        store.load("work")
    assert caught.value.problem is CredentialProblem.FAILED
    assert "RuntimeError" in caught.value.detail
