"""What a source of events is, and what it tells the engine about itself.

The engine holds no mode flags: a ``SourceKind`` says how many readers to run, how many
batches may wait for the writer, and whether anything is ever confirmed on VOD. Its
``open`` builds a reader for a connection (one per reader thread); a kind without one
(pushed callbacks) gets its events through ``Engine.submit_pushed`` instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from vodmonitor.cloud import Connection
from vodmonitor.events import PullBatch


@dataclass(frozen=True)
class QueueCheck:
    """Whether the event queue is this source's to read; when it is not, where VOD sends
    the events instead (a normal-callback URL)."""

    ours: bool = True
    notification_url: str = ""


class EventReader(Protocol):
    def pull(self) -> PullBatch: ...

    def check_queue(self) -> QueueCheck:
        """Asked before the first pull and after a long quiet spell."""
        ...

    def idle_delay(self) -> float:
        """Seconds to wait after a pull before the next: 0 for a long poll."""
        ...


class EventConfirmer(Protocol):
    def confirm(self, handles: Sequence[str]) -> str | None:
        """Confirm these handles on VOD; returns the RequestId."""
        ...


class Gauge(Protocol):
    """How much waits at VOD for this source."""

    what: str  # "queue" or "processing"

    def waiting(self) -> tuple[int, bool]:
        """The count, and whether it is only a lower bound. Raises CloudError."""
        ...


@dataclass(frozen=True)
class SourceKind:
    name: str
    readers: int  # reader threads
    batches_in_flight: int  # pulled batches that may wait for the writer at once
    open: Callable[[Connection], EventReader] | None = None  # None: events are pushed
    # How confirmations reach VOD; None: nothing is ever confirmed there (an acknowledged
    # row is done here once its undo window is over).
    open_confirmer: Callable[[Connection], EventConfirmer] | None = None
    # What waits at VOD, read every minute while live; None: nothing to read.
    open_gauge: Callable[[Connection], Gauge] | None = None

    @property
    def confirms(self) -> bool:
        return self.open_confirmer is not None
