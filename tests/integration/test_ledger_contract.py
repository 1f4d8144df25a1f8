"""One contract, two ledgers: the SQLite ledger (one editor) and the team's PostgreSQL
ledger (mirrored into SQLite) must behave alike for everything the engine asks of them.
The PostgreSQL cases run against the real server the suite starts."""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.postgres import EDITOR_PASSWORD, PgServer
from vodmonitor.cloud import Secret
from vodmonitor.events import Event, RejectedEvent, parse_event
from vodmonitor.ledgers import sqlite_search
from vodmonitor.ledgers.model import EventState, Ledger, Reason, StoredEvent
from vodmonitor.ledgers.postgres import TeamLedger
from vodmonitor.ledgers.postgres_config import TeamConfig
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.ledgers.view import WatchMemoryReader
from vodmonitor.media.facts import MediaFacts
from vodmonitor.simulator import generator

T0 = 1_800_000_000.0


class Subject:
    """A ledger under test, and the SQLite file the window reads for it."""

    def __init__(self, ledger: Ledger, view: Path) -> None:
        self.ledger = ledger
        self.view = view

    def rows(self) -> list[StoredEvent]:
        store = Store(self.view, readonly=True)
        try:
            ids = [r[0] for r in store._db.execute("SELECT id FROM events ORDER BY id")]
            return [store.get(ids)[i] for i in ids]
        finally:
            store.close()

    def row(self, event_id: int) -> StoredEvent:
        return self.ledger.get([event_id])[event_id]


@pytest.fixture(params=["sqlite", "postgres"])
def subject(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Subject]:
    if request.param == "sqlite":
        path = tmp_path / "single.sqlite3"
        ledger: Ledger = Store(path)
    else:
        server: PgServer = request.getfixturevalue("pg_server")
        team = TeamConfig(server.new_database(), Secret(EDITOR_PASSWORD), "Min-ji", 1500000001)
        path = tmp_path / "team-mirror.sqlite3"
        ledger = TeamLedger(team, path)
    yield Subject(ledger, path)
    ledger.close()
    assert_derived_in_step(path)


def assert_derived_in_step(path: Path) -> None:
    """Whatever the case did, the search index and the kept counts describe the rows."""
    db = sqlite3.connect(path)
    try:
        sqlite_search.check(db)
        kept = {r[0]: r[1:] for r in db.execute("SELECT * FROM event_counts") if r[1]}
        counted = {
            r[0]: r[1:]
            for r in db.execute(
                "SELECT event_type, COUNT(*), TOTAL(state = 'new'), TOTAL(succeeded IS 0) "
                "FROM events GROUP BY event_type"
            )
        }
        assert kept == counted
    finally:
        db.close()


def clip(n: int, handle: str | None = "h", **fields: object) -> Event:
    body = generator.clip_complete(random.Random(n), "http://m", failed=False)
    body["ClipCompleteEvent"]["FileInfo"].update(fields)
    if handle is not None:
        body["EventHandle"] = f"{handle}{n}"
    return parse_event(body)


def ingest(subject: Subject, events: list[Event], at: float, **kw: object):  # type: ignore[no-untyped-def]
    return subject.ledger.ingest_pulls([(events, at)], **kw)  # type: ignore[arg-type]


# --- ingest and redeliveries ----------------------------------------------------------------
def test_each_event_is_one_row_and_a_redelivery_updates_it(subject: Subject) -> None:
    events = [clip(n) for n in range(5)]
    first = ingest(subject, events, T0)
    assert len(first.inserted) == 5 and first.updated == []
    again = ingest(subject, [clip(2, handle="new")], T0 + 30)
    assert again.inserted == [] and len(again.updated) == 1
    [event_id] = again.updated
    row = subject.row(event_id)
    assert (row.delivery_count, row.handle, row.handle_at) == (2, "new2", T0 + 30)
    assert row.first_seen == T0 and row.last_seen == T0 + 30
    assert len(subject.rows()) == 5
    assert row.raw_json == events[2].raw_json  # the payload as first sent


