"""The team ledger against a real PostgreSQL: schema, ingest, acknowledgements with names,
the local mirror, and every way the database can refuse."""

from __future__ import annotations

import random
import threading
from pathlib import Path

import psycopg
import pytest

from tests.integration.test_ledger_contract import assert_derived_in_step
from tests.integration.test_team import ROOT
from tests.postgres import EDITOR_PASSWORD, PgServer
from vodmonitor.cloud import Secret
from vodmonitor.events import parse_event
from vodmonitor.ledgers.model import EventState, StorageProblem, StoreError
from vodmonitor.ledgers.postgres import TeamLedger
from vodmonitor.ledgers.postgres_config import TeamConfig, describe_uri, split_password
from vodmonitor.ledgers.postgres_schema import SCHEMA_VERSION, SEARCH_TEXT
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.simulator import generator


def team(uri: str, user: str = "Min-ji", password: str = EDITOR_PASSWORD) -> TeamConfig:
    return TeamConfig(uri, Secret(password), user, sub_app_id=1500000001)


def clips(count: int, rng_seed: int = 1) -> list:  # type: ignore[type-arg]
    import random

    rng = random.Random(rng_seed)
    return [
        parse_event(
            dict(generator.clip_complete(rng, "http://m", failed=False), EventHandle=f"h{n}")
        )
        for n in range(count)
    ]


def test_ingest_mirrors_and_two_editors_acknowledge_once(
    pg_server: PgServer, tmp_path: Path
) -> None:
    uri = pg_server.new_database()
    a = TeamLedger(team(uri, "Min-ji"), tmp_path / "a.sqlite3")
    b = TeamLedger(team(uri, "Wei"), tmp_path / "b.sqlite3")
    try:
        events = clips(50)
        result = a.ingest_pulls([(events, 100.0)])
        assert len(result.inserted) == 50
        again = a.ingest_pulls([(events[:10], 101.0)])  # redelivered
        assert again.inserted == [] and len(again.updated) == 10
        assert a.mirror.counts().total == 50
        inserted, _, _ = b.resync()  # the other desktop catches up
        assert sorted(inserted) == sorted(result.inserted)
        ids = result.inserted[:5]
        outcomes: dict[str, list[int]] = {}
        start = threading.Barrier(2)

        def ack(name: str) -> None:
            # Each desktop on its own thread with its own connection, as in the app.
            own = TeamLedger(team(uri, name), tmp_path / f"{name}.sqlite3")
            start.wait()
            outcomes[name] = own.acknowledge(ids, 200.0)
            own.close()

        threads = [threading.Thread(target=ack, args=(n,)) for n in ("Min-ji", "Wei")]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(outcomes["Min-ji"] + outcomes["Wei"]) == sorted(ids)  # each row once
        b.refresh(ids)
        rows = b.get(ids)
        assert {r.state for r in rows.values()} == {EventState.ACKNOWLEDGED}
        assert {r.acknowledged_by for r in rows.values()} <= {"Min-ji", "Wei"}
        by_a = [i for i in ids if rows[i].acknowledged_by == "Min-ji"]
        assert b.unacknowledge(by_a) == []  # not Wei's to undo
        assert sorted(a.unacknowledge(by_a)) == sorted(by_a)
    finally:
        a.close()
        b.close()


def test_pending_confirmations_come_from_the_shared_ledger(
    pg_server: PgServer, tmp_path: Path
) -> None:
    uri = pg_server.new_database()
    leader = TeamLedger(team(uri, "Leader"), tmp_path / "l.sqlite3")
    follower = TeamLedger(team(uri, "Follower"), tmp_path / "f.sqlite3")
    try:
        result = leader.ingest_pulls([(clips(3), 1000.0)])
        follower.resync()
        follower.acknowledge(result.inserted[:2], 1001.0)
        pending = leader.pending_confirmations(fresh_after=999.0, acknowledged_before=1002.0)
        assert sorted(i for i, _ in pending) == sorted(result.inserted[:2])
        assert leader.pending_confirmations(999.0, acknowledged_before=1000.5) == []  # undo window
        assert leader.mark_confirmed(result.inserted[:2], 1003.0) == sorted(result.inserted[:2])
        follower.refresh(result.inserted[:2])
        assert {e.state for e in follower.get(result.inserted[:2]).values()} == {
            EventState.CONFIRMED
        }
    finally:
        leader.close()
        follower.close()


