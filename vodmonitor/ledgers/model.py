"""What a ledger holds and says, whichever database keeps it: the shared types."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from vodmonitor.errors import Retry, VodmonitorError
from vodmonitor.events import CLIP_COMPLETE, Event, RejectedEvent
from vodmonitor.media.facts import MediaFacts


class EventState(StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"  # shown as "acknowledged, confirming"
    CONFIRMED = "confirmed"
    CONFIRM_FAILED = "confirm_failed"
    DONE = "done"  # watch-only: acknowledged here; nothing is confirmed on VOD


WANTS_CONFIRM = (EventState.ACKNOWLEDGED.value, EventState.CONFIRM_FAILED.value)


class Reason(StrEnum):
    """Why a row is in its state; stored as keys so the UI can say it in any language.
    A failed confirmation stores the API's own ``code: message`` instead."""

    AUTO_CONFIRM = "auto-confirm"  # other event type, confirmed by the setting
    HANDLE_EXPIRED = "handle-expired"  # waiting for VOD to send the event again
    NOT_REDELIVERED = "not-redelivered"  # confirmed: VOD stopped sending it


@dataclass(frozen=True, slots=True)
class StoredEvent:
    id: int
    identity: str
    event_type: str
    raw_json: str
    task_id: str | None
    src_file_id: str | None
    file_id: str | None
    file_url: str | None
    file_type: str | None
    err_code: int | None
    message: str | None
    succeeded: bool | None
    first_seen: float
    last_seen: float
    delivery_count: int
    handle: str | None
    handle_at: float | None
    state: EventState
    state_reason: str
    acknowledged_at: float | None
    confirm_attempt_at: float | None
    confirmed_at: float | None
    err_text: str | None = None  # the ErrCode as sent, when it is not a 64-bit integer
    conflict: bool = False  # another payload arrived with the same TaskId
    acknowledged_by: str | None = None  # team mode: the editor who acknowledged it
    clip_name: str | None = None  # from DescribeMediaInfos; None: not looked up yet
    duration: float | None = None
    size: int | None = None
    cover_url: str | None = None
    media_note: str | None = None  # why the clip's file has no facts (deleted, denied...)
    source_name: str | None = None
    source_note: str | None = None

    @property
    def is_clip(self) -> bool:
        return self.event_type == CLIP_COMPLETE

    @property
    def error_code_text(self) -> str:
        if self.err_code is not None:
            return str(self.err_code)
        return self.err_text or ""


@dataclass(frozen=True)
class IngestResult:
    inserted: list[int]
    updated: list[int]
    # Acknowledged events that just arrived with a fresh handle: confirm them now.
    to_confirm: list[tuple[int, str]]
    # Events whose values SQLite refused, set aside instead of failing their batch.
    refused: list[RejectedEvent] = field(default_factory=list)


@dataclass(frozen=True)
class Counts:
    needs_attention: int
    failed: int
    total: int
    rejected: int = 0  # unreadable EventSet entries kept aside


class StorageProblem(StrEnum):
    """What is wrong with the database file or its disk; the UI says it in words."""

    FULL = "full"
    READ_ONLY = "read_only"
    CORRUPT = "corrupt"
    NEWER = "newer"  # written by a newer vodmonitor
    IO = "io"  # anything else the file system refused
    # The team's PostgreSQL database (team mode):
    UNREACHABLE = "unreachable"  # down, or the network is; reconnecting
    REFUSED = "refused"  # wrong user name or password
    PERMISSION = "permission"  # the role lacks a right it needs


class StoreError(VodmonitorError):
    """The database cannot be opened or written. ``problem`` says why; a full disk or a
    read-only file may heal (the engine retries), a corrupt or newer file does not."""

    def __init__(self, problem: StorageProblem, path: Path | str, detail: str) -> None:
        super().__init__(f"{detail} ({path})")
        self.problem = problem
        self.path = path
        self.detail = detail

    @property
    def may_heal(self) -> bool:
        return self.problem in (
            StorageProblem.FULL,
            StorageProblem.READ_ONLY,
            StorageProblem.IO,
            StorageProblem.UNREACHABLE,
        )

    @property
    def retry(self) -> Retry:  # type: ignore[override]
        return Retry.BACKOFF if self.may_heal else Retry.NEVER


class Ledger(Protocol):
    """Where events live: what the engine's worker writes and reads."""

    def close(self) -> None: ...

    def error(self, exc: BaseException) -> StoreError: ...

    def ingest_pulls(
        self,
        pulls: Sequence[tuple[Sequence[Event], float]],
        *,
        auto_acknowledge_other: bool = ...,
        acknowledged_before: float = ...,
        cursor: str | None = ...,
        durable: bool = ...,
    ) -> IngestResult: ...

    def record_rejected(self, rejected: Iterable[tuple[RejectedEvent, float]]) -> list[bool]: ...

    def check_writable(self, at: float) -> None: ...

    def acknowledge(self, ids: Sequence[int], at: float) -> list[int]: ...

    def unacknowledge(self, ids: Sequence[int]) -> list[int]: ...

    def mark_confirm_attempt(self, ids: Sequence[int], at: float) -> None: ...

    def mark_confirmed(self, ids: Sequence[int], at: float, reason: str = ...) -> list[int]: ...

    def settle_done(self, acknowledged_before: float, at: float) -> list[int]: ...

    def mark_confirm_problem(
        self, ids: Sequence[int], state: EventState, reason: str
    ) -> list[int]: ...

    def pending_confirmations(
        self, fresh_after: float, acknowledged_before: float = ...
    ) -> list[tuple[int, str]]: ...

    def fresh_handles(
        self, ids: Sequence[int], fresh_after: float, acknowledged_before: float = ...
    ) -> list[tuple[int, str]]: ...

    def unredelivered_attempts(self, attempted_before: float) -> list[int]: ...

    def get(self, ids: Sequence[int]) -> dict[int, StoredEvent]: ...

    def apply_media(self, facts: Sequence[MediaFacts], at: float) -> list[int]: ...

    def prune(self, before: float, limit: int) -> list[int]:
        """Remove up to ``limit`` settled rows received before ``before``; their ids."""
        ...
