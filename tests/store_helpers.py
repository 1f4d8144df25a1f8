"""Shortcuts tests use to fill and read a store; the app itself goes through ingest_pulls
and the view queries."""

from __future__ import annotations

from collections.abc import Sequence

from vodmonitor.events import Event
from vodmonitor.ledgers.model import IngestResult, StoredEvent
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.ledgers.sqlite_reads import COLUMNS, row_to_event


def ingest(store: Store, events: Sequence[Event], received_at: float) -> IngestResult:
    """One pull's events in one transaction."""
    return store.ingest_pulls([(events, received_at)])


def all_events(store: Store) -> list[StoredEvent]:
    rows = store._db.execute(
        f"SELECT {COLUMNS} FROM events e JOIN event_payloads p ON p.id = e.id ORDER BY e.id"
    )
    return [row_to_event(r) for r in rows]
