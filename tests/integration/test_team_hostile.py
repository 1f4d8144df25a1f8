"""A shared ledger another desktop (a newer version, a hostile one) wrote into (#25): rows
this desktop cannot copy are set aside here with a visible count; nothing halts. Against
the real PostgreSQL the suite starts."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.conftest import wait_for
from tests.integration.test_team import team_engine
from tests.postgres import EDITOR_PASSWORD, PgServer
from vodmonitor.cloud import Secret
from vodmonitor.events import parse_event
from vodmonitor.ledgers.postgres import TeamLedger
from vodmonitor.ledgers.postgres_config import TeamConfig
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.simulator import Simulator, generator, hostile


def clips(count: int) -> list:  # type: ignore[type-arg]
    rng = random.Random(5)
    return [
        parse_event(
            dict(generator.clip_complete(rng, "http://m", failed=False), EventHandle=f"h{n}")
        )
        for n in range(count)
    ]


def team(uri: str, user: str) -> TeamConfig:
    return TeamConfig(uri, Secret(EDITOR_PASSWORD), user, sub_app_id=1500000001)


def spoil(pg_server: PgServer, uri: str, column: str, value: object, row_id: int) -> None:
    name = uri.rsplit("/", 1)[1]
    literal = "NULL" if value is None else f"'{value}'"
    pg_server.admin(
        f"UPDATE vodmonitor_events SET {column} = {literal}, rev = nextval('vodmonitor_rev') "
        f"WHERE id = {row_id} RETURNING id",
        name,
    )


@pytest.mark.parametrize(("name", "column", "value"), hostile.MIRRORED_VALUES)
def test_a_row_the_mirror_cannot_copy_is_set_aside(
    pg_server: PgServer, tmp_path: Path, name: str, column: str, value: object
) -> None:
    uri = pg_server.new_database()
    writer = TeamLedger(team(uri, "Min-ji"), tmp_path / "a.sqlite3")
    reader = TeamLedger(team(uri, "Wei"), tmp_path / "b.sqlite3")
    try:
        ids = writer.ingest_pulls([(clips(5), 100.0)]).inserted
        reader.resync()
        spoil(pg_server, uri, column, value, ids[2])
        reader.refresh([ids[2]])  # what a NOTIFY brings
        reader.resync()  # and a reconnect
        counts = reader.mirror.counts()
        assert counts.total == 4 and counts.rejected == 1
        assert sorted(reader.get(ids)) == [i for i in ids if i != ids[2]]
        spoil(pg_server, uri, "state", "new", ids[2])  # put right by its desktop
        if column != "state":
            spoil(pg_server, uri, column, 101.0, ids[2])
        reader.resync()
        assert reader.mirror.counts().rejected == 0 and reader.mirror.counts().total == 5
    finally:
        writer.close()
        reader.close()


def test_no_desktop_halts_on_a_spoiled_row(
    pg_server: PgServer, sim: Simulator, tmp_path: Path
) -> None:
    """The leader and a follower both mirror the shared rows: neither halts, both count."""
    uri = pg_server.new_database()
    seed = TeamLedger(team(uri, "Seed"), tmp_path / "seed.sqlite3")
    ids = seed.ingest_pulls([(clips(3), 100.0)]).inserted
    seed.close()
    spoil(pg_server, uri, "first_seen", "NaN", ids[0])
    spoil(pg_server, uri, "state", "archived", ids[1])
    desktops = [team_engine(sim, uri, n, tmp_path / f"{n}.sqlite3") for n in ("Lead", "Follow")]
    try:
        for n in ("Lead", "Follow"):
            path = tmp_path / f"{n}.sqlite3"
            # set aside and copied in two transactions: wait for both
            wait_for(
                lambda p=path: (
                    (c := Store(p, readonly=True).counts()).rejected == 2 and c.total == 1
                ),
                timeout=30,
            )
        sim.enqueue_clips(2, failed=False)  # the leader still pulls and stores
        wait_for(
            lambda: Store(tmp_path / "Follow.sqlite3", readonly=True).counts().total == 3,
            timeout=30,
        )
        assert not any(d.failed for d in desktops)
    finally:
        for desktop in desktops:
            desktop.stop()


def test_desktops_setting_up_a_fresh_database_at_once_do_not_collide(
    pg_server: PgServer,
) -> None:
    """Several desktops start on an empty team database together: one creates the schema,
    the others wait for it and find it there (no "relation already exists")."""
    import threading

    import psycopg

    from vodmonitor.ledgers.postgres_schema import SCHEMA_VERSION, migrate

    for _ in range(6):
        uri = pg_server.new_database()
        start = threading.Barrier(4)
        outcomes: list[object] = []

        def set_up(
            uri: str = uri, start: threading.Barrier = start, outcomes: list[object] = outcomes
        ) -> None:
            with psycopg.connect(uri, password=EDITOR_PASSWORD, autocommit=True) as conn:
                start.wait()
                try:
                    outcomes.append(migrate(conn))
                except psycopg.Error as exc:
                    outcomes.append(exc)

        threads = [threading.Thread(target=set_up) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert outcomes == [SCHEMA_VERSION] * 4