def test_one_pull_that_repeats_an_event_keeps_its_last_copy(subject: Subject) -> None:
    result = ingest(subject, [clip(1, handle="a"), clip(1, handle="b")], T0)
    [event_id] = result.inserted
    assert subject.row(event_id).handle == "b1"


def test_a_conflicting_payload_is_a_row_of_its_own(subject: Subject) -> None:
    [original] = ingest(subject, [clip(1)], T0).inserted
    changed = clip(1, handle="x", FileUrl="https://elsewhere.example/other.mp4")
    result = ingest(subject, [changed], T0 + 1)
    [variant] = result.inserted
    rows = {r.id: r for r in subject.rows()}
    assert set(rows) == {original, variant}
    assert rows[original].conflict and rows[variant].conflict
    assert rows[original].handle == "h1"  # never lends its handle to the other payload
    assert rows[variant].handle == "x1"
    assert rows[variant].identity.startswith(rows[original].identity + "#")


def test_an_acknowledged_event_redelivered_is_confirmed_with_the_new_handle(
    subject: Subject,
) -> None:
    [event_id] = ingest(subject, [clip(1)], T0).inserted
    subject.ledger.acknowledge([event_id], T0 + 10)
    early = ingest(subject, [clip(1, handle="a")], T0 + 12, acknowledged_before=T0 + 7)
    assert early.to_confirm == []  # the undo window is not over
    late = ingest(subject, [clip(1, handle="b")], T0 + 40, acknowledged_before=T0 + 35)
    assert late.to_confirm == [(event_id, "b1")]


def test_other_types_may_be_acknowledged_on_arrival(subject: Subject) -> None:
    upload = parse_event({"EventType": "NewFileUpload", "FileUploadEvent": {"FileId": "1"}})
    [event_id] = ingest(subject, [upload], T0, auto_acknowledge_other=True).inserted
    row = subject.row(event_id)
    assert row.state is EventState.ACKNOWLEDGED and row.state_reason == Reason.AUTO_CONFIRM
    [clip_id] = ingest(subject, [clip(1)], T0, auto_acknowledge_other=True).inserted
    assert subject.row(clip_id).state is EventState.NEW  # clips wait for the editor


def test_unreadable_entries_are_kept_once_with_a_count(subject: Subject) -> None:
    raw = json.dumps({"EventType": "ClipComplete", "ClipCompleteEvent": [1, 2]})
    entry = RejectedEvent(raw, "h", "not an object")
    assert subject.ledger.record_rejected([(entry, T0)]) == [True]
    assert subject.ledger.record_rejected([(entry, T0 + 30)]) == [False]
    other = RejectedEvent(raw.replace("1, 2", "3"), None, "not an object")
    assert subject.ledger.record_rejected([(other, T0 + 31)]) == [True]
    store = Store(subject.view, readonly=True)
    try:  # the team's mirror counts redeliveries at its next resync, not at once
        assert store.counts().rejected == 2
    finally:
        store.close()


# --- acknowledge, undo, confirm --------------------------------------------------------------
def test_acknowledge_counts_once_and_undo_only_before_anything_was_sent(
    subject: Subject,
) -> None:
    a, b = ingest(subject, [clip(1), clip(2)], T0).inserted
    assert subject.ledger.acknowledge([a, b], T0 + 1) == [a, b]
    assert subject.ledger.acknowledge([a, b], T0 + 2) == []  # already acknowledged
    assert subject.row(a).acknowledged_at == T0 + 1
    subject.ledger.mark_confirm_attempt([b], T0 + 7)
    assert subject.ledger.unacknowledge([a, b]) == [a]  # b may already be confirmed
    assert subject.row(a).state is EventState.NEW and subject.row(a).acknowledged_at is None
    assert subject.row(b).state is EventState.ACKNOWLEDGED


