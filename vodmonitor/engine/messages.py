"""The messages the engine's threads send to the worker's inbox, which keeps their order."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass

from vodmonitor.cloud import CloudError
from vodmonitor.engine.status import Change
from vodmonitor.events import PullBatch
from vodmonitor.ledgers.model import IngestResult
from vodmonitor.media.facts import MediaFacts


@dataclass
class Pulled:
    batch: PullBatch
    received_at: float


@dataclass
class Pushed:
    """Events VOD POSTed to the receiver: committed before the receiver answers 200."""

    batch: PullBatch
    received_at: float
    done: Future[IngestResult]


@dataclass
class Acknowledge:
    ids: list[int]


@dataclass
class Undo:
    ids: list[int]


@dataclass
class Confirmed:
    pairs: list[tuple[int, str]]
    error: CloudError | None
    request_id: str | None = None


@dataclass
class Released:
    pairs: list[tuple[int, str]]  # confirmations not sent: this desktop stopped leading


@dataclass
class Media:
    facts: list[MediaFacts]


@dataclass(frozen=True)
class Prune:
    """Remove settled rows received before ``before`` (retention), a batch at a time."""

    before: float


STOP = object()


@dataclass
class RunOnWorker:
    """Work that needs the ledger (a team mirror refresh): run by the worker, in order."""

    task: Callable[[], Change | None]


@dataclass
class LeadGained:
    """This desktop leads now: confirm what waits."""
