"""One base for vodmonitor's own errors (as Maestral has): each says what a caller may do
about it (``retry``) and carries what the UI needs to say it in the user's language at
one boundary (``ui/errors.describe``). Messages written here are English details for the
log, never the text the user reads.
"""

from __future__ import annotations

from enum import StrEnum


class Retry(StrEnum):
    NEVER = "never"  # bad input or a bug: say so; trying again cannot help
    BACKOFF = "backoff"  # passing (network, throttling, a full disk): again, with backoff
    WAIT = "wait"  # needs the user (keys, keyring, clock): wait for a change


class VodmonitorError(Exception):
    retry: Retry = Retry.NEVER


def first_line(exc: BaseException) -> str:
    """An exception's first line, bounded: what a status or a log line shows of it."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]