def test_a_conflicting_payload_gets_its_own_row(pg_server: PgServer, tmp_path: Path) -> None:
    ledger = TeamLedger(team(pg_server.new_database()), tmp_path / "m.sqlite3")
    try:
        body = generator.clip_complete(__import__("random").Random(3), "http://m", failed=False)
        first = parse_event(dict(body, EventHandle="h1"))
        other = dict(body)
        other["ClipCompleteEvent"] = dict(body["ClipCompleteEvent"], FileInfo={"ErrCode": 1})
        ledger.ingest_pulls([([first], 1.0)])
        ledger.ingest_pulls([([parse_event(dict(other, EventHandle="h2"))], 2.0)])
        rows = list(ledger.mirror.get(list(range(1, 10))).values())
        assert len(rows) == 2 and all(r.conflict for r in rows)
    finally:
        ledger.close()


def test_text_postgres_cannot_hold_is_kept_visible(pg_server: PgServer, tmp_path: Path) -> None:
    ledger = TeamLedger(team(pg_server.new_database()), tmp_path / "m.sqlite3")
    try:
        event = parse_event(
            '{"EventType":"ClipComplete","EventHandle":"h","ClipCompleteEvent":{"TaskId":"t\\u0000x",'
            '"FileInfo":{"ErrCode":0,"Message":"a\\u0000b","FileUrl":"http://x/y.mp4"}}}'
        )
        result = ledger.ingest_pulls([([event], 1.0)])
        stored = ledger.get(result.inserted)[result.inserted[0]]
        assert stored.message == "a\ufffdb"
    finally:
        ledger.close()


# --- refusals ---------------------------------------------------------------------------
def test_wrong_password_is_refused_and_says_so(pg_server: PgServer, tmp_path: Path) -> None:
    ledger = TeamLedger(team(pg_server.new_database(), password="wrong"), tmp_path / "m.sqlite3")
    try:
        with pytest.raises(StoreError) as err:
            ledger.check_writable(1.0)
        assert err.value.problem is StorageProblem.REFUSED and not err.value.may_heal
        assert "wrong" not in str(err.value)
    finally:
        ledger.close()


def test_unreachable_host_may_heal(tmp_path: Path) -> None:
    ledger = TeamLedger(team("postgresql://editor@127.0.0.1:1/team"), tmp_path / "m.sqlite3")
    try:
        with pytest.raises(StoreError) as err:
            ledger.pending_confirmations(0.0)
        assert err.value.problem is StorageProblem.UNREACHABLE and err.value.may_heal
        assert "127.0.0.1:1/team" in str(err.value)
    finally:
        ledger.close()


def test_a_newer_schema_is_not_touched(pg_server: PgServer, tmp_path: Path) -> None:
    uri = pg_server.new_database()
    setup = TeamLedger(team(uri), tmp_path / "a.sqlite3")
    setup.check_writable(1.0)  # the first use creates the schema
    setup.close()
    with psycopg.connect(uri, password=EDITOR_PASSWORD, autocommit=True) as conn:
        conn.execute(
            "UPDATE vodmonitor_meta SET value = %s WHERE key = 'schema_version'",
            (str(SCHEMA_VERSION + 1),),
        )
    ledger = TeamLedger(team(uri), tmp_path / "b.sqlite3")
    try:
        with pytest.raises(StoreError) as err:
            ledger.check_writable(1.0)
        assert err.value.problem is StorageProblem.NEWER
    finally:
        ledger.close()


def test_a_role_without_rights_is_told_what_it_lacks(pg_server: PgServer, tmp_path: Path) -> None:
    uri = pg_server.new_database()
    owner = TeamLedger(team(uri), tmp_path / "a.sqlite3")
    owner.check_writable(1.0)  # the owner set it up
    owner.close()
    name = uri.rsplit("/", 1)[1]
    pg_server.admin("DROP ROLE IF EXISTS viewer")
    pg_server.admin("CREATE ROLE viewer LOGIN PASSWORD 'viewer-pw'")
    pg_server.admin(f"GRANT CONNECT ON DATABASE {name} TO viewer")
    viewer_uri = uri.replace("editor@", "viewer@")
    ledger = TeamLedger(team(viewer_uri, password="viewer-pw"), tmp_path / "b.sqlite3")
    try:
        with pytest.raises(StoreError) as err:
            ledger.pending_confirmations(0.0)
        assert err.value.problem is StorageProblem.PERMISSION
        assert "permission denied" in err.value.detail
    finally:
        ledger.close()


