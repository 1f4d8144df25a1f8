"""What the engine reports, and the one rule for what the window may honestly say."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from vodmonitor.cloud import CloudError
from vodmonitor.ledgers.model import StorageProblem


class EngineState(StrEnum):
    CONNECTING = "connecting"
    LIVE = "live"
    BACKING_OFF = "backing_off"
    THROTTLED = "throttled"
    AUTH_ERROR = "auth_error"
    PUSH_MODE = "push_mode"  # the source says the queue is not its to read
    NO_CREDENTIALS = "no_credentials"
    BAD_ENDPOINT = "bad_endpoint"  # set by the app: the endpoint given was refused
    STORAGE_ERROR = "storage_error"  # the database cannot be written; retrying
    STALLED = "stalled"  # the worker has not been through its loop lately
    TEAM_OFFLINE = "team_offline"  # team mode: the team database cannot be reached
    FAILED = "failed"  # an unexpected error halted monitoring; see the log
    STOPPED = "stopped"


@dataclass(frozen=True)
class TeamStatus:
    """Who is there: shown in the status bar in team mode."""

    connected: bool
    leading: bool = False
    leader: str = ""  # the leading editor's name, when another desktop leads
    desktops: int = 0
    problem: str = ""  # why the team database cannot be reached


@dataclass(frozen=True)
class Backlog:
    """What waits at VOD (see engine/gauge.py)."""

    count: int
    what: str  # "queue": events waiting in VOD's queue; "processing": clip tasks unfinished
    growing: bool = False  # rising for several minutes: not keeping up, or another consumer
    more: bool = False  # the count is a lower bound (watch-only stops counting at a limit)


@dataclass(frozen=True)
class EngineStatus:
    state: EngineState
    error: CloudError | None = None
    retry_at: float | None = None  # wall-clock time of the next try
    last_poll_ok: float | None = None
    notification_url: str = ""
    storage_problem: StorageProblem | None = None
    detail: str = ""  # the database path, or the failed thread and exception type
    waiting_acks: int = 0  # acknowledgements kept in memory until the disk works again
    team: TeamStatus | None = None  # team mode: leading or following whom, how many
    backlog: Backlog | None = None  # while live: what waits at VOD


@dataclass(frozen=True)
class Change:
    inserted: tuple[int, ...] = ()
    updated: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()  # rows gone from the ledger (retention)


ChangeCallback = Callable[[Change], None]
StatusCallback = Callable[[EngineStatus], None]


def honest_status(
    status: EngineStatus,
    *,
    failure: EngineStatus | None,
    storage: EngineStatus | None,
    team: TeamStatus | None,
    heartbeat_age: float,
    heartbeat_s: float,
) -> EngineStatus:
    """What the window may say: a failure or a broken disk outranks anything the network
    threads report, an unreachable team database outranks a pull, and LIVE needs a worker
    that went through its loop within ``heartbeat_s``."""
    if status.state is EngineState.STOPPED:
        return status
    if team is not None:
        if not team.connected and status.state is not EngineState.FAILED:
            status = EngineStatus(EngineState.TEAM_OFFLINE, detail=team.problem)
        status = replace(status, team=team)
    if failure is not None:
        return replace(failure, team=team)
    if storage is not None:
        return replace(storage, team=team)
    if status.state is EngineState.LIVE and heartbeat_age > heartbeat_s:
        return EngineStatus(EngineState.STALLED, last_poll_ok=status.last_poll_ok)
    return status
