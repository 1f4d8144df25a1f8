"""The team role's mirror requests: gathered into one, and never for this desktop's own
writes (a layer test with a stand-in engine side and ledger)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from vodmonitor.engine import Change
from vodmonitor.ledgers.postgres_config import TeamConfig
from vodmonitor.team.role import TeamRole


class Ledger:
    backend_pid = 4242

    def __init__(self) -> None:
        self.refreshed: list[list[int]] = []

    def refresh(self, ids: list[int]) -> tuple[list[int], list[int]]:
        self.refreshed.append(ids)
        return ids, []


class Side:
    def __init__(self) -> None:
        self.posted = threading.Event()
        self.tasks: list[Callable[[], Change | None]] = []
        self.arrivals = 0

    def events_arriving(self) -> None:
        self.arrivals += 1

    def post(self, task: Callable[[], Change | None]) -> None:
        self.tasks.append(task)
        self.posted.set()


def role_with(ledger: Ledger, side: Side) -> TeamRole:
    role = TeamRole(TeamConfig("postgresql://u@127.0.0.1/db", user_name="me", sub_app_id=1))
    role._ledger = ledger  # type: ignore[assignment]
    role._side = side  # type: ignore[assignment]
    return role


def test_changes_close_together_are_mirrored_in_one_transaction() -> None:
    ledger, side = Ledger(), Side()
    role = role_with(ledger, side)
    role.changed([3, 1], sender=7)
    role.changed([2], sender=8)
    assert side.posted.wait(5)
    assert len(side.tasks) == 1
    change: Any = side.tasks[0]()
    assert ledger.refreshed == [[1, 2, 3]] and list(change.inserted) == [1, 2, 3]


def test_this_desktops_own_notices_are_not_mirrored_again() -> None:
    ledger, side = Ledger(), Side()
    role = role_with(ledger, side)
    role.changed([5], sender=Ledger.backend_pid)  # our ledger wrote and mirrored it
    role.changed([6], sender=9)
    assert side.posted.wait(5)
    side.tasks[0]()
    assert ledger.refreshed == [[6]]


def test_other_desktops_rows_hold_back_this_desktops_media_lookups() -> None:
    ledger, side = Ledger(), Side()
    role = role_with(ledger, side)
    role.changed([5], sender=Ledger.backend_pid)
    assert side.arrivals == 0  # our own rows: our pulls already said so
    role.changed([6], sender=9)
    assert side.arrivals == 1