def test_the_password_never_reaches_the_settings_uri() -> None:
    uri, password = split_password(
        "postgresql://editor:s3cret@db.example.com:5432/team?sslmode=verify-full"
    )
    assert password == "s3cret" and "s3cret" not in uri
    assert uri == "postgresql://editor@db.example.com:5432/team?sslmode=verify-full"
    assert describe_uri("postgresql://editor:s3cret@db.example.com/team") == "db.example.com/team"


def test_the_mirror_is_a_normal_store(pg_server: PgServer, tmp_path: Path) -> None:
    ledger = TeamLedger(team(pg_server.new_database()), tmp_path / "m.sqlite3")
    result = ledger.ingest_pulls([(clips(4), 1.0)])
    ledger.close()
    view = Store(tmp_path / "m.sqlite3", readonly=True)  # what the window reads
    try:
        assert sorted(view.get(result.inserted)) == sorted(result.inserted)
    finally:
        view.close()


def test_a_team_search_reads_the_trigram_index_and_finds_what_a_scan_finds(
    pg_server: PgServer, tmp_path: Path
) -> None:
    uri = pg_server.new_database()
    ledger = TeamLedger(team(uri, "Min-ji"), tmp_path / "a.sqlite3")
    try:
        rng = random.Random(8)
        bodies = [generator.clip_complete(rng, "https://vod.example.com") for _ in range(60)]
        bodies[7]["ClipCompleteEvent"]["TaskId"] = "clipVideo-Needle_50%"
        ledger.ingest_pulls([([parse_event(b) for b in bodies], 1_800_000_000.0)])
        conn = ledger._connection()
        indexes = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes")}
        assert {"vodmonitor_events_search", "vodmonitor_events_seen"} <= indexes
        conn.execute("SET enable_seqscan = off")  # a small table: make the planner show it
        plan = " ".join(
            r[0]
            for r in conn.execute(
                f"EXPLAIN SELECT id FROM vodmonitor_events WHERE {SEARCH_TEXT} ILIKE '%needle%'"
            )
        )
        assert "vodmonitor_events_search" in plan
        conn.execute("RESET enable_seqscan")
        found = ledger.search("needle_50%")  # the wildcards are literal
        assert len(found) == 1
        everyone = conn.execute(
            "SELECT id, task_id, src_file_id, file_id, file_url, message FROM vodmonitor_events"
        ).fetchall()
        for term in ("vod.example", "F0.MP4", "clipvideo-", "1"):
            expected = {
                r[0] for r in everyone if any(term.lower() in (v or "").lower() for v in r[1:])
            }
            assert set(ledger.search(term)) == expected, term
    finally:
        ledger.close()


def test_the_documented_team_retention_job_reaches_the_mirrors(
    pg_server: PgServer, tmp_path: Path
) -> None:
    uri = pg_server.new_database()
    ledger = TeamLedger(team(uri, "Min-ji"), tmp_path / "a.sqlite3")
    try:
        rng = random.Random(4)
        events = [parse_event(generator.clip_complete(rng, "http://m")) for _ in range(8)]
        ids = ledger.ingest_pulls([(events, 1_000_000.0)]).inserted
        ledger.acknowledge(ids[:5], 1_000_001.0)
        ledger.mark_confirmed(ids[:3], 1_000_002.0)
        ledger.resync()
        job = (ROOT / "docs" / "retention.md").read_text(encoding="utf-8")
        delete = job.split("```sql", 1)[1].split(";", 1)[0]  # the first statement, as written
        ledger._connection().execute(delete)
        _, _, removed = ledger.resync()
        assert removed == sorted(ids[:3])  # settled and old; the others stay
        kept = {r[0] for r in ledger.mirror._db.execute("SELECT id FROM events")}
        assert kept == set(ids[3:])
    finally:
        ledger.close()
    assert_derived_in_step(tmp_path / "a.sqlite3")
