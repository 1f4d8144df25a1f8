"""One error hierarchy: every error of vodmonitor's says how to retry, and the window
words each one in the user's language at one boundary (no English detail, no secret)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vodmonitor.cloud import CloudError, EndpointError, ErrorKind, NoCredentials, parse_endpoint
from vodmonitor.credentials import CredentialError, CredentialProblem
from vodmonitor.errors import Retry, VodmonitorError
from vodmonitor.events import EventParseError
from vodmonitor.ledgers.model import StorageProblem, StoreError
from vodmonitor.paths import DataFolderError
from vodmonitor.ui.errors import describe


def every_error() -> list[VodmonitorError]:
    return [
        CloudError(ErrorKind.TRANSIENT, "InternalError", "boom", "req-1"),
        CloudError(ErrorKind.AUTH, "AuthFailure.SecretIdNotFound", "no", "req-2"),
        CloudError(ErrorKind.PERMANENT, "InvalidParameter", "bad"),
        NoCredentials(),
        StoreError(StorageProblem.FULL, Path("/x/events.sqlite3"), "database or disk is full"),
        StoreError(StorageProblem.CORRUPT, Path("/x/events.sqlite3"), "file is not a database"),
        CredentialError(CredentialProblem.LOCKED, "keyring locked (KeyringLocked)"),
        DataFolderError(Path("/ro"), "Read-only file system"),
        EventParseError("payload has no EventType"),
    ]


@pytest.mark.parametrize("error", every_error(), ids=lambda e: type(e).__name__)
def test_every_error_says_how_to_retry_and_has_words(qapp, error: VodmonitorError) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(error.retry, Retry)
    text = describe(error)
    assert text and "keyring locked (KeyringLocked)" not in text  # the log's detail stays there


def test_retry_follows_the_kind() -> None:
    assert CloudError(ErrorKind.THROTTLED, "RequestLimitExceeded", "").retry is Retry.BACKOFF
    assert CloudError(ErrorKind.AUTH, "AuthFailure", "").retry is Retry.WAIT
    assert StoreError(StorageProblem.FULL, Path("x"), "").retry is Retry.BACKOFF
    assert StoreError(StorageProblem.NEWER, Path("x"), "").retry is Retry.NEVER
    with pytest.raises(EndpointError) as caught:
        parse_endpoint("host:0")
    assert isinstance(caught.value, VodmonitorError) and isinstance(caught.value, ValueError)
