"""The two seams the engine depends on, so that a second implementation can attach.

- An ``EventSource`` is where events come from and where confirmations go. Today:
  ``cloud.VodApi`` (reliable callback: PullEvents/ConfirmEvents). Next: a watch-only task
  reader (DescribeTasks, never confirms) and a team follower.
- A ``Ledger`` is where events live and what the engine's worker writes. Today:
  ``store.Store`` (SQLite, one editor). Next: a PostgreSQL ledger shared by a team.

Only what the engine calls is here; no more abstraction than those implementations need.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from vodmonitor.cloud import Connection, EventConfig
from vodmonitor.events import Event, PullBatch, RejectedEvent
from vodmonitor.ledgers.sqlite import EventState, IngestResult, StoredEvent, StoreError
from vodmonitor.media.facts import MediaFacts


class EventSource(Protocol):
    def pull(self) -> PullBatch: ...

    def confirm(self, handles: Sequence[str]) -> str | None: ...

    def describe_config(self) -> EventConfig: ...

    def idle_delay(self) -> float:
        """Seconds to wait after a pull before the next: 0 for a long poll."""
        ...


class Ledger(Protocol):
    def close(self) -> None: ...

    def error(self, exc: BaseException) -> StoreError: ...

    def ingest_pulls(
        self,
        pulls: Sequence[tuple[Sequence[Event], float]],
        *,
        auto_acknowledge_other: bool = ...,
        acknowledged_before: float = ...,
        cursor: str | None = ...,
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


SourceFactory = Callable[[Connection], EventSource]
LedgerFactory = Callable[[Path], Ledger]


class MirroredLedger(Ledger, Protocol):
    """A ledger shared with other desktops (team mode), mirrored locally."""

    def refresh(self, ids: Sequence[int]) -> tuple[list[int], list[int]]: ...

    def refresh_rejected(self) -> None: ...

    def resync(self) -> tuple[list[int], list[int]]: ...


@dataclass(frozen=True)
class TeamStatus:
    """Who is there: shown in the status bar in team mode."""

    connected: bool
    leading: bool = False
    leader: str = ""  # the leading editor's name, when another desktop leads
    desktops: int = 0
    problem: str = ""  # why the team database cannot be reached


class LinkHooks(Protocol):
    """What a coordinator tells the engine, from its own thread."""

    def can_lead(self) -> bool: ...

    def leading(self, on: bool) -> None: ...

    def changed(self, ids: list[int]) -> None: ...

    def rejected_changed(self) -> None: ...

    def resync(self) -> None: ...

    def team(self, status: TeamStatus) -> None: ...


class Coordinator(Protocol):
    """Leadership and change notices among desktops sharing a ledger."""

    def run(self, hooks: LinkHooks, stop: threading.Event) -> None: ...