def test_confirmation_results(subject: Subject) -> None:
    a, b, c = ingest(subject, [clip(1), clip(2), clip(3)], T0).inserted
    subject.ledger.acknowledge([a, b, c], T0 + 1)
    assert subject.ledger.mark_confirmed([a], T0 + 7) == [a]
    assert subject.ledger.mark_confirmed([a], T0 + 8) == []  # once
    problem = subject.ledger.mark_confirm_problem([b], EventState.CONFIRM_FAILED, "E: down")
    assert problem == [b]
    assert (subject.row(b).state, subject.row(b).state_reason) == (
        EventState.CONFIRM_FAILED,
        "E: down",
    )
    expired = subject.ledger.mark_confirm_problem(
        [c], EventState.ACKNOWLEDGED, Reason.HANDLE_EXPIRED
    )
    assert expired == [c] and subject.row(c).state_reason == Reason.HANDLE_EXPIRED
    assert subject.row(a).state is EventState.CONFIRMED and subject.row(a).confirmed_at == T0 + 7
    # a new row is never "confirmed" by a late answer
    [d] = ingest(subject, [clip(4)], T0).inserted
    assert subject.ledger.mark_confirmed([d], T0 + 9) == []


def test_which_handles_are_fresh_and_pending(subject: Subject) -> None:
    a, b, c = ingest(subject, [clip(1), clip(2), clip(3)], T0).inserted
    ingest(subject, [clip(2, handle="n")], T0 + 20)  # b redelivered: a fresher handle
    subject.ledger.acknowledge([a, b], T0 + 21)
    fresh_after, before = T0 + 30 - 25, T0 + 30 - 5
    assert subject.ledger.pending_confirmations(fresh_after, before) == [(b, "n2")]
    assert subject.ledger.pending_confirmations(fresh_after, T0 + 20) == []  # may be undone
    assert subject.ledger.fresh_handles([a, b, c], fresh_after, before) == [(b, "n2")]
    assert subject.ledger.pending_confirmations(T0 - 1, before) == [(a, "h1"), (b, "n2")]


def test_lost_answers_are_found_by_the_missing_redelivery(subject: Subject) -> None:
    a, b = ingest(subject, [clip(1), clip(2)], T0).inserted
    subject.ledger.acknowledge([a, b], T0)
    subject.ledger.mark_confirm_attempt([a, b], T0 + 10)
    ingest(subject, [clip(2, handle="again")], T0 + 40)  # b is still held by VOD
    assert subject.ledger.unredelivered_attempts(T0 + 100) == [a]
    assert subject.ledger.unredelivered_attempts(T0 + 5) == []


def test_rows_without_a_handle_are_done_after_the_undo_window(subject: Subject) -> None:
    pushed, pulled = ingest(subject, [clip(1, handle=None), clip(2)], T0).inserted
    subject.ledger.acknowledge([pushed, pulled], T0 + 1)
    assert subject.ledger.settle_done(T0, T0 + 3) == []  # still inside its window
    assert subject.ledger.settle_done(T0 + 2, T0 + 7) == [pushed]
    assert subject.row(pushed).state is EventState.DONE
    assert subject.row(pulled).state is EventState.ACKNOWLEDGED  # it has a handle to confirm


# --- media facts and the watch cursor ----------------------------------------------------------
def test_media_facts_reach_every_row_naming_the_file(subject: Subject) -> None:
    events = [clip(1), clip(2)]
    a, b = ingest(subject, events, T0).inserted
    file_a = subject.row(a).file_id
    assert file_a
    facts = [MediaFacts(file_a, "Interview — clip 1", 12.5, 1024, "", "", "")]
    assert subject.ledger.apply_media(facts, T0 + 1) == [a]
    row = subject.row(a)
    assert (row.clip_name, row.duration, row.size) == ("Interview — clip 1", 12.5, 1024)
    assert subject.row(b).clip_name is None
    assert subject.ledger.apply_media(facts, T0 + 1) == []  # nothing newer to copy


def test_the_cursor_commits_with_the_events_it_covers(subject: Subject) -> None:
    ingest(subject, [clip(1)], T0, cursor='{"v": 1, "finished": "2026-12-03T00:00:00Z"}')
    memory = WatchMemoryReader(subject.view)
    assert memory.cursor() == '{"v": 1, "finished": "2026-12-03T00:00:00Z"}'
    task = subject.rows()[0].task_id
    assert task is not None and memory.known([task, "unknown"]) == {task}


def test_a_writable_check_writes(subject: Subject) -> None:
    subject.ledger.check_writable(T0)  # raises StoreError when it cannot
    assert subject.ledger.get([12345]) == {}
